package org.w3id.pfkg.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.problem.InputException;

/** The character limit of {@link CaseReader}, in both formats, on invented texts. */
class SizeLimitTest {
  @Test
  void aJsonRecordOverTheLimitIsRefusedAtTheFirstCharacterOverIt(@TempDir Path tmp)
      throws IOException {
    Path file = tmp.resolve("long.json");
    // 80 characters; the 51st is the 20th of line 3.
    Files.writeString(
        file,
        "{\n  \"name\": \"Invented Person\",\n  \"text\": \"Invented narrative, one line long.\"\n}\n");

    InputException e = assertThrows(InputException.class, () -> new CaseReader(50).read(file));

    assertEquals(file + ":3:20", e.location().toString());
    assertEquals(
        file
            + ":3:20: expected a case document of at most 50 characters (--max-case-chars), found"
            + " 80; split it into several documents of the case or shorten it",
        e.getMessage());
  }

  @Test
  void charactersAreCountedNotBytesAndADocumentAtTheLimitIsRead(@TempDir Path tmp)
      throws IOException {
    Path file = tmp.resolve("accents.txt");
    // 29 characters, 43 bytes in UTF-8.
    String text = "Ünïcödé Ñàmé\n\nÉçrìt à Ürümqî.";
    Files.writeString(file, text);

    assertEquals("Ünïcödé Ñàmé", new CaseReader(text.length()).read(file).name());
    assertThrows(InputException.class, () -> new CaseReader(text.length() - 1).read(file));
  }

  @Test
  void aFileFarOverTheLimitIsRefusedByItsBytesBeforeDecoding(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("huge.txt");
    Files.writeString(file, "Invented Name\n\n" + "x".repeat(1000));

    InputException e = assertThrows(InputException.class, () -> new CaseReader(100).read(file));

    assertEquals(
        file
            + ": expected a case document of at most 100 characters (--max-case-chars), found 1015"
            + " bytes; split it into several documents of the case or shorten it",
        e.getMessage());
  }
}
