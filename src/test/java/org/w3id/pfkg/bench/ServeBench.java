package org.w3id.pfkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * SPARQL queries/s and p50/p99 through pfkg's server and through a bare Fuseki ({@code
 * FusekiServer.create().add("/sparql", store)}, no pfkg routes, filters or buffering) over the same
 * TDB2 store in the same JVM, alternating, with the {@code queries/} mix (SERVICE queries left
 * out); then entity pages through pfkg.
 *
 * <p>{@code java -Xmx512m -cp target/pfkg.jar:target/test-classes:target/lib/*
 * org.w3id.pfkg.bench.ServeBench STORE_DIR SECONDS REPEATS}
 */
public final class ServeBench {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private ServeBench() {}

  public static void main(String[] args) throws Exception {
    Path storeDir = Path.of(args[0]);
    int seconds = Integer.parseInt(args[1]);
    int repeats = Integer.parseInt(args[2]);
    Dataset dataset = TDB2Factory.connectDataset(storeDir.toString());
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    List<String> queries = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("queries"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
        String q = Files.readString(f);
        if (!q.contains("SERVICE")) {
          queries.add(q);
        }
      }
    }
    PfkgServer pfkg =
        PfkgServer.start(ServeConfig.defaults().withPort(0), dataset, Optional.empty());
    FusekiServer bare = FusekiServer.create().port(0).add("/sparql", dataset).build().start();
    URI pfkgSparql = pfkg.sparqlEndpoint();
    URI bareSparql = URI.create("http://localhost:" + bare.getHttpPort() + "/sparql");
    List<URI> sparqlPfkg = queries.stream().map(q -> query(pfkgSparql, q)).toList();
    List<URI> sparqlBare = queries.stream().map(q -> query(bareSparql, q)).toList();
    run("warm-up pfkg", sparqlPfkg, 4, seconds, "application/sparql-results+json");
    run("warm-up bare", sparqlBare, 4, seconds, "application/sparql-results+json");
    for (int clients : new int[] {1, 4, 16}) {
      double[][] p = new double[3][repeats];
      double[][] b = new double[3][repeats];
      double[] ratio = new double[repeats];
      for (int r = 0; r < repeats; r++) {
        Result rp = run("pfkg", sparqlPfkg, clients, seconds, "application/sparql-results+json");
        Result rb = run("bare", sparqlBare, clients, seconds, "application/sparql-results+json");
        p[0][r] = rp.qps;
        p[1][r] = rp.p50;
        p[2][r] = rp.p99;
        b[0][r] = rb.qps;
        b[1][r] = rb.p50;
        b[2][r] = rb.p99;
        ratio[r] = rp.qps / rb.qps;
      }
      System.out.printf(
          "sparql clients=%d%n  pfkg q/s %s; p50 ms %s; p99 ms %s%n  bare q/s %s; p50 ms %s; p99 ms"
              + " %s%n  ratio pfkg/bare q/s %s%n",
          clients,
          Stats.mmm(p[0]),
          Stats.mmm(p[1]),
          Stats.mmm(p[2]),
          Stats.mmm(b[0]),
          Stats.mmm(b[1]),
          Stats.mmm(b[2]),
          Stats.mmm(ratio));
    }
    List<URI> pages = entityPages(dataset, pfkg.baseUrl());
    double[][] e = new double[3][repeats];
    for (int r = 0; r < repeats; r++) {
      Result rr = run("pages", pages, 16, seconds, "text/html");
      e[0][r] = rr.qps;
      e[1][r] = rr.p50;
      e[2][r] = rr.p99;
    }
    System.out.printf(
        "entity pages clients=16 (%d pages)%n  pages/s %s; p50 ms %s; p99 ms %s%n",
        pages.size(), Stats.mmm(e[0]), Stats.mmm(e[1]), Stats.mmm(e[2]));
    System.gc();
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        "heap in use after GC %d MiB (max %d MiB)%n",
        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    pfkg.close();
    bare.stop();
    System.exit(0);
  }

  private record Result(double qps, double p50, double p99, long errors) {}

  /** One client's latencies in nanoseconds. */
  private static final class Latencies {
    private long[] values = new long[1024];
    private int size;

    void add(long nanos) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = nanos;
    }

    java.util.stream.LongStream stream() {
      return Arrays.stream(values, 0, size);
    }
  }

  private static Result run(String name, List<URI> uris, int clients, int seconds, String accept)
      throws InterruptedException {
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Latencies> latencies = new ArrayList<>();
    AtomicLong errors = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      // Grown as needed: a fixed large array per client would take the server's heap.
      Latencies mine = new Latencies();
      latencies.add(mine);
      int offset = c;
      Thread thread =
          new Thread(
              () -> {
                for (int i = offset; System.nanoTime() < end; i++) {
                  HttpRequest req =
                      HttpRequest.newBuilder(uris.get(i % uris.size()))
                          .header("Accept", accept)
                          .build();
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<byte[]> res =
                        CLIENT.send(req, HttpResponse.BodyHandlers.ofByteArray());
                    if (res.statusCode() != 200) {
                      errors.incrementAndGet();
                    }
                  } catch (Exception ex) {
                    errors.incrementAndGet();
                  }
                  mine.add(System.nanoTime() - t0);
                }
              });
      thread.start();
      threads.add(thread);
    }
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Latencies::stream).toArray();
    int total = all.length;
    Arrays.sort(all);
    if (errors.get() > 0) {
      System.out.println("  " + name + ": " + errors.get() + " non-200 answers");
    }
    return new Result(
        total / elapsed, Stats.percentileMs(all, 50), Stats.percentileMs(all, 99), errors.get());
  }

  private static URI query(URI endpoint, String q) {
    return URI.create(endpoint + "?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  private static List<URI> entityPages(Dataset dataset, URI base) {
    List<URI> pages = new ArrayList<>();
    Txn.executeRead(
        dataset,
        () -> {
          try (QueryExecution qe =
              QueryExecution.dataset(dataset)
                  .query(
                      "SELECT DISTINCT ?j { ?j a <https://w3id.org/pfkg/ontology#Journalist> }"
                          + " LIMIT 500")
                  .build()) {
            qe.execSelect()
                .forEachRemaining(
                    row -> {
                      String iri = row.getResource("j").getURI();
                      // The page itself: /id/... answers 303, which would time the redirect only.
                      pages.add(
                          base.resolve("page/" + iri.substring("https://w3id.org/pfkg/".length())));
                    });
          }
        });
    return pages;
  }
}
