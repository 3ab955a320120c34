package org.w3id.pfkg.facts;

/** What kind of party a text credits with a claim. */
public enum SourceKind {
  /** A named organisation or outlet: Radio Free Asia, CPJ, the World Uyghur Congress. */
  ORGANIZATION,
  /** A named person: her husband, Behtiyar Omer. */
  PERSON,
  /** A party described but not named: "a witness to her trial", "readers of the site". */
  DESCRIBED,
  /** The state side: "authorities", "police", "the official Chinese government count". */
  AUTHORITY
}
