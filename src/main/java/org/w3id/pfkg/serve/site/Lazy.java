package org.w3id.pfkg.serve.site;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on its first use, once, and kept: for what the server's first answer does not need
 * (the page templates' engine, the shapes the ontology pages show), so that {@code pfkg serve}
 * answers sooner after launch.
 */
final class Lazy<T> implements Supplier<T> {
  private Supplier<T> make;
  private volatile T value;

  Lazy(Supplier<T> make) {
    this.make = Objects.requireNonNull(make);
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = Objects.requireNonNull(make.get());
          value = made;
          make = null;
        }
      }
    }
    return made;
  }
}
