package org.w3id.pfkg.serve;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Headers on every response of the server, set by Jetty before any handler runs, so that pages,
 * SPARQL results, dumps and error pages alike carry them.
 *
 * <p>The policy allows what the pages use and nothing else: scripts and style sheets from this
 * server only (no inline script: the pages pass data to their scripts in {@code data-} attributes
 * and JSON-LD blocks, which are not run), inline style attributes (the timeline places its items
 * with them), map tiles from OpenStreetMap, and calls from the SPARQL editor to this endpoint and
 * to any https endpoint a user types in. Frames of other sites may not embed the pages.
 */
final class SecurityHeaders implements HttpConfiguration.Customizer {
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: https://tile.openstreetmap.org; font-src 'self' data:;"
          + " connect-src 'self' https:; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    responseHeaders.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    responseHeaders.put("X-Content-Type-Options", "nosniff");
    responseHeaders.put("Referrer-Policy", "strict-origin-when-cross-origin");
    responseHeaders.put("X-Frame-Options", "DENY");
    return request;
  }
}
