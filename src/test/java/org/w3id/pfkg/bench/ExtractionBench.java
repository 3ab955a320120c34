package org.w3id.pfkg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;

/**
 * Extraction cases/s, single-threaded and on all cores: a plain timed harness (not JMH) with a
 * warm-up pass, over documents already read into memory.
 *
 * <p>{@code java -cp target/pfkg.jar:target/test-classes:target/lib/*
 * org.w3id.pfkg.bench.ExtractionBench DATA_DIR [repeats]}, where DATA_DIR is a {@code pfkg synth}
 * output.
 */
public final class ExtractionBench {
  /** CPU time of the extracting thread: on a shared machine, steadier than the wall clock. */
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private ExtractionBench() {}

  public static void main(String[] args) {
    Path data = Path.of(args[0]);
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    CaseReader reader = new CaseReader();
    List<CaseDocument> docs = new ArrayList<>();
    for (Path f : reader.caseFiles(data.resolve("cases"))) {
      docs.add(reader.read(f));
    }
    Extractor extractor = new Extractor(Knowledge.load(Path.of("ontology"), data));
    docs.forEach(extractor::extract); // warm-up
    double[] cpu = new double[repeats];
    double[] single = new double[repeats];
    double[] all = new double[repeats];
    for (int r = 0; r < repeats; r++) {
      long t0 = System.nanoTime();
      long c0 = THREADS.getCurrentThreadCpuTime();
      docs.forEach(extractor::extract);
      cpu[r] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
      single[r] = docs.size() / ((System.nanoTime() - t0) / 1e9);
      t0 = System.nanoTime();
      docs.parallelStream().forEach(extractor::extract);
      all[r] = docs.size() / ((System.nanoTime() - t0) / 1e9);
    }
    System.out.printf(
        "extraction docs=%d cores=%d single %s cases/s (CPU %s s per pass); all cores %s"
            + " cases/s%n",
        docs.size(),
        Runtime.getRuntime().availableProcessors(),
        Stats.mmm(single),
        Stats.mmm(cpu),
        Stats.mmm(all));
  }
}
