package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.SentenceTerm;
import org.w3id.pfkg.table.RuleTable;

/**
 * Finds prison terms in a sentence, in digits or words ("19-year, 8-month", "seven and a half
 * years", "12 years, three months and one day", "life in prison", "to death"), and reads what the
 * words around each say of it with the rules of {@code term-contexts.tsv}: a range, a maximum
 * penalty, what prosecutors sought, a hedge or someone else's term is no term at all; a term may be
 * suspended, additional to one already imposed, or the total of several counts. Number words come
 * from {@code number-words.tsv}.
 */
final class TermFinder {
  /**
   * A term in a sentence; offsets are within the sentence.
   *
   * @param total the text gives it as the sum of several terms ("20 years in all")
   * @param perCharge it is followed by the charge it punishes ("seven years for espionage"), so
   *     that a list of such terms adds up to the sentence
   */
  record TermMention(SentenceTerm term, int start, int end, boolean total, boolean perCharge) {}

  /** What a context rule says of a term. */
  enum Effect {
    NOT_A_TERM,
    SUSPENDED,
    ADDITIONAL,
    TOTAL;

    static Effect of(String code) {
      return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /** One row of {@code term-contexts.tsv}. */
  record Context(String id, Effect effect, String side, Pattern pattern, Prefilter prefilter) {
    Context(String id, Effect effect, String side, Pattern pattern) {
      this(id, effect, side, pattern, Prefilter.of(pattern));
    }
  }

  private static final String UNIT = "(?<unit>years?|months?|weeks?|days?)";

  /**
   * Where the term starts in the text an {@code around} rule reads: {@code {TERM}} in a pattern.
   */
  private static final String TERM_MARK = "\u0000";

  private static final int WINDOW = 120;
  private static final Pattern SEPARATOR = Pattern.compile("\\s*,?\\s*(?:and\\s+)?");
  private static final Pattern PER_CHARGE =
      Pattern.compile(
          "(?i)^(?:\\s+(?:in prison|of imprisonment|in jail|behind bars))?\\s*,?\\s+(?:for|on charges?|under)\\b");
  private static final Pattern LIFE =
      Pattern.compile(
          "(?i)\\b(?:life (?:in prison|imprisonment|sentences?|terms?)|(?<=\\bto )life)\\b");
  private static final Pattern DEATH =
      Pattern.compile("(?i)\\b(?:to death|death (?:sentences?|penalty))\\b");

  private final Map<String, Integer> numbers;
  private final Pattern atom;
  private final List<Context> contexts;

  /**
   * "Five years for X and three more for Y": a count whose unit the text leaves out, after a term
   * for another count; it takes that term's unit.
   */
  private final Pattern elided;

  /**
   * "Cut from 14 years to five": the new term of a change leaves out the unit of the old one it
   * follows, and takes it.
   */
  private final Pattern changedTo;

  TermFinder(Map<String, Integer> numbers, List<Context> contexts) {
    this.numbers = Map.copyOf(numbers);
    this.atom =
        Pattern.compile(
            "(?i)(?<![\\w-])(?<n>"
                + numberPattern(numbers)
                + ")(?<half>\\s+and\\s+a\\s+half)?(?:\\s+|-)(?<more>(?:more|additional|extra)\\s+)?"
                + UNIT
                + "(?![\\w-])(?<half2>\\s+and\\s+a\\s+half)?");
    this.contexts = List.copyOf(contexts);
    this.elided =
        Pattern.compile(
            "(?i)^[^.;]{0,80}?(?:,|\\band)\\s+(?<n>"
                + numberPattern(numbers)
                + ")\\s+(?:(?:more|additional|extra)\\s+)?(?=(?:for|on|over)\\b)");
    this.changedTo =
        Pattern.compile(
            "(?i)\\bfrom\\s+(?:"
                + numberPattern(numbers)
                + ")(?:\\s+|-)(?<unit>years?|months?)(?:\\s+(?:in prison|of imprisonment))?\\s+to\\s+"
                // "to a fine" is no term: a bare article counts one only before a unit.
                + "(?!(?:a|an|another)\\b)(?<n>"
                + numberPattern(numbers)
                + ")(?![\\w-])(?!\\s+(?:and\\s+a\\s+half\\s+)?(?:years?|months?|weeks?|days?)\\b)");
  }

  /** The patterns this applies, for the check of their {@link Prefilter}s. */
  List<Pattern> patterns() {
    return contexts.stream().map(Context::pattern).toList();
  }

  /** The number words and context rules of a {@code data/rules} folder. */
  static TermFinder load(Path rulesDir) {
    Map<String, Integer> numbers = NumberWords.load(rulesDir);
    String num = numberPattern(numbers);
    List<Context> contexts = new ArrayList<>();
    for (RuleTable.Row row : RuleTable.read(rulesDir.resolve("term-contexts.tsv"))) {
      Pattern p =
          Pattern.compile(
              row.get("pattern")
                  .replace("{NUM}", "(?:" + num + ")")
                  .replace("{TERM}", Pattern.quote(TERM_MARK)),
              Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
      contexts.add(new Context(row.get("id"), Effect.of(row.get("effect")), row.get("side"), p));
    }
    return new TermFinder(numbers, contexts);
  }

  /**
   * Digits, the number words, and tens with units ("twenty-five"), longest first so that
   * "seventeen" is not read as "seven".
   */
  private static String numberPattern(Map<String, Integer> numbers) {
    List<String> words = new ArrayList<>(numbers.keySet());
    List<String> tens = words.stream().filter(w -> numbers.get(w) >= 20).toList();
    List<String> units = words.stream().filter(w -> numbers.get(w) < 10 && w.length() > 2).toList();
    for (String t : tens) {
      for (String u : units) {
        words.add(t + "-" + u);
        words.add(t + " " + u);
      }
    }
    words.sort(Comparator.comparingInt(String::length).reversed());
    return "\\d{1,3}|" + words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
  }

  /** The terms of a sentence that can be a sentence someone was given, in text order. */
  List<TermMention> find(String sentence) {
    List<TermMention> found = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    for (Pattern fixed : List.of(LIFE, DEATH)) {
      Matcher m = fixed.matcher(sentence);
      while (m.find()) {
        if (Taken.free(taken, m.start(), m.end())) {
          take(taken, m.start(), m.end());
          SentenceTerm.Kind kind = fixed == LIFE ? SentenceTerm.Kind.LIFE : SentenceTerm.Kind.DEATH;
          read(sentence, m.start(), m.end(), kind, Optional.empty(), false).ifPresent(found::add);
        }
      }
    }
    Matcher m = atom.matcher(sentence);
    int start = -1;
    int end = -1;
    Period sum = Period.ZERO;
    int lastRank = Integer.MAX_VALUE;
    boolean more = false;
    while (m.find()) {
      if (!Taken.free(taken, m.start(), m.end())) {
        continue;
      }
      int rank = rank(m.group("unit"));
      boolean joins =
          start >= 0
              && rank < lastRank
              && SEPARATOR.matcher(sentence.substring(end, m.start())).matches();
      if (!joins && start >= 0) {
        read(sentence, start, end, SentenceTerm.Kind.TERM, Optional.of(sum), more)
            .ifPresent(found::add);
      }
      if (!joins) {
        start = m.start();
        sum = Period.ZERO;
        more = false;
      }
      sum = sum.plus(period(m, rank));
      more |= m.group("more") != null;
      end = m.end();
      lastRank = rank;
    }
    if (start >= 0) {
      read(sentence, start, end, SentenceTerm.Kind.TERM, Optional.of(sum), more)
          .ifPresent(found::add);
    }
    found.addAll(elided(sentence, found));
    found.addAll(changedTo(sentence, taken));
    found.sort(Comparator.comparingInt(TermMention::start));
    return found;
  }

  /** The counts after a per-count term of one unit that leave the unit out. */
  private List<TermMention> elided(String sentence, List<TermMention> found) {
    List<TermMention> more = new ArrayList<>();
    for (TermMention t : found) {
      if (!t.perCharge() || t.term().kind() != SentenceTerm.Kind.TERM) {
        continue;
      }
      Period p = t.term().duration().orElseThrow();
      boolean years = p.getMonths() == 0 && p.getDays() == 0;
      boolean months = p.getYears() == 0 && p.getDays() == 0;
      Matcher m = elided.matcher(sentence.substring(t.end()));
      if ((years || months) && m.find()) {
        int n = number(m.group("n"));
        int start = t.end() + m.start("n");
        int end = t.end() + m.end();
        Period d = years ? Period.ofYears(n) : Period.ofMonths(n);
        SentenceTerm term =
            new SentenceTerm(
                SentenceTerm.Kind.TERM,
                Optional.of(d),
                false,
                false,
                sentence.substring(start, end).strip());
        more.add(new TermMention(term, start, end, false, true));
      }
    }
    return more;
  }

  /** The new terms of changes "from N years to M" that leave the unit out. */
  private List<TermMention> changedTo(String sentence, boolean[] taken) {
    List<TermMention> more = new ArrayList<>();
    Matcher m = changedTo.matcher(sentence);
    while (m.find()) {
      if (!Taken.free(taken, m.start("n"), m.end("n"))) {
        continue;
      }
      int n = number(m.group("n"));
      boolean years = m.group("unit").toLowerCase(Locale.ROOT).startsWith("y");
      Period d = years ? Period.ofYears(n) : Period.ofMonths(n);
      read(sentence, m.start("n"), m.end("n"), SentenceTerm.Kind.TERM, Optional.of(d), false)
          .ifPresent(more::add);
    }
    return more;
  }

  /** A mention with what its context says, or empty when the context says it is no term. */
  private Optional<TermMention> read(
      String sentence,
      int start,
      int end,
      SentenceTerm.Kind kind,
      Optional<Period> duration,
      boolean more) {
    String before = sentence.substring(Math.max(0, start - WINDOW), start);
    String after = sentence.substring(end, Math.min(sentence.length(), end + WINDOW));
    Set<Effect> effects = EnumSet.noneOf(Effect.class);
    if (more) {
      effects.add(Effect.ADDITIONAL);
    }
    // Folding keeps offsets and works character by character: the folded windows are the windows
    // of the folded sentence, and the folded "around" text is the folded pieces joined.
    String folded = Prefilter.fold(sentence);
    String foldedBefore = folded.substring(Math.max(0, start - WINDOW), start);
    String foldedAfter = folded.substring(end, Math.min(sentence.length(), end + WINDOW));
    for (Context c : contexts) {
      String foldedText =
          switch (c.side()) {
            case "before" -> foldedBefore;
            case "after" -> foldedAfter;
            case "around" ->
                foldedBefore
                    + Prefilter.fold(TERM_MARK)
                    + folded.substring(start, end)
                    + foldedAfter;
            default -> folded.substring(start, end) + foldedAfter;
          };
      if (!c.prefilter().admits(foldedText)) {
        continue; // the regex cannot match (Prefilter)
      }
      String text =
          switch (c.side()) {
            case "before" -> before;
            case "after" -> after;
            case "around" -> before + TERM_MARK + sentence.substring(start, end) + after;
            default -> sentence.substring(start, end) + after;
          };
      if (c.pattern().matcher(text).find()) {
        effects.add(c.effect());
      }
    }
    if (effects.contains(Effect.NOT_A_TERM)
        || (kind == SentenceTerm.Kind.TERM && duration.orElseThrow().isZero())) {
      return Optional.empty();
    }
    SentenceTerm term =
        new SentenceTerm(
            kind,
            duration,
            effects.contains(Effect.SUSPENDED),
            effects.contains(Effect.ADDITIONAL),
            sentence.substring(start, end));
    return Optional.of(
        new TermMention(
            term, start, end, effects.contains(Effect.TOTAL), PER_CHARGE.matcher(after).find()));
  }

  /** Years rank above months above weeks above days: "two years and six months" reads down. */
  private static int rank(String unit) {
    return switch (unit.toLowerCase(Locale.ROOT).charAt(0)) {
      case 'y' -> 3;
      case 'm' -> 2;
      case 'w' -> 1;
      default -> 0;
    };
  }

  private Period period(Matcher m, int rank) {
    int n = number(m.group("n"));
    boolean half = m.group("half") != null || m.group("half2") != null;
    return switch (rank) {
      case 3 -> Period.of(n, half ? 6 : 0, 0);
      case 2 -> Period.of(0, n, half ? 15 : 0);
      case 1 -> Period.ofDays(7 * n + (half ? 3 : 0));
      default -> Period.ofDays(n);
    };
  }

  private int number(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "-");
    if (t.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(t);
    }
    if (numbers.containsKey(t)) {
      return numbers.get(t);
    }
    String[] parts = t.split("-");
    return numbers.get(parts[0]) + numbers.get(parts[1]);
  }

  private static void take(boolean[] taken, int start, int end) {
    java.util.Arrays.fill(taken, start, end, true);
  }
}
