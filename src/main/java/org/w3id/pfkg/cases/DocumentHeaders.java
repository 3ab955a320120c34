package org.w3id.pfkg.cases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.vocab.Slug;

/**
 * The header fields that mean something to pfkg ({@link HeaderNames}), and their names in both
 * input formats. Headers are stored under their profile-text names ({@code Beats Covered}); a JSON
 * record may spell a known name in snake_case ({@code beats_covered}) and gets the text name, so
 * that {@link CaseDocument#header(String)} answers the same for both formats. Any other JSON key is
 * kept as written.
 */
final class DocumentHeaders {
  static final String CASE = HeaderNames.CASE;
  static final String SOURCE_URL = HeaderNames.SOURCE_URL;
  static final String URL = HeaderNames.URL;
  static final String RETRIEVED = HeaderNames.RETRIEVED;

  /** Headers whose value must be a single string in a JSON record. */
  static final List<String> SINGLE_STRING = List.of(CASE, SOURCE_URL, URL, RETRIEVED);

  private static final List<String> KNOWN = HeaderNames.KNOWN;

  private static final Map<String, String> BY_SNAKE_CASE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(DocumentHeaders::snakeCase, n -> n));

  private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private DocumentHeaders() {}

  /** The header name a JSON key stands for: the text name of a known header, else the key. */
  static String headerName(String jsonKey) {
    return BY_SNAKE_CASE.getOrDefault(jsonKey.toLowerCase(Locale.ROOT), jsonKey);
  }

  /** The id of a document that names none: the slug of its file name without the extension. */
  static String documentId(Path file) {
    String fileName = file.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return Slug.of(dot > 0 ? fileName.substring(0, dot) : fileName);
  }

  /** The case a document belongs to: its {@code Case:} header, else the document itself. */
  static String caseId(List<HeaderField> headers, String documentId) {
    return value(headers, CASE).map(Slug::of).orElse(documentId);
  }

  /** {@code Source URL:}, else {@code URL:}. */
  static Optional<String> sourceUrl(List<HeaderField> headers) {
    return value(headers, SOURCE_URL).or(() -> value(headers, URL));
  }

  /**
   * The {@code Retrieved:} date, if given.
   *
   * @param valueAt where the value of a header field starts, for the error message
   * @throws InputException when the value is not an ISO date
   */
  static Optional<LocalDate> retrieved(
      List<HeaderField> headers, Function<HeaderField, Location> valueAt) {
    return first(headers, RETRIEVED)
        .filter(h -> !h.value().isBlank())
        .map(h -> isoDate(h.value(), valueAt.apply(h)));
  }

  private static LocalDate isoDate(String value, Location at) {
    try {
      return LocalDate.parse(value, ISO_DATE);
    } catch (DateTimeParseException e) {
      throw new InputException(
          at,
          "expected a date of the form YYYY-MM-DD for " + RETRIEVED + ", found \"" + value + "\"");
    }
  }

  private static Optional<String> value(List<HeaderField> headers, String name) {
    return first(headers, name).map(HeaderField::value).filter(v -> !v.isBlank());
  }

  private static Optional<HeaderField> first(List<HeaderField> headers, String name) {
    return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst();
  }

  private static String snakeCase(String headerName) {
    return Stream.of(headerName.toLowerCase(Locale.ROOT).split(" "))
        .collect(Collectors.joining("_"));
  }
}
