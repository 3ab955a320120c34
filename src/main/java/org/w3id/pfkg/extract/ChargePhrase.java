package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.text.QuotationMarks;

/**
 * Reads the wording of the charges that start at a position in a sentence: the list runs to its
 * natural end (charge-ends.tsv, scope phrase: a clause, an attribution, ", which"), is split into
 * its items, "X, Y and Z", and each item is cut where its own wording ends (scope item: a date, a
 * law cited). Items that share a verb or an object stay one charge: "obtaining and publishing
 * military secrets", "conspiring to print and distribute X", "possession of firearms and
 * explosives", "disseminating information and materials"; a list that ends in "or" is one
 * description ("threats, violence or intimidation").
 */
final class ChargePhrase {
  /** One charge's wording; offsets within the sentence. */
  record Item(int start, int end, String text) {}

  private static final Pattern SEPARATOR = Pattern.compile(",\\s*(?:and\\s+)?|\\s+and\\s+");
  private static final Pattern OR_LIST = Pattern.compile("(?s).*,[^,]*\\bor\\b[^,]*");
  private static final Pattern WITH_OR = Pattern.compile("(?s).*\\bor\\b.*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
  private static final int MAX_WORDS = 20;
  private static final Pattern LEADING_PREPOSITION =
      Pattern.compile("(?i)(?:(?:then|later|also)\\s+)?(?:of|with|for)\\s+");

  private final ChargeRules rules;
  private final ChargeOffences offences;

  /** The {@link Prefilter} of each end pattern (phrase and item ends), by identity. */
  private final java.util.Map<Pattern, Prefilter> endFilters = new java.util.IdentityHashMap<>();

  ChargePhrase(ChargeRules rules, ChargeOffences offences) {
    this.rules = rules;
    this.offences = offences;
    for (List<Pattern> ends : List.of(rules.phraseEnds(), rules.itemEnds())) {
      ends.forEach(p -> endFilters.put(p, Prefilter.of(p)));
    }
  }

  /** Where the list of charges that starts at {@code from} ends. */
  int phraseEnd(String sentence, int from) {
    return end(rules.phraseEnds(), sentence, from, sentence.length());
  }

  /** The charges whose wording starts at {@code from} in {@code sentence}, in text order. */
  List<Item> items(String sentence, int from) {
    int end = end(rules.phraseEnds(), sentence, from, sentence.length());
    String phrase = sentence.substring(from, end);
    boolean orList = OR_LIST.matcher(phrase).matches() && !phrase.contains(" and ");
    List<int[]> parts =
        orList ? List.of(new int[] {from, end}) : orLists(sentence, split(sentence, from, end));
    List<Item> items = new ArrayList<>();
    int[] pending = null;
    for (int i = 0; i < parts.size(); i++) {
      int[] part = trim(sentence, parts.get(i));
      if (part[0] >= part[1]) {
        continue;
      }
      if (i > 0 && pending == null) {
        part = withoutLeadingOf(sentence, part);
      }
      if (pending != null) {
        part = new int[] {pending[0], part[1]};
        pending = null;
      }
      List<String> words = words(sentence.substring(part[0], part[1]));
      if (words.isEmpty()) {
        continue;
      }
      if (rules.notStarts().contains(words.get(0))) {
        // "... and the court ordered": the list is over.
        break;
      }
      int first = sentence.codePointAt(part[0]);
      if (i > 0 && (Character.isUpperCase(first) || Character.isDigit(first))) {
        // "between May 2019 and May 2020": part of a date, not a charge.
        continue;
      }
      if (i < parts.size() - 1
          && joinsNext(
              sentence, part, trim(sentence, parts.get(i)), trim(sentence, parts.get(i + 1)))) {
        pending = part;
        continue;
      }
      add(items, sentence, part);
    }
    if (pending != null) {
      add(items, sentence, pending);
    }
    return items;
  }

  private void add(List<Item> items, String sentence, int[] part) {
    int[] cut =
        trim(sentence, new int[] {part[0], end(rules.itemEnds(), sentence, part[0], part[1])});
    if (cut[0] >= cut[1]) {
      return;
    }
    String text = sentence.substring(cut[0], cut[1]);
    List<String> words = words(text);
    if (words.size() <= MAX_WORDS
        && Character.isLetter(text.codePointAt(0))
        && !rules.notEnds().contains(words.get(words.size() - 1))) {
      items.add(new Item(cut[0], cut[1], clean(text)));
    }
  }

  /**
   * Whether an item shares a verb or an object with the next one: two lone verbs ("obtaining and
   * publishing secrets"), an infinitive ("conspiring to print and distribute X"), a lone noun after
   * "of X" ("possession of firearms and explosives"), or a verb's second object that names no
   * charge of the vocabulary ("disseminating information and materials", "spreading false news and
   * propaganda").
   */
  private boolean joinsNext(String sentence, int[] part, int[] last, int[] next) {
    List<String> words = words(sentence.substring(part[0], part[1]));
    List<String> lastWords = words(sentence.substring(last[0], last[1]));
    List<String> following = words(sentence.substring(next[0], next[1]));
    if (following.isEmpty() || rules.notStarts().contains(following.get(0))) {
      return false;
    }
    boolean gerund = words.get(0).endsWith("ing");
    boolean nextGerund = following.get(0).endsWith("ing");
    if (lastWords.size() == 1 && lastWords.get(0).endsWith("ing") && nextGerund) {
      return true;
    }
    if (words.size() >= 2 && words.get(words.size() - 2).equals("to")) {
      return true;
    }
    if (following.size() == 1 && words.size() >= 2 && words.get(words.size() - 2).equals("of")) {
      return true;
    }
    boolean andOnly = sentence.substring(part[1], next[0]).strip().equals("and");
    return andOnly
        && gerund
        && words.size() >= 2
        && !nextGerund
        // "spreading false information and propaganda against the state" is one charge; "inciting
        // hatred and sedition" two, since sedition is a charge of its own in the vocabulary.
        && !offences.known(sentence.substring(next[0], next[1]));
  }

  /** Where the text from {@code from} ends by the first of {@code ends}, at most {@code to}. */
  private int end(List<Pattern> ends, String sentence, int from, int to) {
    int end = to;
    // A match lies inside the region (lookarounds may look out of it): its literals are there.
    String folded = Prefilter.fold(sentence.substring(from, to));
    for (Pattern p : ends) {
      if (!endFilters.get(p).admits(folded)) {
        continue;
      }
      Matcher m = p.matcher(sentence).region(from, to);
      m.useTransparentBounds(true);
      m.useAnchoringBounds(false);
      if (m.find() && m.start() < end) {
        end = m.start();
      }
    }
    return end;
  }

  /** "X, Y or Z" inside a longer list is one item: its parts are joined back. */
  private static List<int[]> orLists(String sentence, List<int[]> parts) {
    List<int[]> out = new ArrayList<>();
    for (int[] part : parts) {
      boolean or = WITH_OR.matcher(sentence.substring(part[0], part[1])).matches();
      boolean afterComma =
          !out.isEmpty()
              && sentence.substring(out.get(out.size() - 1)[1], part[0]).strip().equals(",");
      if (or && afterComma) {
        out.set(out.size() - 1, new int[] {out.get(out.size() - 1)[0], part[1]});
      } else {
        out.add(part);
      }
    }
    return out;
  }

  /** The parts between list separators, except separators inside quotation marks. */
  private static List<int[]> split(String sentence, int from, int end) {
    List<int[]> parts = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(sentence).region(from, end);
    int start = from;
    while (m.find()) {
      boolean closing = m.end() < end && "\"”".indexOf(sentence.charAt(m.start() + 1)) >= 0;
      if (!closing && insideQuotes(sentence, from, m.start())) {
        continue;
      }
      parts.add(new int[] {start, m.start()});
      start = m.end();
    }
    parts.add(new int[] {start, end});
    return parts;
  }

  private static boolean insideQuotes(String s, int from, int at) {
    long open = s.substring(from, at).chars().filter(c -> c == '"').count();
    long curlyOpen = s.substring(from, at).chars().filter(c -> c == '“').count();
    long curlyClose = s.substring(from, at).chars().filter(c -> c == '”').count();
    return open % 2 == 1 || curlyOpen > curlyClose;
  }

  /**
   * ", of X and of Y", "with X and with Y", "with X and then with Y": the cue's preposition
   * repeated before each item.
   */
  private static int[] withoutLeadingOf(String s, int[] part) {
    Matcher m = LEADING_PREPOSITION.matcher(s).region(part[0], part[1]);
    return m.lookingAt() ? trim(s, new int[] {m.end(), part[1]}) : part;
  }

  /** Leaves out spaces, quotes and punctuation around an item. */
  private static int[] trim(String s, int[] part) {
    int a = part[0];
    int b = part[1];
    while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) {
      b--;
    }
    return new int[] {a, b};
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static String clean(String text) {
    return QuotationMarks.removed(text).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }
}
