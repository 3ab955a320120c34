package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.pfkg.facts.ChargeStatus;

/**
 * Reads the charges that follow a cue of charge-cues.tsv in one sentence. A cue counts only when it
 * is about the journalist: "was charged with", "charged him with", "accused both men of", not
 * "accused the mayor of" nor "protesters charged with".
 */
final class ChargeCueReader {
  private record CueMatch(ChargeRules.Cue cue, int start, int end) {}

  /** An object that opens with a name, perhaps after a role: "the fisherman Jan Kowal". */
  private static final java.util.regex.Pattern NAMED_OBJECT =
      java.util.regex.Pattern.compile(
          "(?:(?i:the|a|an|his|her|their)\\s+(?:[\\p{Ll}'-]+\\s+){0,2})?\\p{Lu}");

  private final ChargeRules rules;
  private final ChargeVocabulary vocabulary;
  private final ChargeOffences offences;
  private final ChargePhrase phrases;

  ChargeCueReader(ChargeRules rules, ChargeVocabulary vocabulary, ChargeOffences offences) {
    this.rules = rules;
    this.vocabulary = vocabulary;
    this.offences = offences;
    this.phrases = new ChargePhrase(rules, offences);
  }

  /** The wordings after the cues of {@code sentence}; marks their characters {@code taken}. */
  List<ChargeWording> read(
      String sentence, JournalistReference reference, boolean named, boolean[] taken) {
    List<CueMatch> matches = new ArrayList<>();
    String folded = Prefilter.fold(sentence);
    for (ChargeRules.Cue cue : rules.cues()) {
      if (cue.strength() == ChargeRules.Strength.LABEL
          || cue.strength() == ChargeRules.Strength.DESCRIBES
          || !cue.prefilter().admits(folded)) {
        continue;
      }
      Matcher m = cue.pattern().matcher(sentence);
      while (m.find()) {
        if (m.end() <= m.start()) {
          continue;
        }
        if (objectIsOther(cue, m, reference)) {
          // "police arrested the fisherman X for illegal possession of ammunition".
          continue;
        }
        if (aboutJournalist(sentence, cue, m, reference, named)) {
          matches.add(new CueMatch(cue, m.start(), m.end()));
        } else if (cue.hasGap() && someoneElse(m.group("gap"))) {
          // "accused the mayor of bribery": no label there is the journalist's charge either.
          ChargeFinder.take(taken, m.end(), phrases.phraseEnd(sentence, m.end()));
        }
      }
    }
    List<Integer> cueEnds = matches.stream().map(CueMatch::end).sorted().toList();
    // Strong cues first, so that "sentenced ... for" never takes what "convicted of" names.
    matches.sort(
        Comparator.comparing((CueMatch c) -> c.cue().strength()).thenComparingInt(CueMatch::end));
    List<ChargeWording> out = new ArrayList<>();
    for (CueMatch c : matches) {
      List<ChargePhrase.Item> items = phrases.items(sentence, c.end());
      // "sentenced ... for quoting an official ... and intimidating": a weak cue's list must open
      // with an offence.
      if (c.cue().strength() == ChargeRules.Strength.WEAK
          && (items.isEmpty() || !offences.offence(items.get(0).text()))) {
        continue;
      }
      for (ChargePhrase.Item item : items) {
        if (!Taken.free(taken, item.start(), item.end()) || !charge(c.cue(), item)) {
          continue;
        }
        ChargeFinder.take(taken, item.start(), item.end());
        int previous = cueEnds.stream().filter(e -> e < c.end()).reduce((a, b) -> b).orElse(0);
        ChargeStatus status =
            c.cue()
                .status()
                .or(() -> statusBefore(sentence, previous, item.start()))
                .or(() -> statusAfter(sentence, item.end()))
                .orElse(ChargeStatus.BROUGHT);
        if (status == ChargeStatus.BROUGHT) {
          status = statusAfter(sentence, item.end()).orElse(status);
        }
        out.add(
            new ChargeWording(
                item.start(),
                item.end(),
                item.text(),
                vocabulary.concept(item.text()),
                status,
                c.cue().id(),
                c.cue().strength() == ChargeRules.Strength.WEAK
                    ? ChargeWording.Rank.WEAK_CUE
                    : ChargeWording.Rank.CUE,
                rules
                    .dateEnd()
                    .matcher(sentence)
                    .region(item.end(), sentence.length())
                    .lookingAt()));
      }
    }
    return out;
  }

