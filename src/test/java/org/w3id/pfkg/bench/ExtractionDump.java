package org.w3id.pfkg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.Summary;

/**
 * Writes, per case file, the extraction summary (GOLD.md's JSON) and the whole {@link CaseFacts}
 * record (evidence, rules and attributions included) as text, so that a change meant only to make
 * the engine faster can be compared byte for byte before and after ({@code diff -r}).
 *
 * <p>{@code java -cp target/pfkg.jar:target/test-classes:target/lib/*
 * org.w3id.pfkg.bench.ExtractionDump CASES_DIR OUT_DIR [DATA_DIR]}: DATA_DIR (default {@code data})
 * gives the rules and gazetteer.
 */
public final class ExtractionDump {
  private ExtractionDump() {}

  public static void main(String[] args) throws Exception {
    Path cases = Path.of(args[0]);
    Path out = Files.createDirectories(Path.of(args[1]));
    Path data = Path.of(args.length > 2 ? args[2] : "data");
    CaseReader reader = new CaseReader();
    Extractor extractor = new Extractor(Knowledge.load(Path.of("ontology"), data));
    ObjectMapper json = new ObjectMapper();
    long started = System.nanoTime();
    int n = 0;
    for (Path f : reader.caseFiles(cases)) {
      CaseDocument doc = reader.read(f);
      CaseFacts facts = extractor.extract(doc);
      String name = f.getFileName().toString();
      Files.writeString(
          out.resolve(name + ".summary.json"),
          json.writerWithDefaultPrettyPrinter().writeValueAsString(Summary.of(facts)));
      Files.writeString(out.resolve(name + ".facts.txt"), facts.toString());
      n++;
    }
    System.out.printf(
        "ExtractionDump: %d files in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
  }
}
