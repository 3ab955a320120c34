package org.w3id.pfkg.build;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
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
import org.w3id.pfkg.publish.CanonicalOrder;
import org.w3id.pfkg.publish.Coverage;
import org.w3id.pfkg.publish.DatasetDescription;
import org.w3id.pfkg.publish.DatasetStatistics;
import org.w3id.pfkg.publish.DumpWriter;
import org.w3id.pfkg.publish.JsonLdContext;
import org.w3id.pfkg.publish.OptimizerStatistics;
import org.w3id.pfkg.publish.PreviousRelease;
import org.w3id.pfkg.publish.PublicUrls;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.publish.ReleaseManifest;
import org.w3id.pfkg.publish.ShrinkGate;
import org.w3id.pfkg.publish.StoreScan;
import org.w3id.pfkg.rdf.CaseCountry;
import org.w3id.pfkg.rdf.OntologyGraphs;
import org.w3id.pfkg.validate.ShaclValidator;
import org.w3id.pfkg.vocab.Iris;

/**
 * The build, as named phases: read, extract, link, map, validate, store, dump, publish. Nothing is
 * published unless every phase succeeds: a rejected document or a case that violates a shape
 * (without keep-going, which leaves them out), a SHACL violation in the shared graphs, a release
 * much smaller than the live one (without accept-shrink) or a failure while writing leaves the live
 * release as it was.
 */
public final class BuildPipeline {
  private static final DateTimeFormatter RELEASE_ID =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final BuildConfig config;
  private final int batchSize;
  private final BuildProgress progress;
  private final boolean useCache;
  private final Clock releaseClock;

  public BuildPipeline(BuildConfig config) {
    this(config, CaseLoader.DEFAULT_BATCH);
  }

  /** A build that streams {@code batchSize} documents at a time (tests use small batches). */
  BuildPipeline(BuildConfig config, int batchSize) {
    this(config, batchSize, BuildProgress.NONE, true, Clock.systemUTC());
  }

  private BuildPipeline(
      BuildConfig config,
      int batchSize,
      BuildProgress progress,
      boolean useCache,
      Clock releaseClock) {
    this.config = config;
    this.batchSize = batchSize;
    this.progress = progress;
    this.useCache = useCache;
    this.releaseClock = releaseClock;
  }

  /** The same build, telling {@code progress} how far it got (a progress bar on a terminal). */
  public BuildPipeline withProgress(BuildProgress newProgress) {
    return new BuildPipeline(
        config, batchSize, java.util.Objects.requireNonNull(newProgress), useCache, releaseClock);
  }

  /**
   * The same build without the build cache of {@code OUT/cache/}: every document is extracted and
   * every case validated (a clean build); the cache is neither read nor written.
   */
  public BuildPipeline withoutCache() {
    return new BuildPipeline(config, batchSize, progress, false, releaseClock);
  }

  /** The same build with its release id and dates taken from {@code newClock} (tests). */
  BuildPipeline withClock(Clock newClock) {
    return new BuildPipeline(config, batchSize, progress, useCache, newClock);
  }

  public BuildReport run(ProblemListener listener) {
    try {
      return runTracked(listener);
    } finally {
      progress.finished();
    }
  }

