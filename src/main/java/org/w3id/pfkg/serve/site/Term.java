package org.w3id.pfkg.serve.site;

/**
 * A sentence term as the cases table shows and sorts it.
 *
 * @param months the term in months ({@code pf:totalMonths}), -1 when the graph gives none
 * @param label the term's {@code rdfs:label}, shown when nothing better is known
 */
record Term(long months, boolean life, boolean death, boolean suspended, String label) {
  static final Term NONE = new Term(-1, false, false, false, "");

  /** "death sentence", "life imprisonment", "19 years 8 months", with "(suspended)" where so. */
  String words() {
    String words;
    if (death) {
      words = "death sentence";
    } else if (life) {
      words = "life imprisonment";
    } else if (months >= 0) {
      words = duration(months);
    } else {
      words = label;
    }
    return suspended && !words.isEmpty() ? words + " (suspended)" : words;
  }

  /** Longer sentences sort higher; a death or life sentence above every term; none lowest. */
  long sortKey() {
    if (death) {
      return Long.MAX_VALUE;
    }
    if (life) {
      return Long.MAX_VALUE - 1;
    }
    return months;
  }

  private static String duration(long months) {
    long years = months / 12;
    long rest = months % 12;
    StringBuilder b = new StringBuilder();
    if (years > 0) {
      b.append(years).append(years == 1 ? " year" : " years");
    }
    if (rest > 0 || years == 0) {
      b.append(b.isEmpty() ? "" : " ").append(rest).append(rest == 1 ? " month" : " months");
    }
    return b.toString();
  }
}
