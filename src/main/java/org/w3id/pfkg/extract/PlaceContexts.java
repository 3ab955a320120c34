package org.w3id.pfkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.table.RuleTable;

/**
 * Finds the places the gazetteer does not hold from the words around them (the contexts are data,
 * {@code place-contexts.tsv}): "the Karpala district of Ouagadougou" names a district of a known
 * city, "the municipality of X" a municipality. A context with a known place ties the new one to
 * it.
 */
final class PlaceContexts {
  static final String FILE = "place-contexts.tsv";

  /** One capitalised word of a place's name ("Dokki", "Wet'suwet'en", "Kinshasa-Gombe"). */
  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*\\p{L}";

  private static final String NAME =
      "(?<name>" + WORD + "(?:\\s(?:(?:de|del|la|el|do|da|al)\\s)?" + WORD + "){0,2})";

  private static final String PLACE = "(?<place>\\p{Lu}[^,;]*?)";

  /**
   * A new place: where it stands in the sentence, and the known place it lies in (start of that
   * place's hit) when the context names one.
   */
  record Found(String name, int start, int end, Optional<Integer> inPlaceAt) {}

  private final List<Pattern> rules;

  /** Each rule's {@link Prefilter}, in the order of {@link #rules}. */
  private final List<Prefilter> filters;

  private final Set<String> notNameWords;

  private PlaceContexts(List<Pattern> rules, Set<String> notNameWords) {
    this.rules = rules;
    this.filters = rules.stream().map(Prefilter::of).toList();
    this.notNameWords = notNameWords;
  }

  /** The contexts of a rules folder; none when it has no such table. */
  static PlaceContexts read(Path rulesDir, Set<String> notNameWords) {
    Path file = rulesDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new PlaceContexts(List.of(), notNameWords);
    }
    List<Pattern> rules =
        RuleTable.read(file).stream()
            .map(
                row ->
                    Pattern.compile(
                        "(?i:"
                            + row.get("pattern")
                                .replace("{NAME}", "(?-i:" + NAME + ")")
                                .replace("{PLACE}", "(?-i:" + PLACE + ")")
                            + ")",
                        Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS))
            .toList();
    return new PlaceContexts(rules, notNameWords);
  }

  /** The patterns this applies, for the check of their {@link Prefilter}s. */
  List<Pattern> patterns() {
    return rules;
  }

  /**
   * The new places of a sentence. {@code placeStarts} says where the places already found begin: a
   * context with a {@code {PLACE}} counts only when a found place stands there.
   */
  List<Found> find(String sentence, Set<Integer> placeStarts) {
    List<Found> out = new ArrayList<>();
    String folded = Prefilter.fold(sentence);
    for (int r = 0; r < rules.size(); r++) {
      if (!filters.get(r).admits(folded)) {
        continue; // the regex cannot match (Prefilter)
      }
      Pattern rule = rules.get(r);
      Matcher m = rule.matcher(sentence);
      while (m.find()) {
        String name = m.group("name");
        if (notNameWords.contains(name.split("\\s")[0].toLowerCase(Locale.ROOT))) {
          continue;
        }
        Optional<Integer> place = Optional.empty();
        if (rule.pattern().contains("?<place>")) {
          if (!placeStarts.contains(m.start("place"))) {
            continue;
          }
          place = Optional.of(m.start("place"));
        }
        out.add(new Found(name, m.start("name"), m.end("name"), place));
      }
    }
    return out;
  }
}
