package org.w3id.pfkg.link;

import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.WD;

/**
 * The link stage: the gazetteer and the reviewed links in, the triples of the entities graph out
 * (docs/MODEL.md, {@code graph/entities}). A pure function: no file, network or clock.
 *
 * <p>Places get their names and the place they lie in ({@code schema:containedInPlace}, which
 * chains city → region → country); outlets and organisations their names and descriptions. A linked
 * thing gets {@code owl:sameAs} its Wikidata item, a linked vocabulary concept {@code
 * skos:exactMatch}: a concept is a meaning, not the thing itself, so sameAs would say too much.
 *
 * <p>No coordinates are written: the gazetteer has none yet, and none are copied from sources we
 * could not verify; Wikidata's are one SERVICE call away (queries/wikidata-places-of-arrest.rq).
 */
public final class EntityGraph {
  private final Iris iris;

  public EntityGraph(Iris iris) {
    this.iris = Objects.requireNonNull(iris, "iris");
  }

  public Model build(Gazetteer gazetteer, LinkTable links) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(iris.prefixes());
    for (GazetteerEntity e : gazetteer.entities()) {
      entity(m, e);
    }
    for (WikidataLink link : links.links()) {
      Resource subject = ResourceFactory.createResource(iris.idNamespace() + link.entity());
      m.add(subject, link.isConcept() ? SKOS.exactMatch : OWL.sameAs, WD.entity(link.qid()));
    }
    return m;
  }

  private void entity(Model m, GazetteerEntity e) {
    Resource r = iri(e);
    switch (e.kind()) {
      case "place" -> m.add(r, RDF.type, SCHEMA.Place);
      case "outlet" -> {
        m.add(r, RDF.type, PF.Outlet);
        m.add(r, RDF.type, SCHEMA.NewsMediaOrganization);
      }
      default ->
          m.add(
              r,
              RDF.type,
              e.category().equals("authority")
                  ? SCHEMA.GovernmentOrganization
                  : SCHEMA.Organization);
    }
    m.add(r, SCHEMA.name, e.name());
    m.add(r, RDFS.label, e.name());
    e.variants().forEach(v -> m.add(r, SCHEMA.alternateName, v));
    e.description().ifPresent(d -> m.add(r, SCHEMA.description, d));
    e.within().ifPresent(w -> m.add(r, SCHEMA.containedInPlace, iris.place(w)));
  }

  private Resource iri(GazetteerEntity e) {
    return switch (e.kind()) {
      case "place" -> iris.place(e.key());
      case "outlet" -> iris.outlet(e.key());
      default -> iris.org(e.key());
    };
  }
}
