package org.w3id.pfkg.build;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.curate.Curation;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.link.EntityGraph;
import org.w3id.pfkg.link.LinkTable;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemCollector;
import org.w3id.pfkg.problem.ProblemListener;
import org.w3id.pfkg.problem.Severity;
import org.w3id.pfkg.publish.BuildRecord;
import org.w3id.pfkg.publish.CanonicalOrder;
import org.w3id.pfkg.publish.Coverage;
import org.w3id.pfkg.publish.DatasetDescription;
import org.w3id.pfkg.publish.DatasetStatistics;
import org.w3id.pfkg.publish.DumpPieces;
import org.w3id.pfkg.publish.DumpWriter;
import org.w3id.pfkg.publish.JsonLdContext;
import org.w3id.pfkg.publish.OptimizerStatistics;
import org.w3id.pfkg.publish.PreviousRelease;
import org.w3id.pfkg.publish.PublicUrls;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.publish.ReleaseManifest;
import org.w3id.pfkg.publish.ShrinkGate;
import org.w3id.pfkg.publish.StoreChanges;
import org.w3id.pfkg.publish.StoreCounts;
import org.w3id.pfkg.publish.StoreScan;
import org.w3id.pfkg.publish.Workers;
import org.w3id.pfkg.rdf.CaseCountry;
import org.w3id.pfkg.rdf.CaseCustody;
import org.w3id.pfkg.rdf.OntologyGraphs;
import org.w3id.pfkg.validate.ShaclValidator;
import org.w3id.pfkg.vocab.Iris;

/**
 * One run of the build, one method per named phase ({@link #phases} lists them in order); the state
 * a phase hands to the next lives in the fields. Any failure discards the staged release, so the
 * live one stays as it was.
 */
final class BuildRun {
  private static final DateTimeFormatter RELEASE_ID =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final BuildConfig config;
  private final int batchSize;
  private final BuildProgress progress;
  private final long started = System.nanoTime();
  private final PhaseClock clock;
  private final Instant now;
  private final ProblemCollector problems = new ProblemCollector();
  private final ProblemListener both;
  private final Iris iris;
  private final String releaseId;
  private final ReleaseLayout layout;

  private final boolean fromLive;

  // setup
  private Supplier<Extractor> extractor;
  private Map<String, Model> schemaGraphs;
  private Gazetteer gazetteer;
  private CaseCountry countries;
  private CaseCustody custody;
  private CaseCheck check;
  private DocumentCache cache;
  private Optional<PreviousRelease> previous;
  private Path release;
  private Path storeDir;
  private DatasetGraph store;
  // the copy of the live release's store while it runs (a build from the live release), or null
  private CompletableFuture<String> copying;
  private Optional<StoreDelta.Base> base = Optional.empty();
  private String fullBecause;

  // what the next build starts from
  private StoreDelta.Plan plan;
  private SortedMap<String, String> entityHashes;
  // the cases' merged descriptions of shared entities, as loaded
  private Graph entities;
  private final SortedMap<String, String> sharedHashes = new TreeMap<>();
  private StatsResults optimizerStats;
  private StoreCounts counts;
  private boolean countsUpdated;

  // what this build changed in the copied store (with a base only)
  private StoreChanges changes;

  BuildRun(
      BuildConfig config,
      int batchSize,
      BuildProgress progress,
      boolean useCache,
      boolean fromLive,
      Instant now,
      Optional<Extractor> prepared,
      ProblemListener listener) {
    this.config = config;
    this.fromLive = fromLive;
    this.batchSize = batchSize;
    this.progress = progress;
    this.clock = new PhaseClock(progress);
    this.now = now;
    this.both =
        p -> {
          problems.report(p);
          listener.report(p);
        };
    this.iris = new Iris(config.baseIri());
    this.releaseId = RELEASE_ID.format(now);
    this.layout = new ReleaseLayout(config.outDir());
    setup(useCache, prepared);
  }

  /** The phases in order; nothing is published unless all succeed. */
  BuildReport phases() {
    try {
      CaseLoader.Loaded loaded = load();
      Graph shared = link(loaded);
      CaseLoader.Loaded published = validate(loaded, shared);
      Described described = describe();
      ReleaseManifest manifest = manifest(published, described);
      DumpPieces.Written written = dumps(described, manifest);
      publish(published, written);
      removeStaleCacheEntries();
      return report(loaded, published, described, written);
    } catch (RuntimeException e) {
      if (copying != null) {
        // Not discarded under a copy still writing into it.
        copying.handle((failed, error) -> null).join();
      }
      if (store != null) {
        TDBInternal.expel(store);
      }
      layout.discard(release);
      throw e;
    }
  }

