package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * The labels of one SKOS vocabulary file, by concept slug (the last segment of the concept IRI):
 * the preferred label first, then the alternative ones. Extraction finds concepts in text by these
 * labels, so correcting a vocabulary file corrects what is found.
 */
record ConceptLabels(
    Map<String, List<String>> labels, Map<String, String> broader, Map<String, String> topNames) {
  static ConceptLabels read(Path file) {
    Model model;
    try {
      model = RDFDataMgr.loadModel(file.toString());
    } catch (RiotException e) {
      throw new InputException(Location.of(file), "expected Turtle: " + e.getMessage(), e);
    }
    Map<String, List<String>> labels = new LinkedHashMap<>();
    Map<String, String> broader = new LinkedHashMap<>();
    Map<String, String> topNames = new LinkedHashMap<>();
    model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().stream()
        .sorted((a, b) -> a.getURI().compareTo(b.getURI()))
        .forEach(
            concept -> {
              List<String> names = new ArrayList<>();
              addAll(concept, SKOS.prefLabel, names);
              addAll(concept, SKOS.altLabel, names);
              labels.put(slug(concept), List.copyOf(names));
              Resource up = concept.getPropertyResourceValue(SKOS.broader);
              if (up != null && up.isURIResource()) {
                broader.put(slug(concept), slug(up));
              }
              if (concept.hasProperty(SKOS.topConceptOf)) {
                List<String> named = new ArrayList<>(names);
                addAll(concept, SKOS.notation, named);
                named.forEach(n -> topNames.putIfAbsent(fold(n), slug(concept)));
              }
            });
    return new ConceptLabels(Map.copyOf(labels), Map.copyOf(broader), Map.copyOf(topNames));
  }

  /**
   * The top concept a name, label or notation names, whatever its case and spacing ("No charge" is
   * the CPJ category {@code no-charge-disclosed} of charges.ttl): for a header that names a
   * category.
   */
  Optional<String> topConcept(String name) {
    return Optional.ofNullable(topNames.get(fold(name)));
  }

  private static String fold(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The preferred label of a concept, or its slug when it has none. */
  String label(String slug) {
    List<String> names = labels.getOrDefault(slug, List.of());
    return names.isEmpty() ? slug : names.get(0);
  }

  private static void addAll(
      Resource concept, org.apache.jena.rdf.model.Property p, List<String> out) {
    concept
        .listProperties(p)
        .forEach(
            s -> {
              RDFNode o = s.getObject();
              if (o.isLiteral()) {
                Literal l = o.asLiteral();
                if (l.getLanguage().isEmpty() || l.getLanguage().startsWith("en")) {
                  out.add(l.getLexicalForm());
                }
              }
            });
  }

  private static String slug(Resource concept) {
    String iri = concept.getURI();
    return iri.substring(iri.lastIndexOf('/') + 1);
  }
}
