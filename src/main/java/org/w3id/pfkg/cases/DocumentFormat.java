package org.w3id.pfkg.cases;

/** The input formats of DESIGN.md: a profile text file or a structured JSON record. */
public enum DocumentFormat {
  PROFILE_TEXT,
  JSON_RECORD
}
