package org.w3id.pfkg.rdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.w3id.pfkg.problem.ConfigException;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.vocab.Iris;

/**
 * Loads the shared graphs kept as files: {@code ontology/pfkg.ttl} into the ontology graph and
 * every {@code ontology/vocab/*.ttl} into the vocabulary graph.
 */
public final class OntologyGraphs {
  private final Path ontologyDir;
  private final Iris iris;

  /**
   * @param ontologyDir the {@code ontology/} folder
   */
  public OntologyGraphs(Path ontologyDir, Iris iris) {
    this.ontologyDir = Objects.requireNonNull(ontologyDir, "ontologyDir");
    this.iris = Objects.requireNonNull(iris, "iris");
  }

  /** Graph IRI to its content, ontology first; throws on a missing file or a syntax error. */
  public Map<String, Model> load() {
    Path ontology = ontologyDir.resolve("pfkg.ttl");
    if (!Files.isRegularFile(ontology)) {
      throw new ConfigException("ontology file not found: " + ontology.toAbsolutePath());
    }
    Model vocabulary = ModelFactory.createDefaultModel();
    for (Path file : vocabularyFiles()) {
      vocabulary.add(TurtleFiles.read(file));
    }
    Map<String, Model> graphs = new LinkedHashMap<>();
    graphs.put(iris.ontologyGraph().getURI(), TurtleFiles.read(ontology));
    graphs.put(iris.vocabularyGraph().getURI(), vocabulary);
    return graphs;
  }

  /** The vocabulary files in name order, so that loads are reproducible. */
  List<Path> vocabularyFiles() {
    Path dir = ontologyDir.resolve("vocab");
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("vocabulary folder not found: " + dir.toAbsolutePath());
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".ttl")).sorted().toList();
    } catch (IOException e) {
      throw new PfkgException("cannot list vocabulary folder " + dir + ": " + e.getMessage(), e);
    }
  }
}
