package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;

/**
 * A document's entity finder reads each sentence once and answers as the shared finder does: the
 * people finder, the source resolver and the reading ask it for the same sentences.
 */
class DocumentEntitiesTest {
  @Test
  void aDocumentsFinderAnswersAsTheSharedOneAndReadsEachSentenceOnce() {
    Knowledge knowledge = ProjectKnowledge.knowledge();
    EntityFinder shared = new EntityFinder(knowledge);
    CaseDocument doc = new CaseReader().read(Path.of("data/cases/gulmire-imin.txt"));
    List<String> sentences =
        new SentenceSplitter(knowledge.abbreviations())
            .split(doc.narrative()).stream().map(Sentence::text).toList();
    EntityFinder document = shared.forDocument();
    int withHits = 0;
    for (String s : sentences) {
      List<EntityHit> first = document.find(s);
      assertEquals(shared.find(s), first, s);
      assertEquals(first, document.find(s), s);
      withHits += first.isEmpty() ? 0 : 1;
    }
    assertFalse(withHits == 0, "the profile names places and outlets");
    assertEquals(shared.findAll(sentences), document.findAll(sentences));
  }
}
