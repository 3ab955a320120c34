package org.w3id.pfkg.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.pfkg.cases.Fixtures.failure;
import static org.w3id.pfkg.cases.Fixtures.fixture;
import static org.w3id.pfkg.cases.Fixtures.namesAndValues;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonRecordReaderTest {
  private final CaseReader reader = new CaseReader();

  @Test
  void recordReadsLikeTheSameCaseInProfileText() {
    CaseDocument text = reader.read(fixture("text/gulmire-imin.txt"));
    CaseDocument json = reader.read(fixture("json/gulmire-imin.json"));

    assertEquals(DocumentFormat.JSON_RECORD, json.format());
    assertEquals(text.name(), json.name());
    assertEquals(text.documentId(), json.documentId());
    assertEquals(text.caseId(), json.caseId());
    assertEquals(text.narrative(), json.narrative());
    assertEquals(namesAndValues(text), namesAndValues(json));
    for (HeaderField field : text.headers()) {
      assertEquals(text.header(field.name()), json.header(field.name()), field.name());
    }
    assertEquals(Optional.of(""), json.header("Beats Covered"));
    assertEquals(1, json.narrativeLine());
  }

  @Test
  void everyKindOfValueBecomesAHeaderUnderItsTextName() {
    CaseDocument doc = reader.read(fixture("json/all-value-kinds.json"));

    assertEquals("Ilham Tohti", doc.name());
    assertEquals("tohti-profile-2024", doc.documentId());
    assertEquals("ilham-tohti", doc.caseId());
    assertEquals(Optional.of("https://example.org/ilham-tohti"), doc.sourceUrl());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), doc.retrieved());
    assertEquals(
        List.of(
            "Case=Ilham Tohti",
            "Source URL=https://example.org/ilham-tohti",
            "Retrieved=2024-03-05",
            "Medium=Internet",
            "Favourite Colour=green",
            "age=54",
            "Synthetic=true",
            "Charge=",
            "Sources=https://example.org/a; https://example.org/b"),
        namesAndValues(doc));
    assertTrue(doc.synthetic());
    assertEquals(List.of("https://example.org/a", "https://example.org/b"), doc.sources());
    assertEquals(
        "Uighur economist Ilham Tohti founded Uighurbiz.\nHe was sentenced in 2014.",
        doc.narrative());
  }

  @Test
  void nameThatIsNotAStringIsRejectedAtItsValue() {
    Path file = fixture("json/wrong-type-name.json");
    assertEquals(
        file + ":2:11: expected a string for \"name\", found a number",
        failure(() -> reader.read(file)));
  }

  @Test
  void textThatIsNotAStringIsRejectedAtItsValue() {
    Path file = fixture("json/wrong-type-text.json");
    assertEquals(
        file + ":3:11: expected a string for \"text\", found an array",
        failure(() -> reader.read(file)));
  }

  @Test
  void missingTextIsRejectedAtTheRecord() {
    Path file = fixture("json/missing-text.json");
    assertEquals(
        file + ":1:1: expected a string for \"text\", found none",
        failure(() -> reader.read(file)));
  }

  @Test
  void nestedObjectIsRejectedAtItsValue() {
    Path file = fixture("json/nested-object.json");
    assertEquals(
        file
            + ":3:13: expected a string, number, boolean or array of strings for \"medium\","
            + " found an object",
        failure(() -> reader.read(file)));
  }

  @Test
  void arrayHoldingANumberIsRejectedAtTheNumber() {
    Path file = fixture("json/array-of-numbers.json");
    assertEquals(
        file + ":3:40: expected only strings in the array for \"sources\", found a number",
        failure(() -> reader.read(file)));
  }

  @Test
  void malformedJsonIsRejectedWithJacksonsLocation() {
    Path file = fixture("json/malformed.json");
    assertEquals(
        file
            + ":4:3: expected well-formed JSON: Unexpected character ('\"' (code 34)):"
            + " was expecting comma to separate Object entries",
        failure(() -> reader.read(file)));
  }

  @Test
  void duplicateKeyIsRejected() {
    Path file = fixture("json/duplicate-key.json");
    assertEquals(
        file + ":4:9: expected well-formed JSON: Duplicate field 'name'",
        failure(() -> reader.read(file)));
  }

  @Test
  void topLevelArrayIsRejected() {
    Path file = fixture("json/array.json");
    assertEquals(
        file
            + ":1:1: expected one JSON object per file, found an array (give each record its file)",
        failure(() -> reader.read(file)));
  }

  @Test
  void retrievedDateThatIsNotIsoIsRejectedAtItsValue() {
    Path file = fixture("json/bad-retrieved.json");
    assertEquals(
        file + ":3:16: expected a date of the form YYYY-MM-DD for Retrieved, found \"2024-3-5\"",
        failure(() -> reader.read(file)));
  }
}
