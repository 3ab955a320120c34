package org.w3id.pfkg.serve.site;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses a {@link Representation} for an {@code Accept} header with Jena's parser of media ranges,
 * which honours q-values, wildcards (such as {@code text/html;q=0.5} or a bare wildcard) and {@code
 * q=0} exclusions. Between ranges of equal preference the order of {@link Representation} decides
 * (HTML first).
 */
final class Negotiation {
  private static final AcceptList OFFER =
      AcceptList.create(
          Arrays.stream(Representation.values())
              .map(Representation::mediaType)
              .toArray(String[]::new));

  private Negotiation() {}

  /**
   * The best representation, or empty when the client accepts none we offer (answer 406). A missing
   * or unparsable header counts as accepting anything: HTML.
   */
  static Optional<Representation> choose(String accept) {
    if (accept == null || accept.isBlank()) {
      return Optional.of(Representation.HTML);
    }
    AcceptList proposed;
    try {
      proposed = new AcceptList(accept);
    } catch (RuntimeException e) {
      return Optional.of(Representation.HTML);
    }
    MediaType match = AcceptList.match(proposed, OFFER);
    return match == null ? Optional.empty() : Representation.byMediaType(match.getContentTypeStr());
  }

  /** True when a client asked for HTML before plain text (used only to word error pages). */
  static boolean prefersHtml(String accept) {
    return choose(accept).filter(r -> r == Representation.HTML).isPresent();
  }
}
