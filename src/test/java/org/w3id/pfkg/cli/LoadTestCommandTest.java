package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.HeapUse;
import org.w3id.pfkg.SeedBuild;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;
import picocli.CommandLine;

/**
 * A few seconds of {@code pfkg loadtest} against a server over the seed: every kind of request is
 * sent and answered, with no server error. The several-minute run is in benchmarks/reliability.md.
 */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
class LoadTestCommandTest {
  private static int run(StringWriter out, String... args) {
    CommandLine cli = CliRun.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(out));
    return cli.execute(args);
  }

  @Test
  void shortLoadOnTheSeedHasNoServerErrors() {
    // The seed's release, built once per JVM (the build command has tests of its own).
    Path out = SeedBuild.out();
    try (PfkgServer server =
        PfkgServer.start(
            ServeConfig.defaults().withPort(0), LiveStore.open(out), Optional.of(out))) {
      long before = HeapUse.afterFullCollection();
      StringWriter report = new StringWriter();
      int code =
          run(
              report,
              "loadtest",
              "--url",
              server.baseUrl().toString(),
              "--duration",
              "3",
              "--clients",
              "4");
      long after = HeapUse.afterFullCollection();
      System.out.printf(
          "LoadTestCommandTest: %s  heap used %d MB before, %d MB after%n",
          report, before >> 20, after >> 20);
      assertEquals(0, code, report.toString());
      assertTrue(report.toString().contains(" 0 server errors"), report.toString());
      for (String kind : new String[] {"sparql", "page", "dump"}) {
        assertTrue(
            report
                .toString()
                .matches("(?s).*\\n  " + kind + " +[1-9]\\d*  statuses \\{200=\\d+}.*"),
            kind + " requests all answered 200:\n" + report);
      }
    }
  }
}
