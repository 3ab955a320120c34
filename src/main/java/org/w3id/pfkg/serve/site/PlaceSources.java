package org.w3id.pfkg.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * Who named an event's place, where that is not who told the event: the parties of the place's
 * {@code rdf:Statement} nodes (docs/MODEL.md, "Provenance"), so that a place one source gave is not
 * read as said by every source of the event.
 *
 * @param place the place
 * @param sources the parties credited with it ({@code pf:accordingTo}, else {@code pf:reportedBy}),
 *     or a plain "not attributed" label when a sentence without a party named it
 */
record PlaceSources(Link place, List<Link> sources) {

  /**
   * The places of {@code event} whose sources differ from the event's own; none in a store written
   * before places had statements.
   */
  static List<PlaceSources> differing(ModelReading r, Resource event) {
    Set<Link> eventParties = new TreeSet<>(ORDER);
    eventParties.addAll(parties(r, event));
    List<PlaceSources> out = new ArrayList<>();
    for (RDFNode place : r.model().listObjectsOfProperty(event, SCHEMA.location).toList()) {
      List<Resource> statements =
          r.subjects(RDF.subject, event).stream()
              .filter(st -> r.model().contains(st, RDF.predicate, SCHEMA.location))
              .filter(st -> r.model().contains(st, RDF.object, place))
              .toList();
      if (statements.isEmpty()) {
        continue;
      }
      Set<Link> said = new TreeSet<>(ORDER);
      for (Resource st : statements) {
        List<Link> parties = parties(r, st);
        said.addAll(
            parties.isEmpty() ? List.of(new Link("", "", SourceReading.NOT_ATTRIBUTED)) : parties);
      }
      if (!said.equals(eventParties)) {
        out.add(new PlaceSources(r.link(place), List.copyOf(said)));
      }
    }
    out.sort(Comparator.comparing(p -> p.place().label()));
    return List.copyOf(out);
  }

  private static final Comparator<Link> ORDER =
      Comparator.comparing(Link::label).thenComparing(Link::iri);

  private static List<Link> parties(ModelReading r, Resource node) {
    List<Link> parties = r.links(node, PF.accordingTo);
    return parties.isEmpty() ? r.links(node, PF.reportedBy) : parties;
  }
}
