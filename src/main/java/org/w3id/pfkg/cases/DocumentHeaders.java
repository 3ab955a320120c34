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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
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

  /** The words of a Sources: value, as {@link CaseDocument#sources()} splits it. */
  private static final Pattern WORD = Pattern.compile("[^\\s,;]+");

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

  /**
   * {@code Source URL:}, else {@code URL:}, checked as {@link #webIriProblem} does.
   *
   * @param valueAt where the value of a header field starts, for the error message
   * @throws InputException when the value is not an absolute http(s) IRI
   */
  static Optional<String> sourceUrl(
      List<HeaderField> headers, Function<HeaderField, Location> valueAt) {
    Optional<HeaderField> field =
        first(headers, SOURCE_URL)
            .filter(h -> !h.value().isBlank())
            .or(() -> first(headers, URL).filter(h -> !h.value().isBlank()));
    field.ifPresent(h -> checkWebIri(h.name(), h.value(), valueAt.apply(h)));
    return field.map(HeaderField::value);
  }

  /**
   * Checks every URL a {@code Sources:} header lists (the words starting with {@code http://} or
   * {@code https://}; {@link CaseDocument#sources()} publishes those and drops the other words).
   *
   * @throws InputException at the first URL that is not a valid IRI
   */
  static void checkSources(List<HeaderField> headers, Function<HeaderField, Location> valueAt) {
    for (HeaderField h : headers) {
      if (!(h.name().equalsIgnoreCase("Sources") || h.name().equalsIgnoreCase("Source"))) {
        continue;
      }
      Matcher word = WORD.matcher(h.value());
      while (word.find()) {
        String url = word.group();
        if (url.startsWith("http://") || url.startsWith("https://")) {
          Location at = valueAt.apply(h);
          // A text header's value is one line, so the word's column is exact; a JSON record's
          // array is joined, so its location stays the value's.
          Location wordAt =
              h.line() == 0 ? at : new Location(at.file(), at.line(), at.column() + word.start());
          checkWebIri(h.name(), url, wordAt);
        }
      }
    }
  }

  /**
   * Header values become IRIs in the graph ({@code schema:url}, {@code dct:source}): only absolute
   * http(s) IRIs that Jena's RFC 3987 checker accepts may, as anything else either is not a web
   * address at all ({@code javascript:...} became a link that ran script on the document page) or
   * makes dumps that RDF tools refuse. Such a value is refused with the document, at the value, for
   * its author to fix; it is not published as an IRI nor silently dropped.
   */
  private static void checkWebIri(String field, String value, Location at) {
    String problem = webIriProblem(value);
    if (problem != null) {
      throw new InputException(
          at,
          "expected an absolute http(s) URL for "
              + field
              + ", found \""
              + value
              + "\" ("
              + problem
              + ")");
    }
  }

  /** Why a value is not an absolute http(s) IRI, or null when it is one. */
  static String webIriProblem(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
      return "only http and https addresses are published";
    }
    try {
      IRIx iri = IRIx.create(value);
      if (!iri.isAbsolute() || iri.hasViolations()) {
        return "not a valid IRI";
      }
      return null;
    } catch (IRIException e) {
      return "not a valid IRI: " + e.getMessage();
    }
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
