package org.w3id.pfkg.curate;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of fact a curation selector can name, each by the key the extraction gives it: the JSON
 * field of the selector is the kind's word ({@code "event": "other-undated"}).
 */
public enum FactKind {
  EVENT("event"),
  CLAIM("claim"),
  CHARGE("charge"),
  PERSON("person"),
  OUTLET("outlet"),
  PLACE("place"),
  ORGANIZATION("organization"),
  FACILITY("facility"),
  ROLE("role"),
  DETENTION("detention"),
  /** The journalist's status; its key is the status code the extraction gave ({@code released}). */
  STATUS("status");

  private final String word;

  FactKind(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** The kind named by a selector field; British "organisation" is accepted too. */
  public static Optional<FactKind> fromWord(String field) {
    String wanted = "organisation".equals(field) ? "organization" : field;
    return Arrays.stream(values()).filter(k -> k.word.equals(wanted)).findFirst();
  }
}
