package org.w3id.pfkg.publish;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.vocab.PF;

/**
 * What a build from the live release changed in the store it copied, so that the describe phase
 * updates the live release's {@link StoreCounts} by it rather than scanning the whole store: a
 * rebuild after one edit touches a few hundred quads of two million.
 *
 * <p>The build reports every quad it deletes ({@link #removed}), every quad it adds to a graph that
 * already held others ({@link #added}, only quads that were not there), and every graph it emptied
 * and filled again or made new ({@link #rewritten}: whatever that graph holds at the end counts as
 * added). Whether a triple, subject or object was in the store before is then known without the old
 * store: it was, exactly when a removed quad has it or a quad of the store now has it that was not
 * added. Each is looked up in the store's indexes, so the update costs a few lookups per changed
 * quad. Any other change to the store must call {@link #untracked}: the counts are then made by a
 * full scan.
 */
public final class StoreChanges {
  private static final Node TYPE = RDF.type.asNode();
  private static final Node CASE = PF.Case.asNode();
  private static final Node COUNTRY = PF.country.asNode();

  private final Node excluded;
  private final Set<Quad> removed = new HashSet<>();
  private final Set<Quad> added = new HashSet<>();
  private final Set<Node> rewritten = new HashSet<>();
  private boolean untracked;

  /**
   * @param excluded the description graph, which the counts leave out
   */
  public StoreChanges(Node excluded) {
    this.excluded = excluded;
  }

  /** A quad the build deleted. */
  public void removed(Node g, Triple t) {
    if (!g.equals(excluded)) {
      removed.add(Quad.create(g, t));
    }
  }

  /** A quad the build added to a graph it did not rewrite, where it was not before. */
  public void added(Node g, Triple t) {
    if (!g.equals(excluded)) {
      added.add(Quad.create(g, t));
    }
  }

  /** A graph the build emptied (its quads reported removed) or made, then filled. */
  public void rewritten(Node g) {
    rewritten.add(g);
  }

  /** The store changed in a way these changes do not tell: only a full count is right. */
  public void untracked() {
    untracked = true;
  }

  /**
   * The counts of {@code store} now, from {@code before}'s (the counts of the store before these
   * changes), or empty when they cannot be made so (an untracked change, blank nodes, a class that
   * is not an IRI): then count the store whole. Call inside a read transaction; the description
   * graph, if the store has it, is left out.
   *
   * @param release the release the counts are for
   * @param uriSpace the entity namespace ({@link DatasetStatistics#entities})
   */
  public Optional<StoreCounts> update(
      StoreCounts before, DatasetGraph store, String release, String uriSpace) {
    if (untracked) {
      return Optional.empty();
    }
    Set<Quad> now = new HashSet<>(added);
    for (Node g : rewritten) {
      store.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(now::add);
    }
    Set<Triple> triples = new HashSet<>();
    Set<Node> subjects = new HashSet<>();
    Set<Node> objects = new HashSet<>();
    for (Set<Quad> quads : java.util.List.of(removed, now)) {
      for (Quad q : quads) {
        if (q.getSubject().isBlank() || q.getObject().isBlank()) {
          return Optional.empty();
        }
        triples.add(q.asTriple());
        subjects.add(q.getSubject());
        objects.add(q.getObject());
      }
    }
    Set<Triple> removedTriples = new HashSet<>();
    Set<Node> removedSubjects = new HashSet<>();
    Set<Node> removedObjects = new HashSet<>();
    removed.forEach(
        q -> {
          removedTriples.add(q.asTriple());
          removedSubjects.add(q.getSubject());
          removedObjects.add(q.getObject());
        });
    Presence presence = new Presence(store, now, excluded);

    long tripleCount = before.triples();
    SortedMap<String, Long> predicates = new TreeMap<>(before.predicates());
    SortedMap<String, Long> classes = new TreeMap<>(before.classes());
    for (Triple t : triples) {
      int d =
          delta(
              removedTriples.contains(t),
              presence.of(t.getSubject(), t.getPredicate(), t.getObject()));
      if (d == 0) {
        continue;
      }
      tripleCount += d;
      add(predicates, t.getPredicate().getURI(), d);
      if (t.getPredicate().equals(TYPE)) {
        if (!t.getObject().isURI()) {
          return Optional.empty();
        }
        add(classes, t.getObject().getURI(), d);
      }
    }
    long subjectCount = before.subjects();
    long entityCount = before.entities();
    for (Node s : subjects) {
      int d = delta(removedSubjects.contains(s), presence.of(s, Node.ANY, Node.ANY));
      subjectCount += d;
      if (s.isURI() && s.getURI().startsWith(uriSpace)) {
        entityCount += d;
      }
    }
    long objectCount = before.objects();
    for (Node o : objects) {
      objectCount += delta(removedObjects.contains(o), presence.of(Node.ANY, Node.ANY, o));
    }
    return Optional.of(
        new StoreCounts(
            release,
            tripleCount,
            entityCount,
            subjectCount,
            objectCount,
            classes,
            predicates,
            graphs(before, store),
            countries(before, triples, removedTriples, presence)));
  }

