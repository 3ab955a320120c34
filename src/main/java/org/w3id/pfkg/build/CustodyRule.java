package org.w3id.pfkg.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.rdf.CaseCustody;
import org.w3id.pfkg.table.RuleTable;

/**
 * Reads the custody rule of {@code data/rules/custody.tsv}: which event types begin and end a
 * journalist's custody, which statuses say the journalist is held, and after how many days a second
 * start tells another custody. Without the file no journalist gets a custody span.
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
    OptionalInt retakenAfterDays = OptionalInt.empty();
    for (RuleTable.Row row : RuleTable.read(file)) {
      String value = row.get("value").strip();
      Location at = new Location(file, (int) row.line(), 0);
      if (row.get("role").equals(RETAKEN)) {
        retakenAfterDays = OptionalInt.of(days(value, at));
        continue;
      }
      Set<String> slugs = byRole.get(row.get("role"));
      if (slugs == null || value.isEmpty()) {
        throw new InputException(
            at,
            "expected a role (start, end, held or "
                + RETAKEN
                + ") and its value, found '"
                + row.cells()
                + "'");
      }
      slugs.add(value);
    }
    return new CaseCustody(
        byRole.get("start"), byRole.get("end"), byRole.get("held"), retakenAfterDays);
  }

  private static final String RETAKEN = "retaken-after-days";

  private static int days(String value, Location at) {
    try {
      int days = Integer.parseInt(value);
      if (days > 0) {
        return days;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputException(
        at, "expected a positive number of days for " + RETAKEN + ", found '" + value + "'");
  }
}
