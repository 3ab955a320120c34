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
              + "the (?:report|statement|letter|article|page|profile|site|website|court|group|same)|"
              + "(?:in|on|by|after|before|since|when|while)\\b.*)");

  private final Knowledge knowledge;
  private final EntityFinder entities;
  private final List<PersonFact> people;

  SourceResolver(Knowledge knowledge, EntityFinder entities, List<PersonFact> people) {
    this.knowledge = knowledge;
    this.entities = entities;
    this.people = List.copyOf(people);
  }

  /**
   * Like {@link #resolve}, but a pronoun or a word that names no one ("he", "this") is no party.
   */
  Optional<Source> party(String phrase) {
    String who = phrase.strip().replaceAll("[,.]+$", "").strip();
    if (!who.matches(".*\\p{L}{2,}.*") || NO_PARTY.matcher(who).matches()) {
      return Optional.empty();
    }
    return Optional.of(resolve(who));
  }

  Source resolve(String phrase) {
    String who = phrase.strip().replaceAll("[,.]+$", "").strip();
    Optional<EntityHit> org =
        entities.find(who).stream()
            .filter(h -> h.kind() == EntityKind.ORGANIZATION || h.kind() == EntityKind.OUTLET)
            .filter(h -> !h.adjectival())
            .reduce((first, second) -> second);
    if (org.isPresent()) {
      Knowledge.GazetteerEntry entry = knowledge.gazetteer().get(org.get().key());
      String name = entry != null ? entry.name() : org.get().surface();
      return new Source(name, org.get().key(), SourceKind.ORGANIZATION);
    }
    for (PersonFact person : people) {
      String lower = who.toLowerCase(Locale.ROOT);
      if (who.contains(person.name())
          || lower.matches(
              "(?:her|his|their)\\s+"
                  + Pattern.quote(person.relation().toLowerCase(Locale.ROOT))
                  + "\\b.*")) {
        return new Source(person.name(), person.key(), SourceKind.PERSON);
      }
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
}
