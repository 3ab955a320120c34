package org.w3id.pfkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Where the tests' temporary folders go: a memory-backed file system when the machine has a large
 * enough one, else the system's temporary folder. The suite builds and opens many TDB2 stores,
 * which map their files into memory and force them to disk at each commit; on a disk file system
 * the page faults and syncs were a sixth of the suite's CPU ({@code surefire:test} on 2 cores,
 * 2026-12-02: system time 31 s of 180 s, wall 101-106 s; on {@code /dev/shm} 12 s of 146 s, wall
 * 82-84 s). What is tested stays the same: a real store in a real folder; a kill (KillMidBuildTest)
 * loses no page either way, since the page cache outlives the process.
 *
 * <p>Registered as JUnit's default {@code @TempDir} factory ({@code
 * junit.jupiter.tempdir.factory.default} in the pom) and used by {@link TempFolders}. {@code
 * -Dpfkg.scratch=DIR} names another folder; {@code -Dpfkg.scratch=} (empty) keeps the system's.
 */
public final class ScratchSpace implements TempDirFactory {
  /**
   * The suite's peak use was 1.3 GB (2026-12-02); a Docker container's {@code /dev/shm} is 64 MB.
   */
  private static final long ENOUGH = 4L << 30;

  private static final Optional<Path> ROOT = chosen();

  @Override
  public Path createTempDirectory(
      AnnotatedElementContext elementContext, ExtensionContext extensionContext)
      throws IOException {
    return folder("junit");
  }

  /** The folder the scratch space is in; empty for the system's temporary folder. */
  static Optional<Path> root() {
    return ROOT;
  }

  /** A new folder under the scratch space. */
  public static Path folder(String prefix) throws IOException {
    return ROOT.isPresent()
        ? Files.createTempDirectory(ROOT.get(), prefix)
        : Files.createTempDirectory(prefix);
  }

  private static Optional<Path> chosen() {
    Path shm = Path.of("/dev/shm");
    long usable;
    try {
      usable =
          Files.isDirectory(shm) && Files.isWritable(shm)
              ? Files.getFileStore(shm).getUsableSpace()
              : 0;
    } catch (IOException e) {
      usable = 0;
    }
    return choose(System.getProperty("pfkg.scratch"), shm, usable);
  }

  /**
   * The scratch root: the folder {@code named} (an empty name: the system's temporary folder), else
   * {@code shm} when {@code usable} bytes there are enough, else the system's temporary folder
   * (empty).
   */
  static Optional<Path> choose(String named, Path shm, long usable) {
    if (named != null) {
      return named.isBlank() ? Optional.empty() : Optional.of(Path.of(named));
    }
    return usable >= ENOUGH ? Optional.of(shm) : Optional.empty();
  }
}
