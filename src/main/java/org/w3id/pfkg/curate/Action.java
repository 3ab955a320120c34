package org.w3id.pfkg.curate;

import java.util.Locale;

/** What an editor does to a fact. */
public enum Action {
  ADD,
  REMOVE,
  CORRECT;

  /** The word of the curation file and of {@code pf:curationAction}: {@code add}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
