package org.w3id.pfkg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.w3id.pfkg.config.ServeConfig;

/**
 * Fuseki's query operation, changed so that a client gets either the whole result or an error
 * status, never HTTP 200 with a cut-off body.
 *
 * <p>Fuseki streams SELECT results: once the first bytes are out, a timeout can only end the
 * response early, and the client sees status 200 with truncated JSON. Here a SELECT is run to its
 * end in memory, under the query timeout, before anything is written; a timeout therefore reaches
 * Fuseki's error handling as a {@code QueryCancelledException} and becomes 503. CONSTRUCT and
 * DESCRIBE are built in memory by Fuseki already; their size is checked here too.
 *
 * <p>A result larger than the row limit, or holding more characters than the byte limit, is refused
 * with 422 and a message saying why, rather than cut silently: clients can then page with
 * LIMIT/OFFSET or use the dumps. A result that was complete only after the time limit is refused
 * with 503 like one that was cut by it.
 *
 * <p>Before a query runs, {@link QueryCheck} refuses a SERVICE the allow-list does not name (403,
 * once, wherever it stands) and a query nested too deep to run (400).
 */
final class BufferedQuery extends SPARQL_QueryDataset {
  static final int RESULT_TOO_LARGE = 422;
  static final int SERVICE_REFUSED = 403;
  static final int BAD_GATEWAY = 502;

  private final long maxRows;
  private final long maxChars;
  private final long timeoutNanos;
  private final Consumer<OpService> serviceCheck;

  BufferedQuery(ServeConfig config) {
    this.maxRows = config.maxResultRows();
    this.maxChars = config.maxResultBytes();
    this.timeoutNanos = config.timeout().toNanos();
    this.serviceCheck = FederationPolicy.checker(config.serviceAllowList());
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    // Jena's JSON query form streams its items and is not SPARQL: keep the endpoint standard.
    if (query.isJsonType()) {
      ServletOps.errorBadRequest("Only SPARQL SELECT, ASK, CONSTRUCT and DESCRIBE are served here");
    }
    try {
      QueryCheck.check(query, serviceCheck);
    } catch (QueryCheck.Refused refused) {
      if (refused.forbidden()) {
        ServletOps.error(SERVICE_REFUSED, refused.getMessage());
      }
      ServletOps.errorBadRequest(refused.getMessage());
    }
  }

  @Override
  protected QueryExecResult executeQuery(
      HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
    long started = System.nanoTime();
    try {
      QueryExecResult result = run(action, queryExec, requestQuery, queryStringLog);
      // The time limit covers the whole answer: a result finished after it is not sent either.
      if (System.nanoTime() - started > timeoutNanos) {
        throw new QueryCancelledException();
      }
      return result;
    } catch (ResultTooLargeException e) {
      ServletOps.error(RESULT_TOO_LARGE, e.getMessage());
      return null; // not reached: ServletOps.error throws
    } catch (QueryExceptionHTTP e) {
      ServletOps.error(BAD_GATEWAY, UnreachableService.explain(e).orElseThrow(() -> e));
      return null; // not reached: ServletOps.error throws
    }
  }

  private QueryExecResult run(
      HttpAction action, QueryExec queryExec, Query requestQuery, String queryStringLog) {
    if (requestQuery.isConstructType()) {
      return new QueryExecResult(construct(queryExec, requestQuery));
    }
    QueryExecResult result = super.executeQuery(action, queryExec, requestQuery, queryStringLog);
    if (result.isRowSet()) {
      return new QueryExecResult(buffer(result.rowSet()));
    }
    if (result.isDataset()) {
      checkSize(result.dataset().stream().count(), "triples");
      checkChars(result.dataset().stream().mapToLong(q -> chars(q.asTriple())).sum());
    } else if (result.isGraph()) {
      checkSize(result.graph().size(), "triples");
      checkChars(result.graph().stream().mapToLong(BufferedQuery::chars).sum());
    }
    return result;
  }

  /**
   * The CONSTRUCT result, built here rather than by Fuseki, which materialises all of it before the
   * size could be checked: a CONSTRUCT of a cartesian product would fill the heap until the time
   * limit. Here it stops at the first triple over the limit.
   */
  private DatasetGraph construct(QueryExec queryExec, Query query) {
    DatasetGraph result = DatasetGraphFactory.create();
    result.prefixes().putAll(query.getPrefixMapping());
    Iterator<Quad> quads = queryExec.constructQuads();
    long count = 0;
    long chars = 0;
    while (quads.hasNext()) {
      Quad quad = quads.next();
      if (!result.contains(quad)) { // a template makes the same triple many times: count it once
        result.add(quad);
        checkSize(++count, "triples");
        chars += chars(quad.asTriple());
        checkChars(chars);
      }
    }
    return result;
  }

  private RowSet buffer(RowSet rows) {
    List<Binding> kept = new ArrayList<>();
    long chars = 0;
    while (rows.hasNext()) {
      Binding row = rows.next();
      kept.add(row);
      checkSize(kept.size(), "rows");
      for (Iterator<Var> vars = row.vars(); vars.hasNext(); ) {
        chars += chars(row.get(vars.next()));
      }
      checkChars(chars);
    }
    return RowSetStream.create(rows.getResultVars(), kept.iterator());
  }

  private void checkChars(long chars) {
    if (chars > maxChars) {
      throw new ResultTooLargeException(
          "The result holds more than "
              + maxChars
              + " characters, the limit of this endpoint: select fewer or shorter values, page"
              + " with LIMIT and OFFSET, or download the dumps");
    }
  }

  private static long chars(Triple triple) {
    return chars(triple.getSubject()) + chars(triple.getPredicate()) + chars(triple.getObject());
  }

  /** About what a value costs in the result: its text, datatype IRI and language tag. */
  private static long chars(Node node) {
    if (node == null) {
      return 0;
    }
    if (node.isLiteral()) {
      return (long) node.getLiteralLexicalForm().length()
          + node.getLiteralDatatypeURI().length()
          + node.getLiteralLanguage().length();
    }
    return node.isURI() ? node.getURI().length() : 32;
  }

  private void checkSize(long size, String unit) {
    if (size > maxRows) {
      ServletOps.error(
          RESULT_TOO_LARGE,
          "The result has more than "
              + maxRows
              + " "
              + unit
              + ", the limit of this endpoint: use LIMIT and OFFSET to fetch it in pages,"
              + " or download the dumps");
    }
  }
}
