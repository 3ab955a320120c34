package org.w3id.pfkg.serve.site;

/**
 * A linked thing as a page shows it.
 *
 * @param iri the canonical IRI (or a literal's text, then {@code href} is empty)
 * @param href where the page links: our page for our IRIs, the IRI itself otherwise
 * @param label the label by {@link LabelIndex}'s fixed language fallback
 */
public record Link(String iri, String href, String label) {}
