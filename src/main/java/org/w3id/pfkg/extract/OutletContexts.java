package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the names that the words around them make a journalist's outlet: "a reporter for X", "the
 * founder of X", "worked for X and Y", "her YouTube channel X" (the contexts are data, {@code
 * outlet-contexts.tsv}). It says where such names stand; {@link EntityFinder} decides what they are
 * (a known organisation of the gazetteer, a name with an organisation head, or a new outlet).
 */
final class OutletContexts {
  /**
   * A name in an outlet context; offsets within the sentence.
   *
   * @param context where the context ("a reporter for") starts
   * @param creates whether the context alone makes an unknown name an outlet
   */
  record Linked(String name, int start, int end, int context, boolean creates) {}

  /** One capitalised word of an outlet's name ("Radio", "RFE/RL", "al-Sahil", "24"). */
  static final String WORD =
      "(?:\\p{Lu}|\\d|al-|el-)[\\p{L}\\p{M}\\p{N}'’&/+-]*(?:\\.[\\p{L}\\p{N}]+)*";

  /** A capitalised name of up to six words, small name-words allowed inside. */
  static final String NAME =
      "(?<name>(?:The\\s)?"
          + WORD
          + "(?:\\s(?:(?:of|de|del|la|el|the|y|du|des|da|do)\\s)?"
          + WORD
          + "){0,5})";

  /**
   * Up to four words that describe the name ("the independent news website", "the Ecuadorian
   * daily", "the closed Manila news website": capitalised words only before a lowercase one), never
   * a preposition or conjunction ("edited by", "founded in").
   */
  static final String FILL =
      "(?:(?!(?:by|in|on|at|to|from|with|and|or|after|before|since|during|under|that|which|who"
          + "|when|while|as|for|of|against|about|into|over|up|out)\\s)"
          + "(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}'’]*-\\p{Ll}+"
          + "|\\p{Lu}[\\p{L}'’]*(?:\\s\\p{Lu}[\\p{L}'’]*)?(?=\\s\\p{Ll}))\\s){0,4}";

  /**
   * The next name of a list; the name before may end with its outlet noun ("the Lumen website and
   * for the newspaper Sentinela").
   */
  private static Pattern more(List<String> outletNouns) {
    String nouns =
        outletNouns.stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(java.util.stream.Collectors.joining("|", "(?:\\s(?:", "))?"));
    return Pattern.compile(
        "^"
            + nouns
            + "(?:,\\s(?:and\\s)?|\\sand\\s|\\sor\\s)(?:for\\s)?(?:the\\s"
            + FILL
            + "|"
            // "and for regional papers including the Morning Courier, The Ledger and The Evening
            // Star"
            + FILL
            + "(?:including|such\\sas)\\s(?:the\\s)?)?"
            + NAME);
  }

  private static final Pattern ADJECTIVE = Pattern.compile("-\\p{Ll}+$");

  private static final Pattern TRAILING = Pattern.compile("(?:[.,;:'’]|['’]s)+$");
  private static final Pattern SPACE = Pattern.compile("\\s");

  private final List<Knowledge.Rule> rules;
  private final Set<String> notNameWords;
  private final Pattern more;

  /**
   * @param rules the contexts, each with a {@code name} group
   * @param notNameWords folded words that open no name (a month after "founded in")
   * @param outletNouns the nouns that may end an outlet's name in a list ("the X website")
   */
  OutletContexts(List<Knowledge.Rule> rules, Set<String> notNameWords, List<String> outletNouns) {
    this.rules = rules;
    this.notNameWords = notNameWords;
    this.more = more(outletNouns);
  }

  List<Linked> find(String sentence) {
    List<Linked> found = new ArrayList<>();
    String folded = Prefilter.fold(sentence);
    for (Knowledge.Rule rule : rules) {
      if (!rule.mayMatch(folded)) {
        continue; // the regex cannot match (Prefilter)
      }
      Matcher m = rule.pattern().matcher(sentence);
      boolean creates = rule.value().equals("yes");
      while (m.find()) {
        int context = m.start();
        int end = add(found, sentence, m.start("name"), m.group("name"), context, creates);
        while (end > 0) {
          Matcher next = more.matcher(sentence.substring(end));
          if (!next.find()) {
            break;
          }
          end =
              add(found, sentence, end + next.start("name"), next.group("name"), context, creates);
        }
      }
    }
    return found;
  }

  /** Adds a name, trimmed; returns where it ends, or -1 when nothing of it is a name. */
  private int add(
      List<Linked> found, String sentence, int start, String name, int context, boolean creates) {
    String trimmed = TRAILING.matcher(name).replaceAll("");
    if (trimmed.startsWith("The ")) {
      trimmed = trimmed.substring(4);
      start += 4;
    }
    String first = SPACE.split(trimmed)[0].toLowerCase(Locale.ROOT);
    // "Srinagar-based", "Arabic-language": a modifier, not a name; "10": no name.
    if (trimmed.isEmpty()
        || notNameWords.contains(first)
        || !Character.isLetter(trimmed.charAt(0))
        || trimmed.endsWith("-")
        || ADJECTIVE.matcher(trimmed).find()) {
      return -1;
    }
    int s = start;
    if (found.stream().noneMatch(l -> l.start() == s)) {
      found.add(new Linked(trimmed, start, start + trimmed.length(), context, creates));
    }
    return start + trimmed.length();
  }
}
