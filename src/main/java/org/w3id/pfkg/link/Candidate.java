package org.w3id.pfkg.link;

import java.util.List;

/**
 * A Wikidata item the search proposed, with the facts the type and country checks need.
 *
 * @param qid the item
 * @param label its label in the search language
 * @param description its description, empty when it has none
 * @param aliases other names the search matched on
 * @param instanceOf its P31 values
 * @param countries its P17 values
 */
public record Candidate(
    String qid,
    String label,
    String description,
    List<String> aliases,
    List<String> instanceOf,
    List<String> countries) {
  public Candidate {
    label = label == null ? "" : label;
    description = description == null ? "" : description;
    aliases = List.copyOf(aliases);
    instanceOf = List.copyOf(instanceOf);
    countries = List.copyOf(countries);
  }
}
