package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test that a sentence may hold a match of a pattern: the literal words of the pattern, one
 * of which every match contains ("arrested" or "detained" for {@code (?:arrested|detained)\s+by}).
 * A sentence that contains none of them cannot match, so the regex is not run on it; most rules
 * match few sentences, and running a regex (Unicode {@code \b} at every position) costs far more
 * than a few substring searches.
 *
 * <p>The literals are read from the compiled pattern's own text, not kept by hand beside it, so
 * that they cannot drift from the rule. The reading is conservative: whatever it does not
 * understand (a character class, an escape, a lookaround, an optional part) it treats as "any
 * text", and a pattern it cannot read at all gets no filter ({@link #admits} always true). Text and
 * literals are compared case-folded the way a case-insensitive Unicode regex compares characters
 * ({@link #fold}), so a filter also holds for a case-insensitive rule.
 */
final class Prefilter {
  /** Admits every text: for patterns with no literal that every match must contain. */
  static final Prefilter NONE = new Prefilter(new String[0]);

  /** Filters whose shortest literal is at least this long are equally good; then fewer wins. */
  private static final int ENOUGH = 6;

  /** Folded literals; a text is admitted when it contains one. Empty: admits every text. */
  private final String[] literals;

  private Prefilter(String[] literals) {
    this.literals = literals;
  }

  /** The filter of a compiled pattern ({@link #NONE} when it has no required literal). */
  static Prefilter of(Pattern pattern) {
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
      return NONE;
    }
    Reader reader = new Reader(pattern.pattern());
    Set<String> required;
    try {
      required = reader.alternation();
      if (reader.at < reader.src.length()) {
        return NONE; // an unbalanced ')': Pattern would not have compiled it
      }
    } catch (Unreadable e) {
      return NONE;
    }
    return required == null ? NONE : new Prefilter(minimal(required));
  }

  /** Whether a text, folded by {@link #fold}, may contain a match. */
  boolean admits(String folded) {
    if (literals.length == 0) {
      return true;
    }
    for (String literal : literals) {
      if (folded.contains(literal)) {
        return true;
      }
    }
    return false;
  }

  /** Whether this filter lets every text through. */
  boolean admitsAll() {
    return literals.length == 0;
  }

  /** The literals, for tests and diagnostics. */
  List<String> literals() {
    return List.of(literals);
  }

  /**
   * Folds each character as a case-insensitive Unicode regex compares it (lower case of its upper
   * case: "K", "k" and the Kelvin sign all become "k"), keeping the length. An ASCII-only
   * case-insensitive or a case-sensitive match is also equal under this folding.
   */
  static String fold(String text) {
    char[] out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      } else if (Character.isSurrogate(c)) {
        out[i] = c; // literals never hold surrogates (see Reader)
      } else {
        out[i] = Character.toLowerCase(Character.toUpperCase(c));
      }
    }
    return new String(out);
  }

  /** Drops a literal that contains another (whatever contains "arrested" contains "arrest"). */
  private static String[] minimal(Set<String> literals) {
    List<String> byLength = new ArrayList<>(literals);
    byLength.sort(Comparator.comparingInt(String::length));
    List<String> kept = new ArrayList<>();
    for (String l : byLength) {
      if (kept.stream().noneMatch(l::contains)) {
        kept.add(l);
      }
    }
    return kept.toArray(String[]::new);
  }

  /** A pattern text this reader does not follow. */
  private static final class Unreadable extends RuntimeException {
    Unreadable() {
      super(null, null, false, false);
    }
  }

  /**
   * Reads a pattern's text into required literal sets: for a sequence, one of its parts' sets (all
   * are required; the most selective is kept); for an alternation, the union of its branches' sets.
   * {@code null} stands for "no requirement".
   */
  private static final class Reader {
    private final String src;
    private int at;

    Reader(String src) {
      this.src = src;
    }

    /** What one atom of a sequence is. */
    private enum Kind {
      /** One literal character ({@link #ch}). */
      CHAR,
      /** Quoted literal characters ({@code \Q...\E}), {@link #quote}. */
      QUOTE,
      /** A group, with the literals it requires ({@link #required}, maybe null). */
      GROUP,
      /** Consumes text this reader does not follow (a class, {@code .}, an escape). */
      OTHER,
      /** Consumes nothing (an anchor, a boundary, a lookaround, inline flags). */
      ZERO
    }

    private Kind kind;
    private char ch;
    private String quote;
    private Set<String> required;

    Set<String> alternation() {
      Set<String> union = new LinkedHashSet<>();
      boolean any = false;
      while (true) {
        Set<String> branch = sequence();
        if (branch == null) {
          any = true;
        } else {
          union.addAll(branch);
        }
        if (at < src.length() && src.charAt(at) == '|') {
          at++;
          continue;
        }
        return any ? null : union;
      }
    }

    private Set<String> sequence() {
      List<Set<String>> parts = new ArrayList<>();
      StringBuilder run = new StringBuilder();
      while (at < src.length() && src.charAt(at) != '|' && src.charAt(at) != ')') {
        atom();
        int min = quantifier();
        switch (kind) {
          case CHAR -> repeat(ch, min, run, parts);
          case QUOTE -> {
            // A quantifier after \Q...\E applies to its last character only.
            run.append(quote, 0, quote.length() - 1);
            repeat(quote.charAt(quote.length() - 1), min, run, parts);
          }
          case GROUP -> {
            flush(run, parts);
            if (min != 0 && required != null) {
              parts.add(required);
            }
          }
          default -> flush(run, parts);
        }
      }
      flush(run, parts);
      return parts.stream().max(Comparator.comparing(Reader::selectivity)).orElse(null);
    }

    /**
     * Adds a literal character under its quantifier ({@code min} -1 for none): "ab?c" requires "a"
     * and "c"; "ab+c" requires "ab" and "bc".
     */
    private static void repeat(char c, int min, StringBuilder run, List<Set<String>> parts) {
      if (min == -1) {
        run.append(c);
        return;
      }
      if (min >= 1) {
        run.append(c);
      }
      flush(run, parts);
      if (min >= 1) {
        run.append(c);
      }
    }

    /** Shortest literal (up to {@link #ENOUGH}), then fewer literals. */
    private static Double selectivity(Set<String> literals) {
      int shortest = literals.stream().mapToInt(String::length).min().orElse(0);
      return Math.min(shortest, ENOUGH) - literals.size() / 1e6;
    }

    private static void flush(StringBuilder run, List<Set<String>> parts) {
      if (run.length() > 0) {
        parts.add(Set.of(fold(run.toString())));
        run.setLength(0);
      }
    }

    /**
     * Reads the quantifier after an atom: -1 when there is none, else its minimum (0 for {@code ?},
     * {@code *}, {@code {0,n}}).
     */
    private int quantifier() {
      if (at >= src.length()) {
        return -1;
      }
      char c = src.charAt(at);
      int min;
      if (c == '?' || c == '*') {
        min = 0;
        at++;
      } else if (c == '+') {
        min = 1;
        at++;
      } else if (c == '{') {
        int close = src.indexOf('}', at);
        if (close < 0) {
          throw new Unreadable();
        }
        String body = src.substring(at + 1, close);
        String first = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
        if (!first.matches("\\d{1,6}")) {
          throw new Unreadable();
        }
        min = Integer.parseInt(first);
        at = close + 1;
      } else {
        return -1;
      }
      if (at < src.length() && (src.charAt(at) == '?' || src.charAt(at) == '+')) {
        at++; // lazy or possessive
      }
      return min;
    }

    private void atom() {
      char c = src.charAt(at);
      switch (c) {
        case '(' -> group();
        case '[' -> {
          int open = at;
          skipClass();
          required = classLiterals(src.substring(open + 1, at - 1));
          kind = required == null ? Kind.OTHER : Kind.GROUP;
        }
        case '.' -> {
          at++;
          kind = Kind.OTHER;
        }
        case '^', '$' -> {
          at++;
          kind = Kind.ZERO;
        }
        case '\\' -> escape();
        case '*', '+', '?', '{' -> throw new Unreadable();
        default -> {
          at++;
          if (Character.isSurrogate(c)) {
            kind = Kind.OTHER; // case-insensitive matching of supplementary letters: not followed
          } else {
            kind = Kind.CHAR;
            ch = c;
          }
        }
      }
    }

    private void group() {
      at++; // (
      Kind groupKind = Kind.GROUP;
      if (src.startsWith("?", at)) {
        if (src.startsWith("?:", at) || src.startsWith("?>", at)) {
          at += 2;
        } else if (src.startsWith("?=", at) || src.startsWith("?!", at)) {
          at += 2;
          groupKind = Kind.ZERO;
        } else if (src.startsWith("?<=", at) || src.startsWith("?<!", at)) {
          at += 3;
          groupKind = Kind.ZERO;
        } else if (src.startsWith("?<", at)) {
          int close = src.indexOf('>', at);
          if (close < 0) {
            throw new Unreadable();
          }
          at = close + 1;
        } else {
          // Inline flags: "(?i)" or "(?i:...)". Comments mode changes what the text means.
          int end = at + 1;
          while (end < src.length()
              && (Character.isLetter(src.charAt(end)) || src.charAt(end) == '-')) {
            end++;
          }
          String flags = src.substring(at + 1, end);
          if (flags.indexOf('x') >= 0 || end >= src.length()) {
            throw new Unreadable();
          }
          at = end + 1;
          if (src.charAt(end) == ')') {
            kind = Kind.ZERO;
            return;
          }
          if (src.charAt(end) != ':') {
            throw new Unreadable();
          }
        }
      }
      Set<String> inner = alternation();
      if (at >= src.length() || src.charAt(at) != ')') {
        throw new Unreadable();
      }
      at++;
      kind = groupKind;
      required = groupKind == Kind.GROUP ? inner : null;
    }

    private void escape() {
      if (at + 1 >= src.length()) {
        throw new Unreadable();
      }
      char e = src.charAt(at + 1);
      at += 2;
      if (e == 'Q') {
        int end = src.indexOf("\\E", at);
        String quoted = end < 0 ? src.substring(at) : src.substring(at, end);
        at = end < 0 ? src.length() : end + 2;
        if (quoted.isEmpty() || quoted.chars().anyMatch(q -> Character.isSurrogate((char) q))) {
          kind = quoted.isEmpty() ? Kind.ZERO : Kind.OTHER;
        } else {
          kind = Kind.QUOTE;
          quote = quoted;
        }
        return;
      }
      if (!Character.isLetterOrDigit(e)) {
        kind = Character.isSurrogate(e) ? Kind.OTHER : Kind.CHAR;
        ch = e;
        return;
      }
      kind = "bBAGzZ".indexOf(e) >= 0 ? Kind.ZERO : Kind.OTHER;
      switch (e) {
        case 'p', 'P', 'N', 'x' -> {
          if (at < src.length() && src.charAt(at) == '{') {
            int close = src.indexOf('}', at);
            if (close < 0) {
              throw new Unreadable();
            }
            at = close + 1;
          } else {
            at += e == 'x' ? 2 : 1;
          }
        }
        case 'k' -> {
          int close = src.indexOf('>', at);
          if (close < 0) {
            throw new Unreadable();
          }
          at = close + 1;
        }
        case 'u' -> at += 4;
        case 'c' -> at += 1;
        case 'b' -> {
          if (src.startsWith("{g}", at)) {
            at += 3; // \b{g}, a grapheme boundary
          }
        }
        default -> {
          if (Character.isDigit(e)) {
            // A back reference or an octal escape: skip its digits (skipping more is harmless).
            while (at < src.length() && Character.isDigit(src.charAt(at))) {
              at++;
            }
          }
        }
      }
      if (at > src.length()) {
        throw new Unreadable();
      }
    }

    /**
     * The characters of a class that only lists characters ("[-'’]"), each a literal one of which
     * the class matches; null for any other class (ranges, negation, escapes, nesting).
     */
    private static Set<String> classLiterals(String body) {
      if (body.isEmpty() || body.startsWith("^")) {
        return null;
      }
      Set<String> chars = new LinkedHashSet<>();
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        boolean range = c == '-' && i > 0 && i < body.length() - 1;
        if (range || c == '\\' || c == '[' || c == ']' || c == '&' || Character.isSurrogate(c)) {
          return null;
        }
        chars.add(fold(String.valueOf(c)));
      }
      return chars;
    }

    /** Skips a character class, nested classes and escapes included. */
    private void skipClass() {
      int depth = 0;
      while (at < src.length()) {
        char c = src.charAt(at);
        if (c == '\\') {
          if (src.startsWith("Q", at + 1)) {
            int end = src.indexOf("\\E", at + 2);
            if (end < 0) {
              throw new Unreadable();
            }
            at = end + 2;
            continue;
          }
          at += 2;
          continue;
        }
        if (c == '[') {
          depth++;
          at++;
          // A ']' right after '[' or '[^' is taken literally by Pattern.
          if (src.startsWith("^", at)) {
            at++;
          }
          if (src.startsWith("]", at)) {
            at++;
          }
          continue;
        }
        at++;
        if (c == ']' && --depth == 0) {
          return;
        }
      }
      throw new Unreadable();
    }
  }
}
