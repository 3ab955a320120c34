package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.facts.ChargeStatus;
import org.w3id.pfkg.facts.Span;

/**
 * Charges read as the text words them, on sentences written for these tests about an invented
 * journalist, Tomas Varga.
 */
class ChargeFinderTest {
  private static ChargeFinder finder;
  private static final JournalistReference VARGA =
      new JournalistReference(
          "Tomas Varga", JournalistReference.words(java.nio.file.Path.of("data/rules")));

  @BeforeAll
  static void load() {
    finder =
        ChargeFinder.load(
            Path.of("data/rules"), ConceptLabels.read(Path.of("ontology/vocab/charges.ttl")));
  }

  private static Map<String, ChargeVariants.Charge> charges(String... sentences) {
    List<Sentence> list = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < sentences.length; i++) {
      list.add(new Sentence(i, new Span(at, at + sentences[i].length()), sentences[i]));
      at += sentences[i].length() + 1;
    }
    return finder.find(list, VARGA).charges();
  }

  private static List<String> texts(String... sentences) {
    return charges(sentences).values().stream().map(ChargeVariants.Charge::text).toList();
  }

  @Test
  void chargedWithReadsTheWordingToTheClauseEnd() {
    assertEquals(
        List.of("inciting violence"),
        texts("Varga was charged with inciting violence after he filmed a rally in Lodz."));
  }

  @Test
  void chargesOfAListGiveOneChargePerItem() {
    assertEquals(
        List.of("sedition", "arson", "aggravated robbery"),
        texts("Varga faces charges of sedition, arson and aggravated robbery, his lawyer said."));
  }

  @Test
  void accusedOfCountsForTheJournalistNotForOthers() {
    assertEquals(
        List.of("spying for a foreign power"),
        texts("Prosecutors accused him of spying for a foreign power in March 2021."));
    assertTrue(texts("Varga's articles accused the mayor of bribery and vote rigging.").isEmpty());
  }

  @Test
  void aGroupThatIncludesTheJournalistCountsWithoutHisName() {
    assertEquals(
        List.of("forging permits", "insulting a judge"),
        texts("Prosecutors accused both men of forging permits and insulting a judge."));
  }

  @Test
  void convictedAndFoundGuiltyOfSkipTheCodeCited() {
    assertEquals(
        List.of("organizing mass unrest"),
        texts(
            "He was convicted under Article 212 of the Criminal Code of organizing mass unrest"
                + " and was sent to a penal colony."));
    assertEquals(
        List.of("harassment of a public official"),
        texts("A court found Varga guilty on May 2, 2019, of harassment of a public official."));
  }

  @Test
  void sentencedForNeedsAnOffenceNotJournalism() {
    assertEquals(
        List.of("defaming a minister"),
        texts("Varga was sentenced to two years in prison for defaming a minister."));
    assertTrue(
        texts("Varga was sentenced to two years in prison for criticizing a minister.").isEmpty());
  }

  @Test
  void suspicionAndIndictmentAreCues() {
    assertEquals(
        List.of("money laundering"),
        texts("Police arrested Varga on suspicion of money laundering."));
    assertEquals(
        List.of("insulting the head of state"),
        texts("He was indicted for insulting the head of state in a column."));
  }

  @Test
  void chargeNamedBeforeTheNounIsRead() {
    assertEquals(
        List.of("defamation"), texts("Varga was detained on defamation charges on Friday."));
    assertTrue(texts("Varga was detained on new charges on Friday.").isEmpty());
  }

  @Test
  void theOffenceALawArticleDescribesIsTheCharge() {
    assertEquals(
        List.of("spreading panic"),
        texts(
            "He was prosecuted under Article 31 of the cybercrime law, spreading panic, which"
                + " carries three years in prison."));
  }

  @Test
  void sharedVerbsAndObjectsStayOneCharge() {
    assertEquals(
        List.of("obtaining and publishing classified documents"),
        texts("Varga was charged with obtaining and publishing classified documents."));
    assertEquals(
        List.of("possession of firearms and explosives"),
        texts("Varga was charged with possession of firearms and explosives."));
    assertEquals(
        List.of("threats, insults or intimidation of a witness"),
        texts("Varga was charged with threats, insults or intimidation of a witness."));
  }

  @Test
  void aListGoesOnPastALawCitedInOneItem() {
    assertEquals(
        List.of("extortion", "fraud", "vandalism"),
        texts(
            "He was charged with extortion under Section 9 of the Penal Code, fraud and"
                + " vandalism."));
  }

  @Test
  void wordingsMapToTheVocabularyWithFolds() {
    Map<String, ChargeVariants.Charge> found =
        charges("Varga was charged with membership of a terrorist organisation.");
    assertEquals(List.of("membership-in-a-terrorist-organization"), List.copyOf(found.keySet()));
  }

  @Test
  void aWordingTheVocabularyLacksBecomesAnUncategorisedConcept() {
    Map<String, ChargeVariants.Charge> found =
        charges("Varga was charged with obstructing a census officer.");
    assertEquals(
        List.of("uncategorised/obstructing-a-census-officer"), List.copyOf(found.keySet()));
  }

  @Test
  void theCpjCategoryIsNoCharge() {
    assertTrue(texts("Varga was sentenced on anti-state charges in 2019.").isEmpty());
  }

  @Test
  void variantsOfOneChargeAreMerged() {
    assertEquals(
        List.of("incitement to disturb public order"),
        texts(
            "Varga was charged with incitement to disturb public order.",
            "The incitement charge against him was heard in June."));
  }

  @Test
  void aLabelThatDescribesTheChargeJustNamedIsNoSecondCharge() {
    assertEquals(
        List.of("passing information to a foreign power"),
        texts(
            "Varga is accused of passing information to a foreign power, an offence treated as"
                + " treason."));
  }

  @Test
  void aLabelEndingACompoundIsNoCharge() {
    assertEquals(
        List.of("insulting a judge"),
        texts(
            "An anti-terrorism tribunal sentenced Varga to four years for insulting a judge"
                + "."));
  }

  @Test
  void aNumberOfOtherPeopleBeforeOfIsNoGroupOfTheJournalist() {
    assertTrue(
        texts("In 2023 a court acquitted three former guards of the killing of Tomas Varga.")
            .isEmpty());
    assertEquals(
        List.of("forging permits"),
        texts("Prosecutors accused three journalists of forging permits, Varga among them."));
  }

  @Test
  void aNewVerbWithItsObjectOrAnAttributionEndsTheList() {
    assertEquals(
        List.of("arson"),
        texts("A judge found Varga guilty of arson, called the case closed and left the room."));
    assertEquals(
        List.of("spreading rumours"),
        texts(
            "Varga was convicted of spreading rumours under Article 9 of the Press Law, Ruritania"
                + " Watch said."));
    assertEquals(
        List.of("espionage"),
        texts("Varga was acquitted of espionage for lack of evidence in 2019."));
  }

  @Test
  void anIndictmentThatListsOffencesStatesCharges() {
    assertEquals(
        List.of("ridiculing public officials", "arson", "sedition"),
        texts(
            "Varga's first indictment listed ridiculing public officials, arson and sedition under"
                + " the Penal Code."));
  }

  @Test
  void aLawThatSetsTermsForAnOffenceStatesNoCharge() {
    assertTrue(
        texts("Varga had opposed a law that set prison terms for defamation and blasphemy.")
            .isEmpty());
  }

  @Test
  void aLabelInsideANameIsNoCharge() {
    assertTrue(
        texts("Varga was sentenced under the Anti-Terrorism Act of 2015 for his posts.").isEmpty());
  }

  @Test
  void statusIsPerChargeWhereTheSentenceSaysWhich() {
    Map<String, ChargeVariants.Charge> found =
        charges(
            "Varga was charged with arson and extortion.",
            "In 2020 a judge acquitted him of the arson charge but found him guilty of extortion.");
    assertEquals(ChargeStatus.ACQUITTED, found.get("uncategorised/arson").status());
    assertEquals(ChargeStatus.BROUGHT, found.get("extortion").status());
  }

  @Test
  void chargesDroppedTogetherAreAllDropped() {
    Map<String, ChargeVariants.Charge> found =
        charges(
            "Varga was charged with trespassing and disorderly conduct.",
            "Prosecutors dropped both charges on April 5.");
    assertEquals(2, found.size());
    found.values().forEach(c -> assertEquals(ChargeStatus.DROPPED, c.status()));
  }

  @Test
  void aSentenceAfterOneAboutTheJournalistMayAddACharge() {
    assertEquals(
        List.of("treason", "cybercrime"),
        texts(
            "Varga was charged with treason.",
            "Prosecutors later amended the indictment, adding a cybercrime count."));
    assertFalse(
        texts(
                "Varga was charged with treason.",
                "Two other journalists were later held on cybercrime charges.")
            .contains("cybercrime"));
  }

  @Test
  void itemsOfOneListAreNeverMergedAsVariants() {
    assertEquals(
        List.of("theft", "attempted theft"),
        texts("Varga was convicted of theft and attempted theft by a district court."));
  }

  @Test
  void aDateBetweenVerbAndPrepositionLeavesTheJournalistCharged() {
    assertEquals(
        List.of("contempt of court"),
        texts("Varga was charged in December 2019 with contempt of court."));
    assertEquals(
        List.of("tax evasion"),
        texts("Varga was arrested in 2019 and convicted that year of tax evasion."));
  }

  @Test
  void someoneElseArrestedForAnOffenceGivesNoCharge() {
    assertTrue(
        texts(
                "Police arrested the driver Jan Kowal, known as Kuba, for illegal possession of a pistol.")
            .isEmpty());
  }

  @Test
  void aNewClauseOrVerbEndsTheList() {
    assertEquals(
        List.of("espionage", "treason"),
        texts(
            "A court charged Varga with espionage and treason, with prosecutors seeking 15 years."));
    assertEquals(
        List.of("belonging to a banned party"),
        texts(
            "A court convicted him of belonging to a banned party, sentenced him to six years and"
                + " fined him."));
    assertEquals(
        List.of("smuggling"), texts("Police detained Varga for smuggling he says he never did."));
  }

  @Test
  void foundGuiltyAfterAnAcquittalStartsABroughtCharge() {
    Map<String, ChargeVariants.Charge> found =
        charges(
            "The court acquitted Varga of arson and found him guilty of forging a permit, without"
                + " jailing him.");
    assertEquals(
        List.of("arson", "forging a permit"),
        found.values().stream().map(ChargeVariants.Charge::text).toList());
    assertEquals(ChargeStatus.ACQUITTED, found.get("uncategorised/arson").status());
    assertEquals(ChargeStatus.BROUGHT, found.get("uncategorised/forging-a-permit").status());
  }

  @Test
  void wantedForTrialForAndTermsForAreWeakCues() {
    assertEquals(
        List.of("sedition", "abetting unlawful assembly"),
        texts(
            "Police said Varga was wanted for sedition; he still faces trial for abetting unlawful"
                + " assembly."));
    assertEquals(
        List.of("undermining state security"),
        texts("The appeal court left him two years for undermining state security."));
  }

  @Test
  void aGroupSubjectAfterAConjunctionIncludesTheJournalist() {
    assertEquals(
        List.of("spreading rumours"),
        texts(
            "A minister filed a complaint, and the reporters were charged in May 2020 with"
                + " spreading rumours."));
  }

  @Test
  void aSecondObjectOfOneVerbStaysInItsChargeUnlessItIsACharge() {
    assertEquals(
        List.of("spreading false information and propaganda against the ruling party"),
        texts(
            "Varga was charged with spreading false information and propaganda against the ruling party."));
    // "a life sentence" between the verb and "for" names no other person.
    assertEquals(
        List.of("separatism", "arson"),
        texts("Varga is serving a life sentence for separatism and arson, his wife said."));
  }

  @Test
  void whatALawProvidesAndWhatAJournalistMerelyDidAreNoCharges() {
    assertEquals(
        List.of("smuggling"),
        texts(
            "Varga was held under Article 12 of the customs code, which deals with smuggling,"
                + " provides for a prison term of as much as eight years."));
    assertTrue(
        texts("Police detained Varga merely for quoting a leaked memo on the radio.").isEmpty());
  }

  @Test
  void aPhraseCutShortBeforeItsObjectIsNoCharge() {
    assertEquals(
        List.of(),
        texts(
            "His lawyer said the maps Varga was accused of handing over were sold in every"
                + " kiosk."));
    assertEquals(
        List.of("handing over maps to a foreign agent"),
        texts("Varga was accused of handing over maps to a foreign agent."));
  }

  @Test
  void whatTheChargeIsAboutIsNoPartOfItsName() {
    assertEquals(
        List.of("libel"), texts("Varga was charged with libel over three columns on the mayor."));
    assertEquals(
        List.of("insulting the army"),
        texts("Varga was accused of insulting the army about two cartoons he drew in 2019."));
    assertEquals(
        List.of("defamation"),
        texts("Prosecutors charged Varga with defamation over remarks on the governor's budget."));
  }

  @Test
  void wherePrisonersSayTheOffenceTookPlaceIsNoPartOfItsName() {
    assertEquals(
        List.of("inciting disorder"),
        texts("Varga was charged with inciting disorder in the Eastbrook Central Prison."));
    assertEquals(
        List.of("insulting a guard"),
        texts("Varga was later accused of insulting a guard in prison."));
    // A capitalised name that is no place of holding stays in the wording.
    assertEquals(
        List.of("membership in the free farmers league"),
        texts("Varga was charged with membership in the Free Farmers League."));
  }

  @Test
  void aChargeThatEndsInAPronounPointsElsewhereAndIsLeftOut() {
    assertEquals(
        List.of("planning a bombing"),
        texts(
            "Varga was convicted of planning a bombing, and the judge upheld the charge of"
                + " helping to fund one."));
  }

  @Test
  void theCuesPrepositionRepeatedAfterThenIsNotPartOfTheItem() {
    assertEquals(
        List.of("forgery", "bribery"),
        texts("Varga was charged with forgery and then with bribery, his lawyer said."));
  }

  @Test
  void reportsAndClaimsAreNounsInAChargesWording() {
    assertEquals(
        List.of("spreading false reports"),
        texts("Varga was convicted of spreading false reports on his blog."));
    assertEquals(
        List.of("treason"), texts("Varga was charged with treason, reports the Lodz Courier."));
  }
}
