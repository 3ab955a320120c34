package org.w3id.pfkg.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.SentenceTerm;
import org.w3id.pfkg.facts.Span;
import org.w3id.pfkg.facts.StatusStatement;
import org.w3id.pfkg.table.WordList;

/**
 * Finds where a document leaves the journalist with the rules of {@code statuses.tsv}: each
 * sentence about the journalist that a rule matches (and no hedge doubts) is a statement dated by
 * its own date, else by the document's date; the latest one wins, and of equally dated ones the
 * later in the text ("He is serving a life sentence" in a profile that goes on to tell an old
 * release is dated by the document and so outranks the dated release).
 */
final class StatusFinder {
  private final List<Knowledge.Rule> rules;
  private final List<Knowledge.Rule> hedges;

  private final Pattern inAbsentia;
  private final StatusDates dates;
  private final List<Knowledge.Rule> custodyTriggers;

  /** The event types (codes of event-triggers.tsv) that put or keep a journalist in custody. */
  private static final Set<String> CUSTODY_TYPES =
      Set.of("arrest", "detention", "sentencing", "conviction", "disappearance");

  StatusFinder(Knowledge knowledge) {
    this.rules = knowledge.statusRules();
    this.hedges = knowledge.hedgeRules();
    this.dates = StatusDates.load(knowledge.rulesDir());
    this.inAbsentia = WordList.anyWord(knowledge.rulesDir().resolve("in-absentia.txt"));
    this.custodyTriggers =
        knowledge.eventRules().stream()
            .filter(r -> r.about().equals("journalist"))
            .filter(r -> CUSTODY_TYPES.contains(r.value()))
            .toList();
  }

  /**
   * The document's latest statement of the journalist's status, if it makes one; a custody, release
   * or death event the document dates after it overtakes it ("released in 2011", then "sentenced to
   * ten years in 2018": the 2011 release is no longer where the text leaves him).
   */
  Optional<StatusStatement> find(Reading reading, List<EventFact> events, OtherSubject other) {
    Optional<StatusStatement> stated =
        find(reading, other)
            .map(f -> f.atWriting() ? f.statement() : datedByItsEvent(f.statement(), events));
    if (stated.isEmpty()) {
      return lastEnd(reading, events);
    }
    if (stated.get().asOf().isEmpty()) {
      return stated;
    }
    // An undated release may have come after any custody the text dates: then it cannot tell.
    boolean undatedEnd =
        events.stream()
            .anyMatch(
                e ->
                    e.date().isEmpty()
                        && (e.type() == EventType.RELEASE || e.type() == EventType.DEATH));
    LocalDate statedUntil = stated.get().asOf().get().latest();
    return events.stream()
        .filter(e -> e.date().isPresent() && e.date().get().earliest().isAfter(statedUntil))
        .filter(e -> statusOf(e).isPresent())
        .filter(e -> !undatedEnd || statusOf(e).get() == CaseStatus.RELEASED)
        .max(Comparator.comparing((EventFact e) -> e.date().get().earliest()))
        .map(
            e ->
                new StatusStatement(
                    statusOf(e).get(),
                    e.date(),
                    e.attribution(),
                    e.evidence().withRule("status:later-event:" + e.evidence().rule())))
        .or(() -> stated);
  }

  /**
   * Where a document that states no status leaves the journalist when its last custody event is a
   * dated release or death ("left prison that night", "was killed in June 2022"): released or
   * deceased, as of that event. Only these two: an arrest or a sentence years before the text was
   * written says nothing of where the journalist is now. Nothing when any dated event comes on or
   * after it, or when a custody event or an end of one is undated (it may have come later).
   */
  private Optional<StatusStatement> lastEnd(Reading reading, List<EventFact> events) {
    List<EventFact> custody = events.stream().filter(e -> statusOf(e).isPresent()).toList();
    if (custody.isEmpty() || custody.stream().anyMatch(e -> e.date().isEmpty())) {
      return Optional.empty();
    }
    Comparator<EventFact> byStart = Comparator.comparing(e -> e.date().get().earliest());
    EventFact last = custody.stream().max(byStart).get();
    // Any later step of the case (a sentence in absentia, a disappearance, a new charge) means the
    // release was not where the text leaves the journalist.
    boolean alone =
        events.stream()
            .filter(e -> e != last && e.date().isPresent())
            .allMatch(e -> e.date().get().latest().isBefore(last.date().get().earliest()));
    CaseStatus status = statusOf(last).get();
    if (!alone
        || (status != CaseStatus.RELEASED && status != CaseStatus.DECEASED)
        || (status == CaseStatus.RELEASED && custodyToldAfter(reading, last))) {
      return Optional.empty();
    }
    return Optional.of(
        new StatusStatement(
            status,
            last.date(),
            last.attribution(),
            last.evidence().withRule("status:last-event:" + last.evidence().rule())));
  }

