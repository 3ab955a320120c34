package org.w3id.pfkg.curate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.w3id.pfkg.cases.CaseDocument;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.ChargeFact;
import org.w3id.pfkg.facts.ClaimFact;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.Span;
import org.w3id.pfkg.problem.InputException;

/**
 * Applies a case's curation to the facts extracted from one of its documents: a pure function.
 * Every operation must hit: a selector naming a fact the extraction did not produce, or a quote the
 * document does not contain, is an {@link InputException} at the operation's line, so that an
 * editor's note never silently stops applying when the extraction changes.
 */
public final class Curator {
  /** The rule an added fact's evidence names: {@code curation:<file>#<n>}. */
  public static final String RULE_PREFIX = "curation:";

  private Curator() {}

  /** Applies the operations of {@code curation} that target {@code doc}, in file order. */
  public static CuratedFacts apply(CaseDocument doc, CaseFacts facts, Curation curation) {
    if (!doc.documentId().equals(facts.documentId())) {
      throw new IllegalArgumentException(
          "facts of '" + facts.documentId() + "' curated with document '" + doc.documentId() + "'");
    }
    Draft draft = new Draft(facts);
    List<CurationNote> notes = new ArrayList<>();
    for (Operation op : curation.operations()) {
      if (op.selector().document().equals(doc.documentId())) {
        notes.add(apply(doc, draft, op, curation));
      }
    }
    return new CuratedFacts(draft.build(), notes);
  }

  /**
   * Checks that every operation names a document of the case; operations aimed at a document that
   * is not there would otherwise never apply.
   */
  public static void checkDocuments(Curation curation, Collection<String> documentIds) {
    for (Operation op : curation.operations()) {
      if (!documentIds.contains(op.selector().document())) {
        throw new InputException(
            op.at(),
            "no document '"
                + op.selector().document()
                + "' in case '"
                + curation.caseId()
                + "'; expected one of "
                + documentIds.stream().sorted().toList()
                + (op.selector().document().equals(curation.caseId())
                    ? " (name it with \"document\")"
                    : ""));
      }
    }
  }

  private static CurationNote apply(CaseDocument doc, Draft draft, Operation op, Curation c) {
    Draft.Slot<Object> slot = draft.slot(op.selector().kind());
    Optional<Integer> index = slot.indexOf(op.selector().key());
    if (op.selector().kind() == FactKind.STATUS && op.action() != Action.CORRECT) {
      throw new InputException(op.at(), "the status can only be corrected, not added or removed");
    }
    return switch (op.action()) {
      case REMOVE -> {
        slot.facts().remove(existing(index, slot, op));
        yield op.note(List.of());
      }
      case CORRECT -> {
        int i = existing(index, slot, op);
        Corrections corrections = new Corrections(op);
        slot.facts().set(i, correct(corrections, slot.facts().get(i), op));
        yield op.note(corrections.previous());
      }
      case ADD -> {
        if (index.isPresent()) {
          throw new InputException(
              op.at(),
              "cannot add "
                  + op.selector().text()
                  + ": the extraction already has it; use \"correct\" to change it");
        }
        Evidence evidence = evidence(doc, op, c);
        slot.facts().add(new Additions(op, evidence).fact());
        yield op.note(List.of());
      }
    };
  }

  private static Object correct(Corrections corrections, Object fact, Operation op) {
    return switch (op.selector().kind()) {
      case EVENT -> corrections.event((EventFact) fact);
      case CLAIM -> corrections.claim((ClaimFact) fact);
      case CHARGE -> corrections.charge((ChargeFact) fact);
      case PERSON -> corrections.person((PersonFact) fact);
      case OUTLET, PLACE, ORGANIZATION, FACILITY -> corrections.entity((NamedEntity) fact);
      case STATUS -> corrections.status((CaseStatus) fact);
      case ROLE, DETENTION ->
          throw new InputException(
              op.at(),
              "a "
                  + op.selector().kind().word()
                  + " has no fields to correct; remove it and add another");
    };
  }

  private static int existing(Optional<Integer> index, Draft.Slot<Object> slot, Operation op) {
    return index.orElseThrow(
        () ->
            new InputException(
                op.at(),
                "no "
                    + op.selector().text()
                    + " in the extraction; expected one of "
                    + slot.keys()
                    + " (run pfkg extract --explain --no-curation to see the facts)"));
  }

  /** The quote must be words of the narrative; where it stands there gives the evidence span. */
  private static Evidence evidence(CaseDocument doc, Operation op, Curation c) {
    String quote = op.quote().orElseThrow();
    int start = doc.narrative().indexOf(quote);
    if (start < 0) {
      throw new InputException(
          op.at(),
          "the quote of "
              + op.selector().text()
              + " is not in the narrative of "
              + doc.file()
              + "; copy the sentence exactly: \""
              + quote
              + "\"");
    }
    return new Evidence(
        doc.documentId(),
        quote,
        Optional.of(new Span(start, start + quote.length())),
        RULE_PREFIX + c.file().getFileName() + "#" + op.number());
  }
}
