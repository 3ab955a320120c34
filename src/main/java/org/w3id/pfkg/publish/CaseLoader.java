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
import me.tongfei.progressbar.ProgressBar;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.curate.CuratedFacts;
import org.w3id.pfkg.extract.CaseFacts;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemListener;
import org.w3id.pfkg.problem.Severity;
import org.w3id.pfkg.rdf.CaseMapper;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;

/**
 * The read, extract, map, validate and load phases as one stream, so that memory holds a few
 * batches of documents, never the corpus. Files are taken in path order, a batch at a time; read,
 * extraction and mapping (pure functions) run on every core; each case of a batch is validated with
 * SHACL on the workers while the main thread streams the batch's graphs into TDB2 through Jena's
 * bulk loader (one write transaction for the whole corpus: the store is a staged release, so a
 * failure discards it whole) and the next batch is being extracted.
 *
 * <p>A case graph is the union of its documents' graphs. A case whose documents fall into different
 * batches is validated again at the end, from the store, on its whole graph ({@link Loaded#split}).
 */
final class CaseLoader {
  static final int DEFAULT_BATCH = 256;
  private static final int PROGRESS_THRESHOLD = 200;

  /**
   * What was loaded.
   *
   * @param caseIds every case loaded
   * @param documents documents loaded
   * @param synthetic whether any was synthetic
   * @param entityKeys the gazetteer keys the cases name
   * @param failures the cases whose in-memory validation failed (not those in {@code split})
   * @param split cases whose documents came in different batches: validate them from the store
   */
  record Loaded(
      SortedSet<String> caseIds,
      int documents,
      boolean synthetic,
      Set<String> entityKeys,
      List<Failure> failures,
      Set<String> split) {}

  /** A case whose in-memory validation found violations. */
  record Failure(String caseId, ValidationResult result) {}

  /** One document after the parallel phases; {@code graph} is null when it was rejected. */
  private record Mapped(
      Path file, CaseDocument doc, CaseFacts facts, Graph graph, Problem problem) {
    static Mapped rejected(Path file, CaseDocument doc, Problem problem) {
      return new Mapped(file, doc, null, null, problem);
    }
  }

  private final Extractor extractor;
  private final CurationPhase curation;
  private final CaseMapper mapper;
  private final CaseCheck check;
  private final Iris iris;
  private final boolean allowSynthetic;
  private final int batchSize;
  private final CaseLimits limits;

