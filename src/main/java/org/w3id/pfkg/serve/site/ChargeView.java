package org.w3id.pfkg.serve.site;

/** A charge with its CPJ category (the broader {@code pf:CpjChargeCategory}), if known. */
public record ChargeView(Link charge, Link category) {}
