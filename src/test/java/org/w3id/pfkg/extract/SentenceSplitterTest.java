package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = new SentenceSplitter(Set.of("U.S.", "No.", "Dr."));

  private List<String> split(String text) {
    return splitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void abbreviationsDoNotEndSentences() {
    assertEquals(
        List.of(
            "A witness told the U.S. Congress-funded broadcaster.",
            "She is held at the Xinjiang No. 2 Prison."),
        split(
            "A witness told the U.S. Congress-funded broadcaster. She is held at the Xinjiang No. 2 Prison."));
  }

  @Test
  void paragraphEndsASentenceWithoutFullStop() {
    assertEquals(
        List.of("First paragraph without stop", "Second one."),
        split("First paragraph without stop\n\nSecond one."));
  }

  @Test
  void spansPointAtTheSentenceInTheNarrativeWithoutTrailingNoBreakSpace() {
    String text = "One. Two is here.\u00a0\n\nThree.";
    List<Sentence> sentences = splitter.split(text);
    assertEquals(3, sentences.size());
    assertEquals("Two is here.", sentences.get(1).span().of(text));
  }

  @Test
  void paragraphOfTwoHundredThousandCharactersSplitsWithoutOverflowingTheStack() {
    String paragraph = "word, ".repeat(40_000) + "end.\nNext line of the same paragraph.";
    List<Sentence> sentences = splitter.split(paragraph + "\n \n" + "Second paragraph.");
    assertEquals(3, sentences.size());
    assertEquals("Next line of the same paragraph.", sentences.get(1).text());
    assertEquals("Second paragraph.", sentences.get(2).text());
  }

  @Test
  void blankLinesWithSpacesSeparateParagraphsAndOffsetsPointIntoTheNarrative() {
    String text = "First one\n\t \n\n  Second one.\n";
    List<Sentence> sentences = splitter.split(text);
    assertEquals(List.of("First one", "Second one."), split(text));
    Sentence second = sentences.get(1);
    assertEquals("Second one.", text.substring(second.span().start(), second.span().end()));
  }
}
