package org.w3id.pfkg.facts;

/** How precisely a text dates something; the RDF keeps it (xsd:date, xsd:gYearMonth, xsd:gYear). */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  /** "late spring 2009": kept as phrase, EDTF value and earliest/latest bounds. */
  VAGUE
}
