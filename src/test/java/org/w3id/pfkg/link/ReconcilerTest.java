package org.w3id.pfkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.gazetteer.Gazetteer;

/**
 * The reconciler with the real Wikidata Toolkit client against a loopback HTTP server replaying
 * recorded API answers (src/test/resources/wikidata/api/).
 */
class ReconcilerTest {
  @TempDir Path data;
  @TempDir Path cache;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/w/api.php",
        exchange -> {
          requests.incrementAndGet();
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          String query = exchange.getRequestURI().getRawQuery();
          Map<String, String> params = params(query == null ? body : query + "&" + body);
          String answer = answer(params);
          byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
          exchange.sendResponseHeaders(200, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
    Files.createDirectories(data.resolve("gazetteer"));
    Files.createDirectories(data.resolve("links"));
    Files.writeString(
        data.resolve("gazetteer/places.tsv"),
        "key\tname\tvariants\ttype\twithin\n"
            + "china\tChina\t\tcountry\t\n"
            + "xinjiang\tXinjiang\t\tregion\tchina\n"
            + "urumqi\tUrumqi\tÜrümqi\tcity\txinjiang\n");
    Files.writeString(
        data.resolve("gazetteer/organizations.tsv"), "key\tname\tvariants\tkind\tdescription\n");
    Files.writeString(
        data.resolve(LinkTable.FILE),
        "entity\tqid\tlabel\ttype\tverified_by\tverified_on\n"
            + "place/china\tQ148\tPeople's Republic of China\tcountry\ttest\t2025-01-01\n");
  }

  @AfterEach
  void stopApi() {
    server.stop(0);
  }

  private static Map<String, String> params(String form) {
    Map<String, String> map = new HashMap<>();
    for (String pair : form.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        map.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return map;
  }

  private static String answer(Map<String, String> params) throws IOException {
    String action = params.getOrDefault("action", "");
    if (action.equals("wbsearchentities") && params.get("search").equals("Urumqi")) {
      return fixture("search-urumqi.json");
    }
    if (action.equals("wbsearchentities")) {
      return "{\"searchinfo\":{\"search\":\""
          + params.get("search")
          + "\"},\"search\":[],\"success\":1}";
    }
    if (action.equals("wbgetentities")) {
      return fixture("entities-urumqi.json");
    }
    return "{\"error\":{\"code\":\"badvalue\",\"info\":\"unexpected action " + action + "\"}}";
  }

  private static String fixture(String name) throws IOException {
    try (InputStream in = ReconcilerTest.class.getResourceAsStream("/wikidata/api/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private URI api() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
  }

  private List<Proposal> reconcile(WikidataApi api) {
    return new Reconciler(api, ExpectedTypes.read(Path.of("data")), 0.85, "en", 5)
        .propose(Gazetteer.read(data), LinkTable.read(data));
  }

  @Test
  void theRightCityScoresHighAndWrongTypeOrCountryIsRejected() {
    List<Proposal> proposals =
        reconcile(new CachedWikidataApi(cache, Optional.of(new WdtkWikidataApi(api(), "en"))));
    Map<String, Proposal> byQid =
        proposals.stream().collect(Collectors.toMap(Proposal::qid, p -> p));
    assertEquals(4, proposals.size(), proposals.toString());
    Proposal city = byQid.get("Q900000001");
    assertEquals("place/urumqi", city.entity());
    assertEquals(1.0, city.score());
    assertEquals("likely", city.decision());
    Proposal person = byQid.get("Q900000002");
    assertEquals("rejected", person.decision());
    assertTrue(person.reason().contains("Q5"), person.reason());
    assertEquals("rejected", byQid.get("Q900000004").decision(), "another country's Urumqi");
    Proposal river = byQid.get("Q900000003");
    assertEquals("review", river.decision());
    assertTrue(river.score() < 0.85);
    assertEquals("Q900000001", proposals.get(0).qid(), "best first");
  }

  @Test
  void aCachedAnswerMakesNoRequest() {
    reconcile(new CachedWikidataApi(cache, Optional.of(new WdtkWikidataApi(api(), "en"))));
    int first = requests.get();
    assertTrue(first >= 2, "search and entities were asked: " + first);
    List<Proposal> again =
        reconcile(new CachedWikidataApi(cache, Optional.of(new WdtkWikidataApi(api(), "en"))));
    assertEquals(first, requests.get(), "the second run asked the API again");
    assertEquals(4, again.size());
  }

  @Test
  void offlineWithoutCacheAsksNothingAndCountsTheMisses() {
    CachedWikidataApi offline = new CachedWikidataApi(cache, Optional.empty());
    assertTrue(reconcile(offline).isEmpty());
    assertEquals(0, requests.get());
    assertEquals(2, offline.misses(), "Xinjiang and Urumqi were not in the cache");
  }

  @Test
  void reviewFileHasOneRowPerProposalUnderTheHeader() {
    String tsv =
        ReviewFile.format(
            reconcile(new CachedWikidataApi(cache, Optional.of(new WdtkWikidataApi(api(), "en")))));
    List<String> lines = tsv.lines().toList();
    assertEquals(ReviewFile.HEADER, lines.get(0));
    assertEquals(5, lines.size());
    assertTrue(lines.get(1).startsWith("place/urumqi\tQ900000001\tÜrümqi\t"), lines.get(1));
    lines.forEach(l -> assertEquals(7, l.split("\t", -1).length, l));
  }
}
