package org.w3id.pfkg.serve;

import org.apache.jena.query.QueryException;

/** A query whose result (or one value of it) passed a size limit of the endpoint: HTTP 422. */
final class ResultTooLargeException extends QueryException {
  private static final long serialVersionUID = 1L;

  ResultTooLargeException(String message) {
    super(message);
  }
}
