package org.w3id.pfkg.rdf;

import java.util.Locale;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.ChargeFact;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.Gender;
import org.w3id.pfkg.facts.JournalistFacts;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.RoleFact;
import org.w3id.pfkg.facts.StatusStatement;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.Slug;

/** Writes the journalist and the plain facts about them, each also as a sourced statement. */
final class JournalistWriter {
  /**
   * The relation slugs under {@code relation:spouse} in ontology/vocab/relations.ttl; a test keeps
   * the two in step. Kept here because the mapping must stay a pure function of its input.
   */
  static final Set<String> SPOUSE_RELATIONS = Set.of("spouse", "husband", "wife");

  private final MappingContext ctx;
  private final StatementWriter statements;

  JournalistWriter(MappingContext ctx, StatementWriter statements) {
    this.ctx = ctx;
    this.statements = statements;
  }

  void write() {
    Model m = ctx.model();
    JournalistFacts jf = ctx.facts().journalist();
    Resource j = ctx.journalist();
    m.add(j, RDF.type, PF.Journalist);
    m.add(j, RDF.type, SCHEMA.Person);
    if (ctx.primary()) {
      m.add(j, SCHEMA.name, jf.name());
      m.add(j, RDFS.label, jf.name());
    } else {
      m.add(j, SCHEMA.alternateName, jf.name());
    }
    jf.aliases().forEach(a -> m.add(j, SCHEMA.alternateName, a));
    jf.gender()
        .ifPresent(g -> m.add(j, SCHEMA.gender, g == Gender.FEMALE ? SCHEMA.Female : SCHEMA.Male));
    ctx.facts().statusStatement().ifPresent(this::status);
    // The extraction gives ethnic groups without evidence, so they stay plain triples.
    jf.ethnicities().forEach(e -> m.add(j, PF.ethnicGroup, ctx.iris().group(e)));
    jf.roles().forEach(this::role);
    ctx.facts().outlets().forEach(this::outlet);
    ctx.facts()
        .detentions()
        .forEach(
            d ->
                statements.write(
                    j, PF.heldIn, ctx.iris().place(d.facility()), d.attribution(), d.evidence()));
    ctx.facts().charges().forEach(this::charge);
    ctx.facts().people().forEach(this::person);
  }

  /**
   * What this document says of the journalist's status, as of when: a statement only. The one
   * current pf:status is the case's, chosen over all its documents ({@link CaseSummary}).
   */
  private void status(StatusStatement s) {
    Resource st =
        statements.reify(
            ctx.journalist(),
            PF.status,
            ctx.iris().status(s.status().code()),
            s.attribution(),
            s.evidence());
    Model m = ctx.model();
    m.add(st, RDF.type, PF.StatusStatement);
    s.asOf().ifPresent(d -> m.add(st, PF.asOf, asOf(d)));
  }

  /** The date at the text's precision; a vague one ("late 2019") as its last day. */
  static Literal asOf(FactDate d) {
    RDFDatatype type =
        switch (d.precision()) {
          case DAY -> XSDDatatype.XSDdate;
          case MONTH -> XSDDatatype.XSDgYearMonth;
          case YEAR -> XSDDatatype.XSDgYear;
          case VAGUE -> XSDDatatype.XSDdate;
        };
    String lexical =
        d.precision() == DatePrecision.VAGUE ? d.latest().toString() : d.iso().orElseThrow();
    return ResourceFactory.createTypedLiteral(lexical, type);
  }

  private void role(RoleFact r) {
    statements.write(
        ctx.journalist(), PF.role, ctx.iris().role(r.concept()), r.attribution(), r.evidence());
  }

  /**
   * An outlet is the journalist's by the extraction's definition; its first mention is the
   * evidence.
   */
  private void outlet(NamedEntity o) {
    Resource outlet = ctx.iris().outlet(o.key());
    if (o.evidence().isEmpty()) {
      ctx.model().add(ctx.journalist(), PF.outlet, outlet);
    } else {
      statements.write(ctx.journalist(), PF.outlet, outlet, Attribution.NONE, o.evidence().get(0));
    }
  }

  private void charge(ChargeFact c) {
    Resource st =
        statements.write(
            ctx.journalist(),
            PF.chargedWith,
            ctx.iris().charge(c.concept()),
            c.attribution(),
            c.evidence());
    ctx.model().add(st, PF.chargeStatus, c.status().name().toLowerCase(Locale.ROOT));
  }

  private void person(PersonFact p) {
    Resource person = ctx.iris().person(p.key());
    Resource j = ctx.journalist();
    statements.write(j, PF.relatedPerson, person, p.attribution(), p.evidence());
    if (SPOUSE_RELATIONS.contains(Slug.of(p.relation()))) {
      statements.write(j, SCHEMA.spouse, person, p.attribution(), p.evidence());
    }
    p.residence()
        .ifPresent(
            r ->
                statements.write(
                    person,
                    SCHEMA.homeLocation,
                    ctx.iris().place(r),
                    p.attribution(),
                    p.evidence()));
  }
}
