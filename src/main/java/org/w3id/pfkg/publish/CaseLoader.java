package org.w3id.pfkg.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import me.tongfei.progressbar.ProgressBar;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
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
import org.w3id.pfkg.vocab.Iris;

/**
 * The read, extract, map and load phases as one stream, so that memory holds one batch of
 * documents, never the corpus: files are taken in path order, a batch at a time; read, extraction
 * and mapping (pure functions) run on every core; the batch's graphs go into the TDB2 store in one
 * write transaction while the next batch is being extracted. A case graph is the union of its
 * documents' graphs, added batch by batch, which is what the in-memory build made.
 */
final class CaseLoader {
  private static final int BATCH = 256;
  private static final int PROGRESS_THRESHOLD = 200;

  /** What was loaded: the case ids, the documents' count, whether any was synthetic. */
  record Loaded(
      SortedSet<String> caseIds, int documents, boolean synthetic, Set<String> entityKeys) {}

  /** One document after the parallel phases; {@code graph} is null when it was rejected. */
  private record Mapped(
      Path file, CaseDocument doc, CaseFacts facts, Graph graph, Problem problem) {}

  private final Extractor extractor;
  private final CurationPhase curation;
  private final CaseMapper mapper;
  private final Iris iris;
  private final boolean allowSynthetic;

  CaseLoader(Extractor extractor, CurationPhase curation, Iris iris, boolean allowSynthetic) {
    this.extractor = extractor;
    this.curation = curation;
    this.mapper = new CaseMapper(iris);
    this.iris = iris;
    this.allowSynthetic = allowSynthetic;
  }

  Loaded load(Path caseDir, DatasetGraph store, ProblemListener listener) {
    CaseReader reader = new CaseReader();
    List<Path> files = reader.caseFiles(caseDir);
    List<List<Path>> batches = new ArrayList<>();
    for (int i = 0; i < files.size(); i += BATCH) {
      batches.add(files.subList(i, Math.min(files.size(), i + BATCH)));
    }
    SortedSet<String> caseIds = new TreeSet<>();
    Set<String> entityKeys = new TreeSet<>();
    Map<String, Path> firstFileById = new HashMap<>();
    int documents = 0;
    boolean synthetic = false;
    ProgressBar progress =
        files.size() >= PROGRESS_THRESHOLD ? new ProgressBar("build", files.size()) : null;
    try {
      CompletableFuture<List<Mapped>> next =
          batches.isEmpty() ? null : CompletableFuture.supplyAsync(() -> map(batches.get(0)));
      for (int b = 0; b < batches.size(); b++) {
        List<Mapped> batch = next.join();
        int following = b + 1;
        next =
            following < batches.size()
                ? CompletableFuture.supplyAsync(() -> map(batches.get(following)))
                : null;
        List<Mapped> accepted = new ArrayList<>();
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
          accepted.add(m);
          caseIds.add(m.facts().caseId());
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
        Txn.executeWrite(
            store,
            () -> {
              for (Mapped m : accepted) {
                Node g = NodeFactory.createURI(iris.caseGraph(m.facts().caseId()).getURI());
                m.graph()
                    .find()
                    .forEachRemaining(
                        t -> store.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
              }
            });
        if (progress != null) {
          progress.stepBy(batch.size());
        }
      }
    } finally {
      if (progress != null) {
        progress.close();
      }
    }
    return new Loaded(caseIds, documents, synthetic, entityKeys);
  }

  private List<Mapped> map(List<Path> files) {
    CaseReader reader = new CaseReader();
    return files.parallelStream().map(f -> map(reader, f)).toList();
  }

  private Mapped map(CaseReader reader, Path file) {
    CaseDocument doc;
    try {
      doc = reader.read(file);
    } catch (InputException e) {
      return new Mapped(file, null, null, null, reader.problem(e));
    }
    CaseFacts facts;
    try {
      facts = extractor.extract(doc);
    } catch (RuntimeException | StackOverflowError e) {
      // A stack overflow is one document's (deeply nested or huge input), not the JVM's: reject
      // that document and keep the others, as for any other failure.
      return new Mapped(
          file,
          doc,
          null,
          null,
          new Problem(Severity.ERROR, Location.of(file), "extraction failed: " + e));
    }
    try {
      CuratedFacts curated = curation.apply(doc, facts);
      return new Mapped(file, doc, curated.facts(), mapper.map(doc, curated).getGraph(), null);
    } catch (InputException e) {
      return new Mapped(
          file,
          doc,
          null,
          null,
          new Problem(
              Severity.ERROR,
              e.location(),
              "case '" + doc.caseId() + "' rejected: " + CurationPhase.withoutLocation(e)));
    } catch (RuntimeException e) {
      return new Mapped(
          file,
          doc,
          null,
          null,
          new Problem(Severity.ERROR, Location.of(file), "extraction failed: " + e));
    }
  }
}
