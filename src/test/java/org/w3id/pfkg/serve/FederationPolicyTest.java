package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.config.ServeConfig;

@Tag("slow")
class FederationPolicyTest {
  @TempDir Path store;

  @Test
  void serviceCallIsRefusedAndNoConnectionIsMade() throws Exception {
    Dataset dataset = TestStore.create(store);
    try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        PfkgServer server = PfkgServer.start(ServeConfig.defaults().withPort(0), dataset)) {
      String query =
          "SELECT * { SERVICE <http://127.0.0.1:"
              + target.getLocalPort()
              + "/sparql> { ?s ?p ?o } }";
      HttpResponse<String> response =
          Http.getQuery(server.sparqlEndpoint(), query, "application/sparql-results+json");
      int status = response.statusCode();
      assertTrue(status >= 400 && status < 500, "status " + status + ": " + response.body());
      assertTrue(response.body().toLowerCase(Locale.ROOT).contains("service"), response.body());
      assertEquals(0, Connections.queued(target), "connections made to the SERVICE target");
    }
  }
}
