package org.w3id.pfkg.serve.site;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses a {@link Representation} for an {@code Accept} header, parsed by Jena's {@link
 * AcceptList}. Each representation gets the q-value of the most specific range that matches it (RFC
 * 9110, 12.5.1: {@code text/html;q=0} excludes HTML even when a wildcard follows); the highest q
 * wins, and between equal q-values the order of {@link Representation} decides (HTML first).
 */
final class Negotiation {
  private Negotiation() {}

  /**
   * The best representation, or empty when the client accepts none we offer (answer 406). A missing
   * or unparsable header counts as accepting anything: HTML.
   */
  static Optional<Representation> choose(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(Representation.HTML);
    }
    List<MediaRange> ranges;
    try {
      ranges = new AcceptList(accept).entries();
    } catch (RuntimeException e) {
      return Optional.of(Representation.HTML);
    }
    Representation best = null;
    double bestQ = 0;
    for (Representation r : Representation.values()) {
      double q = quality(ranges, MediaType.create(r.mediaType()));
      if (q > bestQ) {
        best = r;
        bestQ = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The q of the most specific range accepting {@code type}; 0 when none does. */
  private static double quality(List<MediaRange> ranges, MediaType type) {
    int bestSpecificity = -1;
    double q = 0;
    for (MediaRange range : ranges) {
      if (range.accepts(type)) {
        int specificity = range.getType().equals("*") ? 0 : range.getSubType().equals("*") ? 1 : 2;
        if (specificity > bestSpecificity) {
          bestSpecificity = specificity;
          q = range.get_q();
        }
      }
    }
    return q;
  }

  /** True when a client asked for HTML before plain text (used only to word error pages). */
  static boolean prefersHtml(String accept) {
    return choose(accept).filter(r -> r == Representation.HTML).isPresent();
  }
}
