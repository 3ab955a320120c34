package org.w3id.pfkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;

/**
 * The project's own knowledge (ontology/ and data/: vocabularies, rules, the 20 000-row gazetteer)
 * and an engine over it, loaded once per test JVM: each load takes seconds, and about fifteen test
 * classes used to load their own. Shared read-only: a Knowledge is a record of tables nobody
 * changes, and an Extractor is a pure function of the document and the knowledge, safe on many
 * threads (test classes may run in parallel). A test that needs other knowledge loads its own.
 */
public final class ProjectKnowledge {
  private static final Path ONTOLOGY = Path.of("ontology");
  private static final Path DATA = Path.of("data");

  private ProjectKnowledge() {}

  /** Initialised on first use, once, by the JVM's class initialisation (thread-safe). */
  private static final class Holder {
    static final Knowledge KNOWLEDGE = Knowledge.load(ONTOLOGY, DATA);
    static final Extractor EXTRACTOR = new Extractor(KNOWLEDGE);
  }

  /** The digest of the project's knowledge files, once per JVM. */
  private static final class ProjectFiles {
    static final String DIGEST = digest(ONTOLOGY, DATA);
  }

  public static Knowledge knowledge() {
    return Holder.KNOWLEDGE;
  }

  public static Extractor extractor() {
    return Holder.EXTRACTOR;
  }

  /**
   * The shared knowledge when {@code ontology} and {@code data} hold the same knowledge files as
   * the project (a test's copy of them), so that loading them would give the same tables; empty
   * when any of them differs (a test that cuts the gazetteer or changes a rule gets its own load).
   * The builds the tests run through the command line ask this (cli.CliRun).
   */
  public static Optional<Knowledge> ifSameFiles(Path ontology, Path data) {
    return digest(ontology, data).equals(ProjectFiles.DIGEST)
        ? Optional.of(knowledge())
        : Optional.empty();
  }

  /**
   * One SHA-256 over the names and bytes of what {@link Knowledge#load} reads: the ontology folder
   * (its vocabularies), and the rules and gazetteer folders of the data folder. The cases, the
   * curation files and the links are not knowledge; an output folder inside the data folder is
   * never under these.
   */
  static String digest(Path ontology, Path data) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    for (Path root : List.of(ontology, data.resolve("rules"), data.resolve("gazetteer"))) {
      sha.update((root.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
          byte[] bytes = Files.readAllBytes(f);
          sha.update(
              (root.relativize(f) + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
          sha.update(bytes);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return java.util.HexFormat.of().formatHex(sha.digest());
  }
}
