package org.w3id.pfkg.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.cases.DocumentIds;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemListener;
import org.w3id.pfkg.problem.Severity;
import org.w3id.pfkg.publish.DocumentPipeline.Outcome;
import org.w3id.pfkg.rdf.EntityDescriptions;
import org.w3id.pfkg.rdf.SharedEntities;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;

/**
 * The read, extract, map, validate and load phases as one stream, so that memory holds a few
 * batches of documents, never the corpus. Files are taken in path order, a batch at a time; the
 * {@link DocumentPipeline} (read, extract, curate, map: pure functions) runs on every core, and the
 * ids the documents may have are decided beforehand ({@link DocumentIds}); each case of a batch is
 * validated with SHACL on the workers while the main thread streams the batch's graphs into TDB2
 * through Jena's bulk loader (one write transaction for the whole corpus: the store is a staged
 * release, so a failure discards it whole) and the next batch is being extracted.
 *
 * <p>A case graph is the union of its documents' graphs. A case whose documents fall into different
 * batches is validated again at the end, from the store, on its whole graph ({@link Loaded#split}).
 */
final class CaseLoader {
  static final int DEFAULT_BATCH = 256;

  /**
   * What was loaded.
   *
   * @param caseIds every case loaded
   * @param documents documents loaded
   * @param synthetic whether any was synthetic
   * @param entityKeys the gazetteer keys the cases name
   * @param failures the cases whose in-memory validation failed (not those in {@code split})
   * @param split cases whose documents came in different batches: validate them from the store
   * @param entities the documents' descriptions of shared entities, kept out of the case graphs for
   *     the entities graph
   */
  record Loaded(
      SortedSet<String> caseIds,
      int documents,
      boolean synthetic,
      Set<String> entityKeys,
      List<Failure> failures,
      Set<String> split,
      EntityDescriptions entities) {}

  /** A case whose in-memory validation found violations. */
  record Failure(String caseId, ValidationResult result) {}

  private final DocumentPipeline pipeline;
  private final CaseCheck check;
  private final Iris iris;
  private final boolean allowSynthetic;
  private final int batchSize;
  private final CaseLimits limits;

