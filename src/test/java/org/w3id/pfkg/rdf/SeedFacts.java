package org.w3id.pfkg.rdf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.cases.DocumentFormat;
import org.w3id.pfkg.cases.HeaderField;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.ChargeFact;
import org.w3id.pfkg.facts.ChargeStatus;
import org.w3id.pfkg.facts.ClaimFact;
import org.w3id.pfkg.facts.ClaimKind;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.DetentionFact;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.Gender;
import org.w3id.pfkg.facts.JournalistFacts;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.RoleFact;
import org.w3id.pfkg.facts.SentenceTerm;
import org.w3id.pfkg.facts.Source;
import org.w3id.pfkg.facts.SourceKind;
import org.w3id.pfkg.facts.Span;
import org.w3id.pfkg.facts.StatusStatement;

/**
 * Hand-made facts for a case like the seed (shared/seed/gulmire-imin.txt). The narrative puts a
 * character outside the Basic Multilingual Plane before the evidence sentences, so that UTF-16 and
 * code-point offsets differ.
 */
final class SeedFacts {
  static final String CASE = "gulmire-imin";
  static final String DOC = "gulmire-imin";

  static final String FIRST =
      "Uighur journalist G\u00fclmire Imin \ud83d\udcf0 is serving a 19-year, 8-month prison sentence"
          + " on charges of separatism, leaking state secrets, and organizing an illegal demonstration.";
  static final String ARREST =
      "Police in the city of Urumqi arrested Imin, who wrote articles critical of the government on"
          + " the cultural website Salkin, on July 14, 2009.";
  static final String SENTENCING =
      "In August 2010, she was sentenced to life in prison on charges of separatism, leaking state"
          + " secrets, and organizing an illegal demonstration, a witness to her trial told the U.S."
          + " Congress-funded broadcaster Radio Free Asia";
  static final String MODERATE =
      "She contributed poetry and short stories to Salkin and had been invited to moderate the"
          + " website in late spring 2009, her husband, Behtiyar Omer, told CPJ.";
  static final String ACCUSED =
      "Imin was also accused of leaking state secrets by phone to her husband, who lives in Norway.";
  static final String DENIAL =
      "Her husband told CPJ that he called her on July 5, 2009, but only to check whether she was"
          + " safe.";
  static final String CHANGE =
      "On June 22, 2021, Radio Free Asia reported that Chinese authorities reduced Imin\u2019s life"
          + " sentence to 19 years and eight months in prison after she signed a statement of remorse"
          + " that her supporters said was likely forced.";
  static final String HELD =
      "Imin is held at the Xinjiang No. 2 Prison, a women\u2019s prison, in Urumqi, according to the"
          + " World Uyghur Congress, a Uighur human rights advocacy group.";

  static final String NARRATIVE =
      String.join(
          " ",
          FIRST,
          ARREST + "\n\n" + SENTENCING + "\n\n" + MODERATE + "\n\n" + ACCUSED,
          DENIAL + "\n\n" + CHANGE + "\n\n" + HELD);

  static final Source RFA =
      new Source("Radio Free Asia", "radio-free-asia", SourceKind.ORGANIZATION);
  static final Source CPJ = new Source("CPJ", "cpj", SourceKind.ORGANIZATION);
  static final Source WUC =
      new Source("World Uyghur Congress", "world-uyghur-congress", SourceKind.ORGANIZATION);
  static final Source HUSBAND = new Source("Behtiyar Omer", "behtiyar-omer", SourceKind.PERSON);
  static final Source WITNESS =
      new Source("a witness to her trial", "a-witness-to-her-trial", SourceKind.DESCRIBED);

  private SeedFacts() {}

  static Evidence evidence(String sentence, String rule) {
    int start = NARRATIVE.indexOf(sentence);
    if (start < 0) {
      throw new IllegalArgumentException("not in narrative: " + sentence);
    }
    return new Evidence(
        DOC, sentence, Optional.of(new Span(start, start + sentence.length())), rule);
  }

  static Attribution according(Source s) {
    return new Attribution(Optional.of(s), Optional.empty());
  }

  static Attribution reported(Source s) {
    return new Attribution(Optional.empty(), Optional.of(s));
  }

  static CaseDocument document() {
    return new CaseDocument(
        Path.of("data/cases/gulmire-imin.txt"),
        DOC,
        CASE,
        DocumentFormat.PROFILE_TEXT,
        "Gulmire Imin",
        List.of(
            new HeaderField("Beats Covered", "", 3),
            new HeaderField("Local or Foreign", "Local", 4),
            new HeaderField(
                "Sources",
                "https://cpj.org/data/people/gulmire-imin/ https://www.rfa.org/english/news/uyghur/",
                5)),
        NARRATIVE,
        7,
        Optional.of("https://cpj.org/data/people/gulmire-imin/"),
        Optional.of(LocalDate.of(2024, 1, 15)));
  }