  /**
   * Whether a sentence after the one that tells {@code release} tells of an arrest, a detention or
   * a sentence of the journalist, dated or not: an undated "detained her again" is merged into the
   * first detention (EventMerge), so the events alone do not show it came after the release.
   */
  private boolean custodyToldAfter(Reading reading, EventFact release) {
    Optional<Span> at = release.evidence().span();
    if (at.isEmpty()) {
      return true;
    }
    for (Sentence s : reading.sentences()) {
      if (s.span().start() < at.get().end() || !reading.reference().mentions(s.text())) {
        continue;
      }
      String folded = Prefilter.fold(s.text());
      for (Knowledge.Rule rule : custodyTriggers) {
        if (rule.mayMatch(folded) && rule.pattern().matcher(s.text()).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A statement made by the sentence that tells the event it states ("he was freed later that
   * year") takes the event's date, which the event finder reads in its chain of dates, where the
   * statement alone would count "that year" from the dateline.
   */
  private StatusStatement datedByItsEvent(StatusStatement st, List<EventFact> events) {
    return events.stream()
        .filter(e -> e.date().isPresent() && e.evidence().span().isPresent())
        .filter(e -> e.evidence().span().equals(st.evidence().span()))
        .filter(e -> statusOf(e).filter(st.status()::equals).isPresent())
        .findFirst()
        .map(e -> new StatusStatement(st.status(), e.date(), st.attribution(), st.evidence()))
        .orElse(st);
  }

  /**
   * The status an event leaves the journalist in: held after an arrest or detention, imprisoned
   * after a sentence to a prison term that is not suspended, free after a release, dead.
   */
  private Optional<CaseStatus> statusOf(EventFact e) {
    return switch (e.type()) {
      case ARREST, DETENTION -> Optional.of(CaseStatus.DETAINED);
      case SENTENCING ->
          e.term()
              .filter(t -> !t.suspended() && t.kind() != SentenceTerm.Kind.DEATH)
              .filter(t -> !inAbsentia.matcher(e.evidence().quote()).find())
              .map(t -> CaseStatus.IMPRISONED);
      case RELEASE -> Optional.of(CaseStatus.RELEASED);
      case DEATH -> Optional.of(CaseStatus.DECEASED);
      default -> Optional.empty();
    };
  }

  /**
   * Whether the words before {@code start} name someone else as the subject of what follows ("her
   * father, the former mayor, was freed"): {@link EventFinder#someoneElseActs}.
   */
  interface OtherSubject {
    boolean acts(Reading reading, Sentence s, int start);
  }

  /**
   * A statement found, and whether it holds when the document was written ("has been held since
   * ..."), so that the date of an event its sentence tells does not date it.
   */
  record Found(StatusStatement statement, boolean atWriting) {}

  /** The document's latest statement of the journalist's status, if it makes one. */
  Optional<Found> find(Reading reading, OtherSubject other) {
    // The document's date is read only when a statement lacks a date of its own: reading every
    // sentence's dates again costs as much as the event finder's reading of them.
    Supplier<Optional<FactDate>> documentDate = dates.ofDocument(reading);
    Found latest = null;
    for (Sentence s : reading.sentences()) {
      if (!reading.reference().mentions(s.text())) {
        continue;
      }
      String folded = Prefilter.fold(s.text());
      for (Knowledge.Rule rule : rules) {
        if (!rule.mayMatch(folded)) {
          continue; // the regex cannot match (Prefilter)
        }
        Matcher m = rule.pattern().matcher(s.text());
        if (m.find() && !hedged(s.text(), folded, m.end()) && !other.acts(reading, s, m.start())) {
          // "Has been held since ..." holds when the document was written, whatever the sentence
          // dates ("arrested on August 10, 2020, and has been held since").
          boolean atWriting = dates.since().matcher(m.group()).find();
          Optional<FactDate> asOf =
              (atWriting
                      ? Optional.<FactDate>empty()
                      : dates.ofSentence(reading, s, m.start(), m.end()))
                  .or(documentDate);
          Found found =
              new Found(
                  new StatusStatement(
                      CaseStatus.of(rule.value()),
                      asOf,
                      reading.attribution(s).main(),
                      reading.evidence(s, "status:" + rule.id())),
                  atWriting);
          if (latest == null || !before(found.statement(), latest.statement())) {
            latest = found;
          }
          break;
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * A hedge doubts the statement it precedes ("could not confirm that he was released", "presumed
   * that she had been freed"), not one told before it ("the WUC said he was released on July 25,
   * while others presumed ...").
   */
  private boolean hedged(String sentence, String folded, int statusEnd) {
    return hedges.stream()
        .filter(h -> h.mayMatch(folded))
        .map(h -> h.pattern().matcher(sentence))
        .anyMatch(m -> m.find() && m.start() < statusEnd);
  }

  /** Whether {@code a} is dated strictly before {@code b}; undated statements come first. */
  private static boolean before(StatusStatement a, StatusStatement b) {
    if (a.asOf().isEmpty() || b.asOf().isEmpty()) {
      return a.asOf().isEmpty() && b.asOf().isPresent();
    }
    return StatusDates.ORDER.compare(a.asOf().get(), b.asOf().get()) < 0;
  }
}
