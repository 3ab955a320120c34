package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.SeedBuild;
import org.w3id.pfkg.build.BuildReport;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.SPDX;

/**
 * The seed release (built once per test JVM, {@link SeedBuild}): its dumps, their description and
 * their checksums. The store stays open: other classes read the same release.
 */
@Tag("slow")
class ReleaseDumpsTest {
  private static final Iris IRIS = Iris.defaults();
  private static final String DATASET_GRAPH = IRIS.datasetGraph().getURI();

  static BuildReport report;
  static Path dumps;
  static Dataset store;
  static Model voidModel;
  static Resource dataset;

  @BeforeAll
  static void build() {
    report = SeedBuild.report();
    dumps = report.release().resolve("dumps");
    store = TDB2Factory.connectDataset(report.release().resolve("store").toString());
    voidModel = RDFDataMgr.loadModel(dumps.resolve("void.ttl").toString());
    dataset = voidModel.createResource(IRIS.dataset().getURI());
  }

  private static long count(String query) {
    return Txn.calculateRead(
        store,
        () -> {
          try (QueryExecution exec = QueryExecution.dataset(store).query(query).build()) {
            return exec.execSelect().next().getLiteral("n").getLong();
          }
        });
  }

  private static long stated(Resource subject, org.apache.jena.rdf.model.Property p) {
    return subject.getRequiredProperty(p).getLong();
  }

  @Test
  void voidTriplesCountsTheDistinctTriplesOfEveryGraphButTheDescription() {
    long described =
        count(
            "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o }"
                + " FILTER(?g != <"
                + DATASET_GRAPH
                + ">) } }");
    assertEquals(described, stated(dataset, VOID.triples));
    long descriptionGraph =
        count("SELECT (COUNT(*) AS ?n) { GRAPH <" + DATASET_GRAPH + "> { ?s ?p ?o } }");
    Model turtle = RDFDataMgr.loadModel(dumps.resolve("pfkg.ttl").toString());
    assertEquals(described + descriptionGraph, turtle.size(), "the dump is data + description");
    assertEquals(turtle.size(), report.triples());
  }

  @Test
  void classPartitionsMatchSparqlCounts() {
    var partitions = dataset.listProperties(VOID.classPartition).toList();
    assertFalse(partitions.isEmpty());
    for (Statement s : partitions) {
      Resource partition = s.getResource();
      String c = partition.getRequiredProperty(VOID._class).getResource().getURI();
      long instances =
          count(
              "SELECT (COUNT(DISTINCT ?x) AS ?n) { GRAPH ?g { ?x a <"
                  + c
                  + "> } FILTER(?g != <"
                  + DATASET_GRAPH
                  + ">) }");
      assertEquals(instances, stated(partition, VOID.entities), c);
    }
    assertEquals(partitions.size(), stated(dataset, VOID.classes));
    assertTrue(
        partitions.stream()
            .anyMatch(
                s ->
                    s.getResource()
                        .getRequiredProperty(VOID._class)
                        .getResource()
                        .getURI()
                        .equals("https://w3id.org/pfkg/ontology#Journalist")));
  }

  @Test
  void subsetsGiveTheTriplesOfEachNamedGraph() {
    for (Statement s : dataset.listProperties(VOID.subset).toList()) {
      String graph = s.getResource().getURI();
      long n = count("SELECT (COUNT(*) AS ?n) { GRAPH <" + graph + "> { ?s ?p ?o } }");
      assertEquals(n, stated(s.getResource(), VOID.triples), graph);
    }
    long graphs =
        count(
            "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } FILTER (?g != <https://w3id.org/pfkg/graph/dataset>) }");
    assertEquals(graphs, dataset.listProperties(VOID.subset).toList().size());
  }

  @Test
  void everyDumpTheDescriptionListsExistsWithItsStatedSizeAndChecksum() throws IOException {
    Set<String> downloads = new TreeSet<>();
    for (Statement s : dataset.listProperties(DCAT.distribution).toList()) {
      Resource dist = s.getResource();
      String url = dist.getRequiredProperty(DCAT.downloadURL).getResource().getURI();
      downloads.add(url);
      assertTrue(url.startsWith("http://localhost:3030/dumps/pfkg-" + report.releaseId()), url);
      Path file = dumps.resolve(url.substring(url.lastIndexOf('/') + 1));
      assertTrue(Files.isRegularFile(file), file.toString());
      assertEquals(Files.size(file), stated(dist, DCAT.byteSize), url);
      Resource checksum = dist.getRequiredProperty(SPDX.checksum).getResource();
      assertEquals(
          SPDX.checksumAlgorithm_sha256, checksum.getRequiredProperty(SPDX.algorithm).getObject());
      assertEquals(
          DumpWriter.sha256(file),
          checksum.getRequiredProperty(SPDX.checksumValue).getLiteral().getLexicalForm());
    }
    assertEquals(4, downloads.size());
    Set<String> dataDumps = new TreeSet<>();
    dataset
        .listProperties(VOID.dataDump)
        .forEachRemaining(s -> dataDumps.add(s.getResource().getURI()));
    assertEquals(downloads, dataDumps);
    assertEquals(
        "http://localhost:3030/sparql",
        dataset.getRequiredProperty(VOID.sparqlEndpoint).getResource().getURI());
  }

