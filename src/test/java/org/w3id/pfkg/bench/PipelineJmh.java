package org.w3id.pfkg.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.curate.CuratedFacts;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.extract.Knowledge;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.rdf.CaseMapper;
import org.w3id.pfkg.rdf.OntologyGraphs;
import org.w3id.pfkg.validate.ShaclValidator;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;

/**
 * JMH: the per-document steps of a build, each alone, on one real document of {@code data/cases}:
 * extraction, mapping to RDF, and SHACL validation of the case graph with the ontology and
 * vocabularies (what {@code publish.CaseCheck} does). Run from the project root:
 *
 * <pre>
 * mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp \
 *     -Dmdep.includeScope=test
 * java -cp "target/test-classes:target/classes:$(cat target/test.cp)" org.openjdk.jmh.Main PipelineJmh
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineJmh {
  /** The seed profile, a census entry and a dated news alert. */
  @Param({"gulmire-imin.txt", "nijat-azat-wuc.txt", "ilham-tohti-ifj.txt"})
  public String file;

  private Extractor extractor;
  private CaseMapper mapper;
  private ShaclValidator validator;
  private Graph schema;
  private CaseDocument doc;
  private CaseFacts facts;
  private Graph caseGraph;

  @Setup(Level.Trial)
  public void setUp() {
    Path ontology = BuildConfig.DEFAULT_ONTOLOGY;
    Iris iris = new Iris(Iris.DEFAULT_BASE);
    extractor = new Extractor(Knowledge.load(ontology, BuildConfig.DEFAULT_DATA));
    mapper = new CaseMapper(iris);
    validator = new ShaclValidator(ontology.resolve("shapes.ttl"));
    schema = GraphFactory.createGraphMem();
    Map<String, Model> graphs = new OntologyGraphs(ontology, iris).load();
    graphs.values().forEach(m -> m.getGraph().find().forEachRemaining(schema::add));
    doc = new CaseReader().read(BuildConfig.DEFAULT_DATA.resolve("cases").resolve(file));
    facts = extractor.extract(doc);
    caseGraph = mapper.map(doc, CuratedFacts.uncurated(facts)).getGraph();
  }

  @Benchmark
  public CaseFacts extract() {
    return extractor.extract(doc);
  }

  @Benchmark
  public Model map() {
    return mapper.map(doc, CuratedFacts.uncurated(facts));
  }

  @Benchmark
  public ValidationResult validate() {
    return validator.validate(new Union(caseGraph, schema));
  }
}
