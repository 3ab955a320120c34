package org.w3id.pfkg.facts;

/** The kinds of named things a case mentions. */
public enum EntityKind {
  OUTLET,
  ORGANIZATION,
  PLACE,
  /** A prison, camp or detention centre: a place, kept apart from the geographic ones. */
  FACILITY
}
