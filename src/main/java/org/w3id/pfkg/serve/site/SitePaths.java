package org.w3id.pfkg.serve.site;

import java.util.Optional;
import org.w3id.pfkg.vocab.PF;

/**
 * How canonical IRIs map to this server's paths (docs/SERVE.md): the thing {@code <base>id/x} is
 * answered at {@code /id/x}, its page at {@code /page/id/x}, its data at {@code /data/id/x.ttl}
 * etc. The ontology {@code <pf:>} is the thing at {@code /ontology}; its terms are fragments of it.
 *
 * @param base the canonical base of the dataset's IRIs, ending in {@code /}
 */
record SitePaths(String base) {
  static final String ONTOLOGY = "ontology";
  static final String ID = "id/";

  /** The IRI a thing path ({@code id/...} or {@code ontology}) stands for. */
  Optional<String> iriOf(String thingPath) {
    if (thingPath.equals(ONTOLOGY)) {
      return Optional.of(PF.NS);
    }
    if (thingPath.startsWith(ID) && thingPath.length() > ID.length()) {
      return Optional.of(base + thingPath);
    }
    return Optional.empty();
  }

  /** The thing path of one of our IRIs, without any fragment; empty for others. */
  Optional<String> thingPathOf(String iri) {
    if (iri.startsWith(PF.NS) || iri.equals(PF.NS.substring(0, PF.NS.length() - 1))) {
      return Optional.of(ONTOLOGY);
    }
    if (iri.startsWith(base + ID)) {
      return Optional.of(iri.substring(base.length()));
    }
    return Optional.empty();
  }

  /**
   * Where a page links for an IRI: our own page for our IRIs, the IRI itself for other http(s)
   * IRIs, and nowhere (empty: the page shows the text) for any other scheme. A {@code javascript:}
   * IRI from the data would otherwise be a link that runs script on this site when clicked.
   */
  String pageHref(String iri) {
    Optional<String> path = thingPathOf(iri);
    if (path.isEmpty()) {
      return isWebLink(iri) ? iri : "";
    }
    String fragment = iri.startsWith(PF.NS) ? "#" + iri.substring(PF.NS.length()) : "";
    return pagePath(path.get()) + (fragment.equals("#") ? "" : fragment);
  }

  static boolean isWebLink(String iri) {
    String lower = iri.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }

  static String pagePath(String thingPath) {
    return "/page/" + thingPath;
  }

  static String dataPath(String thingPath, Representation representation) {
    return "/data/" + thingPath + "." + representation.extension();
  }
}
