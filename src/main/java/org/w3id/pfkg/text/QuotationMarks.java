package org.w3id.pfkg.text;

import java.util.regex.Pattern;

/**
 * Quotation marks around words ("“insulting the UAE”", "'false news'"), told from the apostrophes
 * inside them ("Xi'an", "people’s"): a charge's wording is read without them, and its published
 * label is matched back to its sentence the same way.
 */
public final class QuotationMarks {
  private static final Pattern MARKS =
      Pattern.compile("[\"“”]|(?<![\\p{L}])[‘’']|[‘’'](?![\\p{L}])");

  private QuotationMarks() {}

  /** {@code text} without its quotation marks; apostrophes inside words stay. */
  public static String removed(String text) {
    return MARKS.matcher(text).replaceAll("");
  }
}