  static FactDate day(String iso, String text) {
    LocalDate d = LocalDate.parse(iso);
    return new FactDate(Optional.of(iso), DatePrecision.DAY, text, d, d, iso);
  }

  static CaseFacts facts() {
    JournalistFacts journalist =
        new JournalistFacts(
            "Gulmire Imin",
            List.of("Gulmira Imin"),
            Optional.of(Gender.FEMALE),
            List.of("uyghur"),
            List.of(
                new RoleFact(
                    "journalist",
                    "journalist",
                    Attribution.NONE,
                    evidence(FIRST, "role:journalist")),
                new RoleFact(
                    "website-moderator",
                    "moderate the website",
                    according(HUSBAND),
                    evidence(MODERATE, "role:moderate the website")),
                new RoleFact(
                    "poet", "poetry", according(HUSBAND), evidence(MODERATE, "role:poetry"))));
    List<NamedEntity> outlets =
        List.of(
            new NamedEntity(
                "salkin",
                "Salkin",
                EntityKind.OUTLET,
                Optional.of("cultural website"),
                Optional.empty(),
                List.of(evidence(ARREST, "outlet:salkin"))));
    List<NamedEntity> orgs =
        List.of(
            new NamedEntity(
                "radio-free-asia",
                "Radio Free Asia",
                EntityKind.ORGANIZATION,
                Optional.empty(),
                Optional.empty(),
                List.of()),
            new NamedEntity(
                "cpj",
                "CPJ",
                EntityKind.ORGANIZATION,
                Optional.empty(),
                Optional.empty(),
                List.of()),
            new NamedEntity(
                "world-uyghur-congress",
                "World Uyghur Congress",
                EntityKind.ORGANIZATION,
                Optional.of("a Uighur human rights advocacy group"),
                Optional.empty(),
                List.of(evidence(HELD, "org:world-uyghur-congress"))));
    List<NamedEntity> places =
        List.of(
            new NamedEntity(
                "urumqi",
                "Urumqi",
                EntityKind.PLACE,
                Optional.empty(),
                Optional.of("xinjiang"),
                List.of()),
            new NamedEntity(
                "xinjiang",
                "Xinjiang",
                EntityKind.PLACE,
                Optional.empty(),
                Optional.empty(),
                List.of()),
            new NamedEntity(
                "norway",
                "Norway",
                EntityKind.PLACE,
                Optional.empty(),
                Optional.empty(),
                List.of()));
    List<NamedEntity> facilities =
        List.of(
            new NamedEntity(
                "xinjiang-no-2-prison",
                "Xinjiang No. 2 Prison",
                EntityKind.FACILITY,
                Optional.of("a women\u2019s prison"),
                Optional.of("urumqi"),
                List.of(evidence(HELD, "facility:prison"))));
    List<ChargeFact> charges =
        List.of(
            new ChargeFact(
                "separatism",
                "separatism",
                ChargeStatus.BROUGHT,
                Attribution.NONE,
                evidence(FIRST, "charge:separatism")),
            new ChargeFact(
                "leaking-state-secrets",
                "leaking state secrets",
                ChargeStatus.BROUGHT,
                Attribution.NONE,
                evidence(FIRST, "charge:leaking state secrets")),
            new ChargeFact(
                "organizing-an-illegal-demonstration",
                "organizing an illegal demonstration",
                ChargeStatus.BROUGHT,
                Attribution.NONE,
                evidence(FIRST, "charge:organizing an illegal demonstration")));
    List<String> threeCharges =
        List.of("separatism", "leaking-state-secrets", "organizing-an-illegal-demonstration");
    List<EventFact> events =
        List.of(
            new EventFact(
                "arrest-2009-07-14",
                EventType.ARREST,
                Optional.of(day("2009-07-14", "on July 14, 2009")),
                Optional.of("urumqi"),
                Optional.of("Police"),
                List.of(),
                Optional.empty(),
                "arrested by police",
                Attribution.NONE,
                evidence(ARREST, "event-trigger:arrested")),
            new EventFact(
                "other-2009-spring",
                EventType.OTHER,
                Optional.of(
                    new FactDate(
                        Optional.empty(),
                        DatePrecision.VAGUE,
                        "in late spring 2009",
                        LocalDate.of(2009, 5, 1),
                        LocalDate.of(2009, 6, 20),
                        "2009-21")),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                "invited to moderate the website",
                according(HUSBAND),
                evidence(MODERATE, "event-trigger:invited")),
            new EventFact(
                "sentencing-2010-08",
                EventType.SENTENCING,
                Optional.of(
                    new FactDate(
                        Optional.of("2010-08"),
                        DatePrecision.MONTH,
                        "In August 2010",
                        LocalDate.of(2010, 8, 1),
                        LocalDate.of(2010, 8, 31),
                        "2010-08")),
                Optional.empty(),
                Optional.empty(),
                threeCharges,
                Optional.of(new SentenceTerm(true, Optional.empty(), "life in prison")),
                "life in prison",
                new Attribution(Optional.of(WITNESS), Optional.of(RFA)),
                evidence(SENTENCING, "event-trigger:sentenced")),
            new EventFact(
                "sentence-change-2021-06-22",
                EventType.SENTENCE_CHANGE,
                Optional.of(day("2021-06-22", "On June 22, 2021")),
                Optional.empty(),
                Optional.of("Chinese authorities"),
                List.of(),
                Optional.of(
                    new SentenceTerm(
                        false, Optional.of(Period.of(19, 8, 0)), "19 years and eight months")),
                "reduced to 19 years 8 months",
                reported(RFA),
                evidence(CHANGE, "event-trigger:reduced")));
    List<DetentionFact> detentions =
        List.of(
            new DetentionFact(
                "xinjiang-no-2-prison", according(WUC), evidence(HELD, "detention:held at")));
    List<PersonFact> people =
        List.of(
            new PersonFact(
                "behtiyar-omer",
                "Behtiyar Omer",
                "husband",
                Optional.of("norway"),
                Attribution.NONE,
                evidence(ACCUSED, "person:her husband")));
    List<ClaimFact> claims =
        List.of(
            new ClaimFact(
                "accusation-1",
                ClaimKind.ACCUSATION,
                "leaking state secrets by phone to her husband",
                List.of("leaking-state-secrets"),
                Optional.empty(),
                Attribution.NONE,
                evidence(ACCUSED, "claim:accused of")),
            new ClaimFact(
                "denial-1",
                ClaimKind.DENIAL,
                "he called her on July 5, 2009, but only to check whether she was safe",
                List.of(),
                Optional.of("accusation-1"),
                new Attribution(Optional.of(HUSBAND), Optional.of(CPJ)),
                evidence(DENIAL, "claim:but only")));
    return new CaseFacts(
        CASE,
        DOC,
        journalist,
        outlets,
        orgs,
        places,
        facilities,
        charges,
        Optional.of("Anti-State"),
        Optional.of("Internet"),
        List.of(),
        Optional.of("Local"),
        events,
        detentions,
        people,
        claims,
        CaseStatus.IMPRISONED,
        Optional.of(
            new StatusStatement(
                CaseStatus.IMPRISONED,
                Optional.of(day("2021-06-22", "June 22, 2021")),
                according(WUC),
                evidence(HELD, "status:is-held"))));
  }

