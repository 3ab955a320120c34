package org.w3id.pfkg.loadtest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.vocab.Iris;

/**
 * A bounded load test of a running pfkg server: {@code clients} threads each send requests, one
 * after the other, until {@code duration} has passed or {@code maxRequests} were sent in all. Half
 * the requests are SPARQL queries (the given examples), a third entity pages, the rest dump
 * downloads (listing, Turtle, gzipped N-Triples). Latencies are kept per kind of request.
 */
public final class LoadRun {
  /** What one run asks for. */
  public record Plan(
      URI base, Duration duration, int clients, long maxRequests, List<String> queries) {}

  /** Counts and latencies (ms) of one kind of request. */
  public static final class Kind {
    private final List<Long> micros = new ArrayList<>();
    private final Map<Integer, Long> statuses = new TreeMap<>();

    synchronized void record(int status, long nanos) {
      micros.add(nanos / 1000);
      statuses.merge(status, 1L, Long::sum);
    }

    public synchronized Map<Integer, Long> statuses() {
      return new TreeMap<>(statuses);
    }

    public synchronized long count() {
      return micros.size();
    }

    public synchronized String latencies() {
      long[] sorted = micros.stream().mapToLong(Long::longValue).toArray();
      Arrays.sort(sorted);
      return String.format(
          Locale.ROOT,
          "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms",
          percentile(sorted, 50),
          percentile(sorted, 95),
          percentile(sorted, 99),
          sorted.length == 0 ? 0.0 : sorted[sorted.length - 1] / 1000.0);
    }

    private static double percentile(long[] sorted, int p) {
      if (sorted.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1000.0;
    }
  }

  /** The outcome: per kind, and the failures that were not HTTP answers at all. */
  public record Result(Map<String, Kind> kinds, long transportErrors, double seconds) {
    public long requests() {
      return kinds.values().stream().mapToLong(Kind::count).sum() + transportErrors;
    }

    /** Answers 5xx except 503, which is the endpoint's deliberate answer to a timed-out query. */
    public long serverErrors() {
      return kinds.values().stream()
          .flatMap(k -> k.statuses().entrySet().stream())
          .filter(e -> e.getKey() >= 500 && e.getKey() != 503)
          .mapToLong(Map.Entry::getValue)
          .sum();
    }
  }

  private static final Iris IRIS = Iris.defaults();
  private static final List<String> DUMPS =
      List.of("dumps/", "dumps/pfkg.ttl", "dumps/pfkg.nt.gz", "dumps/manifest.json");

  private final Plan plan;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public LoadRun(Plan plan) {
    this.plan = plan;
  }

  public Result run() {
    List<String> pages = entityPages();
    Map<String, Kind> kinds = new ConcurrentHashMap<>();
    for (String kind : List.of("sparql", "page", "dump")) {
      kinds.put(kind, new Kind());
    }
    LongAdder transportErrors = new LongAdder();
    AtomicLong budget = new AtomicLong(plan.maxRequests());
    long started = System.nanoTime();
    long deadline = started + plan.duration().toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(plan.clients());
    for (int c = 0; c < plan.clients(); c++) {
      long seed = c;
      pool.execute(
          () -> {
            Random random = new Random(seed);
            while (System.nanoTime() < deadline && budget.getAndDecrement() > 0) {
              int pick = random.nextInt(6);
              String kind = pick < 3 ? "sparql" : pick < 5 ? "page" : "dump";
              URI uri =
                  switch (kind) {
                    case "sparql" ->
                        sparql(plan.queries().get(random.nextInt(plan.queries().size())));
                    case "page" -> plan.base().resolve(pages.get(random.nextInt(pages.size())));
                    default -> plan.base().resolve(DUMPS.get(random.nextInt(DUMPS.size())));
                  };
              long t = System.nanoTime();
              try {
                int status = get(uri);
                kinds.get(kind).record(status, System.nanoTime() - t);
              } catch (IOException e) {
                transportErrors.increment();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
              }
            }
          });
    }
    pool.shutdown();
    try {
      pool.awaitTermination(plan.duration().toSeconds() + 120, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    pool.shutdownNow();
    double seconds = (System.nanoTime() - started) / 1e9;
    return new Result(kinds, transportErrors.sum(), seconds);
  }

  /** The pages of the things the data is about, found by one query. */
  private List<String> entityPages() {
    String query =
        "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \""
            + IRIS.idNamespace()
            + "\")) } LIMIT 500";
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(sparql(query))
                  .header("Accept", "application/sparql-results+json")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      List<String> pages = new ArrayList<>();
      // https://w3id.org/pfkg/id/x is answered at /id/x, its page at /page/id/x.
      new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(answer.body())
          .at("/results/bindings")
          .forEach(
              b -> pages.add("page/" + b.at("/s/value").asText().substring(IRIS.base().length())));
      if (pages.isEmpty()) {
        throw new PfkgException("no entity found at " + plan.base() + ": " + answer.statusCode());
      }
      return pages;
    } catch (IOException e) {
      throw new PfkgException("cannot reach " + plan.base() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PfkgException("interrupted", e);
    }
  }

  private URI sparql(String query) {
    return plan.base().resolve("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
  }

  /** Sends one GET and reads the whole body, as a client downloading it would. */
  private int get(URI uri) throws IOException, InterruptedException {
    HttpResponse<InputStream> answer =
        http.send(
            HttpRequest.newBuilder(uri)
                .header("Accept", "*/*")
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream body = answer.body()) {
      body.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return answer.statusCode();
  }
}
