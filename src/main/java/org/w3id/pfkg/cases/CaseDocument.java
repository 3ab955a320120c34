package org.w3id.pfkg.cases;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One source document about one case, as read from {@code data/cases/}: the journalist's name, the
 * header fields in file order and the narrative. Evidence offsets elsewhere in pfkg are offsets
 * into {@link #narrative()} (UTF-16 indices; the RDF mapping converts them to code points as Web
 * Annotation requires).
 *
 * @param file where it was read from
 * @param documentId ASCII slug naming this document, unique within the corpus (file stem or JSON
 *     id)
 * @param caseId ASCII slug of the case it belongs to ({@code Case:} header, else the document id)
 * @param format which reader produced it
 * @param name the journalist's name exactly as the document gives it (any script)
 * @param headers every header field in order, including empty and unknown ones
 * @param narrative the narrative text, line ends normalised to LF, BOM removed
 * @param narrativeLine the 1-based line of the file where the narrative starts (1 for JSON)
 * @param sourceUrl where the document was published, if stated
 * @param retrieved when it was retrieved, if stated
 */
public record CaseDocument(
    Path file,
    String documentId,
    String caseId,
    DocumentFormat format,
    String name,
    List<HeaderField> headers,
    String narrative,
    int narrativeLine,
    Optional<String> sourceUrl,
    Optional<LocalDate> retrieved) {

  public CaseDocument {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(name, "name");
    headers = List.copyOf(headers);
    Objects.requireNonNull(narrative, "narrative");
    Objects.requireNonNull(sourceUrl, "sourceUrl");
    Objects.requireNonNull(retrieved, "retrieved");
  }

  /**
   * The value of the first header field with this name, compared without case; empty values count.
   */
  public Optional<String> header(String fieldName) {
    String wanted = fieldName.toLowerCase(Locale.ROOT);
    return headers.stream()
        .filter(h -> h.name().toLowerCase(Locale.ROOT).equals(wanted))
        .map(HeaderField::value)
        .findFirst();
  }

  /** The non-empty value of a header field, if the document gives one. */
  public Optional<String> headerValue(String fieldName) {
    return header(fieldName).filter(v -> !v.isBlank());
  }

  /**
   * True when the document says it is made up ({@code Synthetic: yes}); such documents are for
   * tests and benchmarks only and must never reach a published dump.
   */
  public boolean synthetic() {
    return headerValue(HeaderNames.SYNTHETIC)
        .map(v -> v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true"))
        .orElse(false);
  }

  /** The URLs a document lists under {@code Sources:} (comma, semicolon or space separated). */
  public List<String> sources() {
    return headers.stream()
        .filter(
            h ->
                h.name().equalsIgnoreCase(HeaderNames.SOURCES)
                    || h.name().equalsIgnoreCase(HeaderNames.SOURCE))
        .flatMap(h -> java.util.Arrays.stream(h.value().split("[\\s,;]+")))
        .filter(s -> s.startsWith("http://") || s.startsWith("https://"))
        .toList();
  }
}
