package org.w3id.pfkg.serve.site;

import java.util.List;

/**
 * One event of a case as the journalist page shows it, with who reported it and the quoted
 * evidence.
 *
 * @param date the typed date as written ({@code 2009-07-14}, {@code 2010-08}, {@code 2010}), or
 *     empty for vague dates
 * @param precision {@code day}, {@code month}, {@code year} or {@code vague}; empty when undated
 * @param earliest the earliest {@code xsd:date} bound, empty when undated
 * @param offsetPercent position on the timeline (0..100), or -1 when undated
 */
public record EventView(
    Link event,
    Link type,
    String date,
    String precision,
    String dateText,
    String earliest,
    String latest,
    String description,
    List<Link> places,
    List<Link> charges,
    List<Link> authorities,
    List<Link> accordingTo,
    List<Link> reportedBy,
    List<String> quotes,
    String term,
    double offsetPercent) {

  boolean isDated() {
    return !earliest.isEmpty();
  }

  EventView at(double percent) {
    return new EventView(
        event,
        type,
        date,
        precision,
        dateText,
        earliest,
        latest,
        description,
        places,
        charges,
        authorities,
        accordingTo,
        reportedBy,
        quotes,
        term,
        percent);
  }
}
