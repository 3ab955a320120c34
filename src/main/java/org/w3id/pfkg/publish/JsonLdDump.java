package org.w3id.pfkg.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.pfkg.problem.PfkgException;

/**
 * The JSON-LD dump: the union graph converted to expanded JSON-LD and compacted by titanium against
 * our published context (Jena's own JSON-LD writer compacts with the prefix map only), written as
 * one {@code @graph} whose {@code @context} is the context's public URL.
 *
 * <p>Titanium works on a whole document in memory, so the union is fed to it in chunks of whole
 * subjects (a few thousand triples each, from {@link StoreScan#forEachTriple}, which groups by
 * subject) and each chunk's node objects are streamed out: memory holds one chunk, and every
 * subject is still one node object.
 */
final class JsonLdDump {
  private static final int CHUNK_TRIPLES = 4096;

  private JsonLdDump() {}

  static void write(
      Path file, Consumer<Consumer<Triple>> triples, Path contextFile, String contextUrl) {
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator json =
            Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out)) {
      JsonDocument context;
      try (InputStream ctxIn = Files.newInputStream(contextFile)) {
        context = JsonDocument.of(ctxIn);
      }
      json.writeStartObject().write("@context", contextUrl).writeStartArray("@graph");
      Chunker chunker = new Chunker(json, context);
      triples.accept(chunker);
      chunker.flush();
      json.writeEnd().writeEnd();
    } catch (IOException | JsonLdError e) {
      throw new PfkgException("cannot write the JSON-LD dump " + file + ": " + e.getMessage(), e);
    }
  }

  private static final class Chunker implements Consumer<Triple> {
    private final JsonGenerator json;
    private final JsonDocument context;
    private Graph chunk = GraphFactory.createGraphMem();
    private Node subject;

    Chunker(JsonGenerator json, JsonDocument context) {
      this.json = json;
      this.context = context;
    }

    @Override
    public void accept(Triple t) {
      if (!t.getSubject().equals(subject) && chunk.size() >= CHUNK_TRIPLES) {
        flush();
      }
      subject = t.getSubject();
      chunk.add(t);
    }

    void flush() {
      if (chunk.isEmpty()) {
        return;
      }
      try {
        // Lexical forms as typed literals (no native JSON numbers or booleans): the dump reads
        // back to exactly the triples of the Turtle dump.
        JsonArray expanded =
            JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(chunk))))
                .ordered(true)
                .get();
        JsonObject compacted =
            JsonLd.compact(JsonDocument.of(expanded), context).ordered(true).get();
        if (compacted.containsKey("@graph")) {
          compacted.getJsonArray("@graph").forEach(json::write);
        } else {
          JsonObjectBuilder node = Json.createObjectBuilder();
          compacted.forEach(
              (key, value) -> {
                if (!key.equals("@context")) {
                  node.add(key, value);
                }
              });
          JsonValue one = node.build();
          json.write(one);
        }
      } catch (JsonLdError e) {
        throw new PfkgException("cannot write the JSON-LD dump: " + e.getMessage(), e);
      }
      chunk = GraphFactory.createGraphMem();
    }
  }
}
