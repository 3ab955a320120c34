package org.w3id.pfkg.curate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.ChargeStatus;
import org.w3id.pfkg.facts.ClaimFact;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.problem.InputException;

/** Curation of the seed's extracted facts: each operation, and each way an operation can miss. */
class CuratorTest {
  private static CaseDocument seed;
  private static CaseFacts facts;
  @TempDir Path dir;

  @BeforeAll
  static void extractSeed() {
    seed = new CaseReader().read(Path.of("data/cases/gulmire-imin.txt"));
    facts = ProjectKnowledge.extractor().extract(seed);
  }

  /** A curation file of the seed holding these operations, one per line from line 3 on. */
  private Curation curation(String... operations) throws IOException {
    Path file = dir.resolve("gulmire-imin.json");
    Files.writeString(
        file,
        "{\n  \"case\": \"gulmire-imin\",\n  \"operations\": [\n"
            + String.join(",\n", operations)
            + "\n  ]\n}\n");
    return Curation.read(file);
  }

  private static String op(String body) {
    return "    {\"editor\": \"A. Editor\", \"date\": \"2025-01-15\", \"reason\": \"checked\", "
        + body
        + "}";
  }

  private static EventFact event(CaseFacts f, String key) {
    return f.events().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void removeTakesTheFactOutAndKeepsANote() throws IOException {
    CuratedFacts c =
        Curator.apply(
            seed,
            facts,
            curation(op("\"action\": \"remove\", \"event\": \"site-shut-down-undated\"")));
    assertFalse(
        c.facts().events().stream().anyMatch(e -> e.key().equals("site-shut-down-undated")));
    assertEquals(facts.events().size() - 1, c.facts().events().size());
    CurationNote note = c.notes().get(0);
    assertEquals(Action.REMOVE, note.action());
    assertEquals("event site-shut-down-undated in gulmire-imin", note.selector().text());
    assertEquals("checked", note.reason());
  }

  @Test
  void correctChangesTheDateAndKeepsTheOldValueAndTheEvidence() throws IOException {
    CuratedFacts c =
        Curator.apply(
            seed,
            facts,
            curation(
                op(
                    "\"action\": \"correct\", \"event\": \"arrest-2009-07-14\", \"set\": "
                        + "{\"date\": \"2009-07\", \"date_text\": \"in July 2009\"}")));
    EventFact arrest = event(c.facts(), "arrest-2009-07-14");
    assertEquals("2009-07", arrest.date().orElseThrow().iso().orElseThrow());
    assertEquals("in July 2009", arrest.date().orElseThrow().text());
    assertEquals(event(facts, "arrest-2009-07-14").evidence(), arrest.evidence());
    assertEquals(
        java.util.List.of("date: 2009-07-14 (July 14, 2009)"), c.notes().get(0).previousValues());
    assertTrue(c.noteOn(FactKind.EVENT, "arrest-2009-07-14").isPresent());
  }

  @Test
  void correctChangesAChargeStatus() throws IOException {
    CuratedFacts c =
        Curator.apply(
            seed,
            facts,
            curation(
                op(
                    "\"action\": \"correct\", \"charge\": \"separatism\", \"set\": {\"status\": \"dropped\"}")));
    assertEquals(
        ChargeStatus.DROPPED,
        c.facts().charges().stream()
            .filter(ch -> ch.concept().equals("separatism"))
            .findFirst()
            .orElseThrow()
            .status());
  }

  @Test
  void addVerifiesTheQuoteAndTakesItsSpan() throws IOException {
    String quote = "The site was shut down after the riots and its contents were deleted.";
    CuratedFacts c =
        Curator.apply(
            seed,
            facts,
            curation(
                op(
                    "\"action\": \"add\", \"claim\": \"site-deleted\", \"fact\": {\"kind\": \"statement\","
                        + " \"summary\": \"the site's contents were deleted\"}, \"quote\": \""
                        + quote
                        + "\", \"according_to\": {\"name\": \"Radio Free Asia\", \"kind\": \"organization\"}")));
    ClaimFact added =
        c.facts().claims().stream()
            .filter(cl -> cl.key().equals("site-deleted"))
            .findFirst()
            .orElseThrow();
    int start = seed.narrative().indexOf(quote);
    assertEquals(start, added.evidence().span().orElseThrow().start());
    assertEquals(quote, added.evidence().span().orElseThrow().of(seed.narrative()));
    assertEquals("curation:gulmire-imin.json#1", added.evidence().rule());
    assertEquals("radio-free-asia", added.attribution().accordingTo().orElseThrow().key());
  }

  @Test
  void aSelectorOfAnAbsentFactIsAnErrorAtItsLine() throws IOException {
    Curation c =
        curation(
            op("\"action\": \"remove\", \"event\": \"site-shut-down-undated\""),
            op("\"action\": \"remove\", \"event\": \"release-2030\""));
    InputException e = assertThrows(InputException.class, () -> Curator.apply(seed, facts, c));
    assertEquals(5, e.location().line());
    assertTrue(e.getMessage().startsWith(dir.resolve("gulmire-imin.json") + ":5:"), e.getMessage());
    assertTrue(e.getMessage().contains("no event release-2030"), e.getMessage());
  }

  @Test
  void aQuoteThatIsNotInTheNarrativeIsAnError() throws IOException {
    Curation c =
        curation(
            op(
                "\"action\": \"add\", \"event\": \"release-2030\", \"fact\": {\"type\": \"release\"},"
                    + " \"quote\": \"She was released in 2030.\""));
    InputException e = assertThrows(InputException.class, () -> Curator.apply(seed, facts, c));
    assertEquals(4, e.location().line());
    assertTrue(e.getMessage().contains("is not in the narrative"), e.getMessage());
  }

  @Test
  void anEmptyReasonIsRefusedWhenTheFileIsRead() throws IOException {
    InputException e =
        assertThrows(
            InputException.class,
            () ->
                curation(
                    "    {\"action\": \"remove\", \"event\": \"site-shut-down-undated\","
                        + " \"editor\": \"A. Editor\", \"date\": \"2025-01-15\", \"reason\": \" \"}"));
    assertEquals(4, e.location().line());
    assertTrue(e.getMessage().contains("expected a non-empty \"reason\""), e.getMessage());
  }

  @Test
  void brokenJsonIsReportedAtLineAndColumn() throws IOException {
    Path file = dir.resolve("gulmire-imin.json");
    Files.writeString(file, "{\n  \"operations\": [\n    {\"action\": \"remove\",,}\n  ]\n}\n");
    InputException e = assertThrows(InputException.class, () -> Curation.read(file));
    assertEquals(3, e.location().line());
    assertTrue(e.location().column() > 0);
  }

  @Test
  void aCorrectedStatusShowsItsSentenceAndItsNoteInTheExplanation() throws IOException {
    CuratedFacts c =
        Curator.apply(
            seed,
            facts,
            curation(
                op(
                    "\"action\": \"correct\", \"status\": \"imprisoned\", \"set\":"
                        + " {\"status\": \"released\"}")));
    ExplainedFact status =
        Explanation.of(seed, c).stream()
            .filter(r -> r.section().equals("status"))
            .findFirst()
            .orElseThrow();
    assertEquals("released", status.key());
    assertEquals("curation:status", status.rule());
    assertTrue(status.quote().startsWith("Imin is held at"), status.quote());
    assertTrue(
        status.curation() != null && status.curation().contains("checked"), status::toString);
  }
}
