package org.w3id.pfkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.gazetteer.GazetteerEntity;
import org.w3id.pfkg.text.Folding;

/**
 * Proposes Wikidata items for the gazetteer entities that have no reviewed link yet, and scores
 * them. Points: the item's label is one of our names (0.5; an alias 0.4; otherwise 0.2), its P31 is
 * a class expected for the entity's category (0.3), and for a place whose country is linked, its
 * P17 is that country (0.2). The score is the points over the most the entity could get. A
 * candidate that is an instance of a rejected class (a person for a place) or lies in another
 * country is rejected whatever its name. Nothing is accepted by the program: a score at or above
 * the threshold is marked {@code likely}, the rest {@code review}, and a person confirms every
 * link.
 */
public final class Reconciler {
  private final WikidataApi api;
  private final ExpectedTypes types;
  private final double threshold;
  private final String language;
  private final int limit;

  public Reconciler(
      WikidataApi api, ExpectedTypes types, double threshold, String language, int limit) {
    this.api = Objects.requireNonNull(api, "api");
    this.types = Objects.requireNonNull(types, "types");
    this.threshold = threshold;
    this.language = language;
    this.limit = limit;
  }

  /** Proposals for every unlinked entity, best first within each entity. */
  public List<Proposal> propose(Gazetteer gazetteer, LinkTable links) {
    List<Proposal> all = new ArrayList<>();
    for (GazetteerEntity e : gazetteer.entities()) {
      if (links.find(e.entity()).isPresent()) {
        continue;
      }
      Optional<String> country =
          e.isPlace() ? gazetteer.country(e).flatMap(c -> links.qid(c.entity())) : Optional.empty();
      api.candidates(e.name(), language, limit).stream()
          .filter(c -> links.links().stream().noneMatch(l -> l.qid().equals(c.qid())))
          .map(c -> score(e, c, country))
          .sorted(Comparator.comparingDouble(Proposal::score).reversed())
          .forEach(all::add);
    }
    return all;
  }

  Proposal score(GazetteerEntity e, Candidate c, Optional<String> country) {
    List<String> reasons = new ArrayList<>();
    String rejected = null;
    double points;
    double max = 0.8;
    String label = Folding.fold(c.label()).strip();
    List<String> ours = new ArrayList<>();
    ours.add(Folding.fold(e.name()).strip());
    e.variants().forEach(v -> ours.add(Folding.fold(v).strip()));
    if (ours.contains(label)) {
      points = 0.5;
      reasons.add("label matches");
    } else if (c.aliases().stream().map(s -> Folding.fold(s).strip()).anyMatch(ours::contains)) {
      points = 0.4;
      reasons.add("alias matches");
    } else {
      points = 0.2;
      reasons.add("name differs");
    }
    String category = e.category();
    Optional<String> badType =
        c.instanceOf().stream().filter(t -> types.rejects(category, t)).findFirst();
    if (badType.isPresent()) {
      rejected = "P31 " + badType.get() + " is not a " + category;
    } else if (c.instanceOf().stream().anyMatch(t -> types.accepts(category, t))) {
      points += 0.3;
      reasons.add("P31 is a " + category + " class");
    } else {
      reasons.add("P31 " + c.instanceOf() + " not known for " + category);
    }
    if (country.isPresent()) {
      max = 1.0;
      if (c.countries().contains(country.get())) {
        points += 0.2;
        reasons.add("P17 " + country.get());
      } else if (!c.countries().isEmpty() && rejected == null) {
        rejected = "P17 " + c.countries() + " is not " + country.get();
      } else {
        reasons.add("no P17");
      }
    }
    if (rejected != null) {
      return new Proposal(e.entity(), c.qid(), c.label(), c.description(), 0, rejected, "rejected");
    }
    double score = Math.round(points / max * 100) / 100.0;
    return new Proposal(
        e.entity(),
        c.qid(),
        c.label(),
        c.description(),
        score,
        String.join("; ", reasons),
        score >= threshold ? "likely" : "review");
  }
}
