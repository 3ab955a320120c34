package org.w3id.pfkg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.CaseFacts;

/**
 * The engine over the project's own ontology, rules and gazetteer (one per test JVM, {@link
 * ProjectKnowledge}), and case texts that a test writes for it.
 */
final class ProjectEngine {
  private ProjectEngine() {}

  static Extractor extractor() {
    return ProjectKnowledge.extractor();
  }

  /** Writes a profile (name line, blank line, narrative) into {@code dir} and extracts it. */
  static CaseFacts extract(Path dir, String name, String narrative) throws IOException {
    Path file = dir.resolve(name.toLowerCase(Locale.ROOT).replace(' ', '-') + ".txt");
    Files.writeString(file, name + "\n\n" + narrative + "\n");
    return extractor().extract(new CaseReader().read(file));
  }
}
