package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.cases.DocumentFormat;

/**
 * No text makes the extractor throw: documents of the dev corpus truncated at random points, their
 * sentences or words shuffled, and random characters; and the same text gives the same facts. The
 * random draws come from a seed that changes with every run, so that the inputs tried add up over
 * the runs instead of repeating one fixed set; a failure names the seed, and {@code
 * -Dpfkg.robustnessSeed=N} replays it. (Jazzer fuzz tests explore further; see
 * benchmarks/reliability.md.)
 */
class ExtractorRobustnessTest {
  /**
   * Random cuts per document: with about 100 documents, one cut each lands inside dates, names,
   * quotes and sentences of every kind within a few runs. Four each (the former fixed seed) took
   * half a minute of CPU; more for one run: {@code -Dpfkg.cutsPerDocument=20}.
   */
  private static final int CUTS = Integer.getInteger("pfkg.cutsPerDocument", 1);

  /**
   * The share of the documents shuffled, and extracted twice for the determinism check, in one run
   * (a different random share each run); {@code -Dpfkg.robustnessShare=1} takes them all.
   */
  private static final double SHARE =
      Double.parseDouble(System.getProperty("pfkg.robustnessShare", "0.34"));

  private static final long SEED = Long.getLong("pfkg.robustnessSeed", System.nanoTime());

  private static Extractor extractor;
  private static List<CaseDocument> corpus;

  @BeforeAll
  static void load() throws IOException {
    extractor = ProjectKnowledge.extractor();
    CaseReader reader = new CaseReader();
    try (Stream<Path> files = Files.list(Path.of("data/cases"))) {
      corpus = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(reader::read).toList();
    }
    System.out.println("ExtractorRobustnessTest: -Dpfkg.robustnessSeed=" + SEED);
  }

  /** What a failure message starts with: how to replay the run. */
  private static String replay() {
    return "-Dpfkg.robustnessSeed=" + SEED + ": ";
  }

  /** A random {@link #SHARE} of the corpus (at least one document), drawn from {@code random}. */
  private static List<CaseDocument> sample(Random random) {
    List<CaseDocument> sample = corpus.stream().filter(d -> random.nextDouble() < SHARE).toList();
    return sample.isEmpty() ? List.of(corpus.get(random.nextInt(corpus.size()))) : sample;
  }

  private static CaseDocument with(CaseDocument doc, String narrative) {
    return new CaseDocument(
        doc.file(),
        doc.documentId(),
        doc.caseId(),
        DocumentFormat.PROFILE_TEXT,
        doc.name(),
        doc.headers(),
        narrative,
        doc.narrativeLine(),
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void truncatedTextsNeverThrow() {
    Random random = new Random(SEED);
    List<CaseDocument> cuts = new ArrayList<>();
    for (CaseDocument doc : corpus) {
      String text = doc.narrative();
      for (int i = 0; i < CUTS; i++) {
        cuts.add(with(doc, text.substring(0, random.nextInt(text.length() + 1))));
      }
    }
    // The same cuts as drawn one by one, extracted on every core: the longest test of its JVM.
    cuts.parallelStream()
        .forEach(
            cut ->
                assertDoesNotThrow(
                    () -> extractor.extract(cut),
                    () -> replay() + cut.file() + " cut at " + cut.narrative().length()));
  }

  @Test
  void shuffledSentencesAndWordsNeverThrow() {
    Random random = new Random(SEED + 1);
    for (CaseDocument doc : sample(random)) {
      List<String> sentences = new ArrayList<>(List.of(doc.narrative().split("(?<=[.!?])\\s+")));
      Collections.shuffle(sentences, random);
      assertDoesNotThrow(
          () -> extractor.extract(with(doc, String.join(" ", sentences))),
          () -> replay() + doc.file() + ", sentences shuffled");
      List<String> words = new ArrayList<>(List.of(doc.narrative().split("\\s+")));
      Collections.shuffle(words, random);
      assertDoesNotThrow(
          () -> extractor.extract(with(doc, String.join(" ", words))),
          () -> replay() + doc.file() + ", words shuffled");
    }
  }

  @Test
  void randomCharactersNeverThrow() {
    Random random = new Random(SEED + 2);
    String alphabet =
        "abcXYZ 0123456789,.;:—–-'\"()\n\n\u00e9\u00fc\u4e2d\ud83d\udcf0 July 14, 2009 sentenced arrested according to told CPJ";
    CaseDocument seed = corpus.get(0);
    for (int i = 0; i < 200; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(400);
      for (int j = 0; j < length; j++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertDoesNotThrow(
          () -> extractor.extract(with(seed, text)), () -> replay() + "input: " + text);
    }
  }

  @Test
  void sameTextGivesTheSameFacts() {
    for (CaseDocument doc : sample(new Random(SEED + 3))) {
      assertEquals(extractor.extract(doc), extractor.extract(doc), replay() + doc.file());
    }
  }
}
