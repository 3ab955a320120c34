package org.w3id.pfkg.serve.site;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.VOID;

/**
 * The release's VoID/DCAT description as this server serves it: the build wrote the addresses of
 * {@code --endpoint-base} (by default {@code http://localhost:3030/}) into it; here every IRI under
 * that address (SPARQL endpoint, landing page, dump URLs) is moved to the address being served, so
 * a client can follow them. The copy in the store's dataset graph keeps the build's addresses.
 */
final class ServedVoid {

  private ServedVoid() {}

  /** The VoID of {@code file} with its build-time address replaced by {@code served}. */
  static Model read(Path file, String served) {
    Model written = RDFDataMgr.loadModel(file.toString());
    Optional<String> built = buildBase(written);
    if (built.isEmpty() || built.get().equals(served)) {
      return written;
    }
    Graph moved = GraphFactory.createDefaultGraph();
    written
        .getGraph()
        .find()
        .forEachRemaining(
            t ->
                moved.add(
                    Triple.create(
                        move(t.getSubject(), built.get(), served),
                        t.getPredicate(),
                        move(t.getObject(), built.get(), served))));
    Model out = ModelFactory.createModelForGraph(moved);
    out.setNsPrefixes(written.getNsPrefixMap());
    return out;
  }

  /** The address the build wrote: the SPARQL endpoint's IRI without its last segment. */
  static Optional<String> buildBase(Model description) {
    return description.listStatements(null, VOID.sparqlEndpoint, (RDFNode) null).toList().stream()
        .map(Statement::getObject)
        .filter(RDFNode::isURIResource)
        .map(o -> o.asResource().getURI())
        .filter(u -> u.lastIndexOf('/') > u.indexOf("//") + 1)
        .map(u -> u.substring(0, u.lastIndexOf('/') + 1))
        .findFirst();
  }

  private static Node move(Node node, String from, String to) {
    if (node.isURI() && node.getURI().startsWith(from)) {
      return NodeFactory.createURI(to + node.getURI().substring(from.length()));
    }
    return node;
  }
}
