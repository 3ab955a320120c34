package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The address this server is reached at, ending in {@code /}: the {@code --public-base} given at
 * serve time when there is one (a server behind a proxy), otherwise the scheme, host and port the
 * request was sent to. Pages, the service description and the VoID use it instead of the address
 * written at build time, so what they link to is what the reader can reach.
 *
 * @param configured the public base, ending in {@code /}, or empty to follow each request
 */
record ServedAddress(Optional<String> configured) {
  String of(HttpServletRequest request) {
    return configured.orElseGet(() -> HomeRoute.origin(request) + "/");
  }
}
