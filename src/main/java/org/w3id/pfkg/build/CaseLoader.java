package org.w3id.pfkg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.w3id.pfkg.build.DocumentPipeline.Outcome;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.cases.DocumentIds;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemListener;
import org.w3id.pfkg.problem.Severity;
import org.w3id.pfkg.publish.CanonicalOrder;
import org.w3id.pfkg.publish.Workers;
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
 *
 * <p>With a {@link DocumentCache}, a document whose key (its text, its case's curation file, the
 * build's code, rules and options) has an entry is not extracted again: its graph comes from the
 * cache; and a case whose documents' keys passed SHACL together before is not validated again.
 * Every graph streams into the store with its triples in one canonical order, so that the store,
 * and the dumps scanned from it, are the same whether a graph was extracted or read from the cache.
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
   * @param reuse how many documents were extracted and how many came from the cache
   * @param files each case's documents, in path order
   * @param documentKeys each case's documents' cache keys, in path order (with a cache)
   * @param summarised the cases whose summary the bulk load stored ({@link DraftSummary}); the
   *     others' are still to be written
   */
  record Loaded(
      SortedSet<String> caseIds,
      int documents,
      boolean synthetic,
      Set<String> entityKeys,
      List<Failure> failures,
      Set<String> split,
      EntityDescriptions entities,
      BuildReport.Reuse reuse,
      Map<String, List<Path>> files,
      Map<String, List<String>> documentKeys,
      Set<String> summarised) {
    /**
     * What is left when the cases {@code left} are left out: their ids and documents no longer
     * counted. (The gazetteer keys they named stay: the entities graph is made before validation.)
     */
    Loaded without(Set<String> left) {
      if (left.isEmpty()) {
        return this;
      }
      SortedSet<String> kept = new TreeSet<>(caseIds);
      kept.removeAll(left);
      int leftDocuments =
          left.stream().mapToInt(c -> files.getOrDefault(c, List.of()).size()).sum();
      Map<String, List<Path>> keptFiles = new TreeMap<>(files);
      keptFiles.keySet().removeAll(left);
      Map<String, List<String>> keptKeys = new TreeMap<>(documentKeys);
      keptKeys.keySet().removeAll(left);
      return new Loaded(
          kept,
          documents - leftDocuments,
          synthetic,
          entityKeys,
          failures,
          split,
          entities,
          reuse,
          keptFiles,
          keptKeys,
          summarised);
    }
  }

  /**
   * One document after the pipeline or the cache: what the build needs of it.
   *
   * @param problem why it was rejected (the other fields are null then)
   * @param key its cache key, null without a cache
   * @param reused whether its graph came from the cache
   */
  private record Mapped(
      Path file,
      Problem problem,
      String caseId,
      boolean synthetic,
      List<String> entityKeys,
      DocumentCache.Entry graph,
      String key,
      boolean reused) {
    static Mapped rejected(Path file, Problem problem) {
      return new Mapped(file, problem, null, false, null, null, null, false);
    }

    static Mapped of(Path file, DocumentCache.Entry e, String key, boolean reused) {
      return new Mapped(file, null, e.caseId(), e.synthetic(), e.entityKeys(), e, key, reused);
    }
  }

  /**
   * The documents of one case in one batch: their files, graphs (split into entity descriptions and
   * the rest) and cache keys, in path order.
   */
  private record CaseDocs(List<Path> files, List<DocumentCache.Entry> graphs, List<String> keys) {
    List<Graph> wholeGraphs() {
      return graphs.stream().map(DocumentCache.Entry::graph).toList();
    }
  }

  /**
   * A case whose validation found violations.
   *
   * @param files the documents validated, in path order
   * @param graphs their graphs, in the same order (empty when the case was validated from the
   *     store)
   */
  record Failure(String caseId, ValidationResult result, List<Path> files, List<Graph> graphs) {}

  private final DocumentPipeline pipeline;
  private final CaseCheck check;
  private final Iris iris;
  private final boolean allowSynthetic;
  private final int batchSize;
  private final CaseLimits limits;
  private final DocumentCache cache;
  private final Path curationDir;
  private final boolean storeCases;
  private final SharedEntities shared;
  private final AtomicInteger extracted = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger casesValidated = new AtomicInteger();
  private final AtomicInteger casesKnownValid = new AtomicInteger();

  CaseLoader(
      DocumentPipeline pipeline,
      CaseCheck check,
      Iris iris,
      boolean allowSynthetic,
      int batchSize,
      CaseLimits limits) {
    this(pipeline, check, iris, allowSynthetic, batchSize, limits, null, null, true);
  }

  /**
   * A loader that reuses what {@code cache} holds.
   *
   * @param cache the build cache, or null for none
   * @param curationDir the folder of the curation files, part of each document's key
   * @param storeCases false to read, check and count every case but store none: the build starts
   *     from the live release's store and stores only the cases that changed ({@link StoreDelta})
   */
  CaseLoader(
      DocumentPipeline pipeline,
      CaseCheck check,
      Iris iris,
      boolean allowSynthetic,
      int batchSize,
      CaseLimits limits,
      DocumentCache cache,
      Path curationDir,
      boolean storeCases) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
    this.batchSize = batchSize;
    this.pipeline = pipeline;
    this.check = check;
    this.iris = iris;
    this.allowSynthetic = allowSynthetic;
    this.limits = limits;
    this.cache = cache;
    this.curationDir = curationDir;
    this.storeCases = storeCases;
    this.shared = new SharedEntities(iris);
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
    // Without case graphs to store, no bulk load (which would lock the copied store for nothing).
    DataLoader loader = storeCases ? LoaderFactory.phasedLoader(store, (fmt, args) -> {}) : null;
    progress.documents(files.size());
    Intake intake = new Intake(ids, listener);
    List<CompletableFuture<Checked>> checks = new ArrayList<>();
    try {
      if (loader != null) {
        loader.startBulk();
      }
      List<Failure> failures = new ArrayList<>();
      Set<String> summarised = new TreeSet<>();
      try {
        StreamRDF sink = loader == null ? StreamRDFLib.sinkNull() : loader.stream();
        List<CompletableFuture<Mapped>> next =
            batches.isEmpty() ? null : map(caseDir, batches.get(0), workers);
        for (int b = 0; b < batches.size(); b++) {
          List<Mapped> batch = new ArrayList<>();
          for (CompletableFuture<Mapped> outcome : next) {
            batch.add(Workers.result(outcome));
            progress.documentDone();
          }
          next = b + 1 < batches.size() ? map(caseDir, batches.get(b + 1), workers) : null;
          Map<String, CaseDocs> cases = intake.accept(batch, b);
          checks.add(CompletableFuture.supplyAsync(() -> check(cases), workers));
          cases.forEach(
              (caseId, docs) -> {
                List<Graph> parts = intake.caseParts(docs.graphs(), storeCases);
                if (storeCases) {
                  send(sink, caseId, parts);
                }
              });
        }
        // Joined before the pool is shut down, which would interrupt running validations.
        Map<String, DraftSummary> drafts = new TreeMap<>();
        for (CompletableFuture<Checked> c : checks) {
          Checked checked = Workers.result(c);
          failures.addAll(checked.failures());
          drafts.putAll(checked.drafts());
        }
        if (storeCases) {
          summarised.addAll(sendSummaries(sink, drafts, intake));
        }
      } catch (RuntimeException e) {
        if (loader != null) {
          loader.finishException(e);
        }
        throw e;
      }
      if (loader != null) {
        loader.finishBulk();
      }
      return intake.loaded(failures, summarised);
    } finally {
      workers.shutdownNow();
    }
  }

  /**
   * Streams the drafts that are the cases' summaries (a case split over batches has none whole, and
   * one naming an entity that other cases describe otherwise has one to make again) and returns
   * their cases.
   */
  private Set<String> sendSummaries(
      StreamRDF sink, Map<String, DraftSummary> drafts, Intake intake) {
    Map<String, String> hashes = DraftSummary.readHashes(intake.entities.resolve(Graph.emptyGraph));
    Set<String> sent = new TreeSet<>();
    drafts.forEach(
        (caseId, draft) -> {
          if (intake.split.contains(caseId) || !draft.holdsWith(hashes)) {
            return;
          }
          Node g = NodeFactory.createURI(iris.caseGraph(caseId).getURI());
          draft
              .triples()
              .forEach(
                  t -> sink.quad(Quad.create(g, t.getSubject(), t.getPredicate(), t.getObject())));
          sent.add(caseId);
        });
    return sent;
  }

  private void send(StreamRDF sink, String caseId, List<Graph> graphs) {
    Node g = NodeFactory.createURI(iris.caseGraph(caseId).getURI());
    for (Graph graph : graphs) {
      CanonicalOrder.triples(graph)
          .forEach(t -> sink.quad(Quad.create(g, t.getSubject(), t.getPredicate(), t.getObject())));
    }
  }

  /**
   * What the checks of one batch found: the cases whose validation failed, and each case's draft
   * summary.
   */
  private record Checked(List<Failure> failures, Map<String, DraftSummary> drafts) {}

  private Checked check(Map<String, CaseDocs> cases) {
    List<Failure> failures = new ArrayList<>();
    Map<String, DraftSummary> drafts = new HashMap<>();
    cases.forEach(
        (caseId, docs) -> {
          if (storeCases) {
            drafts.put(caseId, check.draft(docs.graphs()));
          }
          String caseKey = cache == null ? null : DocumentCache.caseKey(docs.keys());
          if (caseKey != null && cache.validated(caseKey)) {
            casesKnownValid.incrementAndGet();
            return;
          }
          casesValidated.incrementAndGet();
          List<Graph> graphs = docs.wholeGraphs();
          ValidationResult r = check.check(graphs);
          if (!r.conforms()) {
            failures.add(new Failure(caseId, r, docs.files(), graphs));
          } else if (caseKey != null) {
            cache.markValidated(caseKey);
          }
        });
    return new Checked(failures, drafts);
  }

  private List<CompletableFuture<Mapped>> map(
      Path caseDir, List<Path> files, ExecutorService workers) {
    return files.stream()
        .map(f -> CompletableFuture.supplyAsync(() -> process(caseDir, f), workers))
        .toList();
  }

  /** One document through the cache, or through the pipeline when the cache has no entry. */
  private Mapped process(Path caseDir, Path file) {
    if (cache == null) {
      return mapped(pipeline.run(file), null);
    }
    CaseDocument doc;
    byte[] text;
    try {
      doc = pipeline.read(file);
      text = Files.readAllBytes(file);
    } catch (InputException e) {
      return Mapped.rejected(file, pipeline.unreadable(e));
    } catch (IOException e) {
      return mapped(pipeline.run(file), null);
    }
    String key =
        cache.key(
            caseDir.relativize(file).toString().replace('\\', '/'), text, curation(doc.caseId()));
    Optional<DocumentCache.Entry> hit = cache.get(key);
    if (hit.isPresent()) {
      reused.incrementAndGet();
      return Mapped.of(file, hit.get(), key, true);
    }
    Mapped m = mapped(pipeline.run(file, doc), key);
    if (m.problem() == null) {
      cache.put(key, m.graph());
    }
    return m;
  }

  private Optional<byte[]> curation(String caseId) {
    Path file = curationDir.resolve(caseId + ".json");
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Mapped mapped(Outcome o, String key) {
    extracted.incrementAndGet();
    if (o.problem() != null) {
      return Mapped.rejected(o.file(), o.problem());
    }
    List<String> keys = new ArrayList<>();
    o.curated()
        .facts()
        .entities()
        .forEach(
            e -> {
              keys.add(e.key());
              e.within().ifPresent(keys::add);
            });
    String caseId = o.curated().facts().caseId();
    return new Mapped(
        o.file(),
        null,
        caseId,
        o.doc().synthetic(),
        List.copyOf(keys),
        DocumentCache.Entry.split(
            caseId,
            o.doc().synthetic(),
            List.copyOf(keys),
            o.model().getGraph(),
            shared::describes),
        key,
        false);
  }

  /**
   * The sequential checks on mapped documents, in path order (synthetic documents, refused document
   * ids), and what they add up to.
   */
  private final class Intake {
    private final DocumentIds ids;
    private final ProblemListener listener;
    private final SortedSet<String> caseIds = new TreeSet<>();
    private final Set<String> entityKeys = new TreeSet<>();
    private final Map<String, Integer> batchOfCase = new HashMap<>();
    private final Set<String> split = new TreeSet<>();
    private final EntityDescriptions entities = new EntityDescriptions();
    private final Map<String, List<Path>> files = new TreeMap<>();
    private final Map<String, List<String>> documentKeys = new TreeMap<>();
    private int documents;
    private boolean synthetic;

    Intake(DocumentIds ids, ProblemListener listener) {
      this.ids = ids;
      this.listener = listener;
    }

    /** The accepted documents of one batch, grouped by case, in path order. */
    Map<String, CaseDocs> accept(List<Mapped> batch, int batchIndex) {
      Map<String, CaseDocs> cases = new LinkedHashMap<>();
      for (Mapped m : batch) {
        if (m.problem() != null) {
          listener.report(m.problem());
          continue;
        }
        if (m.synthetic() && !allowSynthetic) {
          listener.report(
              new Problem(
                  Severity.ERROR,
                  Location.of(m.file()),
                  "document is marked Synthetic: yes; synthetic cases are for tests and"
                      + " benchmarks and are never published"));
          continue;
        }
        Optional<Problem> refusal = ids.refusal(m.file());
        if (refusal.isPresent()) {
          listener.report(refusal.get());
          continue;
        }
        Optional<Problem> tooLarge = limits.refusal(m.file(), m.caseId(), m.graph().triples());
        if (tooLarge.isPresent()) {
          listener.report(tooLarge.get());
          continue;
        }
        String caseId = m.caseId();
        CaseDocs docs =
            cases.computeIfAbsent(
                caseId, k -> new CaseDocs(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        docs.files().add(m.file());
        docs.graphs().add(m.graph());
        files.computeIfAbsent(caseId, k -> new ArrayList<>()).add(m.file());
        docs.keys().add(m.key());
        documentKeys.computeIfAbsent(caseId, k -> new ArrayList<>()).add(m.key());
        Integer seen = batchOfCase.putIfAbsent(caseId, batchIndex);
        if (seen != null && seen != batchIndex) {
          split.add(caseId);
        }
        caseIds.add(caseId);
        entityKeys.addAll(m.entityKeys());
        synthetic |= m.synthetic();
        documents++;
      }
      return cases;
    }

    /**
     * What of the documents' graphs goes to their case graph; their descriptions of shared entities
     * are kept for the entities graph, so that the store holds one description of each.
     */
    List<Graph> caseParts(List<DocumentCache.Entry> graphs, boolean wanted) {
      List<Graph> parts = new ArrayList<>(graphs.size());
      for (DocumentCache.Entry g : graphs) {
        entities.add(g.entities());
        if (wanted) {
          parts.add(g.rest().get());
        }
      }
      return parts;
    }

    Loaded loaded(List<Failure> failures, Set<String> summarised) {
      List<Failure> whole = failures.stream().filter(f -> !split.contains(f.caseId())).toList();
      return new Loaded(
          caseIds,
          documents,
          synthetic,
          entityKeys,
          whole,
          split,
          entities,
          new BuildReport.Reuse(
              extracted.get(),
              reused.get(),
              casesValidated.get(),
              casesKnownValid.get(),
              cache == null ? 0 : cache.unreadable(),
              summarised.size()),
          files,
          documentKeys,
          summarised);
    }
  }
}
