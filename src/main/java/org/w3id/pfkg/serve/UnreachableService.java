package org.w3id.pfkg.serve;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;

/**
 * The one sentence a client gets (with 502) when a query's {@code SERVICE} endpoint could not be
 * reached at all: which host, and why (no name resolution, refused, timed out, TLS), instead of
 * Jena's "Unexpected error making the query: GET ..." that hides the cause. A remote endpoint that
 * answered with an error status is not this case: Fuseki passes that status on.
 */
final class UnreachableService {
  /** Jena's exception keeps the request line in its message only, not as a field. */
  private static final Pattern REQUEST = Pattern.compile("(?:GET|POST) (https?://[^?\\s]+)");

  private UnreachableService() {}

  /** The sentence for an exception raised before any HTTP answer came; empty otherwise. */
  static Optional<String> explain(QueryExceptionHTTP e) {
    if (e.getStatusCode() > 0) {
      return Optional.empty();
    }
    String endpoint = endpoint(e).orElse("the SERVICE endpoint");
    String host = endpoint(e).map(u -> URI.create(u).getHost()).orElse("its host");
    return Optional.of(
        "The query's SERVICE endpoint "
            + endpoint
            + " could not be reached from this server ("
            + cause(e, host)
            + "): federated queries need the network; run the query without its SERVICE part"
            + " or try again later.");
  }

  private static Optional<String> endpoint(QueryExceptionHTTP e) {
    Matcher m = REQUEST.matcher(String.valueOf(e.getMessage()));
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String cause(Throwable e, String host) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof UnknownHostException) {
        return "the host name " + host + " cannot be resolved: no DNS, or no network";
      }
      if (c instanceof HttpConnectTimeoutException) {
        return "the connection to " + host + " timed out";
      }
      if (c instanceof HttpTimeoutException) {
        return host + " did not answer in time";
      }
      if (c instanceof ConnectException) {
        return "the connection to " + host + " was refused or could not be made";
      }
      if (c instanceof SSLException) {
        return "the TLS handshake with " + host + " failed: " + c.getMessage();
      }
    }
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return "connecting to "
        + host
        + " failed: "
        + root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : " " + root.getMessage());
  }
}
