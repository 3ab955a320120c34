package org.w3id.pfkg.serve;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.bulk.ChainingServiceExecutorBulk;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Decides what a query's SERVICE clause may call: only the endpoints of the allow-list (Wikidata's
 * query service by default, {@code ServeConfig.serviceAllowList}). An open SERVICE would let anyone
 * make this server send requests to any address, intranet included (request forgery), and Jena
 * allows it by default.
 *
 * <p>The check is a link at the head of both executor chains of a registry that lives in the
 * endpoint's context only, so it runs before Jena's HTTP executor and nothing is sent to a refused
 * target. A refused SERVICE ends the query with {@link QueryDeniedException}, which Fuseki answers
 * with a 4xx naming the target. The endpoint IRI must match a listed URL exactly: no prefix match,
 * so {@code https://query.wikidata.org/sparql?x} or {@code .../sparql/../admin} are refused. A
 * SERVICE with a variable endpoint is refused outright, as its target is not known before it runs.
 * A listed endpoint that redirects elsewhere is followed by Jena's HTTP client: list only endpoints
 * you trust.
 */
final class FederationPolicy {
  private FederationPolicy() {}

  /** Lets queries run under {@code context} call the listed endpoints and nothing else. */
  static void applyTo(Context context, List<URI> allowList) {
    Set<String> allowed = allowList.stream().map(URI::toString).collect(Collectors.toSet());
    if (allowed.isEmpty()) {
      // Belt and braces: with nothing allowed, Jena's own switch is off as well.
      context.set(ARQ.httpServiceAllowed, false);
    }
    ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
    ChainingServiceExecutorBulk bulkGuard =
        (opService, input, execCxt, chain) -> {
          check(opService, allowed);
          return chain.createExecution(opService, input, execCxt);
        };
    ChainingServiceExecutor singleGuard =
        (opExec, opOriginal, binding, execCxt, chain) -> {
          check(opExec, allowed);
          return chain.createExecution(opExec, opOriginal, binding, execCxt);
        };
    registry.getBulkChain().add(0, bulkGuard);
    registry.getSingleChain().add(0, singleGuard);
    ServiceExecutorRegistry.set(context, registry);
  }

  /** The same check as a function, for {@link QueryCheck} to refuse a query before it runs. */
  static Consumer<OpService> checker(List<URI> allowList) {
    Set<String> allowed = allowList.stream().map(URI::toString).collect(Collectors.toSet());
    return op -> check(op, allowed);
  }

  private static void check(OpService op, Set<String> allowed) {
    Node target = op.getService();
    if (!target.isURI()) {
      throw new QueryDeniedException(
          "SERVICE "
              + target
              + " is refused: this endpoint allows SERVICE only to listed endpoints,"
              + " written as IRIs: "
              + allowed);
    }
    if (!allowed.contains(target.getURI())) {
      throw new QueryDeniedException(
          "SERVICE <"
              + target.getURI()
              + "> is refused: this endpoint allows SERVICE only to "
              + (allowed.isEmpty() ? "no endpoint at all" : allowed));
    }
  }
}
