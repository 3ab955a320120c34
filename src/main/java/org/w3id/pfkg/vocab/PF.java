package org.w3id.pfkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The pfkg ontology, {@code ontology/pfkg.ttl}; docs/MODEL.md says what each term is for. */
public final class PF {
  public static final String NS = "https://w3id.org/pfkg/ontology#";
  public static final String PREFIX = "pf";

  private PF() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS, local);
  }

  // Classes
  public static final Resource Case = resource("Case");
  public static final Resource SourceDocument = resource("SourceDocument");
  public static final Resource HeaderField = resource("HeaderField");
  public static final Resource Journalist = resource("Journalist");
  public static final Resource Outlet = resource("Outlet");
  public static final Resource Authority = resource("Authority");
  public static final Resource DetentionFacility = resource("DetentionFacility");
  public static final Resource DescribedSource = resource("DescribedSource");
  public static final Resource Event = resource("Event");
  public static final Resource SentenceTerm = resource("SentenceTerm");
  public static final Resource StatusStatement = resource("StatusStatement");
  public static final Resource CustodySpan = resource("CustodySpan");
  public static final Resource Claim = resource("Claim");
  public static final Resource Evidence = resource("Evidence");
  public static final Resource CpjChargeCategory = resource("CpjChargeCategory");
  public static final Resource CurationNote = resource("CurationNote");

  // Case and document
  public static final Property journalist = property("journalist");
  public static final Property sourceDocument = property("sourceDocument");
  public static final Property status = property("status");
  public static final Property cpjChargeCategory = property("cpjChargeCategory");
  public static final Property medium = property("medium");
  public static final Property beat = property("beat");
  public static final Property localOrForeign = property("localOrForeign");
  public static final Property latestSentence = property("latestSentence");
  public static final Property country = property("country");
  public static final Property asOf = property("asOf");
  public static final Property statusStatement = property("statusStatement");
  public static final Property sentenceIndex = property("sentenceIndex");
  public static final Property custody = property("custody");
  public static final Property heldFrom = property("heldFrom");
  public static final Property heldUntil = property("heldUntil");
  public static final Property lastSaidHeld = property("lastSaidHeld");
  public static final Property startEvent = property("startEvent");
  public static final Property endEvent = property("endEvent");
  public static final Property lastCustodyStatement = property("lastCustodyStatement");
  public static final Property retrieved = property("retrieved");
  public static final Property fileName = property("fileName");
  public static final Property text = property("text");
  public static final Property headerField = property("headerField");
  public static final Property fieldName = property("fieldName");
  public static final Property fieldValue = property("fieldValue");
  public static final Property documentFormat = property("documentFormat");

  // Journalist and people
  public static final Property ethnicGroup = property("ethnicGroup");
  public static final Property role = property("role");
  public static final Property outlet = property("outlet");
  public static final Property heldIn = property("heldIn");
  public static final Property chargedWith = property("chargedWith");
  public static final Property chargeStatus = property("chargeStatus");
  public static final Property relatedPerson = property("relatedPerson");
  public static final Property relation = property("relation");
  public static final Property relationText = property("relationText");

  // Events
  public static final Property eventType = property("eventType");
  public static final Property concerns = property("concerns");
  public static final Property actingAuthority = property("actingAuthority");
  public static final Property charge = property("charge");
  public static final Property sentenceTerm = property("sentenceTerm");
  public static final Property changesSentenceOf = property("changesSentenceOf");
  public static final Property date = property("date");
  public static final Property datePrecision = property("datePrecision");
  public static final Property dateText = property("dateText");
  public static final Property edtf = property("edtf");
  public static final Property earliestDate = property("earliestDate");
  public static final Property latestDate = property("latestDate");
  public static final Property duration = property("duration");
  public static final Property totalMonths = property("totalMonths");
  public static final Property isLife = property("isLife");
  public static final Property isDeath = property("isDeath");
  public static final Property isSuspended = property("isSuspended");
  public static final Property isAdditional = property("isAdditional");
  public static final Property termText = property("termText");

  // Provenance and claims
  public static final Property accordingTo = property("accordingTo");
  public static final Property reportedBy = property("reportedBy");
  public static final Property evidence = property("evidence");
  public static final Property extractionRule = property("extractionRule");
  public static final Property curation = property("curation");
  public static final Property curationAction = property("curationAction");
  public static final Property previousValue = property("previousValue");
  public static final Property removedFact = property("removedFact");
  public static final Property claimKind = property("claimKind");
  public static final Property about = property("about");
  public static final Property disputes = property("disputes");
}