  private BuildReport runTracked(ProblemListener listener) {
    long started = System.nanoTime();
    PhaseClock clock = new PhaseClock(progress);
    Instant now = releaseClock.instant();
    ProblemCollector problems = new ProblemCollector();
    ProblemListener both =
        p -> {
          problems.report(p);
          listener.report(p);
        };
    Iris iris = new Iris(config.baseIri());
    Knowledge knowledge =
        clock.time("setup", () -> Knowledge.load(config.ontologyDir(), config.dataDir()));
    ShaclValidator validator = new ShaclValidator(config.ontologyDir().resolve("shapes.ttl"));
    Map<String, Model> schemaGraphs = new OntologyGraphs(config.ontologyDir(), iris).load();
    CaseCountry countries = CaseCountries.read(config.dataDir());
    CaseCheck check = new CaseCheck(validator, union(schemaGraphs.values()), iris, countries);
    DocumentCache cache =
        useCache
            ? clock.time(
                "fingerprint",
                () -> new DocumentCache(config.outDir(), BuildFingerprint.of(config)))
            : null;
    String releaseId = RELEASE_ID.format(now);
    ReleaseLayout layout = new ReleaseLayout(config.outDir());
    Optional<PreviousRelease> previous = layout.live().flatMap(PreviousRelease::read);
    Path release = layout.stage(releaseId);
    DatasetGraph store = DatabaseMgr.connectDatasetGraph(release.resolve("store").toString());
    try {
      // read + extract + curate + map + load, streamed a batch at a time
      CurationPhase curation = new CurationPhase(config.dataDir());
      CaseLoader.Loaded loaded =
          clock.time(
              "read+extract+map+validate+load",
              () -> {
                CaseLimits limits = CaseLimits.of(config);
                CaseLoader.Loaded l =
                    new CaseLoader(
                            new DocumentPipeline(
                                new Extractor(knowledge),
                                Optional.of(curation),
                                iris,
                                limits.reader()),
                            check,
                            iris,
                            config.allowSynthetic(),
                            batchSize,
                            limits,
                            cache,
                            config.dataDir().resolve(Curation.FOLDER))
                        .load(config.dataDir().resolve("cases"), store, both, progress);
                CaseSummaries.write(
                    store, iris, l.caseIds(), countries, l.entities().resolve(Graph.emptyGraph));
                return l;
              });
      curation.warnAboutStrayFiles(loaded.caseIds(), both);
      Graph shared = clock.time("link", () -> sharedGraphs(iris, store, schemaGraphs, loaded));
      // Most cases were validated while loading; this adds the split cases and the shared graphs.
      Set<String> invalid =
          clock.time(
              "validate",
              () -> CaseValidation.invalidCases(check, store, shared, loaded, iris, both));
      List<Problem> rejected =
          problems.problems().stream().filter(p -> p.severity() != Severity.WARNING).toList();
      if (!rejected.isEmpty() && !config.keepGoing()) {
        throw new PfkgException(
            rejected.size()
                + " problem(s) in the input; nothing was published (use --keep-going to publish the good cases)");
      }
      CaseValidation.leaveOut(store, iris, invalid);
      CaseLoader.Loaded published = loaded.without(invalid);
      if (published.documents() == 0) {
        throw new PfkgException(
            "no case could be read from "
                + config.dataDir().resolve("cases")
                + "; nothing was published");
      }
      DatasetDescription.Release about =
          new DatasetDescription.Release(
              releaseId,
              LocalDate.ofInstant(now, ZoneOffset.UTC),
              new PublicUrls(iris, config.endpointBase()));
      StoreScan scan = new StoreScan(store);
      DatasetStatistics stats =
          clock.time(
              "describe",
              () ->
                  Txn.calculateRead(
                      store, () -> scan.statistics(iris.idNamespace(), iris.prefixes())));
      Coverage coverage = Txn.calculateRead(store, () -> Coverage.of(store));
      Model description = DatasetDescription.describe(about, stats, coverage);
      Node descriptionGraph = NodeFactory.createURI(iris.datasetGraph().getURI());
      long triples =
          stats.triples()
              + Txn.calculateRead(
                  store,
                  () ->
                      description.getGraph().stream()
                          .filter(t -> !store.getUnionGraph().contains(t))
                          .count());
      Txn.executeWrite(
          store,
          () ->
              CanonicalOrder.triples(description.getGraph())
                  .forEach(
                      t ->
                          store.add(
                              descriptionGraph, t.getSubject(), t.getPredicate(), t.getObject())));
      Map<String, Long> graphs = new TreeMap<>(stats.graphTriples());
      graphs.put(descriptionGraph.getURI(), description.size());
      ReleaseManifest manifest =
          ReleaseManifest.of(
              new ReleaseManifest.Facts(
                  releaseId,
                  now.toString(),
                  config.baseIri(),
                  about.urls().sparql(),
                  config.allowSynthetic() && published.synthetic(),
                  published.caseIds().size(),
                  published.documents(),
                  triples,
                  stats.triples()),
              graphs,
              previous);
      ShrinkGate.check(config.shrinkLimit(), manifest, both, config.outDir());
      ObjectNode context =
          JsonLdContext.build(
              schemaGraphs.get(iris.ontologyGraph().getURI()),
              iris.prefixes(),
              config.ontologyDir().resolve(JsonLdContext.TERMS_FILE));
      clock.time(
          "dumps",
          () ->
              DumpWriter.write(
                  release.resolve("dumps"),
                  new DumpWriter.Contents(
                      about, store, iris.prefixes(), description, context, manifest)));
      clock.time(
          "publish",
          () -> {
            OptimizerStatistics.write(store);
            // Release the files so that the server (in this or another process) opens them afresh.
            TDBInternal.expel(store);
            layout.publish(release);
          });
      if (cache != null) {
        // Only once published: a failed build keeps the entries of the live release. A cleanup
        // that fails leaves stale entries, which the next published build removes.
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
      long millis = (System.nanoTime() - started) / 1_000_000;
      return new BuildReport(
          releaseId,
          release,
          published.caseIds().size(),
          published.documents(),
          triples,
          millis,
          rejected,
          clock.phases(),
          loaded.reuse());
    } catch (RuntimeException e) {
      TDBInternal.expel(store);
      layout.discard(release);
      throw e;
    }
  }

  /**
   * Loads the ontology, vocabulary and entity graphs into the store and returns their union in
   * memory (a few thousand triples), which every case is validated with.
   */
  private Graph sharedGraphs(
      Iris iris, DatasetGraph store, Map<String, Model> schemaGraphs, CaseLoader.Loaded loaded) {
    Map<String, Model> graphs = new TreeMap<>(schemaGraphs);
    Model curated =
        new EntityGraph(iris)
            .build(
                Gazetteer.read(config.dataDir()),
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
                  CanonicalOrder.triples(model.getGraph())
                      .forEach(
                          t -> {
                            store.add(g, t.getSubject(), t.getPredicate(), t.getObject());
                            shared.add(t);
                          });
                }));
    return shared;
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
