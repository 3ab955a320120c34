package org.w3id.pfkg.curate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an editor did to one fact and why; the mapping publishes it as {@code pf:curation}.
 *
 * @param number the operation's 1-based position in its curation file; names the note's IRI
 * @param previousValues for corrections, each changed field with its extracted value ({@code date:
 *     2009-07-14 (on July 14, 2009)})
 */
public record CurationNote(
    int number,
    Action action,
    Selector selector,
    String editor,
    LocalDate date,
    String reason,
    List<String> previousValues) {
  public CurationNote {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(selector, "selector");
    Objects.requireNonNull(editor, "editor");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    previousValues = List.copyOf(previousValues);
  }

  /** One line for listings: {@code #2 correct by A. Editor, 2025-01-15: reason}. */
  public String summary() {
    return "#"
        + number
        + " "
        + action.code()
        + " by "
        + editor
        + ", "
        + date
        + ": "
        + reason
        + (previousValues.isEmpty() ? "" : " (was " + String.join("; ", previousValues) + ")");
  }
}
