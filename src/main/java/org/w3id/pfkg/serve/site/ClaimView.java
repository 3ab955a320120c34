package org.w3id.pfkg.serve.site;

import java.util.List;

/** A claim a party makes about the journalist, with its source and evidence. */
public record ClaimView(
    Link claim,
    String kind,
    String description,
    List<Link> charges,
    List<Link> accordingTo,
    List<Link> reportedBy,
    List<String> quotes) {}
