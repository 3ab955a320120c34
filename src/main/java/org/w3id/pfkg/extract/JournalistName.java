package org.w3id.pfkg.extract;

import java.util.Set;

/** Whether a name found in the text is the journalist's own, in any of the forms texts give it. */
final class JournalistName {
  private JournalistName() {}

  /**
   * The journalist's own name, also in a longer or initialled form ("Ana Vega Ruiz" or "A. Vega"
   * for the journalist Ana Vega): all its words are the journalist's, or all the journalist's words
   * are in it (an initial standing for a word with that first letter).
   */
  static boolean matches(Set<String> words, Set<String> journalist) {
    if (journalist.containsAll(words) || transliterated(words, journalist)) {
      return true;
    }
    return journalist.stream()
        .allMatch(
            j ->
                words.contains(j)
                    || (j.length() == 1
                        && words.stream().anyMatch(w -> w.charAt(0) == j.charAt(0))));
  }

  /**
   * The journalist's name in another transliteration ("Reyot" for "Reeyot", "Abdullah" for
   * "Abdulla"): as many words, one of them the same, the others one letter longer or shorter. A
   * changed letter is not enough ("Maria" and "Mario" may be siblings).
   */
  private static boolean transliterated(Set<String> words, Set<String> journalist) {
    if (words.size() != journalist.size() || words.stream().noneMatch(journalist::contains)) {
      return false;
    }
    return words.stream()
        .allMatch(
            w -> journalist.contains(w) || journalist.stream().anyMatch(j -> oneLetterApart(w, j)));
  }

  private static boolean oneLetterApart(String a, String b) {
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (longer.length() != shorter.length() + 1 || shorter.length() < 3) {
      return false;
    }
    for (int i = 0; i < longer.length(); i++) {
      if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) {
        return true;
      }
    }
    return false;
  }
}
