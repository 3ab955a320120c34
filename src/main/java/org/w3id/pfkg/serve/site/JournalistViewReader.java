package org.w3id.pfkg.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.PROV;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.WD;

/** Reads a {@link JournalistView} from the union of the graphs (docs/MODEL.md terms). */
final class JournalistViewReader {
  private final Dataset dataset;
  private final SitePaths paths;

  JournalistViewReader(Dataset dataset, SitePaths paths) {
    this.dataset = dataset;
    this.paths = paths;
  }

  /** The view, or empty when the IRI is not a {@code pf:Journalist}. */
  Optional<JournalistView> read(String iri) {
    return Txn.calculateRead(
        dataset,
        () -> {
          Model union = ModelFactory.createModelForGraph(dataset.asDatasetGraph().getUnionGraph());
          Resource j = union.createResource(iri);
          if (!union.contains(j, RDF.type, PF.Journalist)) {
            return Optional.empty();
          }
          return Optional.of(view(new ModelReading(union, paths), j));
        });
  }

  private JournalistView view(ModelReading r, Resource j) {
    Model m = r.model();
    List<Resource> cases = r.subjects(PF.journalist, j);
    List<EventView> events = inDateOrder(r.subjects(PF.concerns, j).stream().map(e -> event(r, e)));
    List<ClaimView> claims = r.subjects(PF.about, j).stream().map(c -> claim(r, c)).toList();
    return new JournalistView(
        r.link(j),
        r.label(j),
        r.texts(j, SCHEMA.alternateName).stream().filter(a -> !a.equals(r.label(j))).toList(),
        cases.stream().map(r::link).toList(),
        cases.stream().flatMap(c -> r.links(c, PF.status).stream()).distinct().toList(),
        r.links(j, PF.role),
        r.links(j, PF.outlet),
        r.links(j, PF.country),
        m.listObjectsOfProperty(j, PF.chargedWith).toList().stream()
            .map(c -> new ChargeView(r.link(c), category(r, c.asResource())))
            .sorted(Comparator.comparing(c -> c.charge().label()))
            .toList(),
        r.links(j, PF.heldIn),
        m.listObjectsOfProperty(j, PF.custody).toList().stream()
            .filter(RDFNode::isResource)
            .map(span -> custody(r, span.asResource()))
            .toList(),
        relatedPeople(r, j),
        r.links(j, PF.ethnicGroup),
        m.listObjectsOfProperty(j, OWL.sameAs).toList().stream()
            .filter(RDFNode::isURIResource)
            .map(n -> n.asResource().getURI())
            .filter(u -> u.startsWith(WD.NS))
            .sorted()
            .toList(),
        events,
        Timeline.of(events),
        events.stream().filter(e -> !e.term().isEmpty()).toList(),
        claims,
        disputes(r, j),
        facts(r, j),
        new SourceReading(r).sources(cases, j, events),
        places(r, j),
        unplaced(r, j));
  }

  private static CustodyView custody(ModelReading r, Resource span) {
    Optional<Resource> start = object(r, span, PF.startEvent);
    Optional<Resource> end = object(r, span, PF.endEvent);
    Optional<Resource> said = object(r, span, PF.lastCustodyStatement);
    return new CustodyView(
        start.map(e -> eventWhen(r, e)).orElse(Humanise.date(r.text(span, PF.heldFrom))),
        start.map(e -> typed(r, e)).orElse(new Link("", "", "")),
        end.map(e -> eventWhen(r, e)).orElse(""),
        end.map(e -> typed(r, e)).orElse(new Link("", "", "")),
        said.map(st -> Humanise.date(r.text(st, PF.asOf))).orElse(""));
  }

  private static Optional<Resource> object(
      ModelReading r, Resource s, org.apache.jena.rdf.model.Property p) {
    Statement st = r.model().getProperty(s, p);
    return st == null || !st.getObject().isResource()
        ? Optional.empty()
        : Optional.of(st.getResource());
  }

