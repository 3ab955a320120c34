package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameMatcherTest {
  private static List<String> found(NameMatcher matcher, String text) {
    return matcher.find(text, new boolean[text.length()]).stream()
        .map(h -> h.key() + "@" + text.substring(h.start(), h.end()))
        .toList();
  }

  private static NameMatcher matcher(Map<String, List<String>> names) {
    return new NameMatcher(names, key -> key.startsWith("world:"));
  }

  @Test
  void wholeWordsOnlyLongestNameFirstNoOverlap() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("niger", List.of("Niger"));
    names.put("guinea", List.of("Guinea"));
    names.put("guinea-bissau", List.of("Guinea-Bissau"));
    names.put("dc", List.of("Washington, D.C."));
    NameMatcher m = matcher(names);

    assertEquals(List.of(), found(m, "Nigeria and Nigerien officials"));
    assertEquals(
        List.of("guinea-bissau@Guinea-Bissau", "guinea@guinea", "niger@NIGER"),
        found(m, "From Guinea-Bissau to guinea, then NIGER."));
    assertEquals(List.of("dc@Washington, D.C."), found(m, "in Washington, D.C., on Monday"));
  }

  @Test
  void acronymsMatchExactlyAndImportedNamesWithTheirCapitals() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("us", List.of("US"));
    names.put("world:reading", List.of("Reading"));
    names.put("urumqi", List.of("Ürümqi"));
    NameMatcher m = matcher(names);

    assertEquals(List.of(), found(m, "He told us he was reading."));
    assertEquals(
        List.of("us@US", "world:reading@Reading", "urumqi@urumqi"),
        found(m, "The US envoy left Reading for urumqi."));
  }

  @Test
  void charactersAlreadyTakenAreSkipped() {
    NameMatcher m = matcher(Map.of("york", List.of("York")));
    String text = "New York and York";
    boolean[] taken = new boolean[text.length()];
    for (int i = 0; i < 8; i++) {
      taken[i] = true;
    }
    assertEquals(List.of(13), m.find(text, taken).stream().map(NameMatcher.Hit::start).toList());
  }

  /**
   * The scan from a word stops at the first word boundary that no name goes past: a long name is
   * still found behind beginnings that are no names themselves, and a short name inside a beginning
   * of a long one is found where the long one does not go on.
   */
  @Test
  void longNamesAreFoundBehindBeginningsThatAreNoNames() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    names.put("appeal", List.of("Northern Circuit Court of Appeal"));
    names.put("north", List.of("Northern"));
    names.put("harbour", List.of("Port Harbour"));
    NameMatcher m = matcher(names);

    assertEquals(
        List.of(
            "appeal@Northern Circuit Court of Appeal", "harbour@Port Harbour", "north@Northern"),
        found(
            m,
            "The Northern Circuit Court of Appeal sat in Port Harbour, not in Port Royal or"
                + " Northern Circuit."));
    assertEquals(List.of("north@Northern"), found(m, "Northern Circuit Court of Appeals"));
  }
}
