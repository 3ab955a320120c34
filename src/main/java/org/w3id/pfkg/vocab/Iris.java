package org.w3id.pfkg.vocab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.w3id.pfkg.problem.ConfigException;

/**
 * The IRIs of pfkg's own things (docs/MODEL.md, "IRIs"), under a configurable base. Every IRI is a
 * function of its slugs only, so the same input always gives the same IRIs whatever other cases are
 * built beside it.
 *
 * @param base the canonical base, ending in {@code /}
 */
public record Iris(String base) {
  public static final String DEFAULT_BASE = "https://w3id.org/pfkg/";

  public Iris {
    Objects.requireNonNull(base, "base");
    if (!base.endsWith("/") || !(base.startsWith("http://") || base.startsWith("https://"))) {
      throw new ConfigException("IRI base must be an http(s) IRI ending in '/': " + base);
    }
  }

  public static Iris defaults() {
    return new Iris(DEFAULT_BASE);
  }

  /** The entity namespace, prefix {@code pfid}. */
  public String idNamespace() {
    return base + "id/";
  }

  private Resource id(String path) {
    return ResourceFactory.createResource(base + "id/" + path);
  }

  public Resource journalist(String slug) {
    return id("journalist/" + slug);
  }

  public Resource person(String slug) {
    return id("person/" + slug);
  }

  public Resource outlet(String key) {
    return id("outlet/" + key);
  }

  /** Organisations and authorities share this namespace (MODEL.md). */
  public Resource org(String key) {
    return id("org/" + key);
  }

  /** Places and detention facilities share this namespace (MODEL.md). */
  public Resource place(String key) {
    return id("place/" + key);
  }

  /** A party a text describes without naming it; scoped to its case, as the description is. */
  public Resource describedSource(String caseId, String slug) {
    return id("source/" + caseId + "/" + slug);
  }

  public Resource caseIri(String caseId) {
    return id("case/" + caseId);
  }

  public Resource document(String documentId) {
    return id("document/" + documentId);
  }

  /** The {@code n}-th header field (1-based, file order) of a document. */
  public Resource headerField(String documentId, int n) {
    return id("document/" + documentId + "/field/" + n);
  }

  public Resource event(String caseId, String key) {
    return id("event/" + caseId + "/" + key);
  }

  public Resource term(String caseId, String eventKey) {
    return id("event/" + caseId + "/" + eventKey + "/term");
  }

  /** A journalist's custody span as one case's documents tell it (rdf.CaseCustody). */
  public Resource custody(String caseId, String journalistSlug) {
    return id("custody/" + caseId + "/" + journalistSlug);
  }

  /** The note of the {@code n}-th operation (1-based) of a case's curation file. */
  public Resource curationNote(String caseId, int n) {
    return id("curation/" + caseId + "/" + n);
  }

  public Resource claim(String caseId, String key) {
    return id("claim/" + caseId + "/" + key);
  }

  /** Evidence in a narrative, by Unicode code-point offsets {@code [startCp, endCp)}. */
  public Resource evidence(String documentId, int startCp, int endCp) {
    return id("evidence/" + documentId + "/" + startCp + "-" + endCp);
  }

  /** Evidence from a header line, which has no narrative offsets: named by a hash of the quote. */
  public Resource headerEvidence(String documentId, String quote) {
    return id("evidence/" + documentId + "/header-" + sha1Prefix(quote));
  }

  public Resource quoteSelector(Resource evidence) {
    return ResourceFactory.createResource(evidence.getURI() + "/quote");
  }

  public Resource positionSelector(Resource evidence) {
    return ResourceFactory.createResource(evidence.getURI() + "/position");
  }

  /** The reified form of the plain fact {@code s p o}: SHA-1 of the three terms, 16 hex digits. */
  public Resource statement(String caseId, String documentId, Resource s, Property p, RDFNode o) {
    String object = o.isURIResource() ? o.asResource().getURI() : o.asNode().toString();
    // The document is part of the key: the same fact read from two documents is two statements,
    // each with its own party and evidence, so that disagreeing sources are never blended.
    return id(
        "statement/"
            + caseId
            + "/"
            + sha1Prefix(documentId + "\n" + s.getURI() + "\n" + p.getURI() + "\n" + object));
  }

  public Resource charge(String slug) {
    return id("charge/" + slug);
  }

  public Resource eventType(String slug) {
    return id("event-type/" + slug);
  }

  public Resource role(String slug) {
    return id("role/" + slug);
  }

  public Resource medium(String slug) {
    return id("medium/" + slug);
  }

  public Resource beat(String slug) {
    return id("beat/" + slug);
  }

  public Resource status(String slug) {
    return id("status/" + slug);
  }

  public Resource group(String slug) {
    return id("group/" + slug);
  }

  public Resource relation(String slug) {
    return id("relation/" + slug);
  }

  /** A SKOS concept scheme ({@code charges}, {@code event-types}, ...). */
  public Resource scheme(String name) {
    return id("scheme/" + name);
  }

  public Resource caseGraph(String caseId) {
    return ResourceFactory.createResource(base + "graph/case/" + caseId);
  }

  public Resource vocabularyGraph() {
    return ResourceFactory.createResource(base + "graph/vocabulary");
  }

  public Resource ontologyGraph() {
    return ResourceFactory.createResource(base + "graph/ontology");
  }

  public Resource entitiesGraph() {
    return ResourceFactory.createResource(base + "graph/entities");
  }

  public Resource datasetGraph() {
    return ResourceFactory.createResource(base + "graph/dataset");
  }

  /** The dataset as a whole, described in VoID and DCAT in {@link #datasetGraph()}. */
  public Resource dataset() {
    return ResourceFactory.createResource(base + "dataset");
  }

  /** The publisher of the dataset: the pfkg project. */
  public Resource publisher() {
    return org("pfkg");
  }

  /** The published JSON-LD context of the JSON-LD dump. */
  public String jsonLdContext() {
    return base + "context.jsonld";
  }

  /** Every prefix pfkg writes, for dumps, pages and example queries. */
  public PrefixMapping prefixes() {
    PrefixMapping pm = PrefixMapping.Factory.create();
    pm.setNsPrefix(PF.PREFIX, PF.NS);
    pm.setNsPrefix("pfid", idNamespace());
    pm.setNsPrefix(SCHEMA.PREFIX, SCHEMA.NS);
    pm.setNsPrefix(PROV.PREFIX, PROV.NS);
    pm.setNsPrefix(OA.PREFIX, OA.NS);
    pm.setNsPrefix(SEM.PREFIX, SEM.NS);
    pm.setNsPrefix("skos", SKOS.getURI());
    pm.setNsPrefix("owl", OWL.NS);
    pm.setNsPrefix("rdf", RDF.uri);
    pm.setNsPrefix("rdfs", RDFS.uri);
    pm.setNsPrefix("xsd", XSD.NS);
    pm.setNsPrefix("dcterms", DCTerms.NS);
    pm.setNsPrefix("dcat", DCAT.NS);
    pm.setNsPrefix("void", VOID.NS);
    pm.setNsPrefix(WD.PREFIX, WD.NS);
    pm.setNsPrefix(WD.DIRECT_PREFIX, WD.DIRECT_NS);
    return pm.lock();
  }

  private static String sha1Prefix(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-1 (java.security.MessageDigest contract).
      throw new IllegalStateException(e);
    }
  }
}
