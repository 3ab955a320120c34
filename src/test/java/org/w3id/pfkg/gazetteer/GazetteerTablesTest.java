package org.w3id.pfkg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.problem.InputException;

class GazetteerTablesTest {
  private static final String PLACES =
      "key\tname\tvariants\ttype\twithin\tlat\tlong\n"
          + "atlantis\tAtlantis\t\tcountry\t\t\t\n"
          + "poseidonia\tPoseidonia\tPoseidon City\tcity\tatlantis\t1.5\t2.5\n";

  private static Path folder(Path dir, String places) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(GazetteerTables.CURATED_PLACES), places);
    return dir;
  }

  @Test
  void sameBytesInAnotherFolderAreNotParsedAgain(@TempDir Path tmp) throws IOException {
    // An engine of its own: other classes of the JVM read the project's gazetteer meanwhile.
    LastRead lastRead = new LastRead();
    AtomicInteger parses = new AtomicInteger();
    Path a = folder(tmp.resolve("a"), PLACES);
    Path b = folder(tmp.resolve("b"), PLACES);
    GazetteerTables first = lastRead.tables(a, () -> parse(a, parses));
    GazetteerTables second = lastRead.tables(b, () -> parse(b, parses));
    assertSame(first, second);
    assertEquals(1, parses.get());
    assertEquals(
        List.of("atlantis", "poseidonia"),
        second.curatedPlaces().stream().map(GazetteerEntity::key).toList());
    Files.writeString(b.resolve(GazetteerTables.CURATED_PLACES), PLACES + "\n");
    assertNotSame(first, lastRead.tables(b, () -> parse(b, parses)));
    assertEquals(2, parses.get());
  }

  private static GazetteerTables parse(Path folder, AtomicInteger parses) {
    parses.incrementAndGet();
    return GazetteerTables.readCurated(folder);
  }

  @Test
  void anEditedTableIsReadAgain(@TempDir Path tmp) throws IOException {
    Path dir = folder(tmp.resolve("g"), PLACES);
    GazetteerTables before = GazetteerTables.read(dir);
    Files.writeString(
        dir.resolve(GazetteerTables.CURATED_PLACES),
        PLACES.replace("Poseidon City", "Poseidon Town"));
    GazetteerTables after = GazetteerTables.read(dir);
    assertNotSame(before, after);
    assertEquals(List.of("Poseidon Town"), after.curatedPlaces().get(1).variants());
    // A table that appears counts as a change too, even an empty one.
    Files.writeString(dir.resolve(GazetteerTables.STOPLIST), "Poseidonia\n");
    assertEquals(List.of("Poseidonia"), GazetteerTables.read(dir).stoplist());
  }

  @Test
  void aBrokenTableIsReportedEachTimeItIsRead(@TempDir Path tmp) throws IOException {
    Path dir = folder(tmp.resolve("g"), PLACES.replace("1.5", "north"));
    for (int i = 0; i < 2; i++) {
      InputException e = assertThrows(InputException.class, () -> GazetteerTables.read(dir));
      assertTrue(e.getMessage().contains("not a decimal coordinate"), e.getMessage());
      assertTrue(e.getMessage().contains(GazetteerTables.CURATED_PLACES), e.getMessage());
    }
  }
}
