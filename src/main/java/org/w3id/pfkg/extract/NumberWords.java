package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.w3id.pfkg.table.RuleTable;

/** The number words of {@code number-words.tsv} ("seven", "a"), by lower-case word. */
final class NumberWords {
  static final String FILE = "number-words.tsv";

  private NumberWords() {}

  static Map<String, Integer> load(Path rulesDir) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (RuleTable.Row row : RuleTable.read(rulesDir.resolve(FILE))) {
      numbers.put(row.get("word").toLowerCase(Locale.ROOT), Integer.parseInt(row.get("value")));
    }
    return java.util.Collections.unmodifiableMap(numbers);
  }
}
