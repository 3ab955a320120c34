package org.w3id.pfkg.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.pfkg.problem.PfkgException;

/**
 * The output folder: every release built in {@code releases/<id>/} (a store and its dumps side by
 * side), and one symbolic link {@code current} naming the live one. {@code store} and {@code dumps}
 * are fixed links through {@code current}, so that swapping the one link with an atomic rename
 * changes the served store and the dumps together, or not at all.
 */
public final class ReleaseLayout {
  private static final int RELEASES_KEPT = 3;

  private final Path out;

  public ReleaseLayout(Path out) {
    this.out = out;
  }

  public Path releases() {
    return out.resolve("releases");
  }

  /** The live store folder, through the links; it exists once a build has been published. */
  public Path store() {
    return out.resolve("store");
  }

  public Path dumps() {
    return out.resolve("dumps");
  }

  public Path current() {
    return out.resolve("current");
  }

  /** The live release folder, if any release has been published. */
  public Optional<Path> live() {
    try {
      return Files.isSymbolicLink(current())
          ? Optional.of(current().toRealPath())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * True when the live release's manifest says {@code "synthetic": true}: made from {@code pfkg
   * synth} cases, for benchmarks, and not to be served as data. An unreadable manifest counts as
   * synthetic, so that a doubt never serves made-up cases.
   */
  public boolean liveIsSynthetic() {
    Optional<Path> release = live();
    if (release.isEmpty()) {
      return false;
    }
    return ReleaseManifest.readSynthetic(release.get().resolve("dumps")).orElse(true);
  }

  /**
   * A fresh, empty folder for a release being built; nothing points at it yet. First removes what a
   * build killed before its publish left behind (see {@link #removeUnpublished}).
   */
  public Path stage(String releaseId) {
    try {
      Files.createDirectories(releases());
      removeUnpublished();
      return Files.createDirectory(releases().resolve(releaseId));
    } catch (IOException e) {
      throw new PfkgException(
          "cannot create release folder in " + releases() + ": " + e.getMessage(), e);
    }
  }

  /** Makes a built release the live one in one atomic rename, then prunes old releases. */
  public void publish(Path release) {
    try {
      Path link = out.resolve(".current-" + release.getFileName());
      Files.deleteIfExists(link);
      Files.createSymbolicLink(link, out.relativize(release));
      try {
        Files.move(
            link, current(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new PfkgException(
            "the file system of " + out + " cannot swap releases atomically", e);
      }
      fixedLink(store(), Path.of("current", "store"));
      fixedLink(dumps(), Path.of("current", "dumps"));
      prune(release);
    } catch (IOException e) {
      throw new PfkgException("cannot publish " + release + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes the leftovers of builds that died before publishing (killed, out of memory, power
   * lost): release folders newer than the live one, which were therefore never live (release ids
   * sort by build time and a publish always makes the newest one live), and temporary {@code
   * .current-*} links made for a swap that never happened. Without this they would pile up, and
   * pruning, which keeps the newest folders, would keep them and delete published releases.
   */
  private void removeUnpublished() throws IOException {
    Optional<Path> live = live();
    try (Stream<Path> list = Files.list(releases())) {
      list.filter(Files::isDirectory)
          .filter(
              p ->
                  live.isEmpty()
                      || p.getFileName().toString().compareTo(live.get().getFileName().toString())
                          > 0)
          .forEach(ReleaseLayout::deleteTree);
    }
    try (Stream<Path> list = Files.list(out)) {
      for (Path p : list.toList()) {
        if (p.getFileName().toString().startsWith(".current-")) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Removes a release that failed before it was published. */
  public void discard(Path release) {
    deleteTree(release);
  }

  private static void fixedLink(Path link, Path target) throws IOException {
    if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
      Files.createSymbolicLink(link, target);
    }
  }

  /** Keeps the newest releases (a running server may still read the one before the live one). */
  private void prune(Path live) throws IOException {
    List<Path> all;
    try (Stream<Path> list = Files.list(releases())) {
      all = list.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList();
    }
    all.stream()
        .skip(RELEASES_KEPT)
        .filter(p -> !p.equals(live))
        .forEach(ReleaseLayout::deleteTree);
  }

  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new PfkgException("cannot remove " + dir + ": " + e.getMessage(), e);
    }
  }
}
