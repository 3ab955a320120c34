package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.synth.CaseTextGenerator;
import org.w3id.pfkg.synth.SynthVocabulary;

/**
 * Every rule's {@link Prefilter} against its regex: no text that the regex matches may be one the
 * filter skips. Run over the sentences of the project's case texts, of synthetic cases and of
 * invented sentences, each also in capitals (the rules ignore case, the filter must too).
 */
class PrefilterSoundnessTest {
  private record Guarded(String name, Pattern pattern, Prefilter filter) {}

  private static List<Guarded> rules() {
    Knowledge k = ProjectKnowledge.knowledge();
    List<Guarded> all = new ArrayList<>();
    for (List<Knowledge.Rule> table :
        List.of(
            k.eventRules(),
            k.attributionRules(),
            k.statusRules(),
            k.claimRules(),
            k.authorityRules(),
            k.hedgeRules(),
            k.outletContexts())) {
      table.forEach(r -> all.add(new Guarded(r.id(), r.pattern(), r.prefilter())));
    }
    ChargeRules.load(k.rulesDir())
        .cues()
        .forEach(c -> all.add(new Guarded("cue " + c.id(), c.pattern(), c.prefilter())));
    ChargeRules.load(k.rulesDir())
        .statusWords()
        .forEach(w -> all.add(new Guarded("charge status " + w.id(), w.pattern(), w.prefilter())));
    RelativeDateRules.load(k.rulesDir())
        .all()
        .forEach(r -> all.add(new Guarded("relative " + r.pattern(), r.pattern(), r.prefilter())));
    Path rules = k.rulesDir();
    List<Pattern> others = new ArrayList<>();
    others.addAll(ChargeRules.load(rules).phraseEnds());
    others.addAll(ChargeRules.load(rules).itemEnds());
    others.addAll(ReportDates.load(rules).patterns());
    others.addAll(EventGroups.load(rules).patterns());
    others.addAll(PlaceContexts.read(rules, k.notNameWords()).patterns());
    others.addAll(TermFinder.load(rules).patterns());
    others.addAll(DateFinder.load(rules).patterns());
    others.addAll(new OutletHits(k, new PlaceHits(k)).patterns());
    others.forEach(p -> all.add(new Guarded(p.pattern(), p, Prefilter.of(p))));
    return all;
  }

  /** Invented sentences in the shapes reports take, some in odd case or with odd characters. */
  private static final List<String> INVENTED =
      List.of(
          "Officers of the Lakeside police RE-ARRESTED the blogger Tomas Verrin on March 3.",
          "Two days later, a court in Port Aral sentenced the blogger to seven years of imprisonment on charges"
              + " of spreading false news.",
          "She was taken into police custody at her home and held incommunicado for a week.",
          "According to her lawyer, prosecutors accused her of \u017Fedition in a closed hearing.",
          "The editor of the weekly Morning Lantern, he was freed on bail the following month.",
          "He has been in detention since 2019, his family told the Committee.",
          "Authorities released Nadia Corvel last Friday after 40 days in jail.");

  private static List<String> texts() throws Exception {
    Knowledge k = ProjectKnowledge.knowledge();
    SentenceSplitter splitter = new SentenceSplitter(k.abbreviations());
    List<String> texts = new ArrayList<>(INVENTED);
    CaseReader reader = new CaseReader();
    for (Path f : reader.caseFiles(Path.of("data", "cases"))) {
      splitter.split(reader.read(f).narrative()).forEach(s -> texts.add(s.text()));
    }
    CaseTextGenerator synth =
        new CaseTextGenerator(SynthVocabulary.load(Path.of("ontology"), Path.of("data")), 29);
    for (int i = 0; i < 60; i++) {
      splitter.split(synth.generate(i)).forEach(s -> texts.add(s.text()));
    }
    List<String> withCapitals = new ArrayList<>(texts);
    texts.forEach(t -> withCapitals.add(t.toUpperCase(Locale.ROOT)));
    return withCapitals;
  }

  @Test
  void noRuleMatchesATextItsFilterSkips() throws Exception {
    List<Guarded> rules = rules();
    List<String> texts = texts();
    List<String> unsound = new ArrayList<>();
    int skipped = 0;
    for (String text : texts) {
      String folded = Prefilter.fold(text);
      for (Guarded g : rules) {
        if (!g.filter().admits(folded)) {
          skipped++;
          if (g.pattern().matcher(text).find()) {
            unsound.add(g.name() + " matches: " + text);
          }
        }
      }
    }
    assertEquals(List.of(), unsound);
    // A filter that skips nothing would pass the check above and save nothing.
    assertTrue(
        skipped > texts.size() * rules.size() / 2, "the filters skip too little: " + skipped);
  }

  @Test
  void mostRulesGetAFilter() {
    List<Guarded> rules = rules();
    List<String> none =
        rules.stream().filter(g -> g.filter().admitsAll()).map(Guarded::name).toList();
    assertTrue(none.size() * 5 < rules.size(), "rules without a filter: " + none);
  }
}