  CaseLoader(
      Extractor extractor,
      CurationPhase curation,
      CaseCheck check,
      Iris iris,
      boolean allowSynthetic,
      int batchSize,
      CaseLimits limits) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    this.batchSize = batchSize;
    this.extractor = extractor;
    this.curation = curation;
    this.mapper = new CaseMapper(iris);
    this.check = check;
    this.iris = iris;
    this.allowSynthetic = allowSynthetic;
    this.limits = limits;
  }

  Loaded load(Path caseDir, DatasetGraph store, ProblemListener listener) {
    List<Path> files = new CaseReader().caseFiles(caseDir);
    List<List<Path>> batches = new ArrayList<>();
    for (int i = 0; i < files.size(); i += batchSize) {
      batches.add(files.subList(i, Math.min(files.size(), i + batchSize)));
    }
    ExecutorService workers = Workers.perCore("pfkg-build");
    DataLoader loader = LoaderFactory.phasedLoader(store, (fmt, args) -> {});
    ProgressBar progress =
        files.size() >= PROGRESS_THRESHOLD ? new ProgressBar("build", files.size()) : null;
    Intake intake = new Intake(listener);
    List<CompletableFuture<List<Failure>>> checks = new ArrayList<>();
    try {
      loader.startBulk();
      try {
        StreamRDF sink = loader.stream();
        List<CompletableFuture<Mapped>> next =
            batches.isEmpty() ? null : map(batches.get(0), workers);
        for (int b = 0; b < batches.size(); b++) {
          List<Mapped> batch = next.stream().map(Workers::result).toList();
          next = b + 1 < batches.size() ? map(batches.get(b + 1), workers) : null;
          Map<String, List<Graph>> cases = intake.accept(batch, b);
          checks.add(CompletableFuture.supplyAsync(() -> validate(cases), workers));
          cases.forEach((caseId, graphs) -> send(sink, caseId, graphs));
          if (progress != null) {
            progress.stepBy(batch.size());
          }
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
      if (progress != null) {
        progress.close();
      }
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

  private List<CompletableFuture<Mapped>> map(List<Path> files, ExecutorService workers) {
    CaseReader reader = limits.reader();
    return files.stream()
        .map(f -> CompletableFuture.supplyAsync(() -> map(reader, f), workers))
        .toList();
  }

  /**
   * The sequential checks on mapped documents, in path order (synthetic documents, duplicate
   * document ids), and what they add up to.
   */
  private final class Intake {
    private final ProblemListener listener;
    private final SortedSet<String> caseIds = new TreeSet<>();
    private final Set<String> entityKeys = new TreeSet<>();
    private final Map<String, Path> firstFileById = new HashMap<>();
    private final Map<String, Integer> batchOfCase = new HashMap<>();
    private final Set<String> split = new TreeSet<>();
    private int documents;
    private boolean synthetic;

    Intake(ProblemListener listener) {
      this.listener = listener;
    }

    /** The accepted documents of one batch, grouped by case, in path order. */
    Map<String, List<Graph>> accept(List<Mapped> batch, int batchIndex) {
      Map<String, List<Graph>> cases = new LinkedHashMap<>();
      for (Mapped m : batch) {
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
        Path earlier = firstFileById.putIfAbsent(m.doc().documentId(), m.file());
        if (earlier != null) {
          listener.error(
              Location.of(m.file()),
              "expected a unique document id, but \""
                  + m.doc().documentId()
                  + "\" is already given by "
                  + earlier);
          continue;
        }
        Optional<Problem> tooLarge = limits.refusal(m.file(), m.facts().caseId(), m.graph());
        if (tooLarge.isPresent()) {
          listener.report(tooLarge.get());
          continue;
        }
        String caseId = m.facts().caseId();
        cases.computeIfAbsent(caseId, k -> new ArrayList<>()).add(m.graph());
        Integer seen = batchOfCase.putIfAbsent(caseId, batchIndex);
        if (seen != null && seen != batchIndex) {
          split.add(caseId);
        }
        caseIds.add(caseId);
        m.facts()
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

    Loaded loaded(List<Failure> failures) {
      List<Failure> whole = failures.stream().filter(f -> !split.contains(f.caseId())).toList();
      return new Loaded(caseIds, documents, synthetic, entityKeys, whole, split);
    }
  }

  private Mapped map(CaseReader reader, Path file) {
    CaseDocument doc;
    try {
      doc = reader.read(file);
    } catch (InputException e) {
      return Mapped.rejected(file, null, reader.problem(e));
    }
    CaseFacts facts;
    try {
      facts = extractor.extract(doc);
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow is one document's (deeply nested or huge input), not the JVM's: reject
      // that document and keep the others, as for any other failure.
      return Mapped.rejected(
          file, doc, new Problem(Severity.ERROR, Location.of(file), "extraction failed: " + e));
    }
    try {
      CuratedFacts curated = curation.apply(doc, facts);
      return new Mapped(file, doc, curated.facts(), mapper.map(doc, curated).getGraph(), null);
    } catch (InputException e) {
      return Mapped.rejected(
          file,
          doc,
          new Problem(
              Severity.ERROR,
              e.location(),
              "case '" + doc.caseId() + "' rejected: " + CurationPhase.withoutLocation(e)));
    } catch (RuntimeException e) {
      return Mapped.rejected(
          file, doc, new Problem(Severity.ERROR, Location.of(file), "extraction failed: " + e));
    }
  }
}