  /**
   * Shapes, schema graphs, the build cache, and a staged release with an empty store or (when the
   * build may start from the live release) a copy of the live one's. The rules and gazetteer are
   * loaded when the first document needs extracting: a rebuild from the cache may need none.
   */
  private void setup(boolean useCache, Optional<Extractor> prepared) {
    extractor =
        once(
            () ->
                clock.time(
                    "setup",
                    () ->
                        prepared.orElseGet(
                            () ->
                                new Extractor(
                                    Knowledge.load(config.ontologyDir(), config.dataDir())))));
    ShaclValidator validator = new ShaclValidator(config.ontologyDir().resolve("shapes.ttl"));
    schemaGraphs = new OntologyGraphs(config.ontologyDir(), iris).load();
    // Read once per build: the case countries and the entities graph both need all 20 000 places.
    gazetteer = Gazetteer.read(config.dataDir());
    countries = CaseCountries.read(config.dataDir(), gazetteer);
    custody = CustodyRule.read(config.dataDir());
    check = new CaseCheck(validator, union(schemaGraphs.values()), iris, countries, custody);
    cache =
        useCache
            ? clock.time(
                "fingerprint",
                () -> new DocumentCache(config.outDir(), BuildFingerprint.of(config)))
            : null;
    previous = layout.live().flatMap(PreviousRelease::read);
    release = layout.stage(releaseId);
    storeDir = release.resolve("store");
    if (fromLive && cache != null) {
      StoreDelta.Start start =
          clock.time("copy", () -> StoreDelta.startFrom(layout.live(), cache.fingerprint()));
      base = Optional.ofNullable(start.base());
      fullBecause = start.fullBecause();
    }
    if (base.isPresent()) {
      // The live store (a gigabyte at 10 000 cases) is copied on a thread of its own while the
      // cache entries are read, which need no store; the copy is opened when the delta needs it.
      StoreDelta.Base from = base.get();
      copying =
          CompletableFuture.supplyAsync(
              () -> StoreDelta.copyStore(from, storeDir),
              r -> {
                Thread t = new Thread(r, "pfkg-store-copy");
                t.setDaemon(true);
                t.start();
              });
    } else {
      openStore();
    }
  }

  /**
   * Waits for the copy of the live store and opens it; a copy that failed or does not open leaves
   * this build for a full one.
   */
  private void openCopy(BuildReport.Reuse attempt) {
    String failed = Workers.result(copying);
    copying = null;
    if (failed != null) {
      throw new NotIncremental(failed, attempt);
    }
    // No count by graph of the copy against the live manifest: the copy's CRC-32C of every file
    // matched the live release's record, taken once its store was written, so the files are the
    // published ones byte for byte; counting 2 million quads again proved nothing more.
    openStore();
  }

  private void openStore() {
    try {
      store = DatabaseMgr.connectDatasetGraph(storeDir.toString());
    } catch (RuntimeException e) {
      layout.discard(release);
      if (base.isEmpty()) {
        throw e;
      }
      throw new NotIncremental("cannot open the copy of the live release's store", null);
    }
  }

