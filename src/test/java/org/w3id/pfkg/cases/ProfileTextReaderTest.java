package org.w3id.pfkg.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.w3id.pfkg.cases.Fixtures.failure;
import static org.w3id.pfkg.cases.Fixtures.fixture;
import static org.w3id.pfkg.cases.Fixtures.namesAndValues;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.vocab.Slug;

class ProfileTextReaderTest {
  private static final String ASCII_SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

  private final CaseReader reader = new CaseReader();

  @Test
  void seedProfileKeepsNameEmptyHeadersAndNarrative() {
    Path file = fixture("text/gulmire-imin.txt");
    CaseDocument doc = reader.read(file);

    assertEquals(file, doc.file());
    assertEquals(DocumentFormat.PROFILE_TEXT, doc.format());
    assertEquals("Gulmire Imin", doc.name());
    assertEquals("gulmire-imin", doc.documentId());
    assertEquals("gulmire-imin", doc.caseId());
    assertEquals(
        List.of(
            new HeaderField("Beats Covered", "", 3), new HeaderField("Local or Foreign", "", 4)),
        doc.headers());
    assertEquals(Optional.of(""), doc.header("beats covered"));
    assertEquals(Optional.empty(), doc.headerValue("Beats Covered"));
    assertTrue(doc.narrative().startsWith("Uighur journalist Gulmire Imin is serving"));
    assertTrue(doc.narrative().endsWith("did not receive a response."));
    assertEquals(6, doc.narrativeLine());
    assertEquals(Optional.empty(), doc.sourceUrl());
    assertEquals(Optional.empty(), doc.retrieved());
  }

  @Test
  void unknownFieldsAreKeptInOrderWithTheirLines() {
    CaseDocument doc = reader.read(fixture("text/unknown-fields.txt"));

    assertEquals(
        List.of(
            "Case=Ilham Tohti",
            "Medium=Internet",
            "Favourite Colour=green",
            "Beats Covered=",
            "Source URL=https://example.org/ilham-tohti",
            "Zodiac Sign=Libra",
            "Retrieved=2024-03-05"),
        namesAndValues(doc));
    assertEquals(
        List.of(3, 4, 5, 6, 7, 8, 9), doc.headers().stream().map(HeaderField::line).toList());
    assertEquals("unknown-fields", doc.documentId());
    assertEquals("ilham-tohti", doc.caseId());
    assertEquals(Optional.of("https://example.org/ilham-tohti"), doc.sourceUrl());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), doc.retrieved());
    assertEquals(11, doc.narrativeLine());
    assertEquals(
        "Uighur economist Ilham Tohti founded the website Uighurbiz.\n"
            + "He was sentenced to life in prison in 2014.",
        doc.narrative());
  }

  @Test
  void cyrillicNameIsKeptAndCaseIdIsAsciiSlug() {
    CaseDocument doc = reader.read(fixture("text/cyrillic-name.txt"));

    assertEquals("Гульмира Имин", doc.name());
    assertEquals(Slug.of("Гульмира Имин"), doc.caseId());
    assertTrue(doc.caseId().matches(ASCII_SLUG), doc.caseId());
    assertEquals("Уйгурская журналистка.", doc.narrative());
  }

  @Test
  void arabicScriptNameAndFileNameAreKeptAndDocumentIdIsAsciiSlug(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("گۈلمىرە ئىمىن.txt");
    Files.copy(fixture("text/arabic-name.txt"), file);

    CaseDocument doc = reader.read(file);

    assertEquals("گۈلمىرە ئىمىن", doc.name());
    assertTrue(doc.documentId().matches(ASCII_SLUG), doc.documentId());
    assertNotEquals("x", doc.documentId());
    assertEquals(doc.documentId(), doc.caseId());
  }

  @Test
  void headerBlockMayBeAbsent() {
    CaseDocument doc = reader.read(fixture("text/no-header.txt"));

    assertEquals("Gulmire Imin", doc.name());
    assertEquals(List.of(), doc.headers());
    assertEquals(4, doc.narrativeLine());
    assertEquals(
        "Uighur journalist Gulmire Imin is serving a prison sentence.\n\n"
            + "She was arrested in 2009.",
        doc.narrative());
  }

  @Test
  void crlfWithByteOrderMarkReadsLikeTheLfFile() {
    CaseDocument lf = reader.read(fixture("text/gulmire-imin.txt"));
    CaseDocument crlf = reader.read(fixture("crlf/gulmire-imin.txt"));

    assertEquals(withFile(lf, crlf.file()), crlf);
  }

  @Test
  void invalidUtf8IsRejectedAtTheBadByte() {
    Path file = fixture("text/invalid-utf8.txt");
    assertEquals(
        file + ":5:30: expected UTF-8 text, found invalid byte 0xFF",
        failure(() -> reader.read(file)));
  }

  @Test
  void binaryFileIsRejected() {
    Path file = fixture("text/binary.txt");
    assertEquals(
        file + ":2:1: expected UTF-8 text, found binary content (byte 0x1A)",
        failure(() -> reader.read(file)));
  }

  @Test
  void emptyFileIsRejected() {
    Path file = fixture("text/empty.txt");
    assertEquals(
        file + ":1:1: expected a name line, found no text", failure(() -> reader.read(file)));
  }

  @Test
  void fileOfBlankLinesIsRejected() {
    Path file = fixture("text/blank-lines-only.txt");
    assertEquals(
        file + ":1:1: expected a name line, found no text", failure(() -> reader.read(file)));
  }

  @Test
  void headerLineInPlaceOfTheNameIsRejected() {
    Path file = fixture("text/no-name.txt");
    assertEquals(
        file + ":1:1: expected a name line before the header fields, found a `Field: value` line",
        failure(() -> reader.read(file)));
  }

  @Test
  void headerLineWithoutColonIsRejected() {
    Path file = fixture("text/header-without-colon.txt");
    assertEquals(
        file + ":4:1: expected `Field: value` or a blank line before the narrative",
        failure(() -> reader.read(file)));
  }

  @Test
  void narrativeDirectlyAfterTheNameIsRejected() {
    Path file = fixture("text/narrative-after-name.txt");
    assertEquals(
        file + ":2:1: expected `Field: value` or a blank line before the narrative",
        failure(() -> reader.read(file)));
  }

  @Test
  void bareUrlInTheHeaderBlockIsNotTakenForAField() {
    Path file = fixture("text/url-in-header-block.txt");
    assertEquals(
        file + ":4:1: expected `Field: value` or a blank line before the narrative",
        failure(() -> reader.read(file)));
  }

  @Test
  void retrievedDateThatIsNotIsoIsRejectedAtItsValue() {
    Path file = fixture("text/bad-retrieved.txt");
    assertEquals(
        file
            + ":4:12: expected a date of the form YYYY-MM-DD for Retrieved, found \"5 March 2024\"",
        failure(() -> reader.read(file)));
  }

  @Test
  void profileWithoutNarrativeIsRejected() {
    Path file = fixture("text/no-narrative.txt");
    assertEquals(
        file + ":4:1: expected narrative text after the header", failure(() -> reader.read(file)));
  }

  private static CaseDocument withFile(CaseDocument d, Path file) {
    return new CaseDocument(
        file,
        d.documentId(),
        d.caseId(),
        d.format(),
        d.name(),
        d.headers(),
        d.narrative(),
        d.narrativeLine(),
        d.sourceUrl(),
        d.retrieved());
  }
}
