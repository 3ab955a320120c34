package org.w3id.pfkg.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.Source;

/**
 * Lists each fact of a document with the rule and the words that produced it, for {@code pfkg
 * extract --explain}. Offsets count code points, as the RDF's Web Annotation selectors do.
 */
public final class Explanation {
  private final CaseDocument doc;
  private final CuratedFacts curated;
  private final List<ExplainedFact> rows = new ArrayList<>();

  private Explanation(CaseDocument doc, CuratedFacts curated) {
    this.doc = doc;
    this.curated = curated;
  }

  public static List<ExplainedFact> of(CaseDocument doc, CuratedFacts curated) {
    return new Explanation(doc, curated).collect();
  }

  private List<ExplainedFact> collect() {
    CaseFacts f = curated.facts();
    var j = f.journalist();
    plain("journalist", "name", j.name(), "name-line");
    j.aliases().forEach(a -> plain("journalist", "alias", a, "alias"));
    j.gender()
        .ifPresent(
            g ->
                plain(
                    "journalist",
                    "gender",
                    g.name().toLowerCase(Locale.ROOT),
                    "pronouns-and-titles"));
    j.ethnicities().forEach(e -> plain("journalist", "ethnicity", e, "vocabulary:groups"));
    j.roles()
        .forEach(
            r ->
                row("roles", FactKind.ROLE, r.concept(), r.label(), r.attribution(), r.evidence()));
    entities("outlets", FactKind.OUTLET, f.outlets());
    entities("organizations", FactKind.ORGANIZATION, f.organizations());
    entities("places", FactKind.PLACE, f.places());
    entities("facilities", FactKind.FACILITY, f.facilities());
    f.charges()
        .forEach(
            c ->
                row(
                    "charges",
                    FactKind.CHARGE,
                    c.concept(),
                    c.text() + " [" + c.status().name().toLowerCase(Locale.ROOT) + "]",
                    c.attribution(),
                    c.evidence()));
    f.events()
        .forEach(
            e -> {
              row("events", FactKind.EVENT, e.key(), event(e), e.attribution(), e.evidence());
              // A term read from another telling of the event is shown with its own source.
              e.termProvenance()
                  .filter(p -> !p.equals(e.provenance()))
                  .ifPresent(
                      p ->
                          row(
                              "events",
                              FactKind.EVENT,
                              e.key() + "/term",
                              "term " + e.term().orElseThrow().code() + " of " + e.key(),
                              p.attribution(),
                              p.evidence()));
            });
    f.claims()
        .forEach(
            c ->
                row(
                    "claims",
                    FactKind.CLAIM,
                    c.key(),
                    c.kind().name().toLowerCase(Locale.ROOT)
                        + ": "
                        + c.summary()
                        + c.disputes().map(d -> " (disputes " + d + ")").orElse(""),
                    c.attribution(),
                    c.evidence()));
    f.people()
        .forEach(
            p ->
                row(
                    "people",
                    FactKind.PERSON,
                    p.key(),
                    p.name()
                        + ", "
                        + p.relation()
                        + p.residence().map(r -> ", lives in " + r).orElse(""),
                    p.attribution(),
                    p.evidence()));
    f.detentions()
        .forEach(
            d ->
                row(
                    "detentions",
                    FactKind.DETENTION,
                    d.facility(),
                    "held in " + d.facility(),
                    d.attribution(),
                    d.evidence()));
    // The status with the sentence, rule and date that state it; "unknown" when none does. A
    // curation of the status may name the value it corrected, so its last note is shown whatever
    // its key.
    String statusNote =
        curated.notes().stream()
            .filter(n -> n.selector().kind() == FactKind.STATUS)
            .map(CurationNote::summary)
            .reduce((a, b) -> b)
            .orElse(null);
    f.statusStatement()
        .ifPresentOrElse(
            st ->
                row(
                    "status",
                    f.status().code(),
                    f.status().code() + st.asOf().map(d -> ", as of " + d.text()).orElse(""),
                    st.attribution(),
                    st.evidence(),
                    statusNote),
            () ->
                rows.add(
                    new ExplainedFact(
                        "status",
                        f.status().code(),
                        f.status().code(),
                        f.status() == CaseStatus.UNKNOWN ? "status:none-stated" : "curation:status",
                        null,
                        null,
                        null,
                        null,
                        statusNote)));
    curated.notes().stream()
        .filter(n -> n.action() == Action.REMOVE)
        .forEach(
            n ->
                rows.add(
                    new ExplainedFact(
                        "removed",
                        n.selector().key(),
                        n.selector().text(),
                        "curation",
                        null,
                        null,
                        null,
                        null,
                        n.summary())));
    return List.copyOf(rows);
  }

  private static String event(EventFact e) {
    StringBuilder b = new StringBuilder(e.type().code());
    e.date()
        .ifPresent(
            d ->
                b.append(", ")
                    .append(d.iso().orElse(d.edtf()))
                    .append(" (")
                    .append(d.text())
                    .append(')'));
    if (e.date().isEmpty()) {
      b.append(", undated");
    }
    e.place().ifPresent(p -> b.append(", in ").append(p));
    e.authority().ifPresent(a -> b.append(", by ").append(a));
    if (!e.charges().isEmpty()) {
      b.append(", charges ").append(String.join(" ", e.charges()));
    }
    e.term().ifPresent(t -> b.append(", term ").append(t.code()));
    return b.append(": ").append(e.detail()).toString();
  }

  private void entities(String section, FactKind kind, List<NamedEntity> entities) {
    for (NamedEntity n : entities) {
      String fact =
          n.name()
              + n.description().map(d -> ", " + d).orElse("")
              + n.within().map(w -> ", in " + w).orElse("")
              + (n.evidence().size() > 1 ? " (" + n.evidence().size() + " mentions)" : "");
      Optional<Evidence> first = n.evidence().stream().findFirst();
      if (first.isPresent()) {
        row(section, kind, n.key(), fact, Attribution.NONE, first.get());
      } else {
        rows.add(
            new ExplainedFact(
                section, n.key(), fact, "vocabulary", null, null, null, null, note(kind, n.key())));
      }
    }
  }

  private void plain(String section, String key, String fact, String rule) {
    rows.add(new ExplainedFact(section, key, fact, rule, null, null, null, null, null));
  }

  private void row(
      String section, FactKind kind, String key, String fact, Attribution a, Evidence ev) {
    row(section, key, fact, a, ev, note(kind, key));
  }

  private void row(
      String section, String key, String fact, Attribution a, Evidence ev, String note) {
    String narrative = doc.narrative();
    Integer start = null;
    Integer end = null;
    if (ev.span().isPresent() && ev.span().get().end() <= narrative.length()) {
      start = narrative.codePointCount(0, ev.span().get().start());
      end = start + narrative.codePointCount(ev.span().get().start(), ev.span().get().end());
    }
    rows.add(
        new ExplainedFact(
            section, key, fact, ev.rule(), ev.quote(), start, end, attribution(a), note));
  }

  private String note(FactKind kind, String key) {
    return curated.noteOn(kind, key).map(CurationNote::summary).orElse(null);
  }

  private static String attribution(Attribution a) {
    if (a.isEmpty()) {
      return null;
    }
    return java.util.stream.Stream.of(
            a.accordingTo().map(s -> "according to " + source(s)),
            a.reportedBy().map(s -> "reported by " + source(s)))
        .flatMap(Optional::stream)
        .collect(Collectors.joining("; "));
  }

  private static String source(Source s) {
    return s.name() + " (" + s.kind().name().toLowerCase(Locale.ROOT) + ")";
  }
}
