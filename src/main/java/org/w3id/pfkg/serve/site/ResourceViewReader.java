package org.w3id.pfkg.serve.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * Turns the description of a resource ({@link ResourceDescriber}) into a {@link ResourceView}:
 * properties labelled and in the fixed order of {@link PropertyLabels}; reification nodes ({@code
 * rdf:Statement}s that say who states a fact about the resource) left out of "Linked from", since
 * the page is for people and the facts themselves are shown (the RDF keeps them); and where the
 * resource is a place, the map marker for it. Property labels and places are read from the union of
 * the graphs, wherever the ontology and the entities are kept.
 */
final class ResourceViewReader {
  private static final Set<Property> REIFICATION = Set.of(RDF.subject, RDF.predicate, RDF.object);

  private final Dataset dataset;
  private final SitePaths paths;
  private final PropertyLabels propertyLabels;

  ResourceViewReader(Dataset dataset, SitePaths paths, PropertyLabels propertyLabels) {
    this.dataset = dataset;
    this.paths = paths;
    this.propertyLabels = propertyLabels;
  }

  ResourceView read(String iri, String thingPath, Model description) {
    return Txn.calculateRead(
        dataset,
        () -> {
          Model union = ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph());
          return read(iri, thingPath, description, new ModelReading(union, paths));
        });
  }

  private ResourceView read(String iri, String thingPath, Model description, ModelReading all) {
    ModelReading r = new ModelReading(description, paths);
    Resource self = description.createResource(iri);
    Map<Link, List<Link>> outgoing = new TreeMap<>(propertyLabels.order());
    for (Statement s : description.listStatements(self, null, (RDFNode) null).toList()) {
      outgoing.computeIfAbsent(
          property(all, s.getPredicate()), p -> r.links(self, s.getPredicate()));
    }
    Map<Link, List<Link>> incoming = new TreeMap<>(propertyLabels.order());
    for (Statement s : description.listStatements(null, null, self).toList()) {
      if (s.getSubject().equals(self)
          || REIFICATION.contains(s.getPredicate())
          || isStatement(all, s.getSubject())) {
        continue;
      }
      incoming.computeIfAbsent(
          property(all, s.getPredicate()),
          p ->
              r.subjects(s.getPredicate(), self).stream()
                  .filter(subject -> !isStatement(all, subject))
                  .map(r::link)
                  .sorted(java.util.Comparator.comparing(Link::label))
                  .toList());
    }
    String text = r.text(self, SCHEMA.description);
    if (text.isEmpty()) {
      text = r.text(self, RDFS.comment);
    }
    return new ResourceView(
        r.link(self),
        thingPath,
        r.links(self, RDF.type),
        text,
        rows(outgoing),
        rows(incoming),
        new PlaceLocator(all).mark(all.model().createResource(iri), "").stream().toList());
  }

  private Link property(ModelReading all, Property p) {
    Link stated = all.link(p);
    return new Link(stated.iri(), stated.href(), propertyLabels.label(p.getURI(), stated.label()));
  }

  private static boolean isStatement(ModelReading all, Resource subject) {
    return all.model().contains(subject, RDF.type, RDF.Statement)
        || all.model().contains(subject, RDF.type, PF.StatusStatement);
  }

  private static List<ResourceView.PropertyRow> rows(Map<Link, List<Link>> map) {
    return map.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> new ResourceView.PropertyRow(e.getKey(), e.getValue()))
        .toList();
  }
}
