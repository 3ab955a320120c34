package org.w3id.pfkg.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.curate.CuratedFacts;
import org.w3id.pfkg.curate.Curation;
import org.w3id.pfkg.curate.Curator;
import org.w3id.pfkg.extract.CaseFacts;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemListener;
import org.w3id.pfkg.problem.Severity;

/**
 * The curate phase: applies {@code data/curation/<case>.json} to the facts of each case. A curation
 * file that cannot be applied rejects its whole case, as a bad case file does; the other cases go
 * on.
 */
final class CurationPhase {
  private CurationPhase() {}

  static Map<CaseDocument, CuratedFacts> apply(
      Path dataDir, Map<CaseDocument, CaseFacts> extracted, ProblemListener listener) {
    Map<String, List<CaseDocument>> byCase =
        extracted.keySet().stream()
            .collect(
                Collectors.groupingBy(CaseDocument::caseId, TreeMap::new, Collectors.toList()));
    warnAboutStrayFiles(dataDir, byCase.keySet(), listener);
    Map<CaseDocument, CuratedFacts> curated = new LinkedHashMap<>();
    byCase.forEach(
        (caseId, docs) -> {
          try {
            Map<CaseDocument, CuratedFacts> done = new LinkedHashMap<>();
            var curation = Curation.forCase(dataDir, caseId);
            curation.ifPresent(
                c ->
                    Curator.checkDocuments(
                        c, docs.stream().map(CaseDocument::documentId).toList()));
            for (CaseDocument doc : docs) {
              CaseFacts f = extracted.get(doc);
              done.put(
                  doc,
                  curation
                      .map(c -> Curator.apply(doc, f, c))
                      .orElseGet(() -> CuratedFacts.uncurated(f)));
            }
            curated.putAll(done);
          } catch (InputException e) {
            listener.report(
                new Problem(
                    Severity.ERROR,
                    e.location(),
                    "case '" + caseId + "' rejected: " + withoutLocation(e)));
          }
        });
    // Keep the extraction's order (by file) so that graphs come out the same on every run.
    Map<CaseDocument, CuratedFacts> ordered = new LinkedHashMap<>();
    extracted.keySet().stream()
        .filter(curated::containsKey)
        .forEach(d -> ordered.put(d, curated.get(d)));
    return ordered;
  }

  private static String withoutLocation(InputException e) {
    String prefix = e.location() + ": ";
    String m = e.getMessage();
    return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
  }

  private static void warnAboutStrayFiles(
      Path dataDir, Set<String> caseIds, ProblemListener listener) {
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
}
