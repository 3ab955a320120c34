package org.w3id.pfkg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryScorerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  private static SlotScore slot(SummaryScorer scorer, String name) {
    return scorer.scores().stream().filter(s -> s.slot().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void stringsMatchIgnoringCaseAccentsAndPunctuation() {
    assertTrue(TextMatch.matches("Ürümqi", "urumqi"));
    assertTrue(TextMatch.matches("Xinjiang No. 2 Prison", "the Xinjiang No 2 prison"));
  }

  @Test
  void stringsMatchWhenOnesContentWordsContainTheOthers() {
    assertTrue(TextMatch.matches("Guangdong", "Guangdong province"));
    assertTrue(TextMatch.matches("a witness to her trial", "witness"));
  }

  @Test
  void stringsMatchWhenContentWordsOverlapByHalf() {
    assertTrue(TextMatch.matches("leaking state secrets", "leaking secrets abroad"));
    assertFalse(TextMatch.matches("separatism", "leaking state secrets"));
    assertFalse(TextMatch.matches("Radio Free Asia", "CPJ"));
  }

  @Test
  void matchingIsOneToOne() {
    assertEquals(
        1, Matching.size(List.of("Urumqi", "Urumqi"), List.of("Urumqi"), TextMatch::matches));
    assertEquals(
        2,
        Matching.size(
            List.of("state secrets", "leaking state secrets"),
            List.of("leaking state secrets", "state secrets abroad"),
            TextMatch::matches));
  }

  @Test
  void eventsMatchOnSameDatePrecisionAndCompatibleType() throws Exception {
    SummaryScorer scorer = new SummaryScorer();
    scorer.add(
        json(
            "{'events':[{'type':'detention','date':'2009-07-14'},{'type':'sentencing','date':'2010'},{'type':'trial','date':null}]}"),
        json(
            "{'events':[{'type':'arrest','date':'2009-07-14'},{'type':'sentencing','date':'2010-08'}]}"));
    SlotScore events = slot(scorer, "dated events");
    assertEquals(1, events.matched());
    assertEquals(2, events.predicted());
    assertEquals(2, events.gold());
  }

  @Test
  void otherEventsAreNotScored() throws Exception {
    SummaryScorer scorer = new SummaryScorer();
    scorer.add(
        json("{'events':[{'type':'other','date':'2011-03-02'},{'type':'release','date':'2012'}]}"),
        json("{'events':[{'type':'other','date':'2011-03-02'},{'type':'release','date':'2012'}]}"));
    SlotScore events = slot(scorer, "dated events");
    assertEquals(1, events.matched());
    assertEquals(1, events.predicted());
    assertEquals(1, events.gold());
  }

  @Test
  void slotsWithNothingOnEitherSideLeaveTheMacroAverage() throws Exception {
    SummaryScorer scorer = new SummaryScorer();
    scorer.add(
        json("{'journalist':{'name':'A B'},'places':['Norway','Oslo']}"),
        json("{'journalist':{'name':'A B'},'places':['Norway']}"));
    assertEquals(0.5, slot(scorer, "places").precision());
    assertEquals(1.0, slot(scorer, "places").recall());
    assertTrue(slot(scorer, "outlets").f1().isEmpty());
    assertEquals((1.0 + 2 / 3.0) / 2, scorer.macroF1(), 1e-9);
  }

  @Test
  void differencesNameTheMissedGoldAndTheUnmatchedPredictedItemsOfEachDocument() throws Exception {
    SummaryScorer scorer = new SummaryScorer();
    scorer.add(
        "case-a",
        json(
            "{'places':['Norway','Oslo'],'events':[{'type':'release','date':'2011','date_text':'in 2011'}]}"),
        json("{'places':['Norway','Bergen'],'events':[{'type':'arrest','date':'2009-07-14'}]}"));
    assertEquals(
        List.of(
            new Difference("case-a", "places", Difference.Kind.MISSED, "Bergen"),
            new Difference("case-a", "places", Difference.Kind.SPURIOUS, "Oslo"),
            new Difference("case-a", "dated events", Difference.Kind.MISSED, "arrest 2009-07-14"),
            new Difference(
                "case-a", "dated events", Difference.Kind.SPURIOUS, "release 2011 (in 2011)")),
        scorer.differences());
  }
}
