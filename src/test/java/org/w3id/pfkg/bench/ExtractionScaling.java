package org.w3id.pfkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;
import org.w3id.pfkg.facts.CaseFacts;

/**
 * Extraction time against a document's length: one profile made of the narratives of many cases
 * (varied paragraphs, as a long dossier has), cut at each size, extracted three times after a
 * warm-up. Prints min / median / max seconds (wall clock and the thread's CPU time) per size and a
 * hash of the facts, so that two engines can be compared on the same texts.
 *
 * <p>{@code java -cp target/pfkg.jar:target/test-classes:target/lib/*
 * org.w3id.pfkg.bench.ExtractionScaling DATA_DIR KB...}, where DATA_DIR is a {@code pfkg synth}
 * output (its cases give the paragraphs, its rules and gazetteer the knowledge). Sizes in kB. With
 * {@code -Dparagraph=FILE} the profile repeats that one text instead (as LargeNarrativeTest does).
 */
public final class ExtractionScaling {
  /** CPU time of the extracting thread: on a shared machine, steadier than the wall clock. */
  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  private ExtractionScaling() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    CaseReader reader = new CaseReader(Integer.MAX_VALUE);
    List<CaseDocument> docs = new ArrayList<>();
    for (Path f : reader.caseFiles(data.resolve("cases"))) {
      docs.add(reader.read(f));
    }
    Extractor extractor = new Extractor(Knowledge.load(Path.of("ontology"), data));
    Path dir = Files.createTempDirectory("pfkg-scaling");
    String one = System.getProperty("paragraph");
    String paragraph = one == null ? null : Files.readString(Path.of(one)).strip();
    for (int a = 1; a < args.length; a++) {
      long bytes = Long.parseLong(args[a]) * 1000;
      StringBuilder text = new StringBuilder(docs.get(0).name() + "\n\nMedium: Internet\n\n");
      for (int i = 0; text.length() < bytes; i++) {
        text.append(paragraph != null ? paragraph : docs.get(i % docs.size()).narrative().strip())
            .append("\n\n");
      }
      Path file = dir.resolve("profile-" + args[a] + ".txt");
      Files.writeString(file, text);
      CaseDocument doc = reader.read(file);
      extractor.extract(doc); // warm-up
      double[] seconds = new double[3];
      double[] cpu = new double[3];
      CaseFacts facts = null;
      for (int r = 0; r < seconds.length; r++) {
        long t0 = System.nanoTime();
        long c0 = THREADS.getCurrentThreadCpuTime();
        facts = extractor.extract(doc);
        cpu[r] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
        seconds[r] = (System.nanoTime() - t0) / 1e9;
      }
      System.out.printf(
          "size %s kB (%d chars): wall %s s, cpu %s s; facts %08x, %d events%n",
          args[a],
          doc.narrative().length(),
          mmm(seconds),
          mmm(cpu),
          facts.toString().hashCode(),
          facts.events().size());
      Files.delete(file);
    }
    Files.delete(dir);
  }

  private static String mmm(double[] values) {
    double[] v = values.clone();
    java.util.Arrays.sort(v);
    return String.format(
        java.util.Locale.ROOT, "min %.2f / median %.2f / max %.2f", v[0], v[1], v[2]);
  }
}