  @Test
  void theDescriptionGraphIsVoidTtlWithoutTheFileDetails() {
    Dataset trig = RDFDataMgr.loadDataset(dumps.resolve("pfkg.trig").toString());
    Model inDumps = trig.getNamedModel(DATASET_GRAPH);
    Model withoutDetails = ModelFactory.createDefaultModel().add(voidModel);
    withoutDetails.removeAll(null, DCAT.byteSize, null);
    for (Resource c : voidModel.listSubjectsWithProperty(SPDX.checksumValue).toList()) {
      withoutDetails.removeAll(c, null, null);
    }
    withoutDetails.removeAll(null, SPDX.checksum, null);
    assertTrue(inDumps.isIsomorphicWith(withoutDetails));
  }

  @Test
  void jsonLdDumpReadsBackOfflineToExactlyTheTriplesOfTheTurtleDump() throws IOException {
    // No document loader at all: the context must be inline, as rdflib offline needs it.
    JsonLdOptions options = new JsonLdOptions();
    options.setDocumentLoader(
        (url, o) -> {
          throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
        });
    Model fromJsonLd = ModelFactory.createDefaultModel();
    RDFParser.source(dumps.resolve("pfkg.jsonld"))
        .lang(Lang.JSONLD)
        .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, options))
        .parse(fromJsonLd);
    Model turtle = RDFDataMgr.loadModel(dumps.resolve("pfkg.ttl").toString());
    assertEquals(turtle.size(), fromJsonLd.size());
    assertTrue(turtle.isIsomorphicWith(fromJsonLd));
    JsonNode doc = new ObjectMapper().readTree(dumps.resolve("pfkg.jsonld").toFile());
    JsonNode published = new ObjectMapper().readTree(dumps.resolve("context.jsonld").toFile());
    assertEquals(published.get("@context"), doc.get("@context"), "the published context, inline");
    JsonNode journalist = null;
    for (JsonNode node : doc.get("@graph")) {
      if (node.path("@id").asText().equals("pfid:journalist/gulmire-imin")) {
        journalist = node;
      }
    }
    assertEquals("Gulmire Imin", journalist.get("name").asText(), "readable keys");
    assertEquals("pfid:outlet/salkin", journalist.get("outlet").asText(), "object as @id");
  }

  @Test
  void dumpsArePlainRdf11AndAgree() throws IOException {
    Model turtle = RDFDataMgr.loadModel(dumps.resolve("pfkg.ttl").toString());
    Model ntriples = ModelFactory.createDefaultModel();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dumps.resolve("pfkg.nt.gz")))) {
      RDFDataMgr.read(ntriples, in, Lang.NTRIPLES);
    }
    assertTrue(turtle.isIsomorphicWith(ntriples));
    assertFalse(
        turtle.listStatements().toList().stream()
            .anyMatch(s -> s.getObject().asNode().isTripleTerm()),
        "no RDF 1.2 triple terms");
    assertFalse(Files.readString(dumps.resolve("pfkg.ttl")).contains("<<"));
    Dataset trig = RDFDataMgr.loadDataset(dumps.resolve("pfkg.trig").toString());
    assertTrue(trig.getUnionModel().isIsomorphicWith(turtle));
  }

  @Test
  void stableNamesAreTheVersionedFiles() throws IOException {
    for (DumpFormat f : DumpFormat.values()) {
      Path stable = dumps.resolve(f.stableName());
      Path versioned = dumps.resolve(f.versionedName(report.releaseId()));
      assertFalse(Files.isSymbolicLink(stable));
      assertEquals(DumpWriter.sha256(versioned), DumpWriter.sha256(stable), f.stableName());
    }
  }

  @Test
  void sha256SumsChecksEveryOtherFile() throws IOException {
    Map<String, String> sums = new HashMap<>();
    for (String line : Files.readAllLines(dumps.resolve("SHA256SUMS"), StandardCharsets.US_ASCII)) {
      // sha256sum -c: 64 hex digits, two spaces (text mode), the file name.
      assertTrue(line.matches("[0-9a-f]{64}  \\S+"), line);
      sums.put(line.substring(66), line.substring(0, 64));
    }
    for (var e : sums.entrySet()) {
      assertEquals(e.getValue(), DumpWriter.sha256(dumps.resolve(e.getKey())), e.getKey());
    }
    assertEquals(filesExcept("SHA256SUMS"), new TreeSet<>(sums.keySet()));
  }

  @Test
  void manifestListsEveryFileButItselfAndTheChecksums() throws IOException {
    JsonNode manifest = new ObjectMapper().readTree(dumps.resolve("manifest.json").toFile());
    Set<String> listed = new TreeSet<>();
    for (JsonNode f : manifest.get("files")) {
      String name = f.get("name").asText();
      listed.add(name);
      assertEquals(Files.size(dumps.resolve(name)), f.get("bytes").asLong(), name);
      assertEquals(DumpWriter.sha256(dumps.resolve(name)), f.get("sha256").asText(), name);
    }
    assertEquals(filesExcept("SHA256SUMS", "manifest.json"), listed);
    assertEquals(report.releaseId(), manifest.get("release").asText());
    assertEquals(stated(dataset, VOID.triples), manifest.get("describedTriples").asLong());
    assertFalse(manifest.has("previous"), "the first build has no previous release");
  }

  private static Set<String> filesExcept(String... names) throws IOException {
    try (Stream<Path> list = Files.list(dumps)) {
      Set<String> files = new TreeSet<>();
      list.map(p -> p.getFileName().toString()).forEach(files::add);
      files.removeAll(Set.of(names));
      return files;
    }
  }
}
