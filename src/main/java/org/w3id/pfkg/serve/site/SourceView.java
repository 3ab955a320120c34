package org.w3id.pfkg.serve.site;

import java.util.List;

/**
 * A source document of the case as the journalist page lists it: the document, the original report
 * URLs it was read from ({@code schema:url} and the {@code Sources:} header's {@code
 * dcterms:source}), and who said what in it.
 */
public record SourceView(Link document, List<Link> urls, List<Said> said) {

  /**
   * What one party is credited with in the document.
   *
   * @param party the {@code pf:accordingTo} party, or a plain "not attributed" label
   * @param what the events, facts and claims, each linking to its entry or page
   */
  public record Said(Link party, List<Link> what) {}
}
