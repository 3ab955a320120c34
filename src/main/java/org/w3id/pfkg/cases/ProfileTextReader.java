package org.w3id.pfkg.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * Reads a profile text: the name on the first non-empty line; then {@code Field: value} lines
 * (values may be empty) up to the first blank line; then the narrative. A blank line may separate
 * the name from the header block, which may be absent altogether.
 *
 * <p>Field names are short and hold no sentence punctuation, so that a narrative opening with "On
 * June 22, 2021: ..." is not taken for a header when the header block is absent.
 */
final class ProfileTextReader {
  private static final Pattern HEADER =
      Pattern.compile("\\s*([\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N} _'’/&()-]{0,47}?)\\s*:(?!//)(.*)");

  CaseDocument read(Path file, String text) {
    List<String> lines = TextLines.split(text);
    int i = skipBlank(lines, 0);
    if (i == lines.size()) {
      throw new InputException(new Location(file, 1, 1), "expected a name line, found no text");
    }
    String name = lines.get(i).strip();
    if (HEADER.matcher(lines.get(i)).matches()) {
      throw new InputException(
          new Location(file, i + 1, 1),
          "expected a name line before the header fields, found a `Field: value` line");
    }
    i++;
    if (i < lines.size() && TextLines.isBlank(lines.get(i))) {
      i = skipBlank(lines, i);
      // After the name and a blank line, either the header block or (without one) the narrative.
      if (i < lines.size() && !HEADER.matcher(lines.get(i)).matches()) {
        return document(file, name, List.of(), Map.of(), lines, i);
      }
    }
    List<HeaderField> headers = new ArrayList<>();
    Map<HeaderField, Location> valueAt = new IdentityHashMap<>();
    for (; i < lines.size() && !TextLines.isBlank(lines.get(i)); i++) {
      Matcher m = HEADER.matcher(lines.get(i));
      if (!m.matches()) {
        throw new InputException(
            new Location(file, i + 1, 1),
            "expected `Field: value` or a blank line before the narrative");
      }
      HeaderField field = new HeaderField(m.group(1), m.group(2).strip(), i + 1);
      headers.add(field);
      valueAt.put(field, new Location(file, i + 1, valueColumn(lines.get(i), m)));
    }
    return document(file, name, headers, valueAt, lines, skipBlank(lines, i));
  }

  private static CaseDocument document(
      Path file,
      String name,
      List<HeaderField> headers,
      Map<HeaderField, Location> valueAt,
      List<String> lines,
      int narrativeStart) {
    String narrative = TextLines.joinTrimmed(lines.subList(narrativeStart, lines.size()));
    if (narrative.isEmpty()) {
      // Point at the last line read, the one the narrative should follow.
      int last = narrativeStart - 1;
      while (last > 0 && TextLines.isBlank(lines.get(last))) {
        last--;
      }
      throw new InputException(
          new Location(file, last + 1, 1), "expected narrative text after the header");
    }
    DocumentHeaders.checkSources(headers, valueAt::get);
    String documentId = DocumentHeaders.documentId(file);
    return new CaseDocument(
        file,
        documentId,
        DocumentHeaders.caseId(headers, documentId),
        DocumentFormat.PROFILE_TEXT,
        name,
        headers,
        narrative,
        narrativeStart + 1,
        DocumentHeaders.sourceUrl(headers, valueAt::get),
        DocumentHeaders.retrieved(headers, valueAt::get));
  }

  private static int skipBlank(List<String> lines, int from) {
    int i = from;
    while (i < lines.size() && TextLines.isBlank(lines.get(i))) {
      i++;
    }
    return i;
  }

  /** Where the value starts, or the column just after the colon when it is empty. */
  private static int valueColumn(String line, Matcher m) {
    int index = m.start(2);
    while (index < line.length() && Character.isWhitespace(line.charAt(index))) {
      index++;
    }
    return TextLines.column(line, index == line.length() ? m.start(2) : index);
  }
}
