package org.w3id.pfkg.vocab;

/**
 * The licence every release is published under: the dumps' VoID/DCAT description, the site's footer
 * and the {@code Link: rel="license"} header all name this one.
 */
public final class Licence {
  public static final String IRI = "https://creativecommons.org/licenses/by/4.0/";
  public static final String NAME = "CC BY 4.0";

  /** The licence of the country names the gazetteer imports. */
  public static final String MIT = "https://opensource.org/licenses/MIT";

  private Licence() {}
}
