package org.w3id.pfkg.link;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.gazetteer.GazetteerEntity;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.WD;
import org.w3id.pfkg.vocab.WGS84;

/**
 * The link stage: the gazetteer and the reviewed links in, the triples of the entities graph out
 * (docs/MODEL.md, {@code graph/entities}). A pure function: no file, network or clock.
 *
 * <p>Places get their names and the place they lie in ({@code schema:containedInPlace}, which
 * chains city → region → country); outlets and organisations their names and descriptions. A linked
 * thing gets {@code owl:sameAs} its Wikidata item, a linked vocabulary concept {@code
 * skos:exactMatch}: a concept is a meaning, not the thing itself, so sameAs would say too much.
 *
 * <p>Places with coordinates in the imported world gazetteer (GeoNames, CC BY 4.0) get {@code
 * geo:lat} and {@code geo:long} as {@code xsd:decimal}, which the journalist pages' map reads.
 */
public final class EntityGraph {
  private final Iris iris;

  public EntityGraph(Iris iris) {
    this.iris = Objects.requireNonNull(iris, "iris");
  }

  /** The graph of every entity of the gazetteer. */
  public Model build(Gazetteer gazetteer, LinkTable links) {
    return build(gazetteer, links, e -> true);
  }

  /**
   * The graph of the gazetteer's organisations and of the places with the given keys and the places
   * they lie in: the world gazetteer has some ten thousand places, the dumps need only those the
   * cases name.
   */
  public Model build(Gazetteer gazetteer, LinkTable links, Set<String> placeKeys) {
    Set<String> wanted = new HashSet<>();
    for (String key : placeKeys) {
      gazetteer
          .find("place/" + key)
          .ifPresent(
              p -> {
                wanted.add(p.entity());
                gazetteer.containers(p).forEach(c -> wanted.add(c.entity()));
              });
    }
    return build(gazetteer, links, e -> !e.isPlace() || wanted.contains(e.entity()));
  }

  private Model build(Gazetteer gazetteer, LinkTable links, Predicate<GazetteerEntity> keep) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefixes(iris.prefixes());
    Set<String> written = new HashSet<>();
    for (GazetteerEntity e : gazetteer.entities()) {
      if (keep.test(e)) {
        entity(m, e);
        written.add(e.entity());
      }
    }
    for (WikidataLink link : links.links()) {
      if (link.entity().startsWith("place/") && !written.contains(link.entity())) {
        continue;
      }
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
    e.point()
        .ifPresent(
            p -> {
              m.add(r, WGS84.lat, decimal(p.lat()));
              m.add(r, WGS84.long_, decimal(p.lon()));
            });
  }

  private static Literal decimal(BigDecimal value) {
    return ResourceFactory.createTypedLiteral(value.toPlainString(), XSDDatatype.XSDdecimal);
  }

  private Resource iri(GazetteerEntity e) {
    return switch (e.kind()) {
      case "place" -> iris.place(e.key());
      case "outlet" -> iris.outlet(e.key());
      default -> iris.org(e.key());
    };
  }
}
