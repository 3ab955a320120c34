package org.w3id.pfkg.curate;

import java.util.List;
import java.util.Locale;

/** Prints an explanation as aligned plain text: one block per fact, grouped by section. */
public final class ExplanationText {
  private static final int MAX_KEY = 28;

  private ExplanationText() {}

  public static String format(String file, List<ExplainedFact> facts) {
    int width =
        Math.min(MAX_KEY, facts.stream().mapToInt(f -> f.key().length()).max().orElse(0)) + 2;
    String indent = " ".repeat(2 + width);
    StringBuilder b = new StringBuilder("Facts of ").append(file).append('\n');
    String section = null;
    for (ExplainedFact f : facts) {
      if (!f.section().equals(section)) {
        section = f.section();
        b.append('\n').append(section.toUpperCase(Locale.ROOT)).append('\n');
      }
      b.append("  ").append(pad(f.key(), width)).append(f.fact()).append('\n');
      line(b, indent, "rule", f.rule());
      if (f.quote() != null) {
        String where = f.start() == null ? "header" : f.start() + "-" + f.end();
        line(b, indent, "span", where + "  \"" + f.quote() + "\"");
      }
      line(b, indent, "source", f.attribution());
      line(b, indent, "curated", f.curation());
    }
    return b.toString();
  }

  private static void line(StringBuilder b, String indent, String label, String value) {
    if (value != null) {
      b.append(indent).append(pad(label, 9)).append(value).append('\n');
    }
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + "  " : s + " ".repeat(width - s.length());
  }
}
