package org.w3id.pfkg.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.problem.PfkgException;

/**
 * The words synthetic cases are made of, read from the project's own vocabularies and gazetteer so
 * that the extractor finds in them the charges, beats, media, places and outlets it knows.
 *
 * @param charges English labels of {@code ontology/vocab/charges.ttl}
 * @param beats English labels of {@code ontology/vocab/beats.ttl}
 * @param media CPJ notations of {@code ontology/vocab/media.ttl} ("Internet", "Print")
 * @param cities city names of {@code data/gazetteer/places.tsv}
 * @param outlets outlet names of {@code data/gazetteer/organizations.tsv}
 * @param organizations other organisation names of the same file
 */
public record SynthVocabulary(
    List<String> charges,
    List<String> beats,
    List<String> media,
    List<String> cities,
    List<String> outlets,
    List<String> organizations) {

  public SynthVocabulary {
    charges = nonEmpty(charges, "charges");
    beats = nonEmpty(beats, "beats");
    media = nonEmpty(media, "media");
    cities = nonEmpty(cities, "cities");
    outlets = nonEmpty(outlets, "outlets");
    organizations = nonEmpty(organizations, "organizations");
  }

  /** Reads the labels from {@code ontologyDir/vocab/} and {@code dataDir/gazetteer/}. */
  public static SynthVocabulary load(Path ontologyDir, Path dataDir) {
    Path vocab = ontologyDir.resolve("vocab");
    Path gazetteer = dataDir.resolve("gazetteer");
    return new SynthVocabulary(
        labels(vocab.resolve("charges.ttl"), false).stream()
            .filter(l -> !l.contains("charge"))
            .toList(),
        labels(vocab.resolve("beats.ttl"), false),
        labels(vocab.resolve("media.ttl"), true),
        column(gazetteer.resolve("places.tsv"), "city"),
        column(gazetteer.resolve("organizations.tsv"), "outlet"),
        column(gazetteer.resolve("organizations.tsv"), "organization"));
  }

  private static List<String> labels(Path file, boolean notation) {
    Model m = ModelFactory.createDefaultModel();
    RDFDataMgr.read(m, file.toString());
    TreeSet<String> out = new TreeSet<>();
    m.listStatements(null, notation ? SKOS.notation : SKOS.prefLabel, (String) null)
        .forEachRemaining(s -> out.add(s.getString()));
    return List.copyOf(out);
  }

  /** The {@code name} column of the rows whose fourth column is {@code kind}. */
  private static List<String> column(Path tsv, String kind) {
    List<String> out = new ArrayList<>();
    try (Stream<String> lines = Files.lines(tsv)) {
      lines
          .skip(1)
          .map(l -> l.split("\t", -1))
          .filter(f -> f.length > 3 && f[3].equals(kind))
          .forEach(f -> out.add(f[1]));
    } catch (IOException e) {
      throw new PfkgException("cannot read " + tsv + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static List<String> nonEmpty(List<String> list, String what) {
    Objects.requireNonNull(list, what);
    if (list.isEmpty()) {
      throw new PfkgException("no " + what + " found for synthetic cases");
    }
    return List.copyOf(list);
  }
}
