package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.ClaimFact;
import org.w3id.pfkg.facts.ClaimKind;
import org.w3id.pfkg.facts.Source;
import org.w3id.pfkg.facts.Span;

/**
 * Finds the claims of a case with the rules of {@code claims.tsv}. An accusation is credited to the
 * accuser the sentence names before the verb (else to no one: the text does not say who accused)
 * and reported by whoever the sentence cites; a denial answers the latest accusation before it; any
 * other statement goes to the nearest party credited before it.
 */
final class ClaimFinder {
  private final Knowledge knowledge;
  private final SourceResolver resolver;

  ClaimFinder(Knowledge knowledge, SourceResolver resolver) {
    this.knowledge = knowledge;
    this.resolver = resolver;
  }

  /**
   * @param eventCredits for each sentence that gave events, the parties its events credit: they are
   *     sourced already, so only the sentence's other parties become claims
   */
  List<ClaimFact> find(Reading reading, java.util.Map<Span, java.util.Set<String>> eventCredits) {
    List<ClaimFact> claims = new ArrayList<>();
    Optional<String> lastAccusation = Optional.empty();
    for (Sentence s : reading.sentences()) {
      java.util.Set<ClaimKind> seen = java.util.EnumSet.noneOf(ClaimKind.class);
      String folded = Prefilter.fold(s.text());
      for (Knowledge.Rule rule : knowledge.claimRules()) {
        if (!rule.mayMatch(folded)) {
          continue; // the regex cannot match (Prefilter)
        }
        ClaimKind kind = ClaimKind.valueOf(rule.value().toUpperCase(Locale.ROOT));
        Matcher m = rule.pattern().matcher(s.text());
        if (seen.contains(kind) || !m.find()) {
          continue;
        }
        seen.add(kind);
        AttributionFinder.Found found = reading.attribution(s);
        Attribution attribution =
            switch (kind) {
              case ACCUSATION -> accusation(s.text().substring(0, m.start()), found.main());
              case DENIAL -> found.at(m.start());
              case STATEMENT -> found.before(m.start());
            };
        String key = kind.name().toLowerCase(Locale.ROOT) + "-" + (claims.size() + 1);
        Optional<String> disputes = kind == ClaimKind.DENIAL ? lastAccusation : Optional.empty();
        claims.add(
            new ClaimFact(
                key,
                kind,
                s.text(),
                reading.chargeConcepts(s),
                disputes,
                attribution,
                reading.evidence(s, "claim:" + rule.id())));
        if (kind == ClaimKind.ACCUSATION) {
          lastAccusation = Optional.of(key);
        }
      }
      java.util.Set<String> credited =
          new java.util.HashSet<>(eventCredits.getOrDefault(s.span(), java.util.Set.of()));
      if (!seen.isEmpty()) {
        reading.attribution(s).main().accordingTo().ifPresent(a -> credited.add(a.key()));
      }
      attributedStatements(reading, s, credited, claims);
    }
    return List.copyOf(claims);
  }

  /**
   * Every party a sentence credits is a source, even where no rule reads a fact from the sentence:
   * "RSF said he was let go" is a sourced statement in its own right.
   */
  private static void attributedStatements(
      Reading reading, Sentence s, java.util.Set<String> credited, List<ClaimFact> claims) {
    AttributionFinder.Found found = reading.attribution(s);
    for (AttributionFinder.Credit credit : found.credits()) {
      Optional<Source> party = credit.attribution().accordingTo();
      if (party.isPresent() && credited.add(party.get().key())) {
        String key = "statement-" + (claims.size() + 1);
        claims.add(
            new ClaimFact(
                key,
                ClaimKind.STATEMENT,
                s.text(),
                reading.chargeConcepts(s),
                Optional.empty(),
                credit.attribution(),
                reading.evidence(s, "claim:attributed:" + credit.rule())));
      }
    }
  }

  /** "Authorities accused Imin": the accuser is the subject before the verb, when there is one. */
  private Attribution accusation(String beforeVerb, Attribution sentence) {
    String subject = beforeVerb.replaceAll("^.*,\\s", "").strip();
    Optional<Source> reporter = sentence.accordingTo().or(sentence::reportedBy);
    boolean passive = subject.isEmpty() || subject.matches("(?i).*\\b(was|were|been|is|also)$");
    if (passive) {
      return new Attribution(Optional.empty(), reporter);
    }
    Optional<Source> party = resolver.party(subject);
    if (party.isEmpty()) {
      return new Attribution(Optional.empty(), reporter);
    }
    Source accuser = party.get();
    return new Attribution(
        Optional.of(accuser), reporter.filter(r -> !r.key().equals(accuser.key())));
  }
}
