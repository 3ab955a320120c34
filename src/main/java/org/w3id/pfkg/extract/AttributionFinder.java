package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.Source;
import org.w3id.pfkg.facts.SourceKind;
import org.w3id.pfkg.table.WordList;

/**
 * Finds who a sentence credits ("X told Y", "X reported that", "according to X"). The first rule of
 * {@code attributions.tsv} that matches gives the sentence's attribution; every match is also kept
 * with its position, so that an embedded claim ("that her supporters said was likely forced") can
 * be credited to the nearest party before it.
 */
final class AttributionFinder {
  /**
   * A party credited at {@code start} by {@code rule}; {@code closing} when the rule's words end
   * the sentence ("..., according to RSF."), so that they vouch for every clause before them.
   */
  record Credit(Attribution attribution, int start, String rule, boolean closing) {}

  /**
   * The sentence's attribution, every credit found in it in text order, and where its contrasted
   * clauses start ("RSF speaks of X, while AsiaNews, citing Y, says Z": two clauses, two sources).
   */
  record Found(
      Attribution main, Optional<String> rule, List<Credit> credits, List<Integer> clauseStarts) {
    Found {
      credits = List.copyOf(credits);
      clauseStarts = List.copyOf(clauseStarts);
    }

    /**
     * The attribution of what the sentence says at {@code position}: the sentence's own when it
     * sets no clauses against each other or when its party stands in the same clause, else the
     * first party credited in that clause, else the sentence's when a party stands in an earlier
     * clause or closes the sentence, else none. A place or term that one side of a "while" gives is
     * that side's, whichever party the sentence credits first.
     */
    Attribution at(int position) {
      if (clauseStarts.isEmpty()) {
        return main;
      }
      int from = 0;
      int to = Integer.MAX_VALUE;
      for (int start : clauseStarts) {
        if (start <= position) {
          from = start;
        } else {
          to = Math.min(to, start);
        }
      }
      Optional<Credit> first = Optional.empty();
      for (Credit c : credits) {
        if (c.start() >= from && c.start() < to) {
          if (c.attribution().equals(main)) {
            return main;
          }
          first = first.or(() -> Optional.of(c));
        }
      }
      if (first.isPresent()) {
        return first.get().attribution();
      }
      // "He was arrested on May 3; his lawyer said he was beaten": a party that opens a later
      // clause does not vouch for this one, which is the text's own. One named in an earlier clause
      // ("According to RSF, he was arrested; he was freed in June") or closing the sentence ("A; B,
      // according to RSF.") speaks for it.
      final int clauseFrom = from;
      return credits.stream().anyMatch(c -> c.start() < clauseFrom || c.closing())
          ? main
          : Attribution.NONE;
    }

    /**
     * The attribution of a claim at {@code position}: the nearest credit before it, else the main.
     */
    Attribution before(int position) {
      Attribution nearest = main;
      for (Credit c : credits) {
        if (c.start() <= position) {
          nearest = c.attribution();
        }
      }
      return nearest;
    }
  }

  private final List<Knowledge.Rule> rules;
  private final SourceResolver resolver;

  private final Pattern contrast;

  /**
   * @param contrast where a contrasted clause starts: its matches end where the clause begins
   *     ({@link #contrasts})
   */
  AttributionFinder(List<Knowledge.Rule> rules, SourceResolver resolver, Pattern contrast) {
    this.rules = List.copyOf(rules);
    this.resolver = resolver;
    this.contrast = contrast;
  }

  /**
   * The openings of contrasted clauses: a semicolon, a comma and a word of {@code
   * contrast-words.txt} ("while", "whereas"), or ", and" before a party that speaks (a verb of
   * {@code speech-verbs.txt}). Only these set two accounts side by side; a plain "and" or comma
   * does not.
   */
  static Pattern contrasts(java.nio.file.Path rulesDir) {
    String words =
        WordList.read(rulesDir.resolve("contrast-words.txt")).stream()
            .map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|", ";\\s+|,\\s+(?:", ")\\s+"));
    // "A court sentenced her on June 4, and the European Union said the verdict ...": a party that
    // speaks after ", and" opens a clause of its own, and does not vouch for the one before.
    String speaks =
        WordList.read(rulesDir.resolve("speech-verbs.txt")).stream()
            .map(Pattern::quote)
            .collect(
                java.util.stream.Collectors.joining(
                    "|", "|,\\s+and\\s+(?=[^,;]{1,60}?\\s(?:", ")\\b)"));
    return Pattern.compile(words + speaks, Pattern.CASE_INSENSITIVE);
  }

