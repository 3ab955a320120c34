package org.w3id.pfkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Temporary folders that outlive a test class but not the test JVM: the releases built once per run
 * and the browser's profile. JUnit's {@code @TempDir} ends with its class; these are shared by
 * classes, so they are deleted by a shutdown hook instead. Each run used to leave them in the
 * system's temporary folder, some 30 MB a run.
 */
public final class TempFolders {
  private TempFolders() {}

  /** A new folder in the tests' scratch space ({@link ScratchSpace}), deleted when the JVM ends. */
  public static Path create(String prefix) {
    Path folder;
    try {
      folder = ScratchSpace.folder(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
    return folder;
  }

  /** Deletes a folder and what it holds; what cannot be deleted stays (no test fails for it). */
  static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      // a temporary folder left behind, in part, is no test failure
    }
  }
}
