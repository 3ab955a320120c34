package org.w3id.pfkg.problem;

/**
 * How bad a problem is: a warning is reported, an error rejects one case, a fatal one stops the
 * run.
 */
public enum Severity {
  WARNING,
  ERROR,
  FATAL
}
