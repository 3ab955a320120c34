package org.w3id.pfkg.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.PROV;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * The source documents of a journalist's case with their report URLs and who said what in each:
 * every event, claim and plain fact about the journalist derived from the document ({@code
 * prov:wasDerivedFrom}), under the party it is credited to ({@code pf:accordingTo}, else the outlet
 * that reported it).
 */
final class SourceReading {
  /** Claims are shown by their first words; the claims section has them whole. */
  private static final int CLAIM_WORDS = 70;

  static final String NOT_ATTRIBUTED = "not attributed to a party";

  private final ModelReading r;

  SourceReading(ModelReading r) {
    this.r = r;
  }

  List<SourceView> sources(List<Resource> cases, Resource j, List<EventView> events) {
    Map<String, EventView> eventsByIri =
        events.stream()
            .collect(Collectors.toMap(e -> e.event().iri(), Function.identity(), (a, b) -> a));
    Set<Resource> documents = new LinkedHashSet<>();
    cases.forEach(
        c ->
            r.model()
                .listObjectsOfProperty(c, PF.sourceDocument)
                .filterKeep(RDFNode::isURIResource)
                .forEach(d -> documents.add(d.asResource())));
    return documents.stream()
        .map(d -> source(d, j, eventsByIri))
        .sorted(Comparator.comparing(s -> s.document().label()))
        .toList();
  }

  private SourceView source(Resource d, Resource j, Map<String, EventView> events) {
    List<Link> urls = new ArrayList<>();
    for (Link u : concat(r.links(d, SCHEMA.url), r.links(d, DCTerms.source))) {
      Link shown = new Link(u.iri(), u.href(), withoutScheme(u.iri()));
      if (!urls.contains(shown)) {
        urls.add(shown);
      }
    }
    Map<Link, Set<Link>> said = new TreeMap<>(SourceReading::partyOrder);
    for (Resource thing : r.subjects(PROV.wasDerivedFrom, d)) {
      Link what = what(thing, j, events);
      if (what == null) {
        continue;
      }
      List<Link> parties = r.links(thing, PF.accordingTo);
      if (parties.isEmpty()) {
        parties = r.links(thing, PF.reportedBy);
      }
      if (parties.isEmpty()) {
        parties = List.of(new Link("", "", NOT_ATTRIBUTED));
      }
      parties.forEach(p -> said.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(what));
    }
    return new SourceView(
        r.link(d),
        List.copyOf(urls),
        said.entrySet().stream()
            .map(e -> new SourceView.Said(e.getKey(), List.copyOf(e.getValue())))
            .toList());
  }

  /** The thing as one item of a party's list, or null when it is not about the journalist. */
  private Link what(Resource thing, Resource j, Map<String, EventView> events) {
    if (thing.isURIResource() && events.containsKey(thing.getURI())) {
      EventView e = events.get(thing.getURI());
      String label = e.type().label() + (e.when().isEmpty() ? "" : ", " + e.when());
      return new Link(e.event().iri(), "#" + e.anchor(), label);
    }
    if (r.model().contains(thing, PF.about, j)) {
      String text = r.text(thing, SCHEMA.description);
      String kind = r.text(thing, PF.claimKind);
      return new Link(thing.getURI(), r.link(thing).href(), kind + ": " + shortened(text));
    }
    if (r.model().contains(thing, RDF.subject, j)) {
      Link property = r.links(thing, RDF.predicate).stream().findFirst().orElse(null);
      Link value = r.links(thing, RDF.object).stream().findFirst().orElse(null);
      if (property != null && value != null) {
        return new Link(
            thing.getURI(), r.link(thing).href(), property.label() + ": " + value.label());
      }
    }
    return null;
  }

  private static List<Link> concat(List<Link> a, List<Link> b) {
    List<Link> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** A report URL as shown: the whole address (people copy it), less {@code https://}. */
  private static String withoutScheme(String url) {
    return url.replaceFirst("^(?i)https?://", "");
  }

  private static String shortened(String text) {
    if (text.length() <= CLAIM_WORDS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', CLAIM_WORDS);
    return text.substring(0, cut > 0 ? cut : CLAIM_WORDS) + "\u2026";
  }

  private static int partyOrder(Link a, Link b) {
    boolean aNone = a.label().equals(NOT_ATTRIBUTED);
    boolean bNone = b.label().equals(NOT_ATTRIBUTED);
    if (aNone != bNone) {
      return aNone ? 1 : -1;
    }
    return Comparator.comparing(Link::label).thenComparing(Link::iri).compare(a, b);
  }
}
