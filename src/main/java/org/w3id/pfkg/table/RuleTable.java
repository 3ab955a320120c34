package org.w3id.pfkg.table;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * Reads one of the tab-separated knowledge tables of {@code data/}, naming file and line on error.
 */
public final class RuleTable {
  private static final CSVFormat TSV =
      CSVFormat.TDF
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setQuote(null)
          .get();

  /** One row: its cells by column name and its line in the file. */
  public record Row(Path file, long line, Map<String, String> cells) {
    public String get(String column) {
      String value = cells.get(column);
      if (value == null) {
        throw new InputException(
            new Location(file, (int) line, 0), "expected a value in column '" + column + "'");
      }
      return value.strip();
    }

    public Pattern pattern(String column) {
      return compile(column, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** The column's pattern matching upper and lower case alike. */
    public Pattern patternIgnoringCase(String column) {
      return compile(
          column,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    private Pattern compile(String column, int flags) {
      try {
        return Pattern.compile(get(column), flags);
      } catch (PatternSyntaxException e) {
        throw new InputException(
            new Location(file, (int) line, 0),
            "expected a Java regular expression in column '" + column + "': " + e.getDescription());
      }
    }

    public List<String> list(String column) {
      String value = cells.getOrDefault(column, "");
      return value.isBlank() ? List.of() : List.of(value.strip().split("\\s*\\|\\s*"));
    }
  }

  private RuleTable() {}

  public static List<Row> read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : TSV.parse(in)) {
        rows.add(new Row(file, record.getParser().getCurrentLineNumber(), record.toMap()));
      }
      return rows;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new InputException(
          Location.of(file), "cannot read tab-separated table: " + e.getMessage(), e);
    }
  }
}
