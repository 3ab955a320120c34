package org.w3id.pfkg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

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
 * <p>A result larger than the row limit is refused with 422 and a message saying why, rather than
 * cut silently: clients can then page with LIMIT/OFFSET or use the dumps.
 */
final class BufferedQuery extends SPARQL_QueryDataset {
  static final int RESULT_TOO_LARGE = 422;

  private final long maxRows;

  BufferedQuery(long maxRows) {
    this.maxRows = maxRows;
  }

  @Override
  protected void validateQuery(HttpAction action, Query query) {
    super.validateQuery(action, query);
    // Jena's JSON query form streams its items and is not SPARQL: keep the endpoint standard.
    if (query.isJsonType()) {
      ServletOps.errorBadRequest("Only SPARQL SELECT, ASK, CONSTRUCT and DESCRIBE are served here");
    }
  }

  @Override
  protected QueryExecResult executeQuery(
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
    } else if (result.isGraph()) {
      checkSize(result.graph().size(), "triples");
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
    while (quads.hasNext()) {
      Quad quad = quads.next();
      if (!result.contains(quad)) { // a template makes the same triple many times: count it once
        result.add(quad);
        checkSize(++count, "triples");
      }
    }
    return result;
  }

  private RowSet buffer(RowSet rows) {
    List<Binding> kept = new ArrayList<>();
    while (rows.hasNext()) {
      kept.add(rows.next());
      checkSize(kept.size(), "rows");
    }
    return RowSetStream.create(rows.getResultVars(), kept.iterator());
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
