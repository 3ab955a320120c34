package org.w3id.pfkg.curate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.ChargeFact;
import org.w3id.pfkg.facts.ChargeStatus;
import org.w3id.pfkg.facts.ClaimFact;
import org.w3id.pfkg.facts.ClaimKind;
import org.w3id.pfkg.facts.DetentionFact;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.RoleFact;
import org.w3id.pfkg.problem.InputException;

/** Makes the fact an editor adds, from the fields of the operation and its verified evidence. */
final class Additions {
  private final Operation op;
  private final FieldValues values;
  private final Map<String, String> f;
  private final String key;
  private final Attribution attribution;
  private final Evidence evidence;

  Additions(Operation op, Evidence evidence) {
    this.op = op;
    this.values = new FieldValues(op.at());
    this.f = op.fields();
    this.key = op.selector().key();
    this.attribution = new Attribution(op.accordingTo(), op.reportedBy());
    this.evidence = evidence;
  }

  Object fact() {
    return switch (op.selector().kind()) {
      case EVENT -> event();
      case CLAIM -> claim();
      case CHARGE -> {
        allow(Set.of(), "text", "status");
        ChargeStatus status =
            f.containsKey("status") ? values.chargeStatus(f.get("status")) : ChargeStatus.BROUGHT;
        yield new ChargeFact(key, f.getOrDefault("text", key), status, attribution, evidence);
      }
      case PERSON -> {
        allow(Set.of("name", "relation"), "residence");
        yield new PersonFact(
            key,
            f.get("name"),
            f.get("relation"),
            FieldValues.optional(f.get("residence")),
            attribution,
            evidence);
      }
      case OUTLET -> entity(EntityKind.OUTLET);
      case PLACE -> entity(EntityKind.PLACE);
      case ORGANIZATION -> entity(EntityKind.ORGANIZATION);
      case FACILITY -> entity(EntityKind.FACILITY);
      case ROLE -> {
        allow(Set.of(), "label");
        yield new RoleFact(key, f.getOrDefault("label", key), attribution, evidence);
      }
      case DETENTION -> {
        allow(Set.of());
        yield new DetentionFact(key, attribution, evidence);
      }
      case STATUS -> throw new IllegalStateException("the status is never added");
    };
  }

  private EventFact event() {
    allow(
        Set.of("type"),
        "date",
        "date_text",
        "place",
        "authority",
        "charges",
        "term",
        "term_text",
        "detail");
    var type = values.eventType(f.get("type"));
    String iso = f.getOrDefault("date", "");
    return new EventFact(
        key,
        type,
        iso.isEmpty()
            ? Optional.empty()
            : Optional.of(values.date(iso, Optional.ofNullable(f.get("date_text")))),
        FieldValues.optional(f.get("place")),
        FieldValues.optional(f.get("authority")),
        FieldValues.list(f.getOrDefault("charges", "")),
        f.containsKey("term")
            ? Optional.of(values.term(f.get("term"), Optional.ofNullable(f.get("term_text"))))
            : Optional.empty(),
        f.getOrDefault("detail", type.slug().replace('-', ' ')),
        attribution,
        evidence);
  }

  private ClaimFact claim() {
    allow(Set.of("kind", "summary"), "charges", "disputes");
    ClaimKind kind = values.claimKind(f.get("kind"));
    return new ClaimFact(
        key,
        kind,
        f.get("summary"),
        FieldValues.list(f.getOrDefault("charges", "")),
        FieldValues.optional(f.get("disputes")),
        attribution,
        evidence);
  }

  private NamedEntity entity(EntityKind kind) {
    allow(Set.of("name"), "description", "within");
    return new NamedEntity(
        key,
        f.get("name"),
        kind,
        FieldValues.optional(f.get("description")),
        FieldValues.optional(f.get("within")),
        List.of(evidence));
  }

  private void allow(Set<String> required, String... optional) {
    for (String r : required) {
      if (f.getOrDefault(r, "").isBlank()) {
        throw new InputException(
            op.at(),
            "expected \"fact\": {\"" + r + "\": ...} to add a " + op.selector().kind().word());
      }
    }
    Set<String> known = new java.util.HashSet<>(required);
    known.addAll(List.of(optional));
    for (String field : f.keySet()) {
      if (!known.contains(field)) {
        throw new InputException(
            op.at(),
            "a "
                + op.selector().kind().word()
                + " has no field \""
                + field
                + "\"; expected "
                + known.stream().sorted().toList());
      }
    }
  }
}