  /** A link to an event named by its type ("detention"), as the census page names them. */
  private static Link typed(ModelReading r, Resource e) {
    Link event = r.link(e);
    String type = r.links(e, PF.eventType).stream().map(Link::label).findFirst().orElse("event");
    return new Link(event.iri(), event.href(), type);
  }

  private static String eventWhen(ModelReading r, Resource e) {
    return Humanise.when(r.text(e, PF.date), r.text(e, PF.earliestDate), r.text(e, PF.latestDate));
  }

  private static List<Link> relatedPeople(ModelReading r, Resource j) {
    List<Link> people = new ArrayList<>(r.links(j, PF.relatedPerson));
    r.links(j, SCHEMA.spouse).stream().filter(l -> !people.contains(l)).forEach(people::add);
    return List.copyOf(people);
  }

  private static Link category(ModelReading r, Resource charge) {
    Model m = r.model();
    for (Resource c = charge; c != null; ) {
      if (m.contains(c, RDF.type, PF.CpjChargeCategory)) {
        return r.link(c);
      }
      Statement broader = m.getProperty(c, SKOS.broader);
      c = broader == null ? null : broader.getResource();
      if (c != null && c.equals(charge)) {
        break;
      }
    }
    return new Link("", "", "");
  }

  private static EventView event(ModelReading r, Resource e) {
    Resource term =
        r.model().getProperty(e, PF.sentenceTerm) == null
            ? null
            : r.model().getProperty(e, PF.sentenceTerm).getResource();
    String date = r.text(e, PF.date);
    String earliest = r.text(e, PF.earliestDate);
    String latest = r.text(e, PF.latestDate);
    return new EventView(
        "",
        r.link(e),
        r.links(e, PF.eventType).stream().findFirst().orElse(new Link("", "", "event")),
        date,
        Humanise.when(date, earliest, latest),
        r.text(e, PF.datePrecision),
        r.text(e, PF.dateText),
        earliest,
        latest,
        r.text(e, SCHEMA.description),
        r.links(e, SCHEMA.location),
        r.links(e, PF.charge),
        r.links(e, PF.actingAuthority),
        r.links(e, PF.accordingTo),
        r.links(e, PF.reportedBy),
        r.quotes(e),
        term == null ? "" : termText(r, term),
        term == null ? List.of() : r.links(termSources(r, term, e), PF.accordingTo),
        term == null ? List.of() : r.links(termSources(r, term, e), PF.reportedBy),
        PlaceSources.differing(r, e));
  }

  /**
   * The node whose sources are the term's: the term itself, which carries the provenance of the
   * sentence that gave it; the event only in a store written before terms had their own.
   */
  private static Resource termSources(ModelReading r, Resource term, Resource event) {
    return r.model().contains(term, PROV.wasDerivedFrom) ? term : event;
  }

  /** "19 years 8 months (suspended)", "life imprisonment", "death", with the text's words. */
  private static String termText(ModelReading r, Resource term) {
    String text = r.text(term, PF.termText);
    String duration = r.text(term, PF.duration);
    String length;
    if (r.text(term, PF.isDeath).equals("true")) {
      length = "death sentence";
    } else if (r.text(term, PF.isLife).equals("true")) {
      length = "life imprisonment";
    } else {
      length = duration.isEmpty() ? "" : Humanise.duration(duration);
    }
    if (r.text(term, PF.isSuspended).equals("true")) {
      length += " (suspended)";
    }
    if (r.text(term, PF.isAdditional).equals("true")) {
      length += " (additional)";
    }
    if (length.isBlank()) {
      return text;
    }
    return length + (text.isEmpty() ? "" : " (\u201c" + text + "\u201d)");
  }

