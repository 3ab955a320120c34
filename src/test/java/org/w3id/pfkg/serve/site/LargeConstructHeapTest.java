package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.w3id.pfkg.HeapUse;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * A CONSTRUCT far over the result cap, refused three times, leaves the server's heap as it was:
 * nothing of the refused results is kept. The rest of the hostile client's requests are in
 * EndpointSafetyTest, which runs beside other classes.
 */
// Alone: it measures the JVM's heap, which a class running beside it would fill.
@Isolated
@Tag("slow")
class LargeConstructHeapTest {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void largeConstructsAreRefusedAndLeaveTheHeapAsItWas() throws Exception {
    // Every triple paired with every other: about (seed triples)^2, over the 100 000 cap.
    String huge = "CONSTRUCT { ?s ?p ?o2 } WHERE { ?s ?p ?o . ?x ?y ?o2 }";
    try (PfkgServer server = serve()) {
      URI uri =
          URI.create(
              server.baseUrl() + "sparql?query=" + URLEncoder.encode(huge, StandardCharsets.UTF_8));
      long before = HeapUse.afterFullCollection();
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> r =
            CLIENT.send(
                HttpRequest.newBuilder(uri).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() == 422 || r.statusCode() == 503, "status " + r.statusCode());
        assertTrue(r.body().length() < 1000, "an error, not a result");
      }
      long after = HeapUse.afterFullCollection();
      System.out.printf(
          "LargeConstructHeapTest: heap used %d MB before three large CONSTRUCTs, %d MB after%n",
          before >> 20, after >> 20);
      assertTrue(after - before < 200L << 20, "heap grew by " + ((after - before) >> 20) + " MB");
    }
  }

  /** A server over the probe's release ({@link XssProbe}), with the safety test's 3 s limit. */
  private static PfkgServer serve() {
    Path out = XssProbe.out();
    try {
      Dataset dataset = TDB2Factory.connectDataset(out.resolve("store").toRealPath().toString());
      dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
      return PfkgServer.start(
          ServeConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(3)),
          dataset,
          Optional.of(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
