package org.w3id.pfkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.facts.Summary;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * Extracts every case document that has a gold summary ({@code GOLD/<stem>.json} for {@code
 * CASES/<stem>.txt|.json}) and scores the summaries against the gold ones.
 */
public final class Evaluation {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Extractor extractor;

  public Evaluation(Extractor extractor) {
    this.extractor = extractor;
  }

  public EvalReport run(Path casesDir, Path goldDir) {
    SummaryScorer scorer = new SummaryScorer();
    List<String> scored = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    CaseReader reader = new CaseReader();
    for (Path goldFile : goldFiles(goldDir)) {
      String stem = goldFile.getFileName().toString().replaceFirst("\\.json$", "");
      Optional<Path> caseFile =
          Stream.of(".txt", ".json")
              .map(ext -> casesDir.resolve(stem + ext))
              .filter(Files::isRegularFile)
              .findFirst();
      if (caseFile.isEmpty()) {
        missing.add(goldFile.getFileName().toString());
        continue;
      }
      JsonNode predicted = Summary.of(extractor.extract(reader.read(caseFile.get())));
      scorer.add(stem, predicted, gold(goldFile));
      scored.add(stem);
    }
    return new EvalReport(scorer.scores(), scorer.macroF1(), scored, missing, scorer.differences());
  }

  private static List<Path> goldFiles(Path goldDir) {
    try (Stream<Path> files = Files.list(goldDir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(
          Location.of(goldDir), "expected a folder of gold summaries: " + e.getMessage(), e);
    }
  }

  private static JsonNode gold(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(
          Location.of(file), "expected a gold summary in JSON: " + e.getMessage(), e);
    }
  }
}
