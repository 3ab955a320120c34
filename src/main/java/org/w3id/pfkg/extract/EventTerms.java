package org.w3id.pfkg.extract;

import java.util.List;
import java.util.Optional;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.SentenceTerm;
import org.w3id.pfkg.table.WordList;

/** Which of the prison terms of a sentence a sentencing or sentence change set. */
final class EventTerms {
  private final TermFinder terms;

  /**
   * "Sentenced him to three years, a term later reduced": before a change's trigger, the term a
   * sentencing gave is the one changed, not the new one. Its verbs: {@code sentencing-verbs.txt}.
   */
  private final java.util.regex.Pattern sentencedTo;

  EventTerms(TermFinder terms, List<String> sentencingVerbs) {
    this.terms = terms;
    this.sentencedTo =
        java.util.regex.Pattern.compile(
            sentencingVerbs.stream()
                    .map(java.util.regex.Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|", "(?i)\\b(?:", ")\\b"))
                + "(?:\\s+\\S+){0,3}?\\s+to\\s+$");
  }

  /** The event terms of the rules folder: its term rules and {@code sentencing-verbs.txt}. */
  static EventTerms load(java.nio.file.Path rulesDir) {
    return new EventTerms(
        TermFinder.load(rulesDir), WordList.read(rulesDir.resolve("sentencing-verbs.txt")));
  }

  /**
   * The term an event set. For a change, the term it was changed to ("reduced ... to 19 years"),
   * else the first term after the trigger, else none. For a sentencing: a term added on top of an
   * earlier one ("a further 20 years"), else the total the text gives ("20 years in all"), else the
   * sum of a list of terms for several charges ("seven years for X, five for Y and one for Z"),
   * else the first term. Ranges, maximum penalties, requests and others' terms never get here
   * ({@link TermFinder}).
   */
  Optional<SentenceTerm> term(String sentence, EventType type, int triggerEnd) {
    List<TermFinder.TermMention> found = terms.find(sentence);
    if (type == EventType.SENTENCE_CHANGE) {
      Optional<TermFinder.TermMention> target =
          found.stream()
              .filter(t -> sentence.substring(0, t.start()).endsWith("to "))
              .filter(
                  t ->
                      t.start() >= triggerEnd
                          || !sentencedTo.matcher(sentence.substring(0, t.start())).find())
              .reduce((a, b) -> b);
      if (target.isPresent()) {
        return Optional.of(target.get().term());
      }
      // A term before the trigger is the one changed ("a two-year term, later reduced"), not the
      // new one: a change that gives no new term has none.
      return found.stream()
          .filter(t -> t.start() >= triggerEnd)
          .findFirst()
          .map(TermFinder.TermMention::term);
    }
    Optional<SentenceTerm> additional =
        found.stream()
            .map(TermFinder.TermMention::term)
            .filter(SentenceTerm::additional)
            .findFirst();
    Optional<SentenceTerm> total =
        found.stream()
            .filter(TermFinder.TermMention::total)
            .findFirst()
            .map(TermFinder.TermMention::term);
    List<SentenceTerm> counts =
        found.stream()
            .filter(TermFinder.TermMention::perCharge)
            .map(TermFinder.TermMention::term)
            .filter(t -> t.kind() == SentenceTerm.Kind.TERM && !t.suspended())
            .toList();
    Optional<SentenceTerm> sum =
        counts.size() >= 2 ? counts.stream().reduce(SentenceTerm::plus) : Optional.empty();
    return additional
        .or(() -> total)
        .or(() -> sum)
        .or(() -> found.stream().findFirst().map(TermFinder.TermMention::term));
  }
}
