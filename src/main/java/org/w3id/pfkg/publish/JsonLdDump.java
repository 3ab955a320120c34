package org.w3id.pfkg.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.compaction.Compaction;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.apicatalog.jsonld.json.JsonUtils;
import com.apicatalog.jsonld.lang.Keywords;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * <p>The dump is written in pieces ({@link DumpPieces}): {@link #header}, the pieces separated by a
 * comma and a line break, {@link #footer}. A piece is the node objects of its triples, each written
 * pretty-printed on its own, so that a piece's bytes depend on its triples only and a rebuild can
 * copy it. A subject with more than {@link #MAX_NODE_TRIPLES} triples is written as several node
 * objects with the same {@code @id} (JSON-LD merges them back into one node), because titanium's
 * conversion from RDF is quadratic in the values of one node: the dataset description of 100 000
 * cases (one void:subset per case graph) did not finish in half an hour as one node.
 *
 * <p>Compaction is by far the dearest step, and titanium processes the whole context on every call:
 * {@link #pieces} converts each piece's nodes from RDF on their own but compacts the nodes of many
 * pieces in one call, then hands each piece its node objects back (compaction works node by node,
 * so a node compacts the same alone or among others).
 */
final class JsonLdDump {
  static final int MAX_NODE_TRIPLES = 1024;
  private static final JsonWriterFactory WRITERS =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
  private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);

  private JsonLdDump() {}

  /** The parsed context document of {@code contextFile}. */
  static JsonDocument context(Path contextFile) {
    try (InputStream in = Files.newInputStream(contextFile)) {
      return JsonDocument.of(in);
    } catch (IOException | JsonLdError e) {
      throw new PfkgException("cannot read the JSON-LD context " + contextFile, e);
    }
  }

  /** The file's start: the context inline and the opening of the {@code @graph} array. */
  static byte[] header(JsonDocument context) {
    JsonValue inline = context.getJsonContent().orElseThrow().asJsonObject().get("@context");
    return ("{\n\"@context\": " + text(inline) + ",\n\"@graph\": [\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** What goes between two non-empty pieces. */
  static byte[] separator() {
    return SEPARATOR.clone();
  }

  static byte[] footer() {
    return "\n]\n}\n".getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The pieces of {@code pieces} (each a list of triples grouped by subject), in the same order; an
   * empty piece for no triples.
   */
  static List<byte[]> pieces(List<List<Triple>> pieces, JsonDocument context) {
    List<Integer> counts = new ArrayList<>(pieces.size());
    JsonArrayBuilder all = Json.createArrayBuilder();
    for (List<Triple> triples : pieces) {
      int n = 0;
      for (Graph chunk : nodeChunks(triples)) {
        for (JsonValue node : fromRdf(chunk)) {
          all.add(node);
          n++;
        }
      }
      counts.add(n);
    }
    List<JsonValue> compacted = compact(all.build(), context);
    if (compacted.size() != counts.stream().mapToInt(Integer::intValue).sum()) {
      throw new IllegalStateException("JSON-LD compaction did not keep one node object per node");
    }
    List<byte[]> out = new ArrayList<>(pieces.size());
    int at = 0;
    for (int n : counts) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          bytes.writeBytes(SEPARATOR);
        }
        bytes.writeBytes(text(compacted.get(at + i)).getBytes(StandardCharsets.UTF_8));
      }
      at += n;
      out.add(bytes.toByteArray());
    }
    return out;
  }

  /**
   * The triples cut into graphs of whole subjects, a subject with more than {@link
   * #MAX_NODE_TRIPLES} triples into several.
   */
  private static List<Graph> nodeChunks(List<Triple> triples) {
    List<Graph> chunks = new ArrayList<>();
    Graph chunk = GraphFactory.createGraphMem();
    Node subject = null;
    int subjectTriples = 0;
    for (Triple t : triples) {
      boolean sameSubject = t.getSubject().equals(subject);
      if (sameSubject && subjectTriples >= MAX_NODE_TRIPLES) {
        chunks.add(chunk);
        chunk = GraphFactory.createGraphMem();
        subjectTriples = 0;
      }
      if (!sameSubject) {
        subjectTriples = 0;
      }
      subject = t.getSubject();
      subjectTriples++;
      chunk.add(t);
    }
    if (!chunk.isEmpty()) {
      chunks.add(chunk);
    }
    return chunks;
  }

  private static JsonArray fromRdf(Graph graph) {
    try {
      // Lexical forms as typed literals (no native JSON numbers or booleans): the dump reads
      // back to exactly the triples of the Turtle dump.
      return JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph))))
          .ordered(true)
          .get();
    } catch (JsonLdError e) {
      throw new PfkgException("cannot write the JSON-LD dump: " + e.getMessage(), e);
    }
  }

  /**
   * The expanded node objects compacted, in the same order. This is what {@code JsonLd.compact}
   * does less its first step, which expands the input again: the nodes come from {@link #fromRdf},
   * expanded already, and expanding them again was a fifth of the compaction's time. Expansion of
   * expanded JSON-LD only drops free-floating nodes (a node with an {@code @id} and nothing else),
   * and {@code fromRdf} makes none, so the output is the same (the count check in {@link #pieces}
   * would notice a node that went missing or appeared).
   */
  private static List<JsonValue> compact(JsonArray expanded, JsonDocument context) {
    if (expanded.isEmpty()) {
      return List.of();
    }
    try {
      JsonLdOptions options = new JsonLdOptions();
      options.setOrdered(true);
      JsonValue contextValue =
          context
              .getJsonContent()
              .map(c -> JsonUtils.flatten(c, Keywords.CONTEXT))
              .orElse(JsonValue.EMPTY_JSON_OBJECT);
      ActiveContext active =
          new ActiveContext(ProcessingRuntime.of(options))
              .newContext()
              .create(contextValue, options.getBase());
      JsonValue compacted =
          Compaction.with(active)
              .compactArrays(options.isCompactArrays())
              .ordered(true)
              .compact(expanded);
      // One node object: compaction returns it alone, not in an array.
      return compacted.getValueType() == JsonValue.ValueType.ARRAY
          ? List.copyOf(compacted.asJsonArray())
          : List.of(compacted);
    } catch (JsonLdError e) {
      throw new PfkgException("cannot write the JSON-LD dump: " + e.getMessage(), e);
    }
  }

  private static String text(JsonValue value) {
    StringWriter text = new StringWriter();
    try (JsonWriter w = WRITERS.createWriter(text)) {
      w.write(value);
    }
    return text.toString().strip();
  }
}
