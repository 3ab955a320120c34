package org.w3id.pfkg.facts;

import java.util.Locale;

/**
 * Where the journalist stands as a document leaves them; the codes are the slugs of
 * ontology/vocab/statuses.ttl.
 */
public enum CaseStatus {
  IMPRISONED,
  RELEASED,
  RELEASED_ON_MEDICAL_PAROLE,
  DETAINED,
  DECEASED,
  MISSING,
  AT_LARGE_IN_EXILE,
  UNKNOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status of a code of {@code statuses.tsv} ({@code released_on_medical_parole}). */
  public static CaseStatus of(String code) {
    return valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