  /** +1 when a node or triple is there now and was not before, -1 the other way round, else 0. */
  private static int delta(boolean removedHadIt, Presence.Found found) {
    boolean was = removedHadIt || found.beforeToo();
    return found.now() == was ? 0 : found.now() ? 1 : -1;
  }

  private SortedMap<String, Long> graphs(StoreCounts before, DatasetGraph store) {
    Map<Node, Long> delta = new HashMap<>();
    removed.forEach(q -> delta.merge(q.getGraph(), -1L, Long::sum));
    added.forEach(q -> delta.merge(q.getGraph(), 1L, Long::sum));
    SortedMap<String, Long> graphs = new TreeMap<>(before.graphs());
    delta.forEach(
        (g, d) -> {
          if (!rewritten.contains(g)) {
            add(graphs, g.getURI(), d);
          }
        });
    for (Node g : rewritten) {
      long n = 0;
      for (Iterator<Quad> it = store.find(g, Node.ANY, Node.ANY, Node.ANY);
          it.hasNext();
          it.next()) {
        n++;
      }
      graphs.remove(g.getURI());
      add(graphs, g.getURI(), n);
    }
    return graphs;
  }

  /**
   * The cases per country: a case counts for a country while the store has both its {@code a
   * pf:Case} and its {@code pf:country} triple; only the cases of a changed such triple can differ.
   */
  private SortedMap<String, Long> countries(
      StoreCounts before, Set<Triple> triples, Set<Triple> removedTriples, Presence presence) {
    SortedMap<String, Long> countries = new TreeMap<>(before.countries());
    Set<Node> cases = new HashSet<>();
    for (Triple t : triples) {
      if ((t.getPredicate().equals(TYPE) && t.getObject().equals(CASE))
          || t.getPredicate().equals(COUNTRY)) {
        cases.add(t.getSubject());
      }
    }
    for (Node c : cases) {
      Set<Node> candidates = new HashSet<>();
      presence.objects(c, COUNTRY).forEach(candidates::add);
      removedTriples.stream()
          .filter(t -> t.getSubject().equals(c) && t.getPredicate().equals(COUNTRY))
          .forEach(t -> candidates.add(t.getObject()));
      Presence.Found isCase = presence.of(c, TYPE, CASE);
      boolean wasCase = removedTriples.contains(Triple.create(c, TYPE, CASE)) || isCase.beforeToo();
      for (Node top : candidates) {
        if (!top.isURI()) {
          continue;
        }
        Presence.Found has = presence.of(c, COUNTRY, top);
        boolean had = removedTriples.contains(Triple.create(c, COUNTRY, top)) || has.beforeToo();
        int d = (isCase.now() && has.now() ? 1 : 0) - (wasCase && had ? 1 : 0);
        add(countries, top.getURI(), d);
      }
    }
    return countries;
  }

  private static void add(SortedMap<String, Long> counts, String key, long d) {
    if (d == 0) {
      return;
    }
    long n = counts.getOrDefault(key, 0L) + d;
    if (n < 0) {
      throw new IllegalStateException("a count below zero for " + key + ": the counts are stale");
    }
    if (n == 0) {
      counts.remove(key);
    } else {
      counts.put(key, n);
    }
  }

  /** Lookups of a pattern in the named graphs of the store as it is now, one graph left out. */
  private record Presence(DatasetGraph store, Set<Quad> now, Node excluded) {
    /**
     * @param now whether a quad of the store matches now
     * @param beforeToo whether one matches that the build did not add (so it was there before)
     */
    record Found(boolean now, boolean beforeToo) {}

    Found of(Node s, Node p, Node o) {
      boolean any = false;
      Predicate<Quad> old = q -> !now.contains(q);
      for (Iterator<Quad> it = store.findNG(Node.ANY, s, p, o); it.hasNext(); ) {
        Quad q = it.next();
        if (q.getGraph().equals(excluded)) {
          continue;
        }
        any = true;
        if (old.test(q)) {
          return new Found(true, true);
        }
      }
      return new Found(any, false);
    }

    java.util.stream.Stream<Node> objects(Node s, Node p) {
      java.util.List<Node> found = new java.util.ArrayList<>();
      store
          .findNG(Node.ANY, s, p, Node.ANY)
          .forEachRemaining(
              q -> {
                if (!q.getGraph().equals(excluded)) {
                  found.add(q.getObject());
                }
              });
      return found.stream();
    }
  }
}
