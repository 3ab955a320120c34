package org.w3id.pfkg.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.ChargeFact;
import org.w3id.pfkg.facts.ClaimFact;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.SentenceTerm;
import org.w3id.pfkg.problem.InputException;

/**
 * Changes fields of one extracted fact. The fact keeps its key (so its IRI) and its evidence; each
 * changed field's extracted value is kept for {@code pf:previousValue}.
 */
final class Corrections {
  private final Operation op;
  private final FieldValues values;
  private final Map<String, String> set;
  private final List<String> previous = new ArrayList<>();

  Corrections(Operation op) {
    this.op = op;
    this.values = new FieldValues(op.at());
    this.set = op.fields();
  }

  List<String> previous() {
    return List.copyOf(previous);
  }

  EventFact event(EventFact e) {
    allow("date", "date_text", "type", "place", "term", "term_text", "detail", "authority");
    Optional<FactDate> date = e.date();
    if (set.containsKey("date")) {
      String iso = set.get("date");
      date = iso.isEmpty() ? Optional.empty() : Optional.of(values.date(iso, text("date_text")));
      was("date", e.date().map(d -> d.iso().orElse(d.edtf()) + " (" + d.text() + ")"));
    } else if (set.containsKey("date_text")) {
      FactDate d =
          e.date()
              .orElseThrow(
                  () ->
                      new InputException(
                          op.at(), "\"date_text\" without \"date\" on an undated event"));
      date =
          Optional.of(
              new FactDate(
                  d.iso(),
                  d.precision(),
                  set.get("date_text"),
                  d.earliest(),
                  d.latest(),
                  d.edtf()));
      was("date_text", Optional.of(d.text()));
    }
    var type = e.type();
    if (set.containsKey("type")) {
      type = values.eventType(set.get("type"));
      was("type", Optional.of(e.type().code()));
    }
    Optional<String> place = e.place();
    if (set.containsKey("place")) {
      place = FieldValues.optional(set.get("place"));
      was("place", e.place());
    }
    Optional<SentenceTerm> term = e.term();
    if (set.containsKey("term")) {
      term =
          set.get("term").isEmpty()
              ? Optional.empty()
              : Optional.of(values.term(set.get("term"), text("term_text")));
      was("term", e.term().map(SentenceTerm::code));
    }
    String detail = e.detail();
    if (set.containsKey("detail")) {
      detail = set.get("detail");
      was("detail", Optional.of(e.detail()));
    }
    Optional<String> authority = e.authority();
    if (set.containsKey("authority")) {
      authority = FieldValues.optional(set.get("authority"));
      was("authority", e.authority());
    }
    return new EventFact(
        e.key(),
        type,
        date,
        place,
        authority,
        e.charges(),
        term,
        detail,
        e.attribution(),
        e.evidence(),
        // A corrected term or place keeps the provenance of the sentence it was read from, as the
        // event does.
        term.map(t -> e.termProvenance().orElse(e.provenance())),
        place.map(p -> e.placeProvenance().orElse(e.provenance())));
  }

  ClaimFact claim(ClaimFact c) {
    allow("kind", "summary");
    var kind = c.kind();
    if (set.containsKey("kind")) {
      kind = values.claimKind(set.get("kind"));
      was("kind", Optional.of(c.kind().name().toLowerCase(java.util.Locale.ROOT)));
    }
    String summary = c.summary();
    if (set.containsKey("summary")) {
      summary = set.get("summary");
      was("summary", Optional.of(c.summary()));
    }
    return new ClaimFact(
        c.key(), kind, summary, c.charges(), c.disputes(), c.attribution(), c.evidence());
  }

  ChargeFact charge(ChargeFact c) {
    allow("status");
    was("status", Optional.of(c.status().name().toLowerCase(java.util.Locale.ROOT)));
    return new ChargeFact(
        c.concept(),
        c.text(),
        values.chargeStatus(set.get("status")),
        c.attribution(),
        c.evidence());
  }

  PersonFact person(PersonFact p) {
    allow("relation", "residence");
    String relation = p.relation();
    if (set.containsKey("relation")) {
      relation = set.get("relation");
      was("relation", Optional.of(p.relation()));
    }
    Optional<String> residence = p.residence();
    if (set.containsKey("residence")) {
      residence = FieldValues.optional(set.get("residence"));
      was("residence", p.residence());
    }
    return new PersonFact(p.key(), p.name(), relation, residence, p.attribution(), p.evidence());
  }

  CaseStatus status(CaseStatus s) {
    allow("status");
    String wanted = set.get("status").trim().toUpperCase(java.util.Locale.ROOT);
    was("status", Optional.of(s.code()));
    return java.util.Arrays.stream(CaseStatus.values())
        .filter(c -> c.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new InputException(
                    op.at(),
                    "expected \"status\" to be one of "
                        + java.util.Arrays.stream(CaseStatus.values())
                            .map(CaseStatus::code)
                            .toList()));
  }

  NamedEntity entity(NamedEntity n) {
    allow("name", "description", "within");
    String name = n.name();
    if (set.containsKey("name")) {
      name = set.get("name");
      was("name", Optional.of(n.name()));
    }
    Optional<String> description = n.description();
    if (set.containsKey("description")) {
      description = FieldValues.optional(set.get("description"));
      was("description", n.description());
    }
    Optional<String> within = n.within();
    if (set.containsKey("within")) {
      within = FieldValues.optional(set.get("within"));
      was("within", n.within());
    }
    return new NamedEntity(
        n.key(), name, n.kind(), description, within, n.evidence(), n.mentions());
  }

  private Optional<String> text(String field) {
    return Optional.ofNullable(set.get(field));
  }

  private void was(String field, Optional<String> old) {
    previous.add(field + ": " + old.orElse("(none)"));
  }

  private void allow(String... fields) {
    Set<String> allowed = Set.of(fields);
    for (String f : set.keySet()) {
      if (!allowed.contains(f)) {
        throw new InputException(
            op.at(),
            "cannot correct \""
                + f
                + "\" of a "
                + op.selector().kind().word()
                + "; expected one of "
                + List.of(fields));
      }
    }
    if (allowed.contains("status") && !set.containsKey("status")) {
      throw new InputException(
          op.at(), "expected \"set\": {\"status\": ...} for a " + op.selector().kind().word());
    }
  }
}
