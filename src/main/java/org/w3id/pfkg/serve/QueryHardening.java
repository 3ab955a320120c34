package org.w3id.pfkg.serve;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.util.Context;

/**
 * Rewrites every query of the endpoint, after Jena's own optimiser, so that no function can outrun
 * the time limit or the memory of one query: {@code REGEX} and {@code REPLACE} match through {@link
 * CancellableRegex} (a backtracking pattern stops when the query is cancelled) and {@code
 * GROUP_CONCAT} becomes {@link CappedGroupConcat}. The rewrite is the optimiser factory of the
 * endpoint's context only, so the site's own queries and every other dataset are left alone.
 */
final class QueryHardening {
  private QueryHardening() {}

  /** Makes queries run under {@code context} use the hardened functions. */
  static void applyTo(Context context, long maxChars) {
    RewriteFactory standard = Optimize.stdOptimizationFactory;
    RewriteFactory hardened =
        queryContext -> {
          var optimiser = standard.create(queryContext);
          return op -> harden(optimiser.rewrite(op), maxChars);
        };
    context.set(ARQConstants.sysOptimizerFactory, hardened);
  }

  static Op harden(Op op, long maxChars) {
    return Transformer.transform(new Aggregates(maxChars), new Functions(), op);
  }

  /** REGEX and REPLACE, wherever an expression stands (FILTER, BIND, ORDER BY, EXISTS, ...). */
  private static final class Functions extends ExprTransformCopy {
    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
      if (func instanceof E_Regex && !(func instanceof CancellableRegex.Match)) {
        return new CancellableRegex.Match(
            args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null);
      }
      if (func instanceof E_StrReplace && !(func instanceof CancellableRegex.Replace)) {
        return new CancellableRegex.Replace(args);
      }
      return super.transform(func, args);
    }
  }

  /** GROUP_CONCAT, in the aggregators of a GROUP. */
  private static final class Aggregates extends TransformCopy {
    private final long maxChars;

    Aggregates(long maxChars) {
      this.maxChars = maxChars;
    }

    @Override
    public Op transform(OpGroup group, Op sub) {
      List<ExprAggregator> aggregators = new ArrayList<>();
      for (ExprAggregator aggregator : group.getAggregators()) {
        aggregators.add(
            new ExprAggregator(aggregator.getVar(), capped(aggregator.getAggregator())));
      }
      return new OpGroup(sub, group.getGroupVars(), aggregators);
    }

    private Aggregator capped(Aggregator aggregator) {
      if (aggregator instanceof CappedGroupConcat) {
        return aggregator;
      }
      if (aggregator instanceof AggGroupConcat concat) {
        return new CappedGroupConcat(
            concat.getExprList().get(0), concat.getSeparator(), false, maxChars);
      }
      if (aggregator instanceof AggGroupConcatDistinct concat) {
        return new CappedGroupConcat(
            concat.getExprList().get(0), concat.getSeparator(), true, maxChars);
      }
      return aggregator;
    }
  }
}
