package org.w3id.pfkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.curate.CuratedFacts;
import org.w3id.pfkg.curate.Curation;
import org.w3id.pfkg.curate.Curator;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.ProblemListener;

/**
 * The curate phase of the build: each extracted document gets the editors' corrections of {@code
 * DATA/curation/<case>.json}, read once per case. A curation that cannot be applied (a fact it
 * names was not extracted, a quote not in the text) rejects the document like a bad case file.
 */
final class CurationPhase {
  private final Path dataDir;
  private final Map<String, Optional<Curation>> byCase = new ConcurrentHashMap<>();

  CurationPhase(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** The curated facts of one document; throws InputException at the curation file's line. */
  CuratedFacts apply(CaseDocument doc, CaseFacts facts) {
    Optional<Curation> curation =
        byCase.computeIfAbsent(doc.caseId(), id -> Curation.forCase(dataDir, id));
    return curation
        .map(c -> Curator.apply(doc, facts, c))
        .orElseGet(() -> CuratedFacts.uncurated(facts));
  }

  /** A curation file that names no case of the build is probably misnamed: say so. */
  void warnAboutStrayFiles(Set<String> caseIds, ProblemListener listener) {
    Path folder = dataDir.resolve(Curation.FOLDER);
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      files
          .filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(f -> !caseIds.contains(f.getFileName().toString().replaceFirst("\\.json$", "")))
          .sorted()
          .forEach(
              f ->
                  listener.warning(
                      Location.of(f),
                      "curation file names no case of " + dataDir.resolve("cases")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String withoutLocation(InputException e) {
    String prefix = e.location() + ": ";
    String m = e.getMessage();
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }
}
