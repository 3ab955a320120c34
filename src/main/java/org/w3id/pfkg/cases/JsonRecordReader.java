package org.w3id.pfkg.cases;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.vocab.Slug;

/**
 * Reads a JSON record: one object per file with {@code name} and {@code text} (the narrative),
 * optional {@code id}, {@code case}, {@code source_url} and {@code retrieved}, and any other keys
 * as header fields (see {@link DocumentHeaders} for their names). Header values may be strings,
 * numbers or booleans (kept as written), null (an empty value) or arrays of strings (joined with ";
 * "); nested objects are rejected.
 *
 * <p>It walks Jackson's token stream rather than a tree so that every error can name the line and
 * column of the offending value.
 */
final class JsonRecordReader {
  private static final String NAME = "name";
  private static final String TEXT = "text";
  private static final String ID = "id";
  private static final String ARRAY_SEPARATOR = "; ";

  private final JsonFactory json =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  CaseDocument read(Path file, String text) {
    try (JsonParser parser = json.createParser(text)) {
      return new Record(file, text, parser).read();
    } catch (JsonProcessingException e) {
      throw new InputException(
          location(file, e.getLocation()),
          "expected well-formed JSON: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      // Not expected from a String source; kept so that no I/O failure escapes unworded.
      throw new InputException(Location.of(file), "expected readable JSON: " + e.getMessage(), e);
    }
  }

  /**
   * The value of a record's top-level {@code id} and where it is written, without reading the rest
   * of the record; empty when it gives none, or when the text is not a JSON object (reading it will
   * say why).
   */
  Optional<DocumentIds.Claim> idClaim(Path file, String text) {
    try (JsonParser parser = json.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (key.equals(ID)) {
          return value == JsonToken.VALUE_STRING && !parser.getText().isBlank()
              ? Optional.of(
                  DocumentIds.Claim.of(
                      file,
                      Slug.of(parser.getText()),
                      location(file, parser.currentTokenLocation())))
              : Optional.empty();
        }
        parser.skipChildren();
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Location location(Path file, JsonLocation at) {
    return at == null
        ? Location.of(file)
        : new Location(file, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0));
  }

  /** The state of reading one record. */
  private static final class Record {
    private final Path file;
    private final String source;
    private final JsonParser parser;
    private final List<HeaderField> headers = new ArrayList<>();
    private final Map<HeaderField, Location> valueAt = new IdentityHashMap<>();
    private String name;
    private String narrative;
    private String id;

    Record(Path file, String source, JsonParser parser) {
      this.file = file;
      this.source = source;
      this.parser = parser;
    }

    CaseDocument read() throws IOException {
      JsonToken first = parser.nextToken();
      Location start = here();
      if (first == null) {
        throw new InputException(new Location(file, 1, 1), "expected a JSON object, found no text");
      }
      if (first == JsonToken.START_ARRAY) {
        throw new InputException(
            start, "expected one JSON object per file, found an array (give each record its file)");
      }
      if (first != JsonToken.START_OBJECT) {
        throw new InputException(start, "expected a JSON object, found " + describe(first));
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        field(key);
      }
      if (parser.nextToken() != null) {
        throw new InputException(here(), "expected the end of the file after the record");
      }
      return document(start);
    }

    private void field(String key) throws IOException {
      switch (key) {
        case NAME -> name = nonBlank(key, requiredString(key)).strip();
        case TEXT ->
            narrative = nonBlank(key, TextLines.joinTrimmed(TextLines.split(requiredString(key))));
        case ID -> id = optionalString(key);
        default -> header(key);
      }
    }

    private void header(String key) throws IOException {
      String headerName = DocumentHeaders.headerName(key);
      Location at = here();
      String value =
          DocumentHeaders.SINGLE_STRING.contains(headerName)
              ? optionalString(key)
              : headerValue(key);
      HeaderField field = new HeaderField(headerName, value == null ? "" : value.strip(), 0);
      headers.add(field);
      valueAt.put(field, at);
    }

    private CaseDocument document(Location start) {
      if (name == null) {
        throw new InputException(start, "expected a string for \"" + NAME + "\", found none");
      }
      if (narrative == null) {
        throw new InputException(start, "expected a string for \"" + TEXT + "\", found none");
      }
      DocumentHeaders.checkSources(headers, valueAt::get);
      String documentId =
          id == null || id.isBlank() ? DocumentHeaders.documentId(file) : Slug.of(id);
      return new CaseDocument(
          file,
          documentId,
          DocumentHeaders.caseId(headers, documentId),
          DocumentFormat.JSON_RECORD,
          name,
          headers,
          narrative,
          1,
          DocumentHeaders.sourceUrl(headers, valueAt::get),
          DocumentHeaders.retrieved(headers, valueAt::get));
    }

    private String requiredString(String key) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        throw wrongType("a string", key);
      }
      return text();
    }

    private String optionalString(String key) throws IOException {
      return parser.currentToken() == JsonToken.VALUE_NULL ? null : requiredString(key);
    }

    private String nonBlank(String key, String value) {
      if (TextLines.isBlank(value)) {
        throw new InputException(here(), "expected a non-empty string for \"" + key + "\"");
      }
      return value;
    }

    private String headerValue(String key) throws IOException {
      JsonToken token = parser.currentToken();
      return switch (token) {
        case VALUE_STRING -> text();
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
        case VALUE_NULL -> "";
        case START_ARRAY -> joinedStrings(key);
        default -> throw wrongType("a string, number, boolean or array of strings", key);
      };
    }

    private String joinedStrings(String key) throws IOException {
      List<String> values = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          throw wrongType("only strings in the array", key);
        }
        values.add(text().strip());
      }
      return String.join(ARRAY_SEPARATOR, values);
    }

    /**
     * The current string value. JSON may spell any character as an escape, NUL ({@code \\u0000})
     * included, which the UTF-8 check of a text file never sees: the same C0 controls a profile
     * text refuses are refused here, at the escape that wrote them (a NUL would otherwise reach the
     * store and make SPARQL XML results that are not XML).
     */
    private String text() throws IOException {
      String value = parser.getText();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (Utf8Text.isControl(c)) {
          throw new InputException(
              escapeAt(i),
              String.format(
                  "expected text, found the control character U+%04X in a string", (int) c));
        }
      }
      return value;
    }

    /**
     * Where the {@code index}-th character of the current string is written in the file: the
     * string's opening quote plus the raw characters (escapes count as written). A JSON string
     * holds no raw line break, so the column is enough.
     */
    private Location escapeAt(int index) {
      JsonLocation start = parser.currentTokenLocation();
      int raw = (int) start.getCharOffset() + 1;
      for (int decoded = 0; decoded < index && raw < source.length(); decoded++) {
        raw += source.charAt(raw) != '\\' ? 1 : source.charAt(raw + 1) == 'u' ? 6 : 2;
      }
      int column = start.getColumnNr() + (raw - (int) start.getCharOffset());
      return new Location(file, Math.max(start.getLineNr(), 0), Math.max(column, 0));
    }

    private InputException wrongType(String expected, String key) {
      return new InputException(
          here(),
          "expected "
              + expected
              + " for \""
              + key
              + "\", found "
              + describe(parser.currentToken()));
    }

    private Location here() {
      return location(file, parser.currentTokenLocation());
    }

    private static String describe(JsonToken token) {
      return switch (token) {
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        case VALUE_STRING -> "a string";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case VALUE_NULL -> "null";
        default -> token.asString() == null ? token.name() : token.asString();
      };
    }
  }
}
