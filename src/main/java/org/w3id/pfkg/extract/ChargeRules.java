package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.ChargeStatus;
import org.w3id.pfkg.table.RuleTable;
import org.w3id.pfkg.table.WordList;

/**
 * The tables of {@code data/rules} that say where a text states a charge and where the charge's
 * wording ends: cue phrases, phrase ends, the words that may stand for the journalist between a
 * verb and its preposition, status words, offence words, the words that qualify a charge without
 * naming it and the words no charge's name begins or ends with.
 */
record ChargeRules(
    List<Cue> cues,
    List<Pattern> phraseEnds,
    List<Pattern> itemEnds,
    Pattern dateEnd,
    List<Pattern> notObject,
    List<Pattern> groups,
    List<Pattern> others,
    List<StatusWord> statusWords,
    List<String> offenceWords,
    Set<String> modifiers,
    Set<String> notStarts,
    Set<String> notEnds) {

  /** How much a cue's phrase is trusted; see charge-cues.tsv. */
  enum Strength {
    STRONG,
    WEAK,
    LABEL,
    DESCRIBES
  }

  /** Where a status word counts; see charge-status.tsv. */
  enum Scope {
    BEFORE,
    AFTER,
    ALL
  }

  /**
   * A cue: the charge phrase starts where its pattern ends.
   *
   * @param status the status its phrases have, or empty for "context" (the status words decide)
   */
  record Cue(
      String id,
      java.util.Optional<ChargeStatus> status,
      Strength strength,
      Pattern pattern,
      boolean hasGap,
      boolean hasAux,
      Prefilter prefilter) {
    Cue(
        String id,
        java.util.Optional<ChargeStatus> status,
        Strength strength,
        Pattern pattern,
        boolean hasGap,
        boolean hasAux) {
      this(id, status, strength, pattern, hasGap, hasAux, Prefilter.of(pattern));
    }
  }

  record StatusWord(
      String id, ChargeStatus status, Scope scope, Pattern pattern, Prefilter prefilter) {
    StatusWord(String id, ChargeStatus status, Scope scope, Pattern pattern) {
      this(id, status, scope, pattern, Prefilter.of(pattern));
    }
  }

  static ChargeRules load(Path rulesDir) {
    List<Cue> cues =
        RuleTable.read(rulesDir.resolve("charge-cues.tsv")).stream()
            .map(
                row -> {
                  Pattern p = row.pattern("pattern");
                  String status = row.get("status");
                  return new Cue(
                      row.get("id"),
                      status.equals("context")
                          ? java.util.Optional.empty()
                          : java.util.Optional.of(ChargeStatus.valueOf(upper(status))),
                      Strength.valueOf(upper(row.get("strength"))),
                      p,
                      p.pattern().contains("(?<gap>"),
                      p.pattern().contains("(?<aux>"));
                })
            .toList();
    List<RuleTable.Row> ends = RuleTable.read(rulesDir.resolve("charge-ends.tsv"));
    List<RuleTable.Row> objects = RuleTable.read(rulesDir.resolve("charge-objects.tsv"));
    List<StatusWord> status =
        RuleTable.read(rulesDir.resolve("charge-status.tsv")).stream()
            .map(
                r ->
                    new StatusWord(
                        r.get("id"),
                        ChargeStatus.valueOf(upper(r.get("status"))),
                        Scope.valueOf(upper(r.get("scope"))),
                        r.pattern("pattern")))
            .toList();
    return new ChargeRules(
        cues,
        patterns(ends, "scope", "phrase"),
        patterns(ends, "scope", "item"),
        ends.stream()
            .filter(r -> r.get("id").equals("date"))
            .map(r -> r.pattern("pattern"))
            .findFirst()
            .orElse(Pattern.compile("(?!)")),
        patterns(objects, "kind", "not-object"),
        patterns(objects, "kind", "group"),
        patterns(objects, "kind", "others"),
        status,
        WordList.read(rulesDir.resolve("charge-words.txt")),
        Set.copyOf(WordList.read(rulesDir.resolve("charge-modifiers.txt"))),
        Set.copyOf(WordList.read(rulesDir.resolve("charge-not-starts.txt"))),
        Set.copyOf(WordList.read(rulesDir.resolve("charge-not-ends.txt"))));
  }

  private static List<Pattern> patterns(List<RuleTable.Row> rows, String column, String value) {
    return rows.stream()
        .filter(r -> r.get(column).equals(value))
        .map(r -> r.pattern("pattern"))
        .toList();
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
