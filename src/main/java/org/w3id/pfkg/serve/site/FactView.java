package org.w3id.pfkg.serve.site;

import java.util.List;

/**
 * A plain fact ({@code rdf:Statement}) with who says so: one row per statement node, so that two
 * documents stating the same fact show as two rows.
 */
public record FactView(
    Link property,
    Link value,
    String chargeStatus,
    List<Link> accordingTo,
    List<Link> reportedBy,
    List<String> quotes) {}
