package org.w3id.pfkg.rdf;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.Provenance;
import org.w3id.pfkg.facts.SentenceTerm;
import org.w3id.pfkg.vocab.EDTF;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/** Writes events with their dates at the text's precision and the prison terms they set. */
final class EventWriter {
  private final MappingContext ctx;
  private final ProvenanceWriter provenance;
  private final StatementWriter statements;

  EventWriter(MappingContext ctx, ProvenanceWriter provenance, StatementWriter statements) {
    this.ctx = ctx;
    this.provenance = provenance;
    this.statements = statements;
  }

  void write() {
    ctx.facts().events().forEach(this::event);
  }

  private void event(EventFact e) {
    Model m = ctx.model();
    Resource node = ctx.iris().event(ctx.caseId(), e.key());
    // "other" says nothing; the detail ("website shut down") names what happened.
    String typeLabel =
        e.type() == org.w3id.pfkg.facts.EventType.OTHER
            ? e.detail()
            : e.type().slug().replace('-', ' ');
    String when = e.date().map(d -> " (" + d.text() + ")").orElse("");
    m.add(node, RDF.type, PF.Event);
    m.add(node, RDFS.label, typeLabel + ": " + ctx.facts().journalist().name() + when);
    m.add(node, PF.eventType, ctx.iris().eventType(e.type().slug()));
    m.add(node, PF.concerns, ctx.journalist());
    e.authority().ifPresent(a -> m.add(node, PF.actingAuthority, provenance.authority(a)));
    // The place as a plain triple and as a statement with the provenance of the sentence that
    // named it, which may be another telling than the event's (docs/MODEL.md, "Provenance").
    e.place()
        .ifPresent(
            p -> {
              Provenance from = e.placeProvenance().orElseThrow();
              statements.write(
                  node, SCHEMA.location, ctx.iris().place(p), from.attribution(), from.evidence());
            });
    e.charges().forEach(c -> m.add(node, PF.charge, ctx.iris().charge(c)));
    ctx.addText(node, SCHEMA.description, e.detail());
    e.date().ifPresent(d -> date(node, d));
    e.term()
        .ifPresent(
            t -> {
              Resource termNode = ctx.iris().term(ctx.caseId(), e.key());
              term(node, termNode, t);
              // The term's own sources: another telling than the event's may have given it, and
              // two documents of the case that tell the event add theirs to the event, not to it.
              provenance.write(termNode, e.termProvenance().orElseThrow());
            });
    if (e.type() == EventType.SENTENCE_CHANGE) {
      changedSentencing(e)
          .ifPresent(
              s -> m.add(node, PF.changesSentenceOf, ctx.iris().event(ctx.caseId(), s.key())));
    }
    provenance.write(node, e.attribution(), e.evidence());
  }

  private void date(Resource node, FactDate d) {
    Model m = ctx.model();
    datatype(d.precision())
        .ifPresent(
            dt ->
                d.iso()
                    .ifPresent(
                        iso -> m.add(node, PF.date, ResourceFactory.createTypedLiteral(iso, dt))));
    m.add(node, PF.datePrecision, d.precision().name().toLowerCase(Locale.ROOT));
    ctx.addText(node, PF.dateText, d.text());
    m.add(node, PF.edtf, EDTF.literal(d.edtf()));
    m.add(node, PF.earliestDate, xsdDate(d.earliest()));
    m.add(node, PF.latestDate, xsdDate(d.latest()));
  }

  private static Optional<RDFDatatype> datatype(DatePrecision p) {
    return switch (p) {
      case DAY -> Optional.of(XSDDatatype.XSDdate);
      case MONTH -> Optional.of(XSDDatatype.XSDgYearMonth);
      case YEAR -> Optional.of(XSDDatatype.XSDgYear);
      case VAGUE -> Optional.empty();
    };
  }

  private static org.apache.jena.rdf.model.Literal xsdDate(LocalDate d) {
    return ResourceFactory.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
  }

  private void term(Resource event, Resource node, SentenceTerm t) {
    Model m = ctx.model();
    m.add(event, PF.sentenceTerm, node);
    m.add(node, RDF.type, PF.SentenceTerm);
    m.add(
        node, RDFS.label, t.life() ? "life imprisonment" : t.death() ? "death sentence" : t.code());
    m.add(node, PF.isLife, ResourceFactory.createTypedLiteral(t.life()));
    if (t.death()) {
      m.add(node, PF.isDeath, ResourceFactory.createTypedLiteral(true));
    }
    if (t.suspended()) {
      m.add(node, PF.isSuspended, ResourceFactory.createTypedLiteral(true));
    }
    if (t.additional()) {
      m.add(node, PF.isAdditional, ResourceFactory.createTypedLiteral(true));
    }
    ctx.addText(node, PF.termText, t.text());
    t.duration()
        .ifPresent(
            p ->
                m.add(
                    node,
                    PF.duration,
                    ResourceFactory.createTypedLiteral(p.toString(), XSDDatatype.XSDduration)));
    t.totalMonths()
        .ifPresent(
            n ->
                m.add(
                    node,
                    PF.totalMonths,
                    ResourceFactory.createTypedLiteral(n.toString(), XSDDatatype.XSDinteger)));
  }

  /** The latest sentencing dated before the change; ties go to the later key, for stability. */
  private Optional<EventFact> changedSentencing(EventFact change) {
    Optional<LocalDate> changed = change.date().map(FactDate::earliest);
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    return ctx.facts().events().stream()
        .filter(e -> e.type() == EventType.SENTENCING && e.date().isPresent())
        .filter(e -> e.date().get().earliest().isBefore(changed.get()))
        .max(
            Comparator.comparing((EventFact e) -> e.date().get().earliest())
                .thenComparing(EventFact::key));
  }
}
