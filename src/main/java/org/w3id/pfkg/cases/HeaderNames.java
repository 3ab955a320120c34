package org.w3id.pfkg.cases;

import java.util.List;

/**
 * The header fields of a case document that pfkg reads, by their profile-text names, in one place:
 * the readers, the extraction engine and the mapping name them from here. A JSON record may spell
 * any of them in snake_case ({@code beats_covered}); every other field is kept as written.
 */
public final class HeaderNames {
  // Ours.
  public static final String CASE = "Case";
  public static final String SOURCE_URL = "Source URL";
  public static final String URL = "URL";
  public static final String RETRIEVED = "Retrieved";
  public static final String SYNTHETIC = "Synthetic";
  public static final String SOURCES = "Sources";

  /** Read as {@link #SOURCES} when a document gives a single one. */
  public static final String SOURCE = "Source";

  // The fields of CPJ's journalist profiles as they appear in the profile text files.
  public static final String BEATS_COVERED = "Beats Covered";
  public static final String LOCAL_OR_FOREIGN = "Local or Foreign";
  public static final String MEDIUM = "Medium";
  public static final String JOB = "Job";
  public static final String GENDER = "Gender";
  public static final String CHARGE = "Charge";
  public static final String IMPRISONED = "Imprisoned";
  public static final String COUNTRY = "Country";

  /** Every name above that a JSON record may spell in snake_case. */
  static final List<String> KNOWN =
      List.of(
          CASE,
          SOURCE_URL,
          URL,
          RETRIEVED,
          SYNTHETIC,
          SOURCES,
          BEATS_COVERED,
          LOCAL_OR_FOREIGN,
          MEDIUM,
          JOB,
          GENDER,
          CHARGE,
          IMPRISONED,
          COUNTRY);

  private HeaderNames() {}
}
