package org.w3id.pfkg.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.rdf.CaseCustody;
import org.w3id.pfkg.table.RuleTable;

/**
 * Reads the custody rule of {@code data/rules/custody.tsv}: which event types begin and end a
 * journalist's custody and which statuses say the journalist is held. Without the file no
 * journalist gets a custody span.
 */
final class CustodyRule {
  static final String FILE = "rules/custody.tsv";

  private CustodyRule() {}

  static CaseCustody read(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return CaseCustody.NONE;
    }
    Map<String, Set<String>> byRole =
        Map.of("start", new HashSet<>(), "end", new HashSet<>(), "held", new HashSet<>());
    for (RuleTable.Row row : RuleTable.read(file)) {
      Set<String> slugs = byRole.get(row.get("role"));
      if (slugs == null || row.get("slug").isBlank()) {
        throw new InputException(
            new Location(file, (int) row.line(), 0),
            "expected a role (start, end or held) and a slug, found '" + row.cells() + "'");
      }
      slugs.add(row.get("slug").strip());
    }
    return new CaseCustody(byRole.get("start"), byRole.get("end"), byRole.get("held"));
  }
}
