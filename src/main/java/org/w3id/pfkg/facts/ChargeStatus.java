package org.w3id.pfkg.facts;

/** Where a charge stands; dropped charges and acquittals are kept, not erased. */
public enum ChargeStatus {
  BROUGHT,
  DROPPED,
  ACQUITTED
}
