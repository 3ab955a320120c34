package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.ChargeStatus;

/**
 * Reads charges named before the word "charge(s)" or "count(s)": "on espionage charges", "the
 * sedition, forgery and cybercrime charges", "the trespassing charge". Qualifiers of
 * charge-modifiers.txt are left out ("fabricated espionage charges" is espionage), and a word is
 * taken only if it names an offence, so that "economic charges" or "new charges" name none.
 */
final class ChargeNounReader {
  private static final Pattern NOUN =
      Pattern.compile("(?i)\\b(?:charges?|counts?|complaints?|lawsuits?)\\b");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*|,");
  private static final int MAX_WORDS = 8;

  private record Token(String text, int start, int end) {}

  private final ChargeRules rules;
  private final ChargeVocabulary vocabulary;
  private final ChargeOffences offences;
  private final ChargeCueReader status;

  ChargeNounReader(
      ChargeRules rules,
      ChargeVocabulary vocabulary,
      ChargeOffences offences,
      ChargeCueReader status) {
    this.rules = rules;
    this.vocabulary = vocabulary;
    this.offences = offences;
    this.status = status;
  }

  List<ChargeWording> read(String sentence, boolean[] taken) {
    List<ChargeWording> out = new ArrayList<>();
    Matcher noun = NOUN.matcher(sentence);
    while (noun.find()) {
      List<Token> before = wordsBefore(sentence, noun.start());
      for (List<Token> item : items(before)) {
        int start = item.get(0).start();
        int end = item.get(item.size() - 1).end();
        String text = sentence.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        Optional<String> concept = vocabulary.concept(text);
        if (concept.isEmpty()) {
          concept = vocabulary.concept(text + " charges");
          if (concept.isPresent()) {
            text = text + " charges";
          }
        }
        if (!Taken.free(taken, start, end) || concept.isEmpty() && !offences.offence(text)) {
          continue;
        }
        ChargeFinder.take(taken, start, end);
        ChargeStatus stands = status.statusBefore(sentence, 0, start).orElse(ChargeStatus.BROUGHT);
        out.add(
            new ChargeWording(
                start, end, text, concept, stands, "charge-noun", ChargeWording.Rank.NOUN, false));
      }
    }
    return out;
  }

  /** The words right before the noun, back to the first that cannot be part of a charge name. */
  private List<Token> wordsBefore(String sentence, int to) {
    List<Token> all = new ArrayList<>();
    Matcher m = TOKEN.matcher(sentence).region(0, to);
    while (m.find()) {
      all.add(new Token(m.group(), m.start(), m.end()));
    }
    List<Token> kept = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && kept.size() < MAX_WORDS; i--) {
      Token t = all.get(i);
      String lower = t.text().toLowerCase(java.util.Locale.ROOT);
      if (rules.notStarts().contains(lower)
          || t.start() > 0 && Character.isUpperCase(t.text().codePointAt(0))) {
        break;
      }
      if (i < all.size() - 1 && !gapIsSpace(sentence, t.end(), all.get(i + 1).start())) {
        break;
      }
      kept.add(t);
    }
    Collections.reverse(kept);
    return kept;
  }

  private static boolean gapIsSpace(String s, int from, int to) {
    return s.substring(from, to).isBlank();
  }

  /** Splits the words at "," and "and", leaving out leading qualifiers. */
  private List<List<Token>> items(List<Token> words) {
    List<List<Token>> items = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    for (Token t : words) {
      if (t.text().equals(",") || t.text().equalsIgnoreCase("and")) {
        addItem(items, current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    addItem(items, current);
    return items;
  }

  private void addItem(List<List<Token>> items, List<Token> item) {
    int from = 0;
    while (from < item.size()
        && rules.modifiers().contains(item.get(from).text().toLowerCase(java.util.Locale.ROOT))) {
      from++;
    }
    if (from < item.size()) {
      items.add(List.copyOf(item.subList(from, item.size())));
    }
  }
}
