package org.w3id.pfkg.serve.site;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.vocab.Licence;

/**
 * Renders the Pebble templates of {@code src/main/resources/templates/} with autoescaping on, so
 * every value from the data is HTML-escaped; only values built as JSON by our own code are marked
 * safe in the templates.
 */
final class PageRenderer {
  /** Made at the first page, not at launch: the SPARQL endpoint answers without it. */
  private final Lazy<PebbleEngine> engine = new Lazy<>(PageRenderer::engine);

  private static PebbleEngine engine() {
    ClasspathLoader loader = new ClasspathLoader(PageRenderer.class.getClassLoader());
    loader.setPrefix("templates");
    loader.setSuffix(".peb");
    return new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .defaultEscapingStrategy("html")
        .strictVariables(false)
        .build();
  }

  String render(String template, Map<String, ?> model) {
    Map<String, Object> context = new HashMap<>(model);
    context.put("licenceUrl", Licence.IRI);
    context.put("licenceName", Licence.NAME);
    StringWriter out = new StringWriter();
    try {
      engine.get().getTemplate(template).evaluate(out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw new PfkgException("cannot render page template " + template + ": " + e.getMessage(), e);
    }
    return out.toString();
  }
}
