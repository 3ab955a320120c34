package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.table.RuleTable;

/**
 * How each event type is read, from {@code event-types.tsv}: whether it takes the sentence's
 * charges, whether a hedge keeps it from being stated, whether a state body acts in it, and which
 * events told with it on its date it is part of.
 */
record EventBehaviour(
    boolean takesCharges,
    boolean hedgeable,
    boolean actedOnByState,
    java.util.Set<EventType> partOf) {

  static Map<EventType, EventBehaviour> load(Path rulesDir) {
    Path file = rulesDir.resolve("event-types.tsv");
    Map<EventType, EventBehaviour> byType = new EnumMap<>(EventType.class);
    for (RuleTable.Row row : RuleTable.read(file)) {
      Location at = new Location(file, (int) row.line(), 1);
      EventType type =
          EventType.fromCode(row.get("type"))
              .orElseThrow(
                  () -> new InputException(at, "unknown event type '" + row.get("type") + "'"));
      byType.put(
          type,
          new EventBehaviour(
              yes(row, "charges", at),
              yes(row, "hedgeable", at),
              yes(row, "authority", at),
              types(row.get("part-of"), at)));
    }
    for (EventType t : EventType.values()) {
      if (!byType.containsKey(t)) {
        throw new InputException(Location.of(file), "no row for event type '" + t.code() + "'");
      }
    }
    return byType;
  }

  private static java.util.Set<EventType> types(String list, Location at) {
    if (list.equals("-")) {
      return java.util.Set.of();
    }
    java.util.Set<EventType> types = java.util.EnumSet.noneOf(EventType.class);
    for (String code : list.split("\\s*,\\s*")) {
      types.add(
          EventType.fromCode(code)
              .orElseThrow(() -> new InputException(at, "unknown event type '" + code + "'")));
    }
    return types;
  }

  private static boolean yes(RuleTable.Row row, String column, Location at) {
    return switch (row.get(column)) {
      case "yes" -> true;
      case "no" -> false;
      default ->
          throw new InputException(
              at, "expected yes or no in column '" + column + "', not '" + row.get(column) + "'");
    };
  }
}
