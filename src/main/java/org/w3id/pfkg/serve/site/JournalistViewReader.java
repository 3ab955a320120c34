package org.w3id.pfkg.serve.site;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.WD;
import org.w3id.pfkg.vocab.WGS84;

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
    List<EventView> events = timeline(r.subjects(PF.concerns, j).stream().map(e -> event(r, e)));
    List<ClaimView> claims = r.subjects(PF.about, j).stream().map(c -> claim(r, c)).toList();
    return new JournalistView(
        r.link(j),
        r.label(j),
        r.texts(j, SCHEMA.alternateName),
        cases.stream().map(r::link).toList(),
        cases.stream().flatMap(c -> r.links(c, PF.status).stream()).distinct().toList(),
        r.links(j, PF.role),
        r.links(j, PF.outlet),
        m.listObjectsOfProperty(j, PF.chargedWith).toList().stream()
            .map(c -> new ChargeView(r.link(c), category(r, c.asResource())))
            .sorted(Comparator.comparing(c -> c.charge().label()))
            .toList(),
        r.links(j, PF.heldIn),
        relatedPeople(r, j),
        r.links(j, PF.ethnicGroup),
        m.listObjectsOfProperty(j, OWL.sameAs).toList().stream()
            .filter(RDFNode::isURIResource)
            .map(n -> n.asResource().getURI())
            .filter(u -> u.startsWith(WD.NS))
            .sorted()
            .toList(),
        events,
        events.stream().filter(e -> !e.term().isEmpty()).toList(),
        claims,
        disputes(r, j),
        facts(r, j),
        places(r, j));
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
    return new EventView(
        r.link(e),
        r.links(e, PF.eventType).stream().findFirst().orElse(new Link("", "", "event")),
        r.text(e, PF.date),
        r.text(e, PF.datePrecision),
        r.text(e, PF.dateText),
        r.text(e, PF.earliestDate),
        r.text(e, PF.latestDate),
        r.text(e, SCHEMA.description),
        r.links(e, SCHEMA.location),
        r.links(e, PF.charge),
        r.links(e, PF.actingAuthority),
        r.links(e, PF.accordingTo),
        r.links(e, PF.reportedBy),
        r.quotes(e),
        term == null ? "" : termText(r, term),
        -1);
  }

  private static String termText(ModelReading r, Resource term) {
    String text = r.text(term, PF.termText);
    String duration = r.text(term, PF.duration);
    if (r.text(term, PF.isLife).equals("true")) {
      return "life" + (text.isEmpty() ? "" : " (\u201c" + text + "\u201d)");
    }
    return duration.isEmpty()
        ? text
        : duration + (text.isEmpty() ? "" : " (\u201c" + text + "\u201d)");
  }

  /** Date order (earliest bound, then IRI), undated last; dated events placed on a 0..100 axis. */
  private static List<EventView> timeline(java.util.stream.Stream<EventView> events) {
    List<EventView> sorted =
        events
            .sorted(
                Comparator.comparing((EventView e) -> !e.isDated())
                    .thenComparing(EventView::earliest)
                    .thenComparing(e -> e.event().iri()))
            .toList();
    List<LocalDate> dates =
        sorted.stream().filter(EventView::isDated).map(e -> LocalDate.parse(e.earliest())).toList();
    if (dates.isEmpty()) {
      return sorted;
    }
    LocalDate first = dates.get(0);
    long span = Math.max(1, ChronoUnit.DAYS.between(first, dates.get(dates.size() - 1)));
    return sorted.stream()
        .map(
            e ->
                e.isDated()
                    ? e.at(
                        100.0
                            * ChronoUnit.DAYS.between(first, LocalDate.parse(e.earliest()))
                            / span)
                    : e)
        .toList();
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

  /** Places of the journalist's events and facilities holding her that have coordinates. */
  private static List<PlaceMark> places(ModelReading r, Resource j) {
    List<PlaceMark> marks = new ArrayList<>();
    for (Resource e : r.subjects(PF.concerns, j)) {
      String what = r.links(e, PF.eventType).stream().map(Link::label).findFirst().orElse("event");
      r.model()
          .listObjectsOfProperty(e, SCHEMA.location)
          .forEach(p -> mark(r, p, what).ifPresent(marks::add));
    }
    r.model()
        .listObjectsOfProperty(j, PF.heldIn)
        .forEach(p -> mark(r, p, "held in").ifPresent(marks::add));
    return marks.stream().distinct().toList();
  }

  private static Optional<PlaceMark> mark(ModelReading r, RDFNode place, String what) {
    if (!place.isResource()) {
      return Optional.empty();
    }
    try {
      String lat = r.text(place.asResource(), WGS84.lat);
      String lon = r.text(place.asResource(), WGS84.long_);
      if (lat.isEmpty() || lon.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new PlaceMark(r.link(place), what, Double.parseDouble(lat), Double.parseDouble(lon)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
