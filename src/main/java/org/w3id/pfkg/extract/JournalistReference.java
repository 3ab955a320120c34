package org.w3id.pfkg.extract;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a sentence speaks of the journalist: by any part of the name, or by a personal pronoun.
 * Events such as "hundreds of protesters were arrested" name no one of the case and are not the
 * journalist's.
 */
final class JournalistReference {
  private final Pattern pattern;

  JournalistReference(String name) {
    String parts =
        Arrays.stream(name.split("[\\s,]+"))
            .filter(p -> p.length() > 1)
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    String pronouns = "(?i:she|her|he|him|his|the journalist|the reporter|the editor)";
    this.pattern =
        Pattern.compile("\\b(?:" + (parts.isEmpty() ? "" : parts + "|") + pronouns + ")\\b");
  }

  boolean mentions(String sentence) {
    return pattern.matcher(sentence).find();
  }

  /** Where the last mention of the journalist before {@code end} starts; -1 when none. */
  int lastMentionBefore(String sentence, int end) {
    java.util.regex.Matcher m = pattern.matcher(sentence.substring(0, end));
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }
}
