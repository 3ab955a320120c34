package org.w3id.pfkg.extract;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.Span;

/**
 * Splits a narrative into sentences: paragraphs at blank lines (a paragraph ends a sentence even
 * without a full stop, as case texts often do), then the JDK's sentence rules, undoing breaks after
 * abbreviations and initials that the JDK takes for sentence ends ("the U.S. Congress", "No. 2").
 */
final class SentenceSplitter {
  // Blank lines between paragraphs. (A pattern matching the paragraphs themselves, a repeated
  // alternation, recurses once per character in java.util.regex and overflows the stack on long
  // ones.)
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n\\s*");
  private static final Pattern LAST_TOKEN = Pattern.compile("(\\S+)\\s*$");
  private static final Pattern INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\.$");

  private final Set<String> abbreviations;

  SentenceSplitter(Set<String> abbreviations) {
    this.abbreviations = Set.copyOf(abbreviations);
  }

  List<Sentence> split(String narrative) {
    List<Sentence> sentences = new ArrayList<>();
    Matcher gap = PARAGRAPH_BREAK.matcher(narrative);
    int start = 0;
    while (gap.find()) {
      splitParagraph(narrative, start, gap.start(), sentences);
      start = gap.end();
    }
    splitParagraph(narrative, start, narrative.length(), sentences);
    return sentences;
  }

  private void splitParagraph(String text, int from, int to, List<Sentence> out) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    String paragraph = text.substring(from, to);
    breaks.setText(paragraph);
    int start = 0;
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      String piece = paragraph.substring(start, end);
      if (end < paragraph.length() && continuesAfter(piece)) {
        continue;
      }
      add(text, from + start, from + end, out);
      start = end;
    }
    if (start < paragraph.length()) {
      add(text, from + start, to, out);
    }
  }

  private boolean continuesAfter(String piece) {
    String trimmed = piece.stripTrailing();
    Matcher last = LAST_TOKEN.matcher(trimmed);
    if (!last.find()) {
      return false;
    }
    String token = last.group(1).replaceAll("^[\"'(“‘]+", "");
    return abbreviations.contains(token) || INITIAL.matcher(trimmed).find();
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(out.size(), new Span(start, end), text.substring(start, end)));
    }
  }

  /**
   * Case texts pasted from web pages end lines with no-break spaces, which the JDK's test misses.
   */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
