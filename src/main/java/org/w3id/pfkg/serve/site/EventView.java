package org.w3id.pfkg.serve.site;

import java.util.List;

/**
 * One event of a case as the journalist page shows it, with who reported it and the quoted
 * evidence.
 *
 * @param anchor the id of its entry on the page ({@code event-3}), unique within the page
 * @param date the typed date as written ({@code 2009-07-14}, {@code 2010-08}, {@code 2010}), or
 *     empty for vague dates
 * @param when the date as people read it, at its precision ("14 July 2009", "March 2014", "between
 *     May 2009 and June 2009"), empty when undated
 * @param precision {@code day}, {@code month}, {@code year} or {@code vague}; empty when undated
 * @param earliest the earliest {@code xsd:date} bound, empty when undated
 * @param term the sentence term as people read it ("19 years 8 months"), empty when none
 * @param termAccordingTo who the term's own provenance credits with it: the party of the sentence
 *     it was read from, which is not always one of the event's (another document may have told the
 *     same event without a term)
 * @param termReportedBy who published the term, when not the party credited with it
 * @param placeSources the places that other parties than the event's named, with those parties
 */
public record EventView(
    String anchor,
    Link event,
    Link type,
    String date,
    String when,
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
    List<Link> termAccordingTo,
    List<Link> termReportedBy,
    List<PlaceSources> placeSources) {

  boolean isDated() {
    return !earliest.isEmpty();
  }

  EventView withAnchor(String newAnchor) {
    return new EventView(
        newAnchor,
        event,
        type,
        date,
        when,
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
        termAccordingTo,
        termReportedBy,
        placeSources);
  }
}
