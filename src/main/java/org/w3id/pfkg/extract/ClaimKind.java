package org.w3id.pfkg.extract;

/** What a claim does: accuse the journalist, answer an accusation, or state something else. */
public enum ClaimKind {
  ACCUSATION,
  DENIAL,
  STATEMENT
}
