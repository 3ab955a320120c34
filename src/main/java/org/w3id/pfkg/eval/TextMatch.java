package org.w3id.pfkg.eval;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.pfkg.text.Folding;

/**
 * When two strings name the same thing, by the rule of GOLD.md: equal after lower-casing and
 * stripping accents and punctuation; or one's content words contain the other's; or their content
 * words overlap by half or more (of the longer one's).
 */
final class TextMatch {
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with", "from",
          "her", "his", "their", "its", "as", "is", "was", "were", "be");

  private TextMatch() {}

  static boolean matches(String a, String b) {
    String x = normalise(a);
    String y = normalise(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y)) {
      return true;
    }
    Set<String> wx = contentWords(x);
    Set<String> wy = contentWords(y);
    if (wx.isEmpty() || wy.isEmpty()) {
      return false;
    }
    if (wx.containsAll(wy) || wy.containsAll(wx)) {
      return true;
    }
    Set<String> common = new HashSet<>(wx);
    common.retainAll(wy);
    return 2 * common.size() >= Math.max(wx.size(), wy.size());
  }

  static String normalise(String s) {
    return Folding.fold(s).replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
  }

  private static Set<String> contentWords(String normalised) {
    return Arrays.stream(normalised.split(" "))
        .filter(w -> !FUNCTION_WORDS.contains(w))
        .collect(Collectors.toSet());
  }
}
