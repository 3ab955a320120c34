package org.w3id.pfkg.link;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One reviewed link of {@code data/links/wikidata.tsv}: one of our entities is the same thing as
 * one Wikidata item.
 *
 * @param entity the entity's IRI path below {@code id/}, e.g. {@code place/norway}
 * @param qid the Wikidata item, e.g. {@code Q20}
 * @param label the item's English label when it was verified, so a reader sees what was checked
 * @param type what the entity is (country, city, organization, ethnic group, ...)
 * @param verifiedBy the evidence of the check: where the Q-id was confirmed
 * @param verifiedOn when it was checked
 */
public record WikidataLink(
    String entity, String qid, String label, String type, String verifiedBy, LocalDate verifiedOn) {
  static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
  private static final Pattern ENTITY = Pattern.compile("[a-z-]+(/[a-z0-9-]+)+");

  /** Kinds of IRI whose things are SKOS concepts of our vocabularies: linked by skos:exactMatch. */
  private static final Set<String> CONCEPT_KINDS =
      Set.of("charge", "role", "group", "medium", "beat", "status", "relation", "event-type");

  /** Kinds of IRI whose things are individuals: linked by owl:sameAs. */
  private static final Set<String> INDIVIDUAL_KINDS =
      Set.of("place", "org", "outlet", "journalist", "person", "event");

  public WikidataLink {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(qid, "qid");
    Objects.requireNonNull(verifiedOn, "verifiedOn");
    if (!ENTITY.matcher(entity).matches()) {
      throw new IllegalArgumentException(
          "entity '" + entity + "' is not an id path like place/norway");
    }
    if (!QID.matcher(qid).matches()) {
      throw new IllegalArgumentException("'" + qid + "' is not a Wikidata item id like Q20");
    }
    // Fields are assigned only after this constructor body: work on the parameter.
    String kind = entity.substring(0, entity.indexOf('/'));
    if (!CONCEPT_KINDS.contains(kind) && !INDIVIDUAL_KINDS.contains(kind)) {
      throw new IllegalArgumentException(
          "entity '" + entity + "' is of no kind that can be linked");
    }
    if (verifiedBy == null || verifiedBy.isBlank()) {
      throw new IllegalArgumentException(
          "link " + entity + " → " + qid + " says nothing of how it was verified");
    }
  }

  /** The first segment of the entity path: {@code place}, {@code org}, {@code charge}, ... */
  public String kind() {
    return entity.substring(0, entity.indexOf('/'));
  }

  /** The rest of the path: the key or slug. */
  public String key() {
    return entity.substring(entity.indexOf('/') + 1);
  }

  /** True for vocabulary concepts (skos:exactMatch), false for things (owl:sameAs). */
  public boolean isConcept() {
    return CONCEPT_KINDS.contains(kind());
  }
}
