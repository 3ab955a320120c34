package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.SeedData;

/**
 * The seed plus a case whose name, medium, charge and narrative carry script, built once per test
 * JVM by the real pipeline ({@link BuiltRelease}), for the classes that check that no page runs it
 * (EndpointSafetyTest over HTTP, EndpointSafetyBrowserTest in Chromium). Each class opens the store
 * for itself: a server expels the store it opened when it stops.
 */
final class XssProbe {
  static final String XSS_SCRIPT = "<script>alert(1)</script>";
  static final String XSS_IMG = "\"><img src=x onerror=alert(1)>";

  private static final BuiltRelease RELEASE = new BuiltRelease("pfkg-safety", XssProbe::data);

  private XssProbe() {}

  static Path out() {
    return RELEASE.out();
  }

  private static Path data(Path out) throws IOException {
    Path data = SeedData.copyTo(out);
    Files.writeString(
        data.resolve("cases/xss-probe.txt"),
        XSS_SCRIPT
            + " "
            + XSS_IMG
            + "\n\nMedium: "
            + XSS_IMG
            + "\nCharge: "
            + XSS_SCRIPT
            + "\n\nPolice in Urumqi arrested "
            + XSS_SCRIPT
            + " "
            + XSS_IMG
            + ", who wrote for the website Salkin, on July 14, 2009. "
            + XSS_IMG
            + " was sentenced to life in prison in August 2010, according to "
            + XSS_SCRIPT
            + ".\n");
    return data;
  }

  /** The pages of a server over the probe's release that show the probe's text. */
  static List<String> pages(URI baseUrl) {
    String query =
        "SELECT DISTINCT ?s { GRAPH <https://w3id.org/pfkg/graph/case/xss-probe> { ?s ?p ?o }"
            + " FILTER(STRSTARTS(STR(?s), \"https://w3id.org/pfkg/id/\")) }";
    String things =
        Web.get(
                baseUrl,
                "/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json")
            .body();
    List<String> pages = new ArrayList<>(List.of("", "queries/", "dumps/", "editor"));
    Matcher m = Pattern.compile("\"https://w3id.org/pfkg/(id/[^\"]+)\"").matcher(things);
    while (m.find()) {
      pages.add("page/" + m.group(1));
    }
    return pages;
  }
}
