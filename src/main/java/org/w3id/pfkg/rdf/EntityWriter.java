package org.w3id.pfkg.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.Slug;

/**
 * Writes the outlets, organisations, places, facilities and people a case names, each linked from
 * the document that names it ({@code schema:mentions}): the document's own entities, as the GOLD
 * summary lists them, reachable from the case even where no event, claim or role refers to them.
 */
final class EntityWriter {
  private final MappingContext ctx;

  EntityWriter(MappingContext ctx) {
    this.ctx = ctx;
  }

  void write() {
    ctx.facts().entities().forEach(this::entity);
    ctx.facts().people().forEach(this::person);
  }

  Resource iriOf(NamedEntity e) {
    return switch (e.kind()) {
      case OUTLET -> ctx.iris().outlet(e.key());
      case ORGANIZATION -> ctx.iris().org(e.key());
      case PLACE, FACILITY -> ctx.iris().place(e.key());
    };
  }

  private void entity(NamedEntity e) {
    Model m = ctx.model();
    Resource r = iriOf(e);
    switch (e.kind()) {
      case OUTLET -> {
        m.add(r, RDF.type, PF.Outlet);
        m.add(r, RDF.type, SCHEMA.NewsMediaOrganization);
      }
      case ORGANIZATION -> m.add(r, RDF.type, SCHEMA.Organization);
      case PLACE -> m.add(r, RDF.type, SCHEMA.Place);
      case FACILITY -> {
        m.add(r, RDF.type, PF.DetentionFacility);
        m.add(r, RDF.type, SCHEMA.Place);
      }
    }
    m.add(r, SCHEMA.name, e.name());
    m.add(r, RDFS.label, e.name());
    m.add(ctx.document(), SCHEMA.mentions, r);
    e.description().ifPresent(d -> ctx.addText(r, SCHEMA.description, d));
    e.within()
        .ifPresent(
            w -> {
              // schema:containedInPlace is for places; an organisation is located in one instead.
              boolean isPlace =
                  e.kind() == org.w3id.pfkg.facts.EntityKind.PLACE
                      || e.kind() == org.w3id.pfkg.facts.EntityKind.FACILITY;
              m.add(r, isPlace ? SCHEMA.containedInPlace : SCHEMA.location, ctx.iris().place(w));
            });
  }

  private void person(PersonFact p) {
    Model m = ctx.model();
    Resource r = ctx.iris().person(p.key());
    m.add(r, RDF.type, SCHEMA.Person);
    m.add(r, SCHEMA.name, p.name());
    m.add(r, RDFS.label, p.name());
    m.add(ctx.document(), SCHEMA.mentions, r);
    m.add(r, PF.relation, ctx.iris().relation(Slug.of(p.relation())));
    ctx.addText(r, PF.relationText, p.relation());
  }

  /**
   * Gives a type and label to places referred to by key but not described in this document, so that
   * every object a page links to has something to show.
   */
  void labelBarePlaces() {
    Model m = ctx.model();
    for (var p :
        new org.apache.jena.rdf.model.Property[] {
          SCHEMA.location, SCHEMA.homeLocation, SCHEMA.containedInPlace, PF.heldIn
        }) {
      for (var o : m.listObjectsOfProperty(p).toList()) {
        if (o.isURIResource() && !m.contains(o.asResource(), RDFS.label)) {
          Resource r = o.asResource();
          m.add(r, RDF.type, SCHEMA.Place);
          m.add(r, RDFS.label, ctx.labelOf(r));
        }
      }
    }
  }
}
