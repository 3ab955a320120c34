package org.w3id.pfkg.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.pfkg.problem.PfkgException;

/**
 * The JSON-LD dump: the union graph converted to expanded JSON-LD and compacted by titanium against
 * our published context (Jena's own JSON-LD writer compacts with the prefix map only). The embedded
 * context that compaction leaves is replaced by the context's public URL, so consumers get the
 * readable keys and one shared context.
 */
final class JsonLdDump {
  private JsonLdDump() {}

  static void write(Path file, Model union, Path contextFile, String contextUrl) {
    try (InputStream ctxIn = Files.newInputStream(contextFile);
        OutputStream out = Files.newOutputStream(file)) {
      // Lexical forms as typed literals (no native JSON numbers or booleans): the dump reads back
      // to exactly the triples of the Turtle dump.
      JsonArray expanded =
          JsonLd.fromRdf(
                  RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(union.getGraph()))))
              .ordered(true)
              .get();
      JsonObject compacted =
          JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(ctxIn)).ordered(true).get();
      JsonObjectBuilder doc = Json.createObjectBuilder().add("@context", contextUrl);
      compacted.forEach(
          (key, value) -> {
            if (!key.equals("@context")) {
              doc.add(key, value);
            }
          });
      try (JsonWriter writer =
          Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
        writer.writeObject(doc.build());
      }
    } catch (IOException | JsonLdError e) {
      throw new PfkgException("cannot write the JSON-LD dump " + file + ": " + e.getMessage(), e);
    }
  }
}
