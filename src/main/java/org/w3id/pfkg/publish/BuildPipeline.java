package org.w3id.pfkg.publish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.extract.CaseFacts;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;
import org.w3id.pfkg.link.EntityGraph;
import org.w3id.pfkg.link.Gazetteer;
import org.w3id.pfkg.link.LinkTable;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemCollector;
import org.w3id.pfkg.problem.ProblemListener;
import org.w3id.pfkg.problem.Severity;
import org.w3id.pfkg.rdf.CaseMapper;
import org.w3id.pfkg.rdf.OntologyGraphs;
import org.w3id.pfkg.validate.ShaclValidator;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;

/**
 * The build, as named phases: read, extract, link, map, validate, store, dump, publish. Nothing is
 * published unless every phase succeeds: a rejected document (without keep-going), a SHACL
 * violation or a failure while writing leaves the live release as it was.
 */
public final class BuildPipeline {
  private static final DateTimeFormatter RELEASE_ID =
      DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final int PROGRESS_THRESHOLD = 200;

  private final BuildConfig config;

  public BuildPipeline(BuildConfig config) {
    this.config = config;
  }

  public BuildReport run(ProblemListener listener) {
    long started = System.nanoTime();
    Instant now = Instant.now();
    ProblemCollector problems = new ProblemCollector();
    ProblemListener both =
        p -> {
          problems.report(p);
          listener.report(p);
        };
    List<CaseDocument> documents = read(both);
    Knowledge knowledge = Knowledge.load(config.ontologyDir(), config.dataDir());
    Map<CaseDocument, CaseFacts> facts = extract(documents, new Extractor(knowledge), both);
    List<Problem> rejected =
        problems.problems().stream().filter(p -> p.severity() != Severity.WARNING).toList();
    if (!rejected.isEmpty() && !config.keepGoing()) {
      throw new PfkgException(
          rejected.size()
              + " problem(s) in the input; nothing was published (use --keep-going to publish the good cases)");
    }
    if (facts.isEmpty()) {
      throw new PfkgException(
          "no case could be read from "
              + config.dataDir().resolve("cases")
              + "; nothing was published");
    }
    Iris iris = new Iris(config.baseIri());
    Dataset dataset = assemble(facts, iris);
    Model union =
        ModelFactory.createDefaultModel()
            .setNsPrefixes(iris.prefixes())
            .add(dataset.getUnionModel());
    ValidationResult validation =
        new ShaclValidator(config.ontologyDir().resolve("shapes.ttl")).validate(union.getGraph());
    if (!validation.conforms()) {
      throw new PfkgException(
          "SHACL validation failed with "
              + validation.violations()
              + " violation(s); nothing was published:\n"
              + validation.report());
    }
    String releaseId = RELEASE_ID.format(now);
    ReleaseLayout layout = new ReleaseLayout(config.outDir());
    Optional<PreviousRelease> previous = layout.live().flatMap(PreviousRelease::read);
    DatasetDescription.Release about =
        new DatasetDescription.Release(
            releaseId,
            LocalDate.ofInstant(now, ZoneOffset.UTC),
            new PublicUrls(iris, config.endpointBase()));
    DatasetStatistics stats =
        DatasetStatistics.of(dataset, iris.datasetGraph(), iris.idNamespace(), iris.prefixes());
    Model description = DatasetDescription.describe(about, stats);
    dataset.addNamedModel(iris.datasetGraph().getURI(), description);
    union.add(description);
    Path release = layout.stage(releaseId);
    try {
      StoreWriter.write(release.resolve("store"), dataset);
      long cases = facts.values().stream().map(CaseFacts::caseId).distinct().count();
      Map<String, Long> graphs = graphSizes(dataset);
      Map<String, Object> manifest = new LinkedHashMap<>();
      manifest.put("release", releaseId);
      manifest.put("created", now.toString());
      manifest.put("base", config.baseIri());
      manifest.put("endpoint", about.urls().sparql());
      manifest.put(
          "synthetic",
          config.allowSynthetic() && documents.stream().anyMatch(CaseDocument::synthetic));
      manifest.put("cases", cases);
      manifest.put("documents", facts.size());
      manifest.put("triples", union.size());
      manifest.put("describedTriples", stats.triples());
      manifest.put("graphs", graphs);
      previous.ifPresent(
          p -> {
            manifest.put("previous", p);
            manifest.put(
                "changes",
                Map.of("triples", union.size() - p.triples(), "graphs", p.changesTo(graphs)));
          });
      ObjectNode context =
          JsonLdContext.build(
              dataset.getNamedModel(iris.ontologyGraph().getURI()),
              iris.prefixes(),
              config.ontologyDir().resolve(JsonLdContext.TERMS_FILE));
      DumpWriter.write(
          release.resolve("dumps"),
          new DumpWriter.Contents(about, dataset, union, description, context, manifest));
      layout.publish(release);
      long millis = (System.nanoTime() - started) / 1_000_000;
      return new BuildReport(
          releaseId, release, (int) cases, facts.size(), union.size(), millis, rejected);
    } catch (RuntimeException e) {
      layout.discard(release);
      throw e;
    }
  }

