package org.w3id.pfkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.pfkg.vocab.Slug;

/**
 * Decides who a phrase such as "a witness to her trial", "her husband" or "the World Uyghur
 * Congress" names: a known organisation, a person of the case, the authorities, or a party the text
 * only describes.
 */
final class SourceResolver {
  private static final Pattern PERSON_NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)+");

  private static final Pattern NO_PARTY =
      Pattern.compile(
          "(?i)(?:he|she|they|it|this|that|these|those|who|which|there|one|has|have|had|is|was|also|and|but|"
              + "the (?:report|statement|letter|article|page|profile|site|website|court|group|same|complaint|indictment|verdict|ruling|decision|order|judgment|case|law|decree)|"
              + "(?:in|on|by|after|before|since|when|while|and|but|or|which|who|whose|that|where|as|if)\\b.*|"
              // A clause, not a party: "the authorities brought a charge against him that".
              + ".*\\b(?:he|she|they|him|them|it|said|says|told|had|has|have|was|were|is|are|would|will)\\b.*|(?:\\S+\\s){11,}\\S+)");

  /** One capitalised word, or a title and one: "Okafor", "Judge Okafor". */
  private static final Pattern SURNAME =
      Pattern.compile("(?:\\p{Lu}\\p{L}+\\s)?\\p{Lu}[\\p{L}'’-]+");

  private final Knowledge knowledge;
  private final EntityFinder entities;
  private final List<PersonFact> people;
  private final java.util.Set<String> journalist;
  private final Publisher publisher;
  private final PersonCredits credits;

  SourceResolver(
      Knowledge knowledge,
      EntityFinder entities,
      List<PersonFact> people,
      String journalist,
      Publisher publisher,
      PersonCredits credits) {
    this.knowledge = knowledge;
    this.entities = entities;
    this.people = List.copyOf(people);
    this.journalist = PersonNames.words(journalist);
    this.publisher = publisher;
    this.credits = credits;
  }

  /** The people of the case the sentence credits by name ({@link PersonCredits}), in order. */
  List<java.util.Map.Entry<Source, Integer>> people(String sentence) {
    return credits.find(sentence, people, journalist).stream()
        .filter(h -> !publisher.employs(h.person()))
        .map(
            h ->
                java.util.Map.entry(
                    new Source(h.person().name(), h.person().key(), SourceKind.PERSON), h.start()))
        .toList();
  }

  /**
   * Like {@link #resolve}, but a pronoun or a word that names no one ("he", "this") is no party.
   */
  Optional<Source> party(String phrase) {
    String who = phrase.strip().replaceAll("[,.]+$", "").strip();
    if (!who.matches(".*\\p{L}{2,}.*") || NO_PARTY.matcher(who).matches()) {
      return Optional.empty();
    }
    Source source = resolve(who);
    // The journalist's own words are the case itself, and the publisher's staff speak for the
    // publisher, which is credited only with facts (Publisher).
    boolean own =
        source.kind() == SourceKind.PERSON
            && (PeopleFinder.isJournalist(PersonNames.words(source.name()), journalist)
                || people.stream()
                    .anyMatch(p -> p.key().equals(source.key()) && publisher.employs(p)));
    return own ? Optional.empty() : Optional.of(source);
  }

  /** Whether the text credits {@code source} with the facts of {@code sentence}. */
  boolean credited(Source source, String sentence) {
    return publisher.credits(source, sentence);
  }

  Source resolve(String phrase) {
    String who = phrase.strip().replaceAll("[,.]+$", "").strip();
    // "CPJ's Ama Okafor", "RSF lawyer Ama Okafor": the person the phrase ends with speaks.
    for (PersonFact person : people) {
      if (who.endsWith(person.name()) && !who.equals(person.name())) {
        return new Source(person.name(), person.key(), SourceKind.PERSON);
      }
    }
    Optional<EntityHit> org =
        entities.find(who).stream()
            .filter(h -> h.kind() == EntityKind.ORGANIZATION || h.kind() == EntityKind.OUTLET)
            .filter(h -> !h.adjectival())
            .reduce((first, second) -> second);
    // "a copy of the order reviewed by CPJ": the document is the source, not who read it.
    boolean readBy =
        org.isPresent()
            && who.substring(0, org.get().start())
                .matches("(?is).*\\b(?:reviewed|seen|obtained|read|examined)\\sby\\s(?:the\\s)?$");
    if (org.isPresent() && !readBy) {
      // As the text names it ("CPJ"); the key links it to the gazetteer entry.
      return new Source(org.get().surface(), org.get().key(), SourceKind.ORGANIZATION);
    }
    for (PersonFact person : people) {
      String lower = who.toLowerCase(Locale.ROOT);
      if (who.contains(person.name())
          || isSurnameOf(who, person)
          || lower.matches(
              "(?:her|his|their)\\s+"
                  + Pattern.quote(person.relation().toLowerCase(Locale.ROOT))
                  + "\\b.*")) {
        return new Source(person.name(), person.key(), SourceKind.PERSON);
      }
    }
    String bare = who.replaceAll("^\\p{Lu}\\p{L}+\\s", "");
    if (SURNAME.matcher(who).matches() && journalist.containsAll(PersonNames.words(bare))) {
      // "Okafor", "Ms. Okafor": the journalist named by surname.
      return new Source(bare, Slug.of(bare), SourceKind.PERSON);
    }
    var name = PERSON_NAME.matcher(who);
    if (name.matches()) {
      return new Source(who, Slug.of(who), SourceKind.PERSON);
    }
    if (knowledge.authorityRules().stream().anyMatch(r -> r.pattern().matcher(who).find())) {
      return new Source(who, Slug.of(who), SourceKind.AUTHORITY);
    }
    return new Source(who, Slug.of(who), SourceKind.DESCRIBED);
  }

  /** "Okafor" or "Judge Okafor" after "Ama Okafor" has been named. */
  private static boolean isSurnameOf(String who, PersonFact person) {
    if (!SURNAME.matcher(who).matches()) {
      return false;
    }
    String[] words = person.name().split("\\s+");
    String[] mention = who.split("\\s+");
    return words.length > 1
        && Fold.of(words[words.length - 1]).equals(Fold.of(mention[mention.length - 1]));
  }
}