  /** A second, unrelated case sharing a place and an organisation with the seed. */
  static CaseDocument otherDocument() {
    return new CaseDocument(
        Path.of("data/cases/other.txt"),
        "other",
        "other",
        DocumentFormat.PROFILE_TEXT,
        "Other Reporter",
        List.of(),
        OTHER_TEXT,
        3,
        Optional.empty(),
        Optional.empty());
  }

  static final String OTHER_TEXT = "Police in Urumqi detained Other Reporter on March 3, 2015.";

  static CaseFacts otherFacts() {
    Evidence ev =
        new Evidence(
            "other",
            OTHER_TEXT,
            Optional.of(new Span(0, OTHER_TEXT.length())),
            "event-trigger:detained");
    return new CaseFacts(
        "other",
        "other",
        new JournalistFacts("Other Reporter", List.of(), Optional.empty(), List.of(), List.of()),
        List.of(),
        List.of(),
        List.of(
            new NamedEntity(
                "urumqi",
                "Urumqi",
                EntityKind.PLACE,
                Optional.empty(),
                Optional.empty(),
                List.of())),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(
            new EventFact(
                "detention-2015-03-03",
                EventType.DETENTION,
                Optional.of(day("2015-03-03", "on March 3, 2015")),
                Optional.of("urumqi"),
                Optional.of("Police"),
                List.of(),
                Optional.empty(),
                "detained",
                reported(RFA),
                ev)),
        List.of(),
        List.of(),
        List.of(),
        CaseStatus.DETAINED,
        Optional.empty());
  }
}
