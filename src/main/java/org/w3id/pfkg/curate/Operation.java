package org.w3id.pfkg.curate;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.w3id.pfkg.facts.Source;
import org.w3id.pfkg.problem.Location;

/**
 * One edit of a curation file.
 *
 * @param number 1-based position in the file
 * @param at where the operation starts in the file, for messages
 * @param fields for {@code correct} the fields to set, for {@code add} the new fact's fields (lists
 *     joined by commas)
 * @param quote for {@code add}: the sentence of the document that shows the fact
 */
public record Operation(
    int number,
    Location at,
    Action action,
    Selector selector,
    String editor,
    LocalDate date,
    String reason,
    Map<String, String> fields,
    Optional<String> quote,
    Optional<Source> accordingTo,
    Optional<Source> reportedBy) {
  public Operation {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    fields = Map.copyOf(fields);
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(accordingTo, "accordingTo");
    Objects.requireNonNull(reportedBy, "reportedBy");
  }

  CurationNote note(java.util.List<String> previousValues) {
    return new CurationNote(number, action, selector, editor, date, reason, previousValues);
  }
}
