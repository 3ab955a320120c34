package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a credited phrase that names several parties into its items: "news reports and the Free
 * Media Circle", "her lawyer, Ama Boateng, and a relative", "a copy of the ruling, a report by
 * Radio Lumen, and a union statement". It splits at commas and at "and" outside the spans it is
 * given (the names the phrase contains: "the Centre for Thought and Expression" is one item), so
 * the caller decides which items name a party.
 */
final class PartyList {
  /**
   * One item of the list, where it starts in the phrase, and whether "and" introduces it (a new
   * party) rather than a bare comma (which may introduce an appositive: "Ama Boateng, president of
   * the union").
   */
  record Item(String text, int start, boolean joined) {}

  private static final Pattern SEPARATOR = Pattern.compile(",\\s(?:and\\s)?|\\sand\\s");

  private PartyList() {}

  /** The items of {@code phrase}, in order, never split inside one of {@code names}. */
  static List<Item> items(String phrase, List<int[]> names) {
    List<Item> items = new ArrayList<>();
    Matcher sep = SEPARATOR.matcher(phrase);
    int from = 0;
    boolean joined = false;
    while (sep.find()) {
      if (inside(sep.start(), sep.end(), names)) {
        continue;
      }
      add(phrase, from, sep.start(), joined, items);
      from = sep.end();
      joined = sep.group().contains("and");
    }
    add(phrase, from, phrase.length(), joined, items);
    return items;
  }

  private static void add(String phrase, int from, int to, boolean joined, List<Item> items) {
    String text = phrase.substring(from, to).strip();
    if (!text.isEmpty()) {
      items.add(new Item(text, from + phrase.substring(from, to).indexOf(text), joined));
    }
  }

  private static boolean inside(int start, int end, List<int[]> names) {
    return names.stream().anyMatch(n -> n[0] < start && end < n[1]);
  }
}
