package org.w3id.pfkg.cases;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.w3id.pfkg.problem.InputException;

/** The case fixtures under {@code src/test/resources/cases/}. */
final class Fixtures {
  private Fixtures() {}

  static Path fixture(String relative) {
    URL url = Fixtures.class.getResource("/cases/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no fixture cases/" + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad fixture URL " + url, e);
    }
  }

  /** The message of the {@link InputException} that reading throws. */
  static String failure(Executable reading) {
    return assertThrows(InputException.class, reading).getMessage();
  }

  /** Header fields as "Name=value", in order, without line numbers. */
  static List<String> namesAndValues(CaseDocument document) {
    return document.headers().stream().map(h -> h.name() + "=" + h.value()).toList();
  }
}
