package org.w3id.pfkg.serve.site;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.vocab.SCHEMA;

/** Turns the description of a resource ({@link ResourceDescriber}) into a {@link ResourceView}. */
final class ResourceViewReader {
  private final SitePaths paths;

  ResourceViewReader(SitePaths paths) {
    this.paths = paths;
  }

  ResourceView read(String iri, String thingPath, Model description) {
    ModelReading r = new ModelReading(description, paths);
    Resource self = description.createResource(iri);
    Map<Property, List<Link>> outgoing = new TreeMap<>(Comparator.comparing(Property::getURI));
    for (Statement s : description.listStatements(self, null, (RDFNode) null).toList()) {
      outgoing.computeIfAbsent(s.getPredicate(), p -> r.links(self, p));
    }
    Map<Property, List<Link>> incoming = new TreeMap<>(Comparator.comparing(Property::getURI));
    for (Statement s : description.listStatements(null, null, self).toList()) {
      if (!s.getSubject().equals(self)) {
        incoming.computeIfAbsent(
            s.getPredicate(),
            p ->
                r.subjects(p, self).stream()
                    .map(r::link)
                    .sorted(Comparator.comparing(Link::label))
                    .toList());
      }
    }
    String description1 = r.text(self, SCHEMA.description);
    if (description1.isEmpty()) {
      description1 = r.text(self, RDFS.comment);
    }
    return new ResourceView(
        r.link(self),
        thingPath,
        r.links(self, RDF.type),
        description1,
        rows(r, outgoing),
        rows(r, incoming));
  }

  private static List<ResourceView.PropertyRow> rows(
      ModelReading r, Map<Property, List<Link>> map) {
    Map<Property, List<Link>> ordered = new LinkedHashMap<>(map);
    return ordered.entrySet().stream()
        .map(e -> new ResourceView.PropertyRow(r.link(e.getKey()), e.getValue()))
        .toList();
  }
}
