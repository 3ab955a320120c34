package org.w3id.pfkg.serve.site;

import java.util.List;

/** Everything the journalist page shows, read from the union of the graphs. */
public record JournalistView(
    Link self,
    String name,
    List<String> aliases,
    List<Link> cases,
    List<Link> statuses,
    List<Link> roles,
    List<Link> outlets,
    List<Link> countries,
    List<ChargeView> charges,
    List<Link> heldIn,
    List<CustodyView> custody,
    List<Link> relatedPeople,
    List<Link> groups,
    List<String> wikidata,
    List<EventView> events,
    List<Timeline.Year> timeline,
    List<EventView> sentences,
    List<ClaimView> claims,
    List<Dispute> disputes,
    List<FactView> facts,
    List<SourceView> sources,
    List<PlaceMark> places,
    List<Link> unplaced) {}
