package org.w3id.pfkg.extract;

import java.util.List;

/**
 * Whether a wording names an offence: a charge of the vocabulary, or a word that begins like one of
 * charge-words.txt ("defaming", "riots", "trespassing"). Weak cues and the words before "charges"
 * need it; "sentenced ... for his reporting" and "economic charges" name none.
 */
final class ChargeOffences {
  private final ChargeVocabulary vocabulary;
  private final List<String> words;

  ChargeOffences(ChargeVocabulary vocabulary, List<String> offenceWords) {
    this.vocabulary = vocabulary;
    this.words = List.copyOf(offenceWords);
  }

  /** Whether a wording is a charge of the vocabulary by itself. */
  boolean known(String text) {
    return vocabulary.concept(text).isPresent();
  }

  boolean offence(String text) {
    if (vocabulary.concept(text).isPresent()) {
      return true;
    }
    String joined = " " + String.join(" ", ChargePhrase.words(text));
    return words.stream().anyMatch(w -> joined.contains(" " + w));
  }
}