  Found find(String sentence) {
    List<Credit> credits = new ArrayList<>();
    Attribution main = Attribution.NONE;
    Optional<String> mainRule = Optional.empty();
    String folded = Prefilter.fold(sentence);
    for (Knowledge.Rule rule : rules) {
      if (!rule.mayMatch(folded)) {
        continue; // the regex cannot match (Prefilter)
      }
      Matcher m = rule.pattern().matcher(sentence);
      while (m.find()) {
        List<SourceResolver.Located> parties =
            resolver.parties(m.group("who"), beforeVerb(m)).stream()
                .filter(p -> resolver.credited(p.source(), sentence))
                .toList();
        if (parties.isEmpty()) {
          continue;
        }
        Optional<Source> via =
            via(m)
                .flatMap(resolver::party)
                .filter(v -> parties.stream().noneMatch(p -> p.source().key().equals(v.key())));
        for (SourceResolver.Located party : parties) {
          Attribution found = new Attribution(Optional.of(party.source()), via);
          credits.add(
              new Credit(found, m.start("who") + party.start(), rule.id(), closes(sentence, m)));
          if (mainRule.isEmpty()) {
            main = found;
            mainRule = Optional.of(rule.id());
          }
        }
      }
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    credits.forEach(c -> c.attribution().accordingTo().ifPresent(a -> seen.add(a.key())));
    for (var person : resolver.people(sentence)) {
      if (seen.add(person.getKey().key())) {
        Attribution found = new Attribution(Optional.of(person.getKey()), Optional.empty());
        credits.add(new Credit(found, person.getValue(), "person-speaks", false));
        if (mainRule.isEmpty()) {
          main = found;
          mainRule = Optional.of("person-speaks");
        }
      }
    }
    credits.sort(Comparator.comparingInt(Credit::start));
    // "Ama Okafor of the Union of Journalists and Writers told ...": the organisation a rule read
    // inside the person's affiliation is not a second party.
    List<Credit> people = credits.stream().filter(AttributionFinder::byPerson).toList();
    credits.removeIf(
        c -> {
          if (byPerson(c)) {
            return false;
          }
          // A rule's party phrase may open with the speaker ("Ama Okafor of the Union ... told"):
          // the organisation stands where its name does, not where the phrase starts.
          int at = nameAt(sentence, c);
          return people.stream()
              .anyMatch(
                  p ->
                      p.start() < at
                          && sentence.substring(p.start(), at).matches("[^,;]*\\sof\\s[^,;]*"));
        });
    final Attribution first = main;
    if (credits.stream().noneMatch(c -> c.attribution().equals(first)) && !people.isEmpty()) {
      main = people.get(0).attribution();
      mainRule = Optional.of(people.get(0).rule());
    }
    // "RSF's Ama Okafor called the verdict 'a travesty'": the group's judgment, no fact; the group
    // read inside her affiliation went with her above.
    credits.removeIf(
        c ->
            c.attribution()
                .accordingTo()
                .filter(a -> resolver.staffOpinion(a, sentence))
                .isPresent());
    final Attribution kept = main;
    if (credits.stream().noneMatch(c -> c.attribution().equals(kept))) {
      main = credits.isEmpty() ? Attribution.NONE : credits.get(0).attribution();
      mainRule = credits.isEmpty() ? Optional.empty() : Optional.of(credits.get(0).rule());
    }
    return new Found(main, mainRule, credits, clauseStarts(sentence));
  }

  /** Where the clauses that a sentence sets against each other start. */
  private List<Integer> clauseStarts(String sentence) {
    return contrast.matcher(sentence).results().map(MatchResult::end).toList();
  }

  /** Whether the match runs to the end of the sentence, but for its closing punctuation. */
  private static boolean closes(String sentence, Matcher m) {
    return CLOSING.matcher(sentence).region(m.end(), sentence.length()).matches();
  }

  private static final Pattern CLOSING = Pattern.compile("[\\s.!?\"'’”)\\]]*");

  private static int nameAt(String sentence, Credit c) {
    int at =
        c.attribution().accordingTo().map(a -> sentence.indexOf(a.name(), c.start())).orElse(-1);
    return at < 0 ? c.start() : at;
  }

  /**
   * Whether the rule's party stands before its verb ("her lawyer and a relative told"), so that a
   * list in it is read from the verb back; a party after "according to" ends the match.
   */
  private static boolean beforeVerb(Matcher m) {
    return m.group().substring(m.end("who") - m.start()).matches("(?s)\\s\\p{L}.*");
  }

  private static Optional<String> via(Matcher m) {
    try {
      return Optional.ofNullable(m.group("via"));
    } catch (IllegalArgumentException noSuchGroup) {
      return Optional.empty();
    }
  }

  private static boolean byPerson(Credit c) {
    return c.attribution().accordingTo().map(a -> a.kind() == SourceKind.PERSON).orElse(false);
  }
}
