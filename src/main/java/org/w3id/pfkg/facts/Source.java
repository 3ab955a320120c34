package org.w3id.pfkg.facts;

import java.util.Objects;

/**
 * A party a text credits with a claim.
 *
 * @param name as the text gives it ("Radio Free Asia", "a witness to her trial", "Behtiyar Omer")
 * @param key a slug that names the same party across documents (gazetteer key for organisations)
 * @param kind what kind of party it is
 */
public record Source(String name, String key, SourceKind kind) {
  public Source {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(kind, "kind");
  }
}
