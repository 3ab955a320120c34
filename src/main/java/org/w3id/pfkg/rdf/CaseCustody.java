package org.w3id.pfkg.rdf;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/**
 * A journalist's first custody (docs/MODEL.md, "Custody"): the span the census counts, written once
 * by the build so that a census over thousands of cases reads one node per journalist instead of
 * aggregating every event of the graph at query time. A derived fact, and a pure function of the
 * case graph: it begins at the first event of a start type (at the latest day its date allows, the
 * day custody is certain to have begun), ends at the first event of an end type that may fall after
 * that (at the earliest day its date allows), and its last evidence is the latest statement that
 * the journalist was held (at the earliest day of its {@code pf:asOf}). Each bound links the event
 * or statement it comes from, whose date keeps the precision the text states. A journalist taken
 * into custody again too long after the begin ({@code retakenAfterDays}), before any end, has no
 * span.
 *
 * @param startTypes event-type slugs that begin custody ({@code data/rules/custody.tsv})
 * @param endTypes event-type slugs that end it
 * @param heldStatuses status slugs that say the journalist is held
 * @param retakenAfterDays a start more than this many days after the begin, before any end, tells
 *     another custody: then no span (none: no such check)
 */
public record CaseCustody(
    Set<String> startTypes,
    Set<String> endTypes,
    Set<String> heldStatuses,
    OptionalInt retakenAfterDays) {
  /** No custody spans: for tests and tools that do not read the rule. */
  public static final CaseCustody NONE =
      new CaseCustody(Set.of(), Set.of(), Set.of(), OptionalInt.empty());

  /**
   * A candidate bound: the node it comes from, its day, and the date as stated, which breaks ties
   * as the census queries' "day stated" keys did.
   */
  private record Bound(Resource node, LocalDate day, String stated) {}

  private static final Comparator<Bound> ORDER =
      Comparator.comparing(Bound::day)
          .thenComparing(Bound::stated)
          .thenComparing(b -> b.node().getURI());

  public CaseCustody {
    startTypes = Set.copyOf(startTypes);
    endTypes = Set.copyOf(endTypes);
    heldStatuses = Set.copyOf(heldStatuses);
    Objects.requireNonNull(retakenAfterDays, "retakenAfterDays");
  }

  /** Adds to {@code out} the custody span of journalist {@code j} of case {@code c}, if any. */
  void describe(Model in, Model out, Resource c, Resource j, Iris iris) {
    Objects.requireNonNull(iris, "iris");
    Optional<Bound> start =
        events(in, j, startTypes, iris)
            .flatMap(e -> bound(in, e, PF.latestDate).stream())
            .min(ORDER);
    if (start.isEmpty()) {
      return;
    }
    LocalDate from = start.get().day();
    // An end counts when it may fall after the begin: its latest day is after it.
    Optional<Bound> end =
        events(in, j, endTypes, iris)
            .filter(e -> bound(in, e, PF.latestDate).filter(b -> b.day().isAfter(from)).isPresent())
            .flatMap(e -> bound(in, e, PF.earliestDate).stream())
            .min(ORDER);
    if (takenAgainLater(in, j, iris, from, end)) {
      return;
    }
    Optional<Bound> said = lastSaidHeld(in, j, iris);

    Resource span = iris.custody(localName(c, iris.caseIri("")), localName(j, iris.journalist("")));
    out.add(j, PF.custody, span);
    out.add(span, RDF.type, PF.CustodySpan);
    out.add(span, PF.heldFrom, day(out, from));
    out.add(span, PF.startEvent, start.get().node());
    end.ifPresent(
        b -> {
          out.add(span, PF.heldUntil, day(out, b.day()));
          out.add(span, PF.endEvent, b.node());
        });
    said.ifPresent(
        b -> {
          out.add(span, PF.lastSaidHeld, day(out, b.day()));
          out.add(span, PF.lastCustodyStatement, b.node());
        });
  }

  /**
   * Whether the journalist was taken into custody again more than {@link #retakenAfterDays} after
   * the begin, before any end: "arrested during the 2002 unrest" and "arrested on 30 October 2012,
   * died on 3 November" tell two custodies, the first of which ended unrecorded. Which one a census
   * should count is then unknown, so no span is written: a span from 2002 to 2012 would be a wrong
   * fact.
   */
  private boolean takenAgainLater(
      Model in, Resource j, Iris iris, LocalDate from, Optional<Bound> end) {
    if (retakenAfterDays.isEmpty()) {
      return false;
    }
    LocalDate later = from.plusDays(retakenAfterDays.getAsInt());
    return events(in, j, startTypes, iris)
        .flatMap(e -> bound(in, e, PF.earliestDate).stream())
        .anyMatch(
            b -> b.day().isAfter(later) && end.map(x -> b.day().isBefore(x.day())).orElse(true));
  }

  /**
   * Whether an event told after a status statement contradicts it, so that it cannot be the
   * journalist's current status: a held status with a release or death after it, any other status
   * (released, in exile, missing) with an arrest or detention after it ("pardoned in 2011", then
   * "arrested in March 2017"). After means the event's first possible day follows the statement's
   * last one; an undated statement is overtaken by nothing.
   */
  boolean overtaken(Model in, Resource j, Resource statement, Iris iris) {
    Optional<LocalDate> said = lastDay(in, statement);
    if (said.isEmpty()) {
      return false;
    }
    Set<RDFNode> held = heldStatuses.stream().map(iris::status).collect(Collectors.toSet());
    boolean isHeld =
        in.listObjectsOfProperty(statement, RDF.object).toList().stream().anyMatch(held::contains);
    return events(in, j, isHeld ? endTypes : startTypes, iris)
        .flatMap(e -> bound(in, e, PF.earliestDate).stream())
        .anyMatch(b -> b.day().isAfter(said.get()));
  }

  /** The last day a statement's {@code pf:asOf} allows ("2011" ends on 31 December 2011). */
  private static Optional<LocalDate> lastDay(Model in, Resource statement) {
    return firstDay(in, statement)
        .map(
            b ->
                switch (b.stated().length()) {
                  case 4 -> b.day().withDayOfYear(b.day().lengthOfYear());
                  case 7 -> b.day().withDayOfMonth(b.day().lengthOfMonth());
                  default -> b.day();
                });
  }

  private static Stream<Resource> events(Model in, Resource j, Set<String> types, Iris iris) {
    Set<Resource> wanted = types.stream().map(iris::eventType).collect(Collectors.toSet());
    return in.listSubjectsWithProperty(PF.concerns, j).toList().stream()
        .filter(
            e ->
                in.listObjectsOfProperty(e, PF.eventType).toList().stream()
                    .anyMatch(wanted::contains));
  }

  /**
   * An event's bound from {@code pf:earliestDate} or {@code pf:latestDate}, as stated by {@code
   * pf:date}.
   */
  private static Optional<Bound> bound(Model in, Resource event, Property which) {
    Statement s = in.getProperty(event, which);
    if (s == null || !s.getObject().isLiteral()) {
      return Optional.empty();
    }
    String lex = s.getLiteral().getLexicalForm();
    Statement stated = in.getProperty(event, PF.date);
    try {
      return Optional.of(
          new Bound(
              event,
              LocalDate.parse(lex),
              stated != null && stated.getObject().isLiteral()
                  ? stated.getLiteral().getLexicalForm()
                  : lex));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The latest statement that the journalist is held, at the first day of its {@code pf:asOf}. */
  private Optional<Bound> lastSaidHeld(Model in, Resource j, Iris iris) {
    Set<RDFNode> held = heldStatuses.stream().map(iris::status).collect(Collectors.toSet());
    return in.listResourcesWithProperty(RDF.type, PF.StatusStatement).toList().stream()
        .filter(st -> in.contains(st, RDF.subject, j))
        .filter(
            st ->
                in.listObjectsOfProperty(st, RDF.object).toList().stream().anyMatch(held::contains))
        .flatMap(st -> firstDay(in, st).stream())
        .max(ORDER);
  }

  private static Optional<Bound> firstDay(Model in, Resource statement) {
    Statement s = in.getProperty(statement, PF.asOf);
    if (s == null || !s.getObject().isLiteral()) {
      return Optional.empty();
    }
    String lex = s.getLiteral().getLexicalForm();
    String day =
        lex.length() == 4
            ? lex + "-01-01"
            : lex.length() == 7 ? lex + "-01" : lex.substring(0, Math.min(10, lex.length()));
    try {
      return Optional.of(new Bound(statement, LocalDate.parse(day), lex));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Literal day(Model out, LocalDate d) {
    return out.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
  }

  private static String localName(Resource r, Resource namespace) {
    return r.getURI().substring(namespace.getURI().length());
  }
}
