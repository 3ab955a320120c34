package org.w3id.pfkg.serve;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

/**
 * Decides what a query's SERVICE clause may call. For now nothing: an open SERVICE lets anyone make
 * this server send requests to any address (request forgery), and Jena allows it by default.
 *
 * <p>An allow-list (Wikidata's endpoint first, as DESIGN.md asks) belongs here: keep
 * httpServiceAllowed false for everything else and register, in the same context, a
 * ServiceExecutorRegistry whose executor passes only listed endpoint IRIs on to the HTTP executor.
 */
final class FederationPolicy {
  private FederationPolicy() {}

  /** Switches remote SERVICE calls off for queries run under {@code context}. */
  static void applyTo(Context context) {
    context.set(ARQ.httpServiceAllowed, false);
  }
}
