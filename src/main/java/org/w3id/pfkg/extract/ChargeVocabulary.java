package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.ChargeFact;
import org.w3id.pfkg.vocab.Slug;

/**
 * Maps the wording of a charge to a concept of the charge vocabulary: by its labels, folded for
 * case, accents, plurals, British and American spelling and small words ("membership of a terrorist
 * organisation" is "membership in a terrorist organization"), or by the longest label that makes up
 * at least half of the wording ("spreading false news abroad"). A wording no label covers becomes a
 * concept of its own, {@code uncategorised/<slug>}, so that nothing stated is lost. The CPJ
 * categories (the scheme's top concepts) are not charges and are never returned.
 */
final class ChargeVocabulary {
  static final String UNCATEGORISED = ChargeFact.UNCATEGORISED;

  private static final Set<String> SMALL_WORDS =
      Set.of("of", "the", "a", "an", "in", "to", "for", "on", "by", "with", "its", "their");

  private final Map<String, String> byKey = new HashMap<>();
  private final ConceptLabels labels;

  ChargeVocabulary(ConceptLabels labels) {
    this.labels = labels;
    // Sorted, so that a label two concepts share goes to the same one on every run.
    labels.labels().keySet().stream()
        .sorted()
        .filter(slug -> labels.broader().containsKey(slug))
        .forEach(slug -> labels.labels().get(slug).forEach(l -> byKey.putIfAbsent(key(l), slug)));
  }

  /** The vocabulary concept a wording names, if any. */
  Optional<String> concept(String wording) {
    String key = key(wording);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String exact = byKey.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
    String[] words = key.split(" ");
    // The longest run of words that is a label, if it is at least half of the wording.
    for (int length = words.length - 1; length >= 1 && 2 * length >= words.length; length--) {
      for (int from = 0; from + length <= words.length; from++) {
        String run = String.join(" ", Arrays.copyOfRange(words, from, from + length));
        String slug = byKey.get(run);
        if (slug != null) {
          return Optional.of(slug);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a wording is one of a concept's labels (folded), not just a wording it covers. */
  boolean labelOf(String slug, String wording) {
    return slug.equals(byKey.get(key(wording)));
  }

  /** Whether a slug is a CPJ category (a top concept) rather than a charge. */
  boolean category(String slug) {
    return labels.labels().containsKey(slug) && !labels.broader().containsKey(slug);
  }

  /** The concept of a wording: the vocabulary's, else one minted from the wording. */
  String conceptOrNew(String wording) {
    return concept(wording).orElseGet(() -> UNCATEGORISED + Slug.of(wording));
  }

  /** The preferred label of a vocabulary concept. */
  String label(String slug) {
    return labels.label(slug);
  }

  /**
   * The folded form two wordings of one charge share: lower case without accents, words only, small
   * words left out, plurals and British spellings made singular and American.
   */
  static String key(String wording) {
    List<String> out = new ArrayList<>();
    for (String w : NOT_WORD.split(Fold.of(wording))) {
      if (w.isEmpty() || SMALL_WORDS.contains(w)) {
        continue;
      }
      out.add(american(singular(w)));
    }
    return String.join(" ", out);
  }

  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String american(String w) {
    String american = w;
    for (int i = 0; i < BRITISH_ENDINGS.length; i++) {
      if (ENDING_FILTERS[i].admits(Prefilter.fold(american))) {
        american = BRITISH_ENDINGS[i].matcher(american).replaceAll(AMERICAN_ENDINGS[i]);
      }
    }
    return american;
  }

  // Compiled once: every word of every charge wording goes through them.
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern[] BRITISH_ENDINGS =
      java.util.stream.Stream.of("isation$", "ising$", "ised$", "ise$", "our$", "ence$", "lling$")
          .map(Pattern::compile)
          .toArray(Pattern[]::new);
  private static final Prefilter[] ENDING_FILTERS =
      java.util.Arrays.stream(BRITISH_ENDINGS).map(Prefilter::of).toArray(Prefilter[]::new);
  private static final String[] AMERICAN_ENDINGS = {
    "ization", "izing", "ized", "ize", "or", "ense", "ling"
  };
}
