package org.w3id.pfkg.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.Op1;
import org.apache.jena.sparql.algebra.op.Op2;
import org.apache.jena.sparql.algebra.op.OpAssign;
import org.apache.jena.sparql.algebra.op.OpExtend;
import org.apache.jena.sparql.algebra.op.OpFilter;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.op.OpLeftJoin;
import org.apache.jena.sparql.algebra.op.OpN;
import org.apache.jena.sparql.algebra.op.OpOrder;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTopN;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;

/**
 * Looks at a query's algebra once, before it runs: how deep it nests, and every {@code SERVICE} in
 * it, inside {@code EXISTS} and {@code NOT EXISTS} included. A refused SERVICE found only during
 * evaluation was refused once per row (one stack trace each: 64 MB of log for one request) and the
 * query answered 200 with no rows; a 20 000-branch UNION overflowed the stack (500).
 */
final class QueryCheck {
  /** Deeper than this the query is refused; real queries nest a few dozen levels at most. */
  static final int MAX_DEPTH = 500;

  private QueryCheck() {}

  /** Why a query is refused before it runs. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean forbidden;

    Refused(String message, boolean forbidden) {
      super(message);
      this.forbidden = forbidden;
    }

    /** True for a policy refusal (403), false for a query too complex to run (400). */
    boolean forbidden() {
      return forbidden;
    }
  }

  /**
   * @param serviceCheck throws {@link org.apache.jena.query.QueryDeniedException} for a SERVICE
   *     that may not be called
   */
  static void check(Query query, Consumer<OpService> serviceCheck) throws Refused {
    try {
      new Walk(serviceCheck).op(Algebra.compile(query), 0);
    } catch (StackOverflowError e) {
      throw tooDeep();
    } catch (org.apache.jena.query.QueryDeniedException e) {
      throw new Refused(e.getMessage(), true);
    }
  }

  private static Refused tooDeep() {
    return new Refused(
        "The query nests deeper than "
            + MAX_DEPTH
            + " levels (e.g. a UNION of hundreds of branches): split it or use VALUES",
        false);
  }

  private record Walk(Consumer<OpService> serviceCheck) {
    void op(Op op, int depth) throws Refused {
      if (depth > MAX_DEPTH) {
        throw tooDeep();
      }
      if (op instanceof OpService service) {
        serviceCheck.accept(service);
      }
      for (Expr expr : expressions(op)) {
        expr(expr, depth + 1);
      }
      if (op instanceof Op1 one) {
        op(one.getSubOp(), depth + 1);
      } else if (op instanceof Op2 two) {
        op(two.getLeft(), depth + 1);
        op(two.getRight(), depth + 1);
      } else if (op instanceof OpN many) {
        for (Op element : many.getElements()) {
          op(element, depth + 1);
        }
      }
    }

    void expr(Expr expr, int depth) throws Refused {
      if (depth > MAX_DEPTH) {
        throw tooDeep();
      }
      if (expr instanceof ExprFunctionOp withPattern) {
        op(withPattern.getGraphPattern(), depth + 1);
      }
      if (expr instanceof ExprAggregator aggregator) {
        ExprList args = aggregator.getAggregator().getExprList();
        if (args != null) {
          for (Expr arg : args) {
            expr(arg, depth + 1);
          }
        }
      } else if (expr instanceof ExprFunction function) {
        for (Expr arg : function.getArgs()) {
          expr(arg, depth + 1);
        }
      }
    }

    private static List<Expr> expressions(Op op) {
      List<Expr> exprs = new ArrayList<>();
      if (op instanceof OpFilter filter) {
        filter.getExprs().forEach(exprs::add);
      } else if (op instanceof OpLeftJoin join && join.getExprs() != null) {
        join.getExprs().forEach(exprs::add);
      } else if (op instanceof OpExtend extend) {
        exprs.addAll(extend.getVarExprList().getExprs().values());
      } else if (op instanceof OpAssign assign) {
        exprs.addAll(assign.getVarExprList().getExprs().values());
      } else if (op instanceof OpGroup group) {
        exprs.addAll(group.getGroupVars().getExprs().values());
        exprs.addAll(group.getAggregators());
      } else if (op instanceof OpOrder order) {
        order.getConditions().stream().map(SortCondition::getExpression).forEach(exprs::add);
      } else if (op instanceof OpTopN top) {
        top.getConditions().stream().map(SortCondition::getExpression).forEach(exprs::add);
      }
      return exprs;
    }
  }
}
