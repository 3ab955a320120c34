package org.w3id.pfkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchSpaceTest {
  private static final Path SHM = Path.of("/dev/shm");

  @Test
  void aLargeMemoryFileSystemIsUsedAndASmallOneIsNot() {
    assertEquals(Optional.of(SHM), ScratchSpace.choose(null, SHM, 8L << 30));
    // A container's default /dev/shm (64 MB) would fill with the first release the tests build.
    assertEquals(Optional.empty(), ScratchSpace.choose(null, SHM, 64L << 20));
    assertEquals(Optional.empty(), ScratchSpace.choose(null, SHM, 0));
  }

  @Test
  void aNamedFolderWinsAndAnEmptyNameMeansTheSystemsTemporaryFolder() {
    assertEquals(Optional.of(Path.of("/var/tmp")), ScratchSpace.choose("/var/tmp", SHM, 8L << 30));
    assertEquals(Optional.empty(), ScratchSpace.choose("", SHM, 8L << 30));
  }

  @Test
  void junitTempDirsAreMadeUnderTheChosenRoot(@TempDir Path dir) {
    // Fails when the pom does not name ScratchSpace as JUnit's @TempDir factory and the root is
    // not the system's temporary folder (as on a machine with a large /dev/shm).
    Path expected = ScratchSpace.root().orElse(Path.of(System.getProperty("java.io.tmpdir")));
    assertEquals(expected.toAbsolutePath(), dir.getParent().toAbsolutePath());
  }
}
