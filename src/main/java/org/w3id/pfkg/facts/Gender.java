package org.w3id.pfkg.facts;

/** Gender as the text shows it by pronouns or titles; absent when the text does not say. */
public enum Gender {
  FEMALE,
  MALE
}
