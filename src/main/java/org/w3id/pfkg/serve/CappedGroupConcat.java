package org.w3id.pfkg.serve;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.expr.nodevalue.NodeFunctions;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * {@code GROUP_CONCAT} (with or without DISTINCT) that refuses to grow a string past the endpoint's
 * result byte limit. The row limit counts rows, and one row of {@code GROUP_CONCAT} over a
 * cartesian product held a 3.7 GB string and ran the server out of memory; here the query ends with
 * {@link ResultTooLargeException} (422) as soon as the string passes the limit.
 */
final class CappedGroupConcat extends AggGroupConcat {
  private final boolean distinct;
  private final long maxChars;

  CappedGroupConcat(Expr expr, String separator, boolean distinct, long maxChars) {
    super(expr, separator);
    this.distinct = distinct;
    this.maxChars = maxChars;
  }

  @Override
  public Aggregator copy(ExprList exprs) {
    return new CappedGroupConcat(exprs.get(0), getSeparator(), distinct, maxChars);
  }

  @Override
  public Accumulator createAccumulator() {
    return new Accumulator() {
      private final StringBuilder text = new StringBuilder();
      private final Set<String> seen = new HashSet<>();
      private boolean first = true;

      @Override
      public void accumulate(Binding binding, FunctionEnv env) {
        AtomicBoolean cancelled = CancellableRegex.cancelSignal(env);
        if (cancelled.get()) {
          throw new QueryCancelledException();
        }
        String value;
        try {
          value = NodeFunctions.str(getExpr().eval(binding, env).asNode());
        } catch (ExprEvalException unboundOrBlank) {
          return; // a row without a value adds nothing to the string
        }
        if (distinct && !seen.add(value)) {
          return;
        }
        if (!first) {
          text.append(separator());
        }
        first = false;
        text.append(value);
        if (text.length() > maxChars) {
          throw new ResultTooLargeException(
              "A GROUP_CONCAT value passed "
                  + maxChars
                  + " characters, the limit of this endpoint");
        }
      }

      @Override
      public NodeValue getValue() {
        return NodeValue.makeString(text.toString());
      }
    };
  }

  private String separator() {
    return getSeparator() == null ? " " : getSeparator();
  }
}
