package org.w3id.pfkg.extract;

import java.util.Locale;

/** The journalist's status as the latest facts of the text leave it. */
public enum CaseStatus {
  IMPRISONED,
  RELEASED,
  DETAINED,
  DECEASED,
  MISSING,
  UNKNOWN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
