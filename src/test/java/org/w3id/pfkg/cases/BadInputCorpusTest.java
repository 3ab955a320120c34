package org.w3id.pfkg.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.w3id.pfkg.cases.Fixtures.failure;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemCollector;

/**
 * The malformed inputs of {@code src/test/resources/bad-input/}: each is refused with the file, the
 * line and column of the fault and what was expected there, or (BOM, CRLF) read exactly like its
 * clean twin. The curation file naming a missing fact is not here: curation does not exist on this
 * branch yet.
 */
class BadInputCorpusTest {
  private final CaseReader reader = new CaseReader();

  static Path badInput(String relative) {
    URL url = BadInputCorpusTest.class.getResource("/bad-input/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no fixture bad-input/" + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad fixture URL " + url, e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          empty.txt                | 1:1: expected a name line, found no text
          no-name.txt              | 1:1: expected a name line before the header fields, found a `Field: value` line
          header-without-colon.txt | 4:1: expected `Field: value` or a blank line before the narrative
          binary.txt               | 3:14: expected UTF-8 text, found binary content (byte 0x00)
          invalid-utf8.txt         | 5:21: expected UTF-8 text, found invalid byte 0xDC
          wrong-types.json         | 4:11: expected a string for "case", found an array
          wrong-type-text.json     | 3:11: expected a string for "text", found a number
          script-source-url.txt    | 2:13: expected an absolute http(s) URL for Source URL, found "javascript:alert(document.domain)" (only http and https addresses are published)
          bad-sources.txt          | 2:33: expected an absolute http(s) URL for Sources, found "https://example.org/a"b" (not a valid IRI: <https://example.org/a"b> Code: 4/UNWISE_CHARACTER in PATH: The character matches no grammar rules of URIs/IRIs.)
          bad-source-url.json      | 4:17: expected an absolute http(s) URL for Source URL, found "http://exa mple.org/" (not a valid IRI: <http://exa mple.org/> Code: 17/WHITESPACE in HOST: A single whitespace character. These match no grammar rules of URIs/IRIs.)
          nul-escape.json          | 3:28: expected text, found the control character U+0000 in a string
          control-in-array.json    | 4:27: expected text, found the control character U+001B in a string
          """)
  void malformedFileIsRefusedNamingFileLineColumnAndWhatWasExpected(String file, String message) {
    Path path = badInput(file);
    assertEquals(path + ":" + message, failure(() -> reader.read(path)));
  }

  @Test
  void byteOrderMarkIsDroppedAndTheFileReadsAsWithoutIt() {
    CaseDocument doc = reader.read(badInput("bom.txt"));
    assertEquals("Gulmire Imin", doc.name());
    assertEquals(List.of("Medium=Internet"), Fixtures.namesAndValues(doc));
    assertEquals("Police in Urumqi arrested Imin on July 14, 2009.", doc.narrative());
    assertEquals(5, doc.narrativeLine());
  }

  @Test
  void crlfLineEndsReadAsLfWithTheSameLineNumbers() {
    CaseDocument doc = reader.read(badInput("crlf.txt"));
    assertEquals("Gulmire Imin", doc.name());
    assertEquals(List.of("Medium=Internet", "Charge=Anti-State"), Fixtures.namesAndValues(doc));
    assertEquals(
        "Police in Urumqi arrested Imin on July 14, 2009.\nShe was sentenced to life in prison.",
        doc.narrative());
    assertFalse(doc.narrative().contains("\r"));
    assertEquals(6, doc.narrativeLine());
  }

  @Test
  void secondDocumentWithTheSameIdIsRejectedNamingTheFirst() {
    Path dir = badInput("duplicate-ids");
    ProblemCollector problems = new ProblemCollector();

    List<CaseDocument> docs = reader.readAll(dir, problems);

    assertEquals(
        List.of(dir.resolve("gulmire-imin.txt")), docs.stream().map(CaseDocument::file).toList());
    assertEquals(
        List.of(
            dir.resolve("record.json")
                + ":2:9: error: expected a unique document id, but \"gulmire-imin\" is the id of "
                + dir.resolve("gulmire-imin.txt")
                + ", which is named after it; give this document an id of its own (and a"
                + " \"case\" naming \"gulmire-imin\" if it is about that case)"),
        problems.problems().stream().map(Problem::toString).toList());
  }
}
