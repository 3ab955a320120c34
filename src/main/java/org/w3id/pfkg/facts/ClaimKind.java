package org.w3id.pfkg.facts;

/** What a claim does: accuse the journalist, answer an accusation, or state something else. */
public enum ClaimKind {
  ACCUSATION,
  DENIAL,
  STATEMENT
}
