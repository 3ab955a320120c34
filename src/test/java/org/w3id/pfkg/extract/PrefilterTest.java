package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What {@link Prefilter} reads from a pattern, on invented patterns and sentences. */
class PrefilterTest {
  private static Set<String> literals(String regex) {
    return Set.copyOf(Prefilter.of(Pattern.compile(regex)).literals());
  }

  private static boolean admits(String regex, int flags, String text) {
    return Prefilter.of(Pattern.compile(regex, flags)).admits(Prefilter.fold(text));
  }

  @Test
  void anAlternationRequiresOneOfItsBranches() {
    assertEquals(Set.of("arrested", "detained"), literals("(?i)\\b(?:arrested|detained)\\s+by\\b"));
    // The most selective part of a sequence is kept.
    assertEquals(Set.of("sentenced "), literals("(?i)\\bsentenced (him|her)\\b"));
  }

  @Test
  void optionalPartsAndClassesRequireNothing() {
    assertTrue(literals("(?i)(re-)?arrest").contains("arrest"));
    // Each part of a sequence is required; one of them is the filter.
    assertTrue(Set.of(Set.of("a"), Set.of("c")).contains(literals("ab?c")));
    assertTrue(Set.of(Set.of("ab"), Set.of("bc")).contains(literals("ab+c")));
    assertTrue(Prefilter.of(Pattern.compile("(?:foo)?\\d+")).admitsAll());
    assertTrue(Prefilter.of(Pattern.compile("[A-Z]\\w+")).admitsAll());
    // An empty branch matches anywhere.
    assertTrue(Prefilter.of(Pattern.compile("jailed|")).admitsAll());
    // A lookahead's words are not part of the match; the filter does not rely on them.
    assertEquals(Set.of("held"), literals("held(?= in custody)"));
  }

  @Test
  void escapesQuotesAndNamedGroupsAreRead() {
    assertEquals(Set.of("no. 2"), literals("No\\. 2"));
    assertEquals(
        Set.of("lake prison"), literals(Pattern.quote("Lake Prison") + "(?:\\s+(?<name>\\w+))?"));
    assertEquals(Set.of(" was freed"), literals("(?<who>[A-Z]\\w+) was freed"));
    // "\\x41" is one character, not the letters "x41".
    assertFalse(literals("\\x41bc").contains("x41bc"));
    assertTrue(Prefilter.of(Pattern.compile("\\p{Lu}\\p{L}+")).admitsAll());
  }

  @Test
  void aClassThatListsCharactersRequiresOneOfThem() {
    assertEquals(Set.of("-", "'", "’"), literals("\\w[-'’]\\p{Lu}"));
    // Ranges, negations and escapes inside a class are not read.
    assertTrue(Prefilter.of(Pattern.compile("[a-c]")).admitsAll());
    assertTrue(Prefilter.of(Pattern.compile("[^-']")).admitsAll());
    assertTrue(Prefilter.of(Pattern.compile("[\\w']")).admitsAll());
    assertTrue(admits("[-']\\p{L}", 0, "al-x"));
    assertFalse(admits("[-']\\p{L}", 0, "al x"));
  }

  @Test
  void commentsModeIsNotRead() {
    assertTrue(Prefilter.of(Pattern.compile("(?x) jailed  # a comment")).admitsAll());
    assertTrue(Prefilter.of(Pattern.compile("jailed", Pattern.COMMENTS)).admitsAll());
  }

  @Test
  void textIsComparedAsACaseInsensitiveRegexComparesIt() {
    int unicode = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // The Kelvin sign and the long s are "k" and "s" to a Unicode case-insensitive regex.
    String kelvin = "The court \u212Aept him in custody.";
    assertTrue(Pattern.compile("kept", unicode).matcher(kelvin).find());
    assertTrue(admits("kept", unicode, kelvin));
    String longS = "He was \u017Fentenced.";
    assertTrue(Pattern.compile("sentenced", unicode).matcher(longS).find());
    assertTrue(admits("sentenced", unicode, longS));
    assertTrue(admits("(?i)ARRESTED", 0, "police arrested her"));
    assertTrue(admits("Évora", 0, "held in ÉVORA prison"));
    assertFalse(admits("(?i)arrested", 0, "police questioned her"));
    // Folding keeps the length, so that it never shifts one literal into another.
    String turkish = "\u0130stanbul";
    assertEquals(turkish.length(), Prefilter.fold(turkish).length());
  }

  @Test
  void aLiteralContainingAnotherIsDropped() {
    assertEquals(List.of("arrest"), Prefilter.of(Pattern.compile("arrested|arrest")).literals());
  }
}
