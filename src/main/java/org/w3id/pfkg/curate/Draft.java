package org.w3id.pfkg.curate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.ChargeFact;
import org.w3id.pfkg.facts.ClaimFact;
import org.w3id.pfkg.facts.DetentionFact;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.JournalistFacts;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.RoleFact;

/** The working copy of one document's facts while the operations of a curation apply. */
final class Draft {
  private final CaseFacts original;
  final List<EventFact> events;
  final List<ClaimFact> claims;
  final List<ChargeFact> charges;
  final List<PersonFact> people;
  final List<NamedEntity> outlets;
  final List<NamedEntity> places;
  final List<NamedEntity> organizations;
  final List<NamedEntity> facilities;
  final List<RoleFact> roles;
  final List<DetentionFact> detentions;

  /** One element: a list, so that the status is selected and corrected like any other fact. */
  final List<CaseStatus> status;

  Draft(CaseFacts f) {
    this.original = f;
    this.events = new ArrayList<>(f.events());
    this.claims = new ArrayList<>(f.claims());
    this.charges = new ArrayList<>(f.charges());
    this.people = new ArrayList<>(f.people());
    this.outlets = new ArrayList<>(f.outlets());
    this.places = new ArrayList<>(f.places());
    this.organizations = new ArrayList<>(f.organizations());
    this.facilities = new ArrayList<>(f.facilities());
    this.roles = new ArrayList<>(f.journalist().roles());
    this.detentions = new ArrayList<>(f.detentions());
    this.status = new ArrayList<>(List.of(f.status()));
  }

  String documentId() {
    return original.documentId();
  }

  /** The list holding facts of a kind, with the function giving each fact's selector key. */
  @SuppressWarnings("unchecked")
  <T> Slot<T> slot(FactKind kind) {
    return (Slot<T>)
        switch (kind) {
          case EVENT -> new Slot<>(events, EventFact::key);
          case CLAIM -> new Slot<>(claims, ClaimFact::key);
          case CHARGE -> new Slot<>(charges, ChargeFact::concept);
          case PERSON -> new Slot<>(people, PersonFact::key);
          case OUTLET -> new Slot<>(outlets, NamedEntity::key);
          case PLACE -> new Slot<>(places, NamedEntity::key);
          case ORGANIZATION -> new Slot<>(organizations, NamedEntity::key);
          case FACILITY -> new Slot<>(facilities, NamedEntity::key);
          case ROLE -> new Slot<>(roles, RoleFact::concept);
          case DETENTION -> new Slot<>(detentions, DetentionFact::facility);
          case STATUS -> new Slot<>(status, CaseStatus::code);
        };
  }

  CaseFacts build() {
    JournalistFacts j = original.journalist();
    return new CaseFacts(
        original.caseId(),
        original.documentId(),
        new JournalistFacts(j.name(), j.aliases(), j.gender(), j.ethnicities(), roles),
        outlets,
        organizations,
        places,
        facilities,
        charges,
        original.cpjChargeCategory(),
        original.medium(),
        original.beats(),
        original.localOrForeign(),
        events,
        detentions,
        people,
        claims,
        status.get(0),
        original.statusStatement());
  }

  /** The facts of one kind and how each is keyed. */
  record Slot<T>(List<T> facts, Function<T, String> key) {
    Optional<Integer> indexOf(String wanted) {
      for (int i = 0; i < facts.size(); i++) {
        if (key.apply(facts.get(i)).equals(wanted)) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }

    List<String> keys() {
      return facts.stream().map(key).toList();
    }
  }
}
