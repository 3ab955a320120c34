package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.table.RuleTable;
import org.w3id.pfkg.table.WordList;

/**
 * Finds where a sentence credits a named person of the case: the name, or the surname alone once
 * the full name has been given, followed by a verb of speech ("Ama Okafor said", "Okafor told the
 * court"), with an appositive or an affiliation between ("Ama Okafor, her lawyer, said", "Ama
 * Okafor of the bar association told ..."), or after "according to" ("according to her lawyer, Ama
 * Okafor"). The verbs are {@code speech-verbs.txt}.
 */
final class PersonCredits {
  /** A person credited at a position of the sentence. */
  record Hit(PersonFact person, int start) {}

  private final Pattern speechAfter;
  private final List<String> staffOpinions;
  private static final Pattern ACCORDING =
      Pattern.compile("(?i)\\baccording to\\s(?:[^,;.]{2,40},\\s)?$");

  PersonCredits(List<String> speechVerbs, List<String> staffOpinions) {
    this.staffOpinions = List.copyOf(staffOpinions);
    String verbs =
        speechVerbs.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    this.speechAfter =
        Pattern.compile(
            "^(?:\\s(?:of|from|at)\\s[^,;]{2,70}?)?(?:,\\s(?!(?:and|but|or|while|which|as|after|before|when|then|so)\\b)[^,;]{2,110}?)?,?\\s(?:later\\s|also\\s|then\\s|had\\s|has\\s|again\\s)?(?:"
                + verbs
                + ")\\b");
  }

  static PersonCredits load(Path rules) {
    List<String> opinions = WordList.read(rules.resolve("opinion-verbs.txt"));
    return new PersonCredits(
        WordList.read(rules.resolve("speech-verbs.txt")).stream()
            .filter(v -> !opinions.contains(v))
            .toList(),
        RuleTable.read(rules.resolve("staff-opinions.tsv")).stream()
            .map(r -> r.get("pattern"))
            .toList());
  }

  /**
   * Whether the sentence has {@code name} pass judgment as staff of an organisation ("RSF's Ama
   * Okafor called the verdict ..."), by the rows of {@code staff-opinions.tsv}; {@code isPlace}
   * tells a country's official ("Ruritania's foreign minister") from an organisation's staff.
   */
  boolean staffOpinion(String sentence, String name, java.util.function.Predicate<String> isPlace) {
    for (String row : staffOpinions) {
      Matcher m = Pattern.compile(row.replace("{NAME}", Pattern.quote(name))).matcher(sentence);
      while (m.find()) {
        if (!isPlace.test(m.group("org"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Every person of {@code people} the sentence credits, in text order. */
  List<Hit> find(String sentence, List<PersonFact> people, Set<String> journalist) {
    Map<String, Integer> surnames = new HashMap<>();
    people.forEach(p -> surname(p).ifPresent(s -> surnames.merge(s, 1, Integer::sum)));
    List<Hit> hits = new ArrayList<>();
    for (PersonFact p : people) {
      List<String> forms = new ArrayList<>(List.of(p.name()));
      // A surname shared with the journalist or another person names no one for certain.
      surname(p)
          .filter(s -> surnames.get(s) == 1 && !journalist.contains(Fold.of(s)))
          .ifPresent(forms::add);
      for (String form : forms) {
        Matcher m =
            Pattern.compile("(?<![\\p{L}'’-])" + Pattern.quote(form) + "(?![\\p{L}'’-])")
                .matcher(sentence);
        boolean credited = false;
        while (m.find() && !credited) {
          String after = sentence.substring(m.end());
          String before = sentence.substring(0, m.start());
          if (speechAfter.matcher(after).find() || ACCORDING.matcher(before).find()) {
            hits.add(new Hit(p, m.start()));
            credited = true;
          }
        }
        if (credited) {
          break;
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::start));
    return List.copyOf(hits);
  }

  private static java.util.Optional<String> surname(PersonFact p) {
    String[] words = p.name().split("\\s+");
    String last = words[words.length - 1];
    return words.length > 1 && last.length() > 2 && !last.contains(".")
        ? java.util.Optional.of(last)
        : java.util.Optional.empty();
  }
}
