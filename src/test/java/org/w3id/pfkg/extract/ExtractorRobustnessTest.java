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
 * No text makes the extractor throw: every document of the dev corpus truncated at random points,
 * its sentences shuffled, its words shuffled, and random characters, all from a fixed seed so that
 * a failure can be replayed. (Jazzer fuzz tests explore further; see benchmarks/reliability.md.)
 */
class ExtractorRobustnessTest {
  /**
   * Random cuts per document: with about 100 documents, four cuts each land inside dates, names,
   * quotes and sentences of every kind the corpus has; twenty each took most of a minute of the
   * suite. More: {@code -Dpfkg.cutsPerDocument=20}.
   */
  private static final int CUTS = Integer.getInteger("pfkg.cutsPerDocument", 4);

  private static Extractor extractor;
  private static List<CaseDocument> corpus;

  @BeforeAll
  static void load() throws IOException {
    extractor = ProjectKnowledge.extractor();
    CaseReader reader = new CaseReader();
    try (Stream<Path> files = Files.list(Path.of("data/cases"))) {
      corpus = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(reader::read).toList();
    }
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
    Random random = new Random(20261125L);
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
                    () -> cut.file() + " cut at " + cut.narrative().length()));
  }

  @Test
  void shuffledSentencesAndWordsNeverThrow() {
    Random random = new Random(7L);
    for (CaseDocument doc : corpus) {
      List<String> sentences = new ArrayList<>(List.of(doc.narrative().split("(?<=[.!?])\\s+")));
      Collections.shuffle(sentences, random);
      assertDoesNotThrow(() -> extractor.extract(with(doc, String.join(" ", sentences))));
      List<String> words = new ArrayList<>(List.of(doc.narrative().split("\\s+")));
      Collections.shuffle(words, random);
      assertDoesNotThrow(() -> extractor.extract(with(doc, String.join(" ", words))));
    }
  }

  @Test
  void randomCharactersNeverThrow() {
    Random random = new Random(42L);
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
      assertDoesNotThrow(() -> extractor.extract(with(seed, text)), () -> "input: " + text);
    }
  }

  @Test
  void sameTextGivesTheSameFacts() {
    for (CaseDocument doc : corpus) {
      assertEquals(extractor.extract(doc), extractor.extract(doc), doc.file().toString());
    }
  }
}
