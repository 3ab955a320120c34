package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * A crawl of the whole site over the seed release, as a link checker does it: from the landing page
 * and the navigation, every same-site link, stylesheet, script and image is fetched (303s
 * followed), none may fail, and every {@code #fragment} must name an element of the page it points
 * to: the ontology page's anchors above all, which every {@code pf:} term on the site links to.
 */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
class SiteCrawlTest {
  private static final int MAX_URLS = 5000;

  private static PfkgServer server;

  @BeforeAll
  static void start() {
    server = SeedRelease.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void everyLinkOfTheSiteLandsAndEveryAnchorExists() {
    URI base = server.baseUrl();
    Deque<String> todo =
        new ArrayDeque<>(
            List.of(
                "/",
                "/editor",
                "/queries/",
                "/dumps/",
                "/ontology",
                "/sparql",
                "/.well-known/void"));
    Set<String> seen = new HashSet<>(todo);
    Map<String, Set<String>> ids = new HashMap<>();
    Map<String, List<String>> fragmentsWanted = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    int ontologyAnchors = 0;
    while (!todo.isEmpty()) {
      String path = todo.pop();
      HttpResponse<String> response = fetch(base, path);
      if (response.statusCode() >= 400) {
        failures.add(response.statusCode() + " " + path);
        continue;
      }
      String type = Web.header(response, "Content-Type");
      if (!type.startsWith("text/html")) {
        continue;
      }
      Document page = Jsoup.parse(response.body(), base + path.substring(1));
      Set<String> pageIds = new HashSet<>();
      page.select("[id]").forEach(e -> pageIds.add(e.id()));
      page.select("a[name]").forEach(e -> pageIds.add(e.attr("name")));
      ids.put(withoutQuery(path), pageIds);
      for (Element link : page.select("a[href], link[href], script[src], img[src]")) {
        String attr = link.hasAttr("href") ? "href" : "src";
        URI target = URI.create(link.absUrl(attr).replace(" ", "%20"));
        if (!sameSite(base, target)) {
          continue;
        }
        String targetPath =
            target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        if (target.getRawFragment() != null && !target.getRawFragment().isEmpty()) {
          fragmentsWanted
              .computeIfAbsent(target.getRawPath(), k -> new ArrayList<>())
              .add(target.getRawFragment() + " (linked from " + path + ")");
          if (target.getRawPath().equals("/page/ontology")) {
            ontologyAnchors++;
          }
        }
        // A view with a query string (a filtered or sorted /cases, another /census day) is
        // fetched and checked, but its own links are not followed: filters combine without end.
        boolean expand = !path.contains("?") || !targetPath.contains("?");
        if (expand && seen.size() < MAX_URLS && seen.add(targetPath)) {
          todo.add(targetPath);
        }
      }
    }
    assertTrue(seen.size() < MAX_URLS, "the crawl stopped at " + MAX_URLS + " URLs");
    fragmentsWanted.forEach(
        (path, fragments) -> {
          Set<String> present = ids.getOrDefault(path, Set.of());
          for (String f : fragments) {
            String id =
                java.net.URLDecoder.decode(
                    f.split(" ")[0], java.nio.charset.StandardCharsets.UTF_8);
            if (!present.contains(id)) {
              failures.add("no #" + f + " on " + path);
            }
          }
        });
    assertEquals(List.of(), failures, "failing links among " + seen.size() + " URLs");
    assertTrue(seen.size() > 30, "crawled only " + seen);
    assertTrue(ontologyAnchors > 20, "links to ontology terms checked: " + ontologyAnchors);
  }

  /** GET, following the site's 303s the way a browser does. */
  private static HttpResponse<String> fetch(URI base, String path) {
    String current = path;
    for (int hops = 0; hops < 5; hops++) {
      HttpResponse<String> response = Web.get(base, current, "text/html,*/*;q=0.8");
      if (response.statusCode() / 100 != 3) {
        return response;
      }
      current =
          URI.create(base + current.substring(1))
              .resolve(Web.header(response, "Location"))
              .getRawPath();
    }
    throw new AssertionError("redirect loop at " + path);
  }

  private static boolean sameSite(URI base, URI target) {
    return target.getScheme() != null
        && target.getScheme().startsWith("http")
        && base.getHost().equals(target.getHost())
        && base.getPort() == target.getPort();
  }

  private static String withoutQuery(String path) {
    int q = path.indexOf('?');
    return q < 0 ? path : path.substring(0, q);
  }
}