  /** Date order (earliest bound, then IRI), undated last; each numbered for its page anchor. */
  private static List<EventView> inDateOrder(java.util.stream.Stream<EventView> events) {
    List<EventView> sorted =
        events
            .sorted(
                Comparator.comparing((EventView e) -> !e.isDated())
                    .thenComparing(EventView::earliest)
                    .thenComparing(e -> e.event().iri()))
            .toList();
    List<EventView> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.add(sorted.get(i).withAnchor("event-" + (i + 1)));
    }
    return List.copyOf(out);
  }

  private static ClaimView claim(ModelReading r, Resource c) {
    return new ClaimView(
        r.link(c),
        r.text(c, PF.claimKind),
        r.text(c, SCHEMA.description),
        r.links(c, PF.charge),
        r.links(c, PF.accordingTo),
        r.links(c, PF.reportedBy),
        r.quotes(c));
  }

  private static List<Dispute> disputes(ModelReading r, Resource j) {
    List<Dispute> out = new ArrayList<>();
    for (Resource c : r.subjects(PF.about, j)) {
      for (RDFNode other : r.model().listObjectsOfProperty(c, PF.disputes).toList()) {
        if (other.isResource()) {
          out.add(new Dispute(claim(r, c), claim(r, other.asResource())));
        }
      }
    }
    return List.copyOf(out);
  }

  private static List<FactView> facts(ModelReading r, Resource j) {
    return r.subjects(RDF.subject, j).stream()
        .map(
            s ->
                new FactView(
                    r.links(s, RDF.predicate).stream().findFirst().orElse(new Link("", "", "")),
                    r.links(s, RDF.object).stream().findFirst().orElse(new Link("", "", "")),
                    r.text(s, PF.chargeStatus),
                    r.links(s, PF.accordingTo),
                    r.links(s, PF.reportedBy),
                    r.quotes(s)))
        .sorted(
            Comparator.comparing((FactView f) -> f.property().label())
                .thenComparing(f -> f.value().label()))
        .toList();
  }

  /**
   * Places of the journalist's events and the facilities holding her, where the map can show them:
   * a facility without coordinates at its city's ({@link PlaceLocator}).
   */
  private static List<PlaceMark> places(ModelReading r, Resource j) {
    PlaceLocator locator = new PlaceLocator(r);
    List<PlaceMark> marks = new ArrayList<>();
    for (Resource e : r.subjects(PF.concerns, j)) {
      String what = r.links(e, PF.eventType).stream().map(Link::label).findFirst().orElse("event");
      r.model()
          .listObjectsOfProperty(e, SCHEMA.location)
          .forEach(p -> locator.mark(p, what).ifPresent(marks::add));
    }
    r.model()
        .listObjectsOfProperty(j, PF.heldIn)
        .forEach(p -> locator.mark(p, "held in").ifPresent(marks::add));
    return merged(marks);
  }

  /** One mark per place, saying everything that happened there ("arrest, release"). */
  private static List<PlaceMark> merged(List<PlaceMark> marks) {
    java.util.Map<Link, List<PlaceMark>> byPlace =
        new java.util.TreeMap<>(Comparator.comparing(Link::label).thenComparing(Link::iri));
    marks.forEach(m -> byPlace.computeIfAbsent(m.place(), k -> new ArrayList<>()).add(m));
    return byPlace.values().stream()
        .map(
            same ->
                new PlaceMark(
                    same.get(0).place(),
                    String.join(
                        ", ", same.stream().map(PlaceMark::what).distinct().sorted().toList()),
                    same.get(0).lat(),
                    same.get(0).lon(),
                    same.get(0).near()))
        .toList();
  }

  /** Places of the case the map cannot show: neither they nor a containing place are located. */
  private static List<Link> unplaced(ModelReading r, Resource j) {
    PlaceLocator locator = new PlaceLocator(r);
    List<RDFNode> all = new ArrayList<>(r.model().listObjectsOfProperty(j, PF.heldIn).toList());
    r.subjects(PF.concerns, j)
        .forEach(e -> all.addAll(r.model().listObjectsOfProperty(e, SCHEMA.location).toList()));
    return all.stream()
        .filter(p -> p.isURIResource() && locator.mark(p, "").isEmpty())
        .map(r::link)
        .distinct()
        .sorted(Comparator.comparing(Link::label))
        .toList();
  }
}
