package org.w3id.pfkg.serve.site;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * The one label shown for a thing, chosen by a fixed rule so that a page never shows a random
 * language: English ({@code en} or {@code en-*}), then no language tag, then any other language
 * (alphabetically by tag, then text), and when there is none the last segment of the IRI. Within a
 * tier {@code skos:prefLabel} comes before {@code rdfs:label} before {@code schema:name}.
 *
 * <p>Reads the graph it is given; the caller holds the read transaction.
 */
final class LabelIndex {
  private static final List<Node> LABEL_PROPERTIES =
      List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(), SCHEMA.name.asNode());

  private final Graph graph;

  LabelIndex(Graph graph) {
    this.graph = graph;
  }

  String label(String iri) {
    return label(NodeFactory.createURI(iri));
  }

  String label(Node node) {
    if (node.isLiteral()) {
      return node.getLiteralLexicalForm();
    }
    return stated(node).orElseGet(() -> lastSegment(node));
  }

  /** The best stated label, if the graph has any. */
  Optional<String> stated(Node node) {
    Node best = null;
    int bestRank = Integer.MAX_VALUE;
    for (int p = 0; p < LABEL_PROPERTIES.size(); p++) {
      List<Node> values =
          graph
              .find(node, LABEL_PROPERTIES.get(p), Node.ANY)
              .mapWith(Triple::getObject)
              .filterKeep(Node::isLiteral)
              .toList();
      values.sort(
          Comparator.comparing(Node::getLiteralLanguage)
              .thenComparing(Node::getLiteralLexicalForm));
      for (Node value : values) {
        int rank = tier(value.getLiteralLanguage()) * LABEL_PROPERTIES.size() + p;
        if (rank < bestRank) {
          best = value;
          bestRank = rank;
        }
      }
    }
    return Optional.ofNullable(best).map(Node::getLiteralLexicalForm);
  }

  private static int tier(String lang) {
    String tag = lang.toLowerCase(java.util.Locale.ROOT);
    if (tag.equals("en") || tag.startsWith("en-")) {
      return 0;
    }
    return tag.isEmpty() ? 1 : 2;
  }

  static String lastSegment(Node node) {
    String text = node.isURI() ? node.getURI() : node.toString();
    String trimmed =
        text.endsWith("/") || text.endsWith("#") ? text.substring(0, text.length() - 1) : text;
    int cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('#'));
    return cut >= 0 && cut < trimmed.length() - 1 ? trimmed.substring(cut + 1) : text;
  }
}
