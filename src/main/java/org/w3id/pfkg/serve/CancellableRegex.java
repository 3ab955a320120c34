package org.w3id.pfkg.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's {@code REGEX} and {@code REPLACE} with the same meaning as Jena's, but matching over
 * {@link CancellableText}, so that the query's time limit stops a match that backtracks for
 * minutes. {@link QueryHardening} puts them in place of Jena's in every query of the endpoint.
 */
final class CancellableRegex {
  private CancellableRegex() {}

  /** The query's cancel signal; a fresh, never-set one when the engine gives none. */
  static AtomicBoolean cancelSignal(FunctionEnv env) {
    if (env instanceof ExecutionContext context && context.getCancelSignal() != null) {
      return context.getCancelSignal();
    }
    return new AtomicBoolean();
  }

  /** The text argument: a plain or language-tagged string literal, as SPARQL requires. */
  static Node stringLiteral(String function, NodeValue value) {
    Node node = value.asNode();
    boolean string =
        node.isLiteral()
            && (XSDDatatype.XSDstring.equals(node.getLiteralDatatype())
                || !node.getLiteralLanguage().isEmpty());
    if (!string) {
      throw new ExprEvalException(function + ": not a string literal: " + value);
    }
    return node;
  }

  static Pattern pattern(String function, NodeValue pattern, NodeValue flags) {
    if (!pattern.isString() || (flags != null && !flags.isString())) {
      throw new ExprEvalException(function + ": pattern and flags must be strings");
    }
    return RegexEngine.makePattern(
        function, pattern.getString(), flags == null ? null : flags.getString());
  }

  /** {@code REGEX(text, pattern [, flags])}. */
  static final class Match extends E_Regex {
    Match(Expr text, Expr pattern, Expr flags) {
      super(text, pattern, flags);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
      Node text = stringLiteral("REGEX", args.get(0));
      Pattern pattern = pattern("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
      CharSequence chars = new CancellableText(text.getLiteralLexicalForm(), cancelSignal(env));
      return NodeValue.booleanReturn(pattern.matcher(chars).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new Match(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null);
    }
  }

  /** {@code REPLACE(text, pattern, replacement [, flags])}: keeps the text's language tag. */
  static final class Replace extends E_StrReplace {
    Replace(ExprList args) {
      super(args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
      Node text = stringLiteral("REPLACE", args.get(0));
      Pattern pattern = pattern("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
      if (!args.get(2).isString()) {
        throw new ExprEvalException("REPLACE: the replacement must be a string");
      }
      CharSequence chars = new CancellableText(text.getLiteralLexicalForm(), cancelSignal(env));
      String replaced;
      try {
        replaced = pattern.matcher(chars).replaceAll(args.get(2).getString());
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        throw new ExprEvalException("REPLACE: " + e.getMessage());
      }
      String lang = text.getLiteralLanguage();
      return lang.isEmpty()
          ? NodeValue.makeString(replaced)
          : NodeValue.makeLangString(replaced, lang);
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new Replace(newArgs);
    }
  }

  /** The args of a function as a list, for the copy constructors above. */
  static ExprList args(ExprFunctionN function) {
    return function.getArgs() == null ? new ExprList() : new ExprList(function.getArgs());
  }
}
