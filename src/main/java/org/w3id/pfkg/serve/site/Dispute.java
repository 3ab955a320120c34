package org.w3id.pfkg.serve.site;

/** Two claims of which the first disputes the second ({@code pf:disputes}), shown side by side. */
public record Dispute(ClaimView claim, ClaimView disputed) {}
