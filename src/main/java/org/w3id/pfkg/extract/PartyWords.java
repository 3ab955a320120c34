package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.table.RuleTable;
import org.w3id.pfkg.table.WordList;

/**
 * The words that tell a party in a list of credited parties from an appositive or a clause: the
 * nouns of a described party ({@code party-nouns.txt}: "reports", "relative", "copy") and the words
 * that may open one ({@code party-openers.txt}: "a", "his", "several"); and the phrases a credit
 * rule may read as a party that name no one ({@code not-parties.tsv}: "he", "the report", a
 * clause).
 */
record PartyWords(Set<String> nouns, Set<String> openers, Pattern noParty) {
  static PartyWords load(Path rules) {
    return new PartyWords(
        lower(WordList.read(rules.resolve("party-nouns.txt"))),
        lower(WordList.read(rules.resolve("party-openers.txt"))),
        Pattern.compile(
            RuleTable.read(rules.resolve("not-parties.tsv")).stream()
                .map(r -> r.get("pattern"))
                .collect(Collectors.joining("|", "(?i)(?:", ")"))));
  }

  /**
   * Whether a described phrase has a party noun: "a cousin who spoke on condition of anonymity".
   */
  boolean namesParty(String phrase) {
    return words(phrase).anyMatch(nouns::contains);
  }

  /** Whether a lowercase phrase opens with a word that may open a party: "a", "his", "news". */
  boolean opensParty(String phrase) {
    return words(phrase).findFirst().map(openers::contains).orElse(false);
  }

  private static java.util.stream.Stream<String> words(String phrase) {
    return Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
        .filter(w -> !w.isEmpty());
  }

  private static Set<String> lower(java.util.List<String> words) {
    return words.stream()
        .map(w -> w.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
