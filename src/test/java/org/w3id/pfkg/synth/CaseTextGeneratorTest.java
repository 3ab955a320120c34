package org.w3id.pfkg.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.problem.ConfigException;

class CaseTextGeneratorTest {
  private static final SynthVocabulary VOCAB =
      SynthVocabulary.load(Path.of("ontology"), Path.of("data"));

  @Test
  void sameSeedAndNumberGiveTheSameText() {
    assertEquals(
        new CaseTextGenerator(VOCAB, 3).generate(41), new CaseTextGenerator(VOCAB, 3).generate(41));
    assertNotEquals(
        new CaseTextGenerator(VOCAB, 3).generate(41), new CaseTextGenerator(VOCAB, 4).generate(41));
  }

  @Test
  void everyGenreIsMarkedSyntheticAndGivesTheExtractorEvents(@TempDir Path out) {
    SyntheticCorpus.write(Path.of("data"), Path.of("ontology"), out, 3, 5);
    Extractor extractor = new Extractor(Knowledge.load(Path.of("ontology"), out));
    for (int i = 0; i < 3; i++) {
      Path file = out.resolve("cases").resolve(CaseTextGenerator.caseId(i) + ".txt");
      CaseDocument doc = new CaseReader().read(file);
      assertTrue(doc.synthetic(), file + " must say Synthetic: yes");
      CaseFacts facts = extractor.extract(doc);
      assertFalse(facts.events().isEmpty(), "no event found in " + CaseTextGenerator.genreOf(i));
    }
  }

  @Test
  void refusesToWriteIntoTheCorpus() {
    assertThrows(
        ConfigException.class,
        () ->
            SyntheticCorpus.write(
                Path.of("data"), Path.of("ontology"), Path.of("data/synthetic"), 1, 1));
  }
}
