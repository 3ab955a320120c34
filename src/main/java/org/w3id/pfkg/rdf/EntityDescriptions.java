package org.w3id.pfkg.rdf;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * Merges the descriptions that many documents give of the same shared entity into one, by the rule
 * of docs/MODEL.md ("Shared entities"):
 *
 * <ul>
 *   <li>The curated description (the gazetteer and the link table, {@code graph/entities}) wins:
 *       its name and label stay the only ones, and so do its description and the place it names as
 *       the entity's container; the documents' other spellings become {@code schema:alternateName}.
 *   <li>Otherwise the name the most documents use is the {@code schema:name} and {@code rdfs:label}
 *       (ties: the longer, then the first in code-point order), the others alternate names. A label
 *       a document gave only because it lacked a name (a place it referred to by key) counts only
 *       when no document names the entity.
 *   <li>A charge wording's {@code skos:prefLabel} is chosen the same way, the others {@code
 *       skos:altLabel}.
 *   <li>Everything else (types, descriptions, containing places, schemes) is the union.
 * </ul>
 *
 * The outcome does not depend on the order in which documents are added.
 */
public final class EntityDescriptions {
  private static final Node LABEL = RDFS.label.asNode();
  private static final Node NAME = SCHEMA.name.asNode();
  private static final Node ALTERNATE = SCHEMA.alternateName.asNode();
  private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
  private static final Node ALT_LABEL = SKOS.altLabel.asNode();
  private static final Set<Node> CURATED_WINS =
      Set.of(
          SCHEMA.description.asNode(), SCHEMA.containedInPlace.asNode(), SCHEMA.location.asNode());
  private static final Comparator<Map.Entry<Node, Integer>> BEST =
      Comparator.<Map.Entry<Node, Integer>>comparingInt(Map.Entry::getValue)
          .thenComparingInt(e -> e.getKey().getLiteralLexicalForm().length())
          .thenComparing(
              (a, b) ->
                  b.getKey().getLiteralLexicalForm().compareTo(a.getKey().getLiteralLexicalForm()))
          .thenComparing(
              (a, b) -> b.getKey().getLiteralLanguage().compareTo(a.getKey().getLiteralLanguage()));

  /** What the documents say of one entity, each spelling with the number of documents using it. */
  private static final class Entity {
    final Map<Node, Integer> names = new HashMap<>();
    final Map<Node, Integer> labels = new HashMap<>();
    final Map<Node, Integer> prefLabels = new HashMap<>();
    final Set<Triple> other = new LinkedHashSet<>();
  }

  private final Map<Node, Entity> entities = new HashMap<>();

  /**
   * Adds the entity descriptions of one document (or of one case's documents already merged): each
   * spelling counts once per call.
   */
  public void add(Graph descriptions) {
    descriptions
        .find()
        .forEachRemaining(
            t -> {
              Entity e = entities.computeIfAbsent(t.getSubject(), k -> new Entity());
              Node p = t.getPredicate();
              if (p.equals(NAME) && t.getObject().isLiteral()) {
                e.names.merge(t.getObject(), 1, Integer::sum);
              } else if (p.equals(LABEL) && t.getObject().isLiteral()) {
                e.labels.merge(t.getObject(), 1, Integer::sum);
              } else if (p.equals(PREF_LABEL) && t.getObject().isLiteral()) {
                e.prefLabels.merge(t.getObject(), 1, Integer::sum);
              } else {
                e.other.add(t);
              }
            });
  }

  /** Whether nothing was added. */
  public boolean isEmpty() {
    return entities.isEmpty();
  }

  /**
   * One description per entity: {@code curated} (unchanged) and what the documents add to it.
   *
   * @param curated the gazetteer's and link table's triples; an empty graph for none
   */
  public Graph resolve(Graph curated) {
    Graph out = GraphFactory.createGraphMem();
    GraphUtil.addInto(out, curated);
    entities.forEach((s, e) -> write(out, curated, s, e));
    return out;
  }

  /** The descriptions of one graph resolved on their own (one document, one case). */
  public static Graph resolveAlone(Graph descriptions) {
    EntityDescriptions d = new EntityDescriptions();
    d.add(descriptions);
    return d.resolve(Graph.emptyGraph);
  }

  private static void write(Graph out, Graph curated, Node s, Entity e) {
    Set<Node> known = new HashSet<>();
    if (curated.contains(s, LABEL, Node.ANY) || curated.contains(s, NAME, Node.ANY)) {
      for (Node p : new Node[] {LABEL, NAME, ALTERNATE}) {
        curated.find(s, p, Node.ANY).forEachRemaining(t -> known.add(t.getObject()));
      }
    } else if (!e.names.isEmpty()) {
      Node name = best(e.names);
      out.add(s, NAME, name);
      out.add(s, LABEL, name);
      known.add(name);
    } else if (!e.labels.isEmpty()) {
      Node label = best(e.labels);
      out.add(s, LABEL, label);
      known.add(label);
    }
    // Labels without a name are stand-ins (a key as a label); they are not spellings of the name.
    e.names.keySet().stream()
        .filter(n -> !known.contains(n))
        .forEach(n -> out.add(s, ALTERNATE, n));
    Set<Node> prefKnown = new HashSet<>();
    if (curated.contains(s, PREF_LABEL, Node.ANY)) {
      curated.find(s, PREF_LABEL, Node.ANY).forEachRemaining(t -> prefKnown.add(t.getObject()));
    } else if (!e.prefLabels.isEmpty()) {
      Node pref = best(e.prefLabels);
      out.add(s, PREF_LABEL, pref);
      prefKnown.add(pref);
    }
    e.prefLabels.keySet().stream()
        .filter(n -> !prefKnown.contains(n))
        .forEach(n -> out.add(s, ALT_LABEL, n));
    for (Triple t : e.other) {
      Node p = t.getPredicate();
      if (CURATED_WINS.contains(p) && curated.contains(s, p, Node.ANY)) {
        continue;
      }
      if (p.equals(ALTERNATE) && known.contains(t.getObject())) {
        continue;
      }
      out.add(t);
    }
  }

  private static Node best(Map<Node, Integer> spellings) {
    return spellings.entrySet().stream().max(BEST).orElseThrow().getKey();
  }
}