  /** A phrase is a charge unless only qualifiers are left, or a weak cue's names no offence. */
  private boolean charge(ChargeRules.Cue cue, ChargePhrase.Item item) {
    List<String> words = ChargePhrase.words(item.text());
    if (words.stream().allMatch(rules.modifiers()::contains)) {
      return false;
    }
    if (cue.strength() == ChargeRules.Strength.WEAK) {
      return offences.offence(item.text());
    }
    return true;
  }

  /**
   * Whether the words between the verb and its preposition leave the journalist as the one charged:
   * none (with an auxiliary, "was charged with"), only adverbs, dates and laws, or the journalist's
   * name, a pronoun or a group that includes the journalist. Other cues, and verbs with nothing
   * between, need a sentence that is about the journalist ({@code named}).
   */
  private boolean aboutJournalist(
      String sentence,
      ChargeRules.Cue cue,
      Matcher m,
      JournalistReference reference,
      boolean named) {
    if (!cue.hasGap()) {
      return named;
    }
    String gap = m.group("gap") == null ? "" : m.group("gap");
    if (rules.groups().stream().anyMatch(g -> g.matcher(gap.strip()).find())) {
      return true;
    }
    String cleaned = gap;
    for (java.util.regex.Pattern p : rules.notObject()) {
      cleaned = p.matcher(cleaned).replaceAll(" ");
    }
    cleaned = cleaned.strip();
    if (cleaned.isEmpty()) {
      boolean aux = cue.hasAux() && m.group("aux") != null;
      return (named || groupSubject(sentence, m)) && (aux || !gap.isBlank() || m.start() == 0);
    }
    String head =
        String.join(" ", java.util.Arrays.stream(cleaned.split("\\s+")).limit(4).toList());
    return reference.mentions(head)
        || rules.groups().stream().anyMatch(g -> g.matcher(head).find());
  }

  /**
   * Whether a cue's {@code object} group (the words between "arrested", "sentenced" and "for")
   * opens with someone other than the journalist: "arrested the fisherman X for", not "sentenced
   * her to 17 years for".
   */
  private static boolean objectIsOther(
      ChargeRules.Cue cue, Matcher m, JournalistReference reference) {
    if (!cue.pattern().pattern().contains("(?<object>")) {
      return false;
    }
    String object = m.group("object") == null ? "" : m.group("object").strip();
    String head = String.join(" ", java.util.Arrays.stream(object.split("\\s+")).limit(4).toList());
    return NAMED_OBJECT.matcher(object).lookingAt() && !reference.mentions(head);
  }

  /** Whether the words between verb and preposition name someone: "the mayor", "Mr. Lee". */
  private static boolean someoneElse(String gap) {
    return gap != null
        && gap.strip()
            .matches("(?s)(?:(?i:the|a|an|his|her|their|its|this|that)\\s+\\p{L}|\\p{Lu}).*");
  }

  /** "Both men were charged": the clause's subject is a group that includes the journalist. */
  private boolean groupSubject(String sentence, Matcher m) {
    String before = sentence.substring(0, m.start());
    String clause =
        before
            .substring(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1)
            .strip()
            // ", and the journalists were charged": the conjunction opens the clause.
            .replaceFirst("^(?i:and|but|then|so)\\s+", "");
    return rules.groups().stream().anyMatch(g -> g.matcher(clause).find());
  }

  /** The status of the last status word between {@code from} and {@code to}, if any. */
  Optional<ChargeStatus> statusBefore(String sentence, int from, int to) {
    String window = sentence.substring(Math.min(from, to), to);
    ChargeStatus status = null;
    int last = -1;
    for (ChargeRules.StatusWord w : rules.statusWords()) {
      if (w.scope() != ChargeRules.Scope.BEFORE) {
        continue;
      }
      Matcher m = w.pattern().matcher(window);
      while (m.find()) {
        if (m.start() > last) {
          last = m.start();
          status = w.status();
        }
      }
    }
    return Optional.ofNullable(status);
  }

  private Optional<ChargeStatus> statusAfter(String sentence, int from) {
    String rest = sentence.substring(from);
    return rules.statusWords().stream()
        .filter(w -> w.scope() == ChargeRules.Scope.AFTER)
        .filter(w -> w.pattern().matcher(rest).find())
        .map(ChargeRules.StatusWord::status)
        .findFirst();
  }
}
