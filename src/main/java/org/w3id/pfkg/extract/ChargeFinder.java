package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3id.pfkg.facts.ChargeStatus;

/**
 * Reads the charges a document states against the journalist: the wording after each cue of
 * charge-cues.tsv ("charged with X", "on charges of X, Y and Z", "accused him of X", "the X
 * charges"), and, in sentences that speak of charges, the labels of the charge vocabulary. Each
 * wording is mapped to its vocabulary concept, or kept as a new concept when none fits; variants of
 * one charge are then merged under one concept (see {@link ChargeVariants}).
 */
final class ChargeFinder {
  private final ChargeRules rules;
  private final ChargeVocabulary vocabulary;
  private final ChargeCueReader cues;
  private final ChargeNounReader nouns;
  private final NameMatcher labels;

  ChargeFinder(ChargeRules rules, ConceptLabels charges) {
    this.rules = rules;
    this.vocabulary = new ChargeVocabulary(charges);
    ChargeOffences offences = new ChargeOffences(vocabulary, rules.offenceWords());
    this.cues = new ChargeCueReader(rules, vocabulary, offences);
    this.nouns = new ChargeNounReader(rules, vocabulary, offences, cues);
    Map<String, List<String>> chargeLabels = new LinkedHashMap<>();
    charges
        .labels()
        .forEach(
            (k, v) -> {
              if (!vocabulary.category(k)) {
                chargeLabels.put(k, v);
              }
            });
    this.labels = new NameMatcher(chargeLabels);
  }

  static ChargeFinder load(Path rulesDir, ConceptLabels charges) {
    return new ChargeFinder(ChargeRules.load(rulesDir), charges);
  }

  /** The charges of every sentence, in sentence order, with variants under one concept. */
  ChargeVariants.Result find(List<Sentence> sentences, JournalistReference reference) {
    List<List<ChargeWording>> found = new ArrayList<>();
    boolean previousNamed = false;
    for (Sentence s : sentences) {
      boolean named = reference.mentions(s.text());
      // "Prosecutors later added a cybercrime count", right after a sentence about the journalist.
      boolean about = named || previousNamed && !others(s.text());
      previousNamed = named;
      List<ChargeWording> here = in(s.text(), reference, about);
      Optional<ChargeStatus> all = here.isEmpty() ? statusOfAll(s.text()) : Optional.empty();
      // "Prosecutors dropped both charges": every charge read so far.
      all.ifPresent(
          status ->
              found.replaceAll(list -> list.stream().map(w -> w.withStatus(status)).toList()));
      found.add(here);
    }
    return ChargeVariants.merge(found, vocabulary);
  }

  /**
   * The charge wordings of one sentence, in text order.
   *
   * @param about whether the sentence is about the journalist (else only cues whose object names
   *     the journalist count: "accused both men of")
   */
  List<ChargeWording> in(String sentence, JournalistReference reference, boolean about) {
    boolean[] taken = new boolean[sentence.length()];
    List<ChargeWording> out = new ArrayList<>(cues.read(sentence, reference, about, taken));
    if (about) {
      out.addAll(nouns.read(sentence, taken));
    }
    if (about && speaksOfCharges(sentence)) {
      // "X, a treason offence": the label describes the charge just named.
      describing(sentence, taken);
      for (NameMatcher.Hit h : labels.find(sentence, taken)) {
        if (h.start() > 0
            && !sentence
                .substring(h.start(), h.end())
                .equals(
                    sentence.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT))) {
          // "the Anti-Terrorism Act": a name, not a charge.
          continue;
        }
        if (h.start() > 0 && sentence.charAt(h.start() - 1) == '-') {
          // "a counter-terrorism court": the label is the tail of a compound that names no charge.
          continue;
        }
        out.add(
            new ChargeWording(
                h.start(),
                h.end(),
                sentence.substring(h.start(), h.end()).toLowerCase(java.util.Locale.ROOT),
                Optional.of(h.key()),
                cues.statusBefore(sentence, 0, h.start()).orElse(ChargeStatus.BROUGHT),
                "label",
                ChargeWording.Rank.LABEL,
                false));
      }
    }
    out.sort(Comparator.comparingInt(ChargeWording::start));
    return out;
  }

  private void describing(String sentence, boolean[] taken) {
    String folded = Prefilter.fold(sentence);
    rules.cues().stream()
        .filter(c -> c.strength() == ChargeRules.Strength.DESCRIBES)
        .filter(c -> c.prefilter().admits(folded))
        .forEach(
            c -> {
              java.util.regex.Matcher m = c.pattern().matcher(sentence);
              while (m.find()) {
                take(taken, m.start(), m.end());
              }
            });
  }

  private boolean speaksOfCharges(String sentence) {
    String folded = Prefilter.fold(sentence);
    return rules.cues().stream()
        .filter(c -> c.strength() == ChargeRules.Strength.LABEL)
        .anyMatch(c -> c.prefilter().admits(folded) && c.pattern().matcher(sentence).find());
  }

  private boolean others(String sentence) {
    return rules.others().stream().anyMatch(p -> p.matcher(sentence).find());
  }

  private Optional<ChargeStatus> statusOfAll(String sentence) {
    return rules.statusWords().stream()
        .filter(w -> w.scope() == ChargeRules.Scope.ALL)
        .filter(w -> w.prefilter().admits(Prefilter.fold(sentence)))
        .filter(w -> w.pattern().matcher(sentence).find())
        .map(ChargeRules.StatusWord::status)
        .findFirst();
  }

  static void take(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }
}
