package org.w3id.pfkg.rdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * The values of a case that only all its documents together decide: the journalist's one current
 * {@code pf:status}, from the latest dated {@code pf:StatusStatement} of any document (the others
 * stay statements with their sources), and the one {@code pf:latestSentence} with the sentence
 * history numbered in order ({@code pf:sentenceIndex}), the case's {@code pf:country} ({@link
 * CaseCountry}) and each journalist's custody span ({@link CaseCustody}). A pure function of the
 * case graph (the union of its documents' graphs) and the gazetteer's answers, so that the build
 * can write it once the case is whole, and the in-memory validation can check the same triples.
 */
public final class CaseSummary {
  /** A dated thing of the case: a status statement or a sentence term. */
  private record Dated(Resource node, Optional<LocalDate> earliest, Optional<LocalDate> latest) {}

  /** Undated last, as {@code CaseFacts.sentenceHistory} orders a document's events. */
  private static final Comparator<Dated> UNDATED_LAST =
      Comparator.comparing((Dated d) -> d.earliest().orElse(LocalDate.MAX))
          .thenComparing(d -> d.latest().orElse(LocalDate.MAX))
          .thenComparing(d -> d.node().getURI());

  /** Undated first: a status statement with no date is overtaken by any dated one. */
  private static final Comparator<Dated> UNDATED_FIRST =
      Comparator.comparing((Dated d) -> d.earliest().orElse(LocalDate.MIN))
          .thenComparing(d -> d.latest().orElse(LocalDate.MIN))
          .thenComparing(d -> d.node().getURI());

  /**
   * What the summary reads of a shared entity's description ({@link SharedEntities}): the place it
   * lies in, which {@link CaseCountry} climbs. Nothing else of the entities graph changes a summary
   * (journalists are never shared entities), which lets the build make a case's summary from its
   * own documents whenever these triples of the entities it names are the same in all documents'
   * merged descriptions (the build's DraftSummary). A new read of the entities graph belongs here.
   */
  public static final Set<org.apache.jena.graph.Node> READ_OF_SHARED =
      Set.of(SCHEMA.containedInPlace.asNode());

  private CaseSummary() {}

  /** The summary triples of every case in {@code caseGraph}, without a country. */
  public static Model of(Graph caseGraph, Iris iris) {
    return of(caseGraph, iris, CaseCountry.NONE);
  }

  /**
   * The summary triples of every case in {@code caseGraph}, its country decided by {@code rule}.
   */
  public static Model of(Graph caseGraph, Iris iris, CaseCountry rule) {
    return of(caseGraph, iris, rule, CaseCustody.NONE);
  }

  /**
   * The summary triples of every case in {@code caseGraph}: its country decided by {@code rule},
   * each journalist's custody span by {@code custody}.
   */
  public static Model of(Graph caseGraph, Iris iris, CaseCountry rule, CaseCustody custody) {
    Objects.requireNonNull(iris, "iris");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(custody, "custody");
    Model in = ModelFactory.createModelForGraph(caseGraph);
    Model out = ModelFactory.createDefaultModel();
    for (Resource c : in.listSubjectsWithProperty(RDF.type, PF.Case).toList()) {
      Set<String> countries = new LinkedHashSet<>();
      boolean everyone = true;
      for (RDFNode j : in.listObjectsOfProperty(c, PF.journalist).toList()) {
        summarise(in, out, c, j.asResource(), iris, custody);
        custody.describe(in, out, c, j.asResource(), iris);
        Optional<String> country = rule.of(in, j.asResource(), iris);
        country.ifPresent(k -> out.add(j.asResource(), PF.country, iris.place(k)));
        country.ifPresent(countries::add);
        everyone &= country.isPresent();
      }
      // The case's country only when every journalist of it has that one.
      if (everyone && countries.size() == 1) {
        out.add(c, PF.country, iris.place(countries.iterator().next()));
      }
    }
    return out;
  }

  private static void summarise(
      Model in, Model out, Resource c, Resource j, Iris iris, CaseCustody custody) {
    // The latest statement, unless a later event contradicts it: then none is current (a release
    // told of 2011 is no current status for a journalist arrested again in 2017).
    Optional<Dated> current =
        in.listResourcesWithProperty(RDF.type, PF.StatusStatement).toList().stream()
            .filter(st -> in.contains(st, RDF.subject, j))
            .map(st -> dated(in, st, PF.asOf, PF.asOf))
            .max(UNDATED_FIRST)
            .filter(d -> !custody.overtaken(in, j, d.node(), iris));
    RDFNode status =
        current
            .map(d -> in.getProperty(d.node(), RDF.object).getObject())
            .orElse(iris.status("unknown"));
    out.add(j, PF.status, status);
    out.add(c, PF.status, status);
    current.ifPresent(d -> out.add(j, PF.statusStatement, d.node()));

    List<Dated> terms = new ArrayList<>();
    for (Resource event : in.listSubjectsWithProperty(PF.concerns, j).toList()) {
      Dated when = dated(in, event, PF.earliestDate, PF.latestDate);
      for (RDFNode term : in.listObjectsOfProperty(event, PF.sentenceTerm).toList()) {
        terms.add(new Dated(term.asResource(), when.earliest(), when.latest()));
      }
    }
    terms.sort(UNDATED_LAST);
    Set<Resource> history = new LinkedHashSet<>();
    terms.forEach(t -> history.add(t.node()));
    int index = 0;
    Resource last = null;
    for (Resource term : history) {
      out.addLiteral(
          term, PF.sentenceIndex, out.createTypedLiteral(++index, XSDDatatype.XSDinteger));
      last = term;
    }
    if (last != null) {
      out.add(j, PF.latestSentence, last);
      out.add(c, PF.latestSentence, last);
    }
  }

  /** The bounds of a node's date, from {@code pf:asOf} or the event's earliest/latest dates. */
  private static Dated dated(
      Model in,
      Resource node,
      org.apache.jena.rdf.model.Property from,
      org.apache.jena.rdf.model.Property to) {
    Optional<LocalDate> earliest = bound(in.getProperty(node, from), true);
    Optional<LocalDate> latest = bound(in.getProperty(node, to), false);
    return new Dated(node, earliest, latest);
  }

  /** The first or last day an xsd:date, xsd:gYearMonth or xsd:gYear can mean. */
  private static Optional<LocalDate> bound(Statement s, boolean first) {
    if (s == null || !s.getObject().isLiteral()) {
      return Optional.empty();
    }
    Literal l = s.getLiteral();
    String lex = l.getLexicalForm();
    String type = l.getDatatypeURI();
    try {
      if (XSDDatatype.XSDgYear.getURI().equals(type)) {
        int year = Integer.parseInt(lex);
        return Optional.of(first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31));
      }
      if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
        YearMonth ym = YearMonth.parse(lex);
        return Optional.of(first ? ym.atDay(1) : ym.atEndOfMonth());
      }
      return Optional.of(LocalDate.parse(lex));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
