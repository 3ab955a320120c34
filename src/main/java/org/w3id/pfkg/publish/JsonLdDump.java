package org.w3id.pfkg.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.w3id.pfkg.problem.PfkgException;

/**
 * The JSON-LD dump: the union graph as node objects compacted against our published context ({@link
 * JsonLdCompactor}; Jena's own JSON-LD writer compacts with the prefix map only), written as one
 * {@code @graph} with the context inline: a reader needs no network (rdflib, a JSON-LD processor
 * with no remote loader), and the dump reads the same wherever the context is hosted. The same
 * context is published beside it as {@code context.jsonld}.
 *
 * <p>The dump is written in pieces ({@link DumpPieces}): {@link #header}, the pieces separated by a
 * comma and a line break, {@link #footer}. A piece is the node objects of its triples, each written
 * pretty-printed on its own, so that a piece's bytes depend on its triples only and a rebuild can
 * copy it. A subject with more than {@link #MAX_NODE_TRIPLES} triples is written as several node
 * objects with the same {@code @id} (JSON-LD merges them back into one node): a general JSON-LD
 * processor's conversion from RDF is quadratic in the values of one node, and a reader's may be too
 * (the dataset description of 100 000 cases has one void:subset per case graph).
 */
final class JsonLdDump {
  static final int MAX_NODE_TRIPLES = 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Two-space indentation, a line per key and per array item, "key": value. */
  private static final ObjectWriter PRETTY =
      JSON.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                      .withRootSeparator(""))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);

  private final JsonNode context;
  private final JsonLdCompactor compactor;

  private JsonLdDump(JsonNode context) {
    this.context = context;
    this.compactor = JsonLdCompactor.of(context);
  }

  /** The dump writer for the context document in {@code contextFile}. */
  static JsonLdDump read(Path contextFile) {
    try {
      return new JsonLdDump(JSON.readTree(contextFile.toFile()));
    } catch (IOException e) {
      throw new PfkgException("cannot read the JSON-LD context " + contextFile + ": " + e, e);
    }
  }

  /** The file's start: the context inline and the opening of the {@code @graph} array. */
  byte[] header() {
    return ("{\n\"@context\": " + text(context.get("@context")) + ",\n\"@graph\": [\n")
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
  List<byte[]> pieces(List<List<Triple>> pieces) {
    List<byte[]> out = new ArrayList<>(pieces.size());
    for (List<Triple> triples : pieces) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      boolean first = true;
      for (ObjectNode node : compactor.nodes(triples, MAX_NODE_TRIPLES)) {
        if (!first) {
          bytes.writeBytes(SEPARATOR);
        }
        first = false;
        bytes.writeBytes(text(node).getBytes(StandardCharsets.UTF_8));
      }
      out.add(bytes.toByteArray());
    }
    return out;
  }

  private static String text(JsonNode value) {
    try {
      return PRETTY.without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
