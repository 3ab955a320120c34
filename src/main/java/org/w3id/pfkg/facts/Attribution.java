package org.w3id.pfkg.facts;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a text credits with a fact. "A witness to her trial told Radio Free Asia" is according to the
 * witness and reported by Radio Free Asia; "according to the World Uyghur Congress" is according to
 * the WUC with no separate reporter; a sentence with no attribution has neither and rests on the
 * document itself.
 */
public record Attribution(Optional<Source> accordingTo, Optional<Source> reportedBy) {
  public static final Attribution NONE = new Attribution(Optional.empty(), Optional.empty());

  public Attribution {
    Objects.requireNonNull(accordingTo, "accordingTo");
    Objects.requireNonNull(reportedBy, "reportedBy");
  }

  public boolean isEmpty() {
    return accordingTo.isEmpty() && reportedBy.isEmpty();
  }
}
