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
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
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
 * one {@code @graph} with the context inline: a reader needs no network (rdflib, a JSON-LD
 * processor with no remote loader), and the dump reads the same wherever the context is hosted. The
 * same context is published beside it as {@code context.jsonld}.
 *
 * <p>Titanium works on a whole document in memory, so the union is fed to it in chunks of whole
 * subjects (a few thousand triples each, from {@link StoreScan#forEachTriple}, which groups by
 * subject) and each chunk's node objects are streamed out: memory holds a few chunks. A subject
 * with more than {@link #MAX_NODE_TRIPLES} triples is written as several node objects with the same
 * {@code @id} (JSON-LD merges them back into one node), because titanium's conversion from RDF is
 * quadratic in the values of one node: the dataset description of 100 000 cases (one void:subset
 * per case graph) did not finish in half an hour as one node. Compaction is by far the dearest step
 * (titanium tries every term of the context on every IRI), so chunks are compacted on all cores and
 * written in scan order.
 */
final class JsonLdDump implements Consumer<Triple>, AutoCloseable {
  private static final int CHUNK_TRIPLES = 4096;
  static final int MAX_NODE_TRIPLES = 1024;

  private final OutputStream out;
  private final JsonGenerator json;
  private final Chunker chunker;
  private final Path file;

  private JsonLdDump(Path file, Path contextFile, ExecutorService compactors)
      throws IOException, JsonLdError {
    this.file = file;
    JsonDocument context;
    try (InputStream ctxIn = Files.newInputStream(contextFile)) {
      context = JsonDocument.of(ctxIn);
    }
    this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
    this.json =
        Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createGenerator(out);
    JsonValue inline = context.getJsonContent().orElseThrow().asJsonObject().get("@context");
    json.writeStartObject().write("@context", inline).writeStartArray("@graph");
    this.chunker = new Chunker(json, context, compactors);
  }

  /**
   * Opens the dump: feed it the union's triples grouped by subject (as {@link
   * StoreScan#forEachTriple} gives them), then close it.
   */
  static JsonLdDump open(Path file, Path contextFile, ExecutorService compactors) {
    try {
      return new JsonLdDump(file, contextFile, compactors);
    } catch (IOException | JsonLdError e) {
      throw new PfkgException("cannot write the JSON-LD dump " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void accept(Triple t) {
    chunker.accept(t);
  }

  @Override
  public void close() {
    try (out) {
      chunker.finish();
      json.writeEnd().writeEnd();
      json.close();
    } catch (IOException e) {
      throw new PfkgException("cannot write the JSON-LD dump " + file + ": " + e.getMessage(), e);
    }
  }

  private static final class Chunker implements Consumer<Triple> {
    private final JsonGenerator json;
    private final JsonDocument context;
    private final ExecutorService compactors;
    private final int inFlight;
    private final Deque<CompletableFuture<List<JsonValue>>> pending = new ArrayDeque<>();
    private Graph chunk = GraphFactory.createGraphMem();
    private Node subject;
    private int subjectTriples;

    Chunker(JsonGenerator json, JsonDocument context, ExecutorService compactors) {
      this.json = json;
      this.context = context;
      this.compactors = compactors;
      this.inFlight = 2 * Runtime.getRuntime().availableProcessors();
    }

    @Override
    public void accept(Triple t) {
      boolean sameSubject = t.getSubject().equals(subject);
      if ((!sameSubject && chunk.size() >= CHUNK_TRIPLES)
          || (sameSubject && subjectTriples >= MAX_NODE_TRIPLES)) {
        submit();
        subjectTriples = 0;
      }
      if (!sameSubject) {
        subjectTriples = 0;
      }
      subject = t.getSubject();
      subjectTriples++;
      chunk.add(t);
    }

    void finish() {
      submit();
      while (!pending.isEmpty()) {
        writeOldest();
      }
    }

    private void submit() {
      if (chunk.isEmpty()) {
        return;
      }
      Graph full = chunk;
      chunk = GraphFactory.createGraphMem();
      pending.addLast(CompletableFuture.supplyAsync(() -> compact(full), compactors));
      // Bounded, so that memory holds a few chunks whatever the corpus size.
      while (pending.size() > inFlight) {
        writeOldest();
      }
    }

    private void writeOldest() {
      Workers.result(pending.removeFirst()).forEach(json::write);
    }

    private List<JsonValue> compact(Graph graph) {
      try {
        // Lexical forms as typed literals (no native JSON numbers or booleans): the dump reads
        // back to exactly the triples of the Turtle dump.
        JsonArray expanded =
            JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph))))
                .ordered(true)
                .get();
        JsonObject compacted =
            JsonLd.compact(JsonDocument.of(expanded), context).ordered(true).get();
        if (compacted.containsKey("@graph")) {
          return List.copyOf(compacted.getJsonArray("@graph"));
        }
        JsonObjectBuilder node = Json.createObjectBuilder();
        compacted.forEach(
            (key, value) -> {
              if (!key.equals("@context")) {
                node.add(key, value);
              }
            });
        return List.of(node.build());
      } catch (JsonLdError e) {
        throw new PfkgException("cannot write the JSON-LD dump: " + e.getMessage(), e);
      }
    }
  }
}