  private List<CaseDocument> read(ProblemListener listener) {
    List<CaseDocument> documents = new ArrayList<>();
    for (CaseDocument doc : new CaseReader().readAll(config.dataDir().resolve("cases"), listener)) {
      if (doc.synthetic() && !config.allowSynthetic()) {
        listener.report(
            new Problem(
                Severity.ERROR,
                Location.of(doc.file()),
                "document is marked Synthetic: yes; synthetic cases are for tests and benchmarks and are never published"));
      } else {
        documents.add(doc);
      }
    }
    return documents;
  }

  /** Extraction is a pure function per document, so documents run in parallel. */
  private static Map<CaseDocument, CaseFacts> extract(
      List<CaseDocument> documents, Extractor extractor, ProblemListener listener) {
    Map<CaseDocument, CaseFacts> facts = new ConcurrentHashMap<>();
    Stream<CaseDocument> stream = documents.parallelStream();
    if (documents.size() >= PROGRESS_THRESHOLD) {
      stream = ProgressBar.wrap(stream, "extract");
    }
    stream.forEach(
        doc -> {
          try {
            facts.put(doc, extractor.extract(doc));
          } catch (RuntimeException | StackOverflowError e) {
            // A stack overflow is one document's (deeply nested or huge input), not the JVM's:
            // reject that document and keep the others, as for any other failure.
            listener.report(
                new Problem(Severity.ERROR, Location.of(doc.file()), "extraction failed: " + e));
          }
        });
    // Order by file so that graphs and dumps come out the same on every run.
    Map<CaseDocument, CaseFacts> ordered = new TreeMap<>((a, b) -> a.file().compareTo(b.file()));
    ordered.putAll(facts);
    return ordered;
  }

  private Dataset assemble(Map<CaseDocument, CaseFacts> facts, Iris iris) {
    Dataset dataset = DatasetFactory.create();
    dataset.getDefaultModel().setNsPrefixes(iris.prefixes());
    CaseMapper mapper = new CaseMapper(iris);
    Map<String, Model> caseGraphs = new TreeMap<>();
    facts.forEach(
        (doc, f) ->
            caseGraphs
                .computeIfAbsent(
                    iris.caseGraph(f.caseId()).getURI(), k -> ModelFactory.createDefaultModel())
                .add(mapper.map(doc, f)));
    new OntologyGraphs(config.ontologyDir(), iris).load().forEach(dataset::addNamedModel);
    dataset.addNamedModel(
        iris.entitiesGraph().getURI(),
        new EntityGraph(iris)
            .build(Gazetteer.read(config.dataDir()), LinkTable.read(config.dataDir())));
    caseGraphs.forEach(dataset::addNamedModel);
    return dataset;
  }

  private static Map<String, Long> graphSizes(Dataset dataset) {
    Map<String, Long> sizes = new TreeMap<>();
    dataset
        .listNames()
        .forEachRemaining(name -> sizes.put(name, dataset.getNamedModel(name).size()));
    return sizes;
  }
}