  /** The value of {@code make}, made by the first caller (of any thread) and kept. */
  private static <T> Supplier<T> once(Supplier<T> make) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            v = value;
            if (v == null) {
              v = make.get();
              value = v;
            }
          }
        }
        return v;
      }
    };
  }

  /** Read, extract, curate, map and load, streamed a batch at a time; then the case summaries. */
  private CaseLoader.Loaded load() {
    CurationPhase curation = new CurationPhase(config.dataDir());
    CaseLoader.Loaded loaded =
        clock.time(
            "read+extract+map+validate+load",
            () -> {
              CaseLimits limits = CaseLimits.of(config);
              CaseLoader.Loaded l =
                  new CaseLoader(
                          new DocumentPipeline(
                              extractor, Optional.of(curation), iris, limits.reader()),
                          check,
                          iris,
                          config.allowSynthetic(),
                          batchSize,
                          limits,
                          cache,
                          config.dataDir().resolve(Curation.FOLDER),
                          base.isEmpty())
                      .load(config.dataDir().resolve("cases"), store, both, progress);
              entities = l.entities().resolve(Graph.emptyGraph);
              entityHashes = StoreDelta.entityHashes(entities);
              if (base.isPresent()) {
                clock.time("copy+wait", () -> openCopy(l.reuse()));
                plan =
                    StoreDelta.plan(base.get(), l, entityHashes, entities, store, iris)
                        .orElseThrow(() -> new NotIncremental("too many cases changed", l.reuse()));
                changes = new StoreChanges(NodeFactory.createURI(iris.datasetGraph().getURI()));
                Set<String> kept = sharedNames();
                kept.add(iris.datasetGraph().getURI());
                if (!StoreDelta.apply(store, plan, l, cache, iris, kept, changes)) {
                  throw new NotIncremental(
                      "a changed case's cache entry did not read back", l.reuse());
                }
              }
              return l;
            });
    clock.time(
        "summaries",
        () ->
            CaseSummaries.write(
                store,
                iris,
                plan == null ? unsummarised(loaded) : plan.changed(),
                countries,
                custody,
                entities));
    curation.warnAboutStrayFiles(loaded.caseIds(), both);
    return loaded;
  }

  /** The cases whose summary the bulk load could not store. */
  private static Set<String> unsummarised(CaseLoader.Loaded loaded) {
    Set<String> left = new java.util.TreeSet<>(loaded.caseIds());
    left.removeAll(loaded.summarised());
    return left;
  }

  /** The ontology, vocabulary and entity graphs, in the store and as one graph in memory. */
  private Graph link(CaseLoader.Loaded loaded) {
    return clock.time("link", () -> sharedGraphs(loaded));
  }

  /**
   * Most cases were validated while loading; this adds the split cases and the shared graphs. A
   * problem in the input refuses the release, or (keep-going) leaves its case out.
   */
  private CaseLoader.Loaded validate(CaseLoader.Loaded loaded, Graph shared) {
    Set<String> invalid =
        clock.time(
            "validate",
            () -> CaseValidation.invalidCases(check, store, shared, loaded, iris, both));
    List<Problem> rejected = rejected();
    if (!rejected.isEmpty() && !config.keepGoing()) {
      throw new PfkgException(
          rejected.size()
              + " problem(s) in the input; nothing was published (use --keep-going to publish the good cases)");
    }
    if (changes != null && !invalid.isEmpty()) {
      changes.untracked();
    }
    CaseValidation.leaveOut(store, iris, invalid);
    CaseLoader.Loaded published = loaded.without(invalid);
    if (published.documents() == 0) {
      throw new PfkgException(
          "no case could be read from "
              + config.dataDir().resolve("cases")
              + "; nothing was published");
    }
    return published;
  }

  /** What the describe phase found: the release's description and the store's statistics. */
  private record Described(
      DatasetDescription.Release about,
      DatasetStatistics stats,
      Model description,
      Node graph,
      long triples) {}

  /** The VoID/DCAT description of the release, written into its own graph of the store. */
  private Described describe() {
    DatasetDescription.Release about =
        new DatasetDescription.Release(
            releaseId,
            LocalDate.ofInstant(now, ZoneOffset.UTC),
            new PublicUrls(iris, config.endpointBase()));
    StatsCollector optimizer = new StatsCollector();
    Counted counted = clock.time("describe", () -> count(optimizer));
    DatasetStatistics stats = counted.stats();
    Coverage coverage = counted.coverage();
    Model description = DatasetDescription.describe(about, stats, coverage);
    Node descriptionGraph = NodeFactory.createURI(iris.datasetGraph().getURI());
    List<Triple> added =
        Txn.calculateRead(
            store,
            () ->
                description.getGraph().stream()
                    .filter(t -> !inDataGraphs(t, descriptionGraph))
                    .toList());
    // The optimizer's statistics count the union with the description in it.
    added.forEach(t -> optimizer.record(Node.ANY, Node.ANY, t.getPredicate(), t.getObject()));
    optimizerStats = optimizer.results();
    long triples = stats.triples() + added.size();
    // By difference: a build from the live release finds the live description there, and most of
    // it (a subset and its count per case graph) the same.
    Txn.executeWrite(
        store,
        () -> replaceGraph(descriptionGraph, CanonicalOrder.triples(description.getGraph())));
    return new Described(about, stats, description, descriptionGraph, triples);
  }

  /** Whether a graph other than the description holds {@code t}. */
  private boolean inDataGraphs(Triple t, Node descriptionGraph) {
    for (java.util.Iterator<org.apache.jena.sparql.core.Quad> it =
            store.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        it.hasNext(); ) {
      if (!it.next().getGraph().equals(descriptionGraph)) {
        return true;
      }
    }
    return false;
  }

  /** The VoID counts and the coverage of the store, its optimizer statistics recorded. */
  private record Counted(DatasetStatistics stats, Coverage coverage) {}

  /**
   * The store's counts: updated from the live release's by the changed graphs when it can, else a
   * full scan. Either way they are kept ({@link #counts}) for the next build.
   */
  private Counted count(StatsCollector optimizer) {
    Optional<StoreCounts> updated = countsByDifference();
    if (updated.isPresent()) {
      counts = updated.get();
      countsUpdated = true;
      counts.record(optimizer);
      return new Counted(counts.statistics(iris.idNamespace(), iris.prefixes()), counts.coverage());
    }
    // The scan counts every graph: the live release's description, kept in a build from it, goes.
    Node descriptionGraph = NodeFactory.createURI(iris.datasetGraph().getURI());
    Txn.executeWrite(
        store,
        () -> {
          if (store.containsGraph(descriptionGraph)) {
            store.deleteAny(descriptionGraph, Node.ANY, Node.ANY, Node.ANY);
          }
        });
    StoreScan scan = new StoreScan(store);
    DatasetStatistics stats =
        Txn.calculateRead(
            store, () -> scan.statistics(iris.idNamespace(), iris.prefixes(), optimizer));
    int types = optimizer.results().getTypes().size();
    counts =
        Txn.calculateRead(
                store,
                () -> StoreCounts.of(releaseId, stats, types, Coverage.casesByCountry(store)))
            .orElse(null);
    return new Counted(
        stats,
        counts != null ? counts.coverage() : Txn.calculateRead(store, () -> Coverage.of(store)));
  }

  /**
   * The store's counts made from the live release's by what this build changed, or empty when there
   * is no base, it kept no counts or they do not match its manifest, or a change was not tracked:
   * then the store is counted whole.
   */
  private Optional<StoreCounts> countsByDifference() {
    if (base.isEmpty() || changes == null || previous.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Long> published = new TreeMap<>(previous.get().graphs());
    published.remove(iris.datasetGraph().getURI());
    return Optional.ofNullable(base.get().record().counts())
        .filter(c -> c.release().equals(base.get().id()) && c.graphs().equals(published))
        .flatMap(
            c ->
                Txn.calculateRead(
                    store, () -> changes.update(c, store, releaseId, iris.idNamespace())));
  }

  /** The release's manifest, refused when the release shrinks too much (the shrink gate). */
  private ReleaseManifest manifest(CaseLoader.Loaded published, Described described) {
    Map<String, Long> graphs = new TreeMap<>(described.stats().graphTriples());
    graphs.put(described.graph().getURI(), described.description().size());
    ReleaseManifest manifest =
        ReleaseManifest.of(
            new ReleaseManifest.Facts(
                releaseId,
                now.toString(),
                config.baseIri(),
                described.about().urls().sparql(),
                config.allowSynthetic() && published.synthetic(),
                published.caseIds().size(),
                published.documents(),
                described.triples(),
                described.stats().triples()),
            graphs,
            previous);
    ShrinkGate.check(config.shrinkLimit(), manifest, both, config.outDir());
    return manifest;
  }

  private DumpPieces.Written dumps(Described described, ReleaseManifest manifest) {
    ObjectNode context =
        JsonLdContext.build(
            schemaGraphs.get(iris.ontologyGraph().getURI()),
            iris.prefixes(),
            config.ontologyDir().resolve(JsonLdContext.TERMS_FILE));
    Optional<DumpPieces.Previous> previous =
        base.map(
            b -> {
              Set<String> unchanged = new java.util.HashSet<>(plan.unchanged());
              sharedHashes.forEach(
                  (graph, hash) -> {
                    if (hash.equals(b.record().shared().get(graph))) {
                      unchanged.add(graph);
                    }
                  });
              return new DumpPieces.Previous(b.release().resolve("dumps"), b.record(), unchanged);
            });
    return clock.time(
        "dumps",
        () ->
            DumpWriter.write(
                release.resolve("dumps"),
                new DumpWriter.Contents(
                    described.about(),
                    store,
                    iris.prefixes(),
                    described.description(),
                    context,
                    manifest),
                previous));
  }

  /**
   * The optimizer statistics, the build record the next build starts from (with the cache only),
   * and the switch to the new release.
   */
  private void publish(CaseLoader.Loaded published, DumpPieces.Written written) {
    clock.time(
        "publish",
        () -> {
          OptimizerStatistics.write(store, optimizerStats);
          // Release the files so that the server (in this or another process) opens them afresh.
          TDBInternal.expel(store);
          if (cache != null) {
            BuildRecord.of(
                    cache.fingerprint(),
                    entityHashes,
                    sharedHashes,
                    releaseId,
                    published.documentKeys(),
                    written,
                    StoreDelta.checksums(storeDir),
                    counts)
                .write(release);
          }
          layout.publish(release);
        });
  }

  /**
   * Only once published: a failed build keeps the entries of the live release. A cleanup that fails
   * leaves stale entries, which the next published build removes.
   */
  private void removeStaleCacheEntries() {
    if (cache == null) {
      return;
    }
    try {
      cache.removeUnused();
    } catch (RuntimeException e) {
      both.report(
          new Problem(
              Severity.WARNING,
              org.w3id.pfkg.problem.Location.of(config.outDir()),
              "could not remove stale build cache entries: " + e.getMessage()));
    }
  }

  private BuildReport report(
      CaseLoader.Loaded loaded,
      CaseLoader.Loaded published,
      Described described,
      DumpPieces.Written written) {
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new BuildReport(
        releaseId,
        release,
        published.caseIds().size(),
        published.documents(),
        described.triples(),
        millis,
        rejected(),
        clock.phases(),
        base.isEmpty()
            ? loaded.reuse().afterFallback(fullBecause, null)
            : loaded
                .reuse()
                .fromBase(
                    base.get().id(), plan.unchanged().size(), written.reused(), countsUpdated));
  }

  private List<Problem> rejected() {
    return problems.problems().stream().filter(p -> p.severity() != Severity.WARNING).toList();
  }

  /**
   * Loads the ontology, vocabulary and entity graphs into the store and returns their union in
   * memory (a few thousand triples), which every case is validated with.
   */
  private Graph sharedGraphs(CaseLoader.Loaded loaded) {
    Map<String, Model> graphs = new TreeMap<>(schemaGraphs);
    Model curated =
        new EntityGraph(iris)
            .build(
                gazetteer,
                LinkTable.read(config.dataDir()),
                placesNamed(loaded.entityKeys(), Gazetteer.readCurated(config.dataDir())));
    // One description per shared entity: the gazetteer's and link table's, with what the cases
    // add to it (docs/MODEL.md, "Shared entities").
    graphs.put(
        iris.entitiesGraph().getURI(),
        ModelFactory.createModelForGraph(loaded.entities().resolve(curated.getGraph())));
    Graph shared = GraphFactory.createGraphMem();
    Txn.executeWrite(
        store,
        () ->
            graphs.forEach(
                (name, model) -> {
                  Node g = NodeFactory.createURI(name);
                  // In canonical order, as the case graphs (CanonicalOrder says why).
                  sharedHashes.put(name, DumpPieces.hash(model.getGraph().find().toList()));
                  List<Triple> triples = CanonicalOrder.triples(model.getGraph());
                  replaceGraph(g, triples);
                  triples.forEach(shared::add);
                }));
    return shared;
  }

  /** The names of the shared graphs: the ontology and vocabulary graphs and the entities graph. */
  private Set<String> sharedNames() {
    Set<String> names = new java.util.HashSet<>(schemaGraphs.keySet());
    names.add(iris.entitiesGraph().getURI());
    return names;
  }

  /**
   * Brings graph {@code g} of the store to {@code triples} (in canonical order), deleting and
   * adding only the difference: in a build from the live release the shared graphs are there
   * already, and mostly the same.
   */
  private void replaceGraph(Node g, List<Triple> triples) {
    Set<Triple> old = new java.util.HashSet<>();
    store.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> old.add(q.asTriple()));
    // Insertion order keeps the canonical order of what is added.
    Set<Triple> wanted = new java.util.LinkedHashSet<>(triples);
    for (Triple t : old) {
      if (!wanted.contains(t)) {
        store.delete(g, t.getSubject(), t.getPredicate(), t.getObject());
        if (changes != null) {
          changes.removed(g, t);
        }
      }
    }
    for (Triple t : wanted) {
      if (!old.contains(t)) {
        store.add(g, t.getSubject(), t.getPredicate(), t.getObject());
        if (changes != null) {
          changes.added(g, t);
        }
      }
    }
  }

  private static Graph union(java.util.Collection<Model> models) {
    Graph union = GraphFactory.createGraphMem();
    models.forEach(m -> m.getGraph().find().forEachRemaining(union::add));
    return union;
  }

  /**
   * The curated places and every place a case names (with what it lies in), for the entities graph.
   */
  private static java.util.Set<String> placesNamed(
      java.util.Set<String> namedKeys, Gazetteer curated) {
    java.util.Set<String> keys = new java.util.TreeSet<>(namedKeys);
    curated.entities().stream()
        .filter(org.w3id.pfkg.gazetteer.GazetteerEntity::isPlace)
        .forEach(e -> keys.add(e.key()));
    return keys;
  }
}