  CaseLoader(
      DocumentPipeline pipeline,
      CaseCheck check,
      Iris iris,
      boolean allowSynthetic,
      int batchSize,
      CaseLimits limits) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    this.batchSize = batchSize;
    this.pipeline = pipeline;
    this.check = check;
    this.iris = iris;
    this.allowSynthetic = allowSynthetic;
    this.limits = limits;
  }

  Loaded load(Path caseDir, DatasetGraph store, ProblemListener listener, BuildProgress progress) {
    CaseReader reader = new CaseReader();
    List<Path> files = reader.caseFiles(caseDir);
    // Decided over all the files before any is extracted, so that no file read later can take the
    // id, and with it the case, of one read earlier (or the other way round).
    DocumentIds ids = DocumentIds.of(files, reader);
    List<List<Path>> batches = new ArrayList<>();
    for (int i = 0; i < files.size(); i += batchSize) {
      batches.add(files.subList(i, Math.min(files.size(), i + batchSize)));
    }
    ExecutorService workers = Workers.perCore("pfkg-build");
    DataLoader loader = LoaderFactory.phasedLoader(store, (fmt, args) -> {});
    progress.documents(files.size());
    Intake intake = new Intake(ids, listener);
    List<CompletableFuture<List<Failure>>> checks = new ArrayList<>();
    try {
      loader.startBulk();
      try {
        StreamRDF sink = loader.stream();
        List<CompletableFuture<Outcome>> next =
            batches.isEmpty() ? null : map(batches.get(0), workers);
        for (int b = 0; b < batches.size(); b++) {
          List<Outcome> batch = new ArrayList<>();
          for (CompletableFuture<Outcome> outcome : next) {
            batch.add(Workers.result(outcome));
            progress.documentDone();
          }
          next = b + 1 < batches.size() ? map(batches.get(b + 1), workers) : null;
          Map<String, List<Graph>> cases = intake.accept(batch, b);
          checks.add(CompletableFuture.supplyAsync(() -> validate(cases), workers));
          cases.forEach((caseId, graphs) -> send(sink, caseId, intake.caseParts(graphs)));
        }
      } catch (RuntimeException e) {
        loader.finishException(e);
        throw e;
      }
      loader.finishBulk();
      // Joined before the pool is shut down, which would interrupt running validations.
      List<Failure> failures = new ArrayList<>();
      for (CompletableFuture<List<Failure>> c : checks) {
        failures.addAll(Workers.result(c));
      }
      return intake.loaded(failures);
    } finally {
      workers.shutdownNow();
    }
  }

  private void send(StreamRDF sink, String caseId, List<Graph> graphs) {
    Node g = NodeFactory.createURI(iris.caseGraph(caseId).getURI());
    for (Graph graph : graphs) {
      graph
          .find()
          .forEachRemaining(
              t -> sink.quad(Quad.create(g, t.getSubject(), t.getPredicate(), t.getObject())));
    }
  }

  private List<Failure> validate(Map<String, List<Graph>> cases) {
    List<Failure> failures = new ArrayList<>();
    cases.forEach(
        (caseId, graphs) -> {
          ValidationResult r = check.check(graphs);
          if (!r.conforms()) {
            failures.add(new Failure(caseId, r));
          }
        });
    return failures;
  }

  private List<CompletableFuture<Outcome>> map(List<Path> files, ExecutorService workers) {
    return files.stream()
        .map(f -> CompletableFuture.supplyAsync(() -> pipeline.run(f), workers))
        .toList();
  }

  /**
   * The sequential checks on mapped documents, in path order (synthetic documents, refused document
   * ids), and what they add up to.
   */
  private final class Intake {
    private final SharedEntities shared;
    private final DocumentIds ids;
    private final ProblemListener listener;
    private final SortedSet<String> caseIds = new TreeSet<>();
    private final Set<String> entityKeys = new TreeSet<>();
    private final Map<String, Integer> batchOfCase = new HashMap<>();
    private final Set<String> split = new TreeSet<>();
    private final EntityDescriptions entities = new EntityDescriptions();
    private int documents;
    private boolean synthetic;

    Intake(DocumentIds ids, ProblemListener listener) {
      this.shared = new SharedEntities(iris);
      this.ids = ids;
      this.listener = listener;
    }

    /** The accepted documents of one batch, grouped by case, in path order. */
    Map<String, List<Graph>> accept(List<Outcome> batch, int batchIndex) {
      Map<String, List<Graph>> cases = new LinkedHashMap<>();
      for (Outcome m : batch) {
        if (m.problem() != null) {
          listener.report(m.problem());
          continue;
        }
        if (m.doc().synthetic() && !allowSynthetic) {
          listener.report(
              new Problem(
                  Severity.ERROR,
                  Location.of(m.file()),
                  "document is marked Synthetic: yes; synthetic cases are for tests and"
                      + " benchmarks and are never published"));
          continue;
        }
        Optional<Problem> refusal = ids.refusal(m.doc());
        if (refusal.isPresent()) {
          listener.report(refusal.get());
          continue;
        }
        Optional<Problem> tooLarge =
            limits.refusal(m.file(), m.curated().facts().caseId(), m.model().getGraph());
        if (tooLarge.isPresent()) {
          listener.report(tooLarge.get());
          continue;
        }
        String caseId = m.curated().facts().caseId();
        cases.computeIfAbsent(caseId, k -> new ArrayList<>()).add(m.model().getGraph());
        Integer seen = batchOfCase.putIfAbsent(caseId, batchIndex);
        if (seen != null && seen != batchIndex) {
          split.add(caseId);
        }
        caseIds.add(caseId);
        m.curated()
            .facts()
            .entities()
            .forEach(
                e -> {
                  entityKeys.add(e.key());
                  e.within().ifPresent(entityKeys::add);
                });
        synthetic |= m.doc().synthetic();
        documents++;
      }
      return cases;
    }

    /**
     * What of the documents' graphs goes to their case graph; their descriptions of shared entities
     * are kept for the entities graph, so that the store holds one description of each.
     */
    List<Graph> caseParts(List<Graph> graphs) {
      List<Graph> parts = new ArrayList<>(graphs.size());
      for (Graph g : graphs) {
        SharedEntities.Parts p = shared.split(g);
        entities.add(p.entities());
        parts.add(p.caseGraph());
      }
      return parts;
    }

    Loaded loaded(List<Failure> failures) {
      List<Failure> whole = failures.stream().filter(f -> !split.contains(f.caseId())).toList();
      return new Loaded(caseIds, documents, synthetic, entityKeys, whole, split, entities);
    }
  }
}
