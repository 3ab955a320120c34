package org.w3id.pfkg.serve.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The cases table as CSV (RFC 4180, one row per journalist, several values in a cell joined by
 * {@code "; "}) and as JSON (lists kept as arrays), with every row that matches the selection, not
 * one page of it.
 */
final class CaseTableFormats {
  static final String SEPARATOR = "; ";
  static final List<String> COLUMNS =
      List.of(
          "journalist",
          "page",
          "name",
          "aliases",
          "countries",
          "outlets",
          "arrested",
          "charges",
          "cpjCategories",
          "latestSentence",
          "status",
          "detentionPlaces",
          "gender",
          "media",
          "localOrForeign");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CaseTableFormats() {}

  /** The matching rows as CSV; {@code origin} makes the page links absolute. */
  static String csv(CaseTable table, String origin) {
    StringWriter out = new StringWriter();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (CaseRow r : table.matching()) {
        for (Object value : fields(r, origin).values()) {
          printer.print(
              value instanceof List<?> list
                  ? String.join(SEPARATOR, list.stream().map(Object::toString).toList())
                  : value);
        }
        printer.println();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The selection, the counts and the matching rows as one JSON object. */
  static String json(CaseTable table, String origin, String release) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("release", release);
    doc.put("journalists", table.total());
    doc.put("matching", table.matching().size());
    Map<String, Object> selection = new LinkedHashMap<>();
    selection.put("q", table.selection().search());
    for (CaseFacet f : CaseFacet.values()) {
      selection.put(f.param(), table.selection().chosen(f).stream().sorted().toList());
    }
    selection.put("sort", table.selection().sort().param());
    selection.put("dir", table.selection().descending() ? "desc" : "asc");
    doc.put("selection", selection);
    doc.put("rows", table.matching().stream().map(r -> fields(r, origin)).toList());
    try {
      return JSON.writeValueAsString(doc) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> fields(CaseRow r, String origin) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("journalist", r.journalist());
    m.put("page", r.href().startsWith("/") ? origin + r.href() : r.href());
    m.put("name", r.name());
    m.put("aliases", r.aliases());
    m.put("countries", r.countries());
    m.put("outlets", r.outlets());
    m.put("arrested", r.arrested());
    m.put("charges", r.charges());
    m.put("cpjCategories", r.categories());
    m.put("latestSentence", r.latestSentence());
    m.put("status", r.status());
    m.put("detentionPlaces", r.detentionPlaces());
    m.put("gender", r.gender());
    m.put("media", r.media());
    m.put("localOrForeign", r.localOrForeign());
    return m;
  }
}
