package org.w3id.pfkg.extract;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.SentenceTerm;
import org.w3id.pfkg.facts.StatusStatement;

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

  StatusFinder(Knowledge knowledge) {
    this.rules = knowledge.statusRules();
    this.hedges = knowledge.hedgeRules();
    this.inAbsentia =
        Pattern.compile(
            org.w3id.pfkg.table.WordList.read(knowledge.rulesDir().resolve("in-absentia.txt"))
                .stream()
                .collect(java.util.stream.Collectors.joining("|", "(?i)\\b(?:", ")\\b")));
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
    if (stated.isEmpty() || stated.get().asOf().isEmpty()) {
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
    java.util.function.Supplier<Optional<FactDate>> documentDate = documentDate(reading);
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
          boolean atWriting = SINCE.matcher(m.group()).find();
          Optional<FactDate> asOf =
              (atWriting
                      ? Optional.<FactDate>empty()
                      : sentenceDate(reading, s, m.start(), m.end()))
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
    return ORDER.compare(a.asOf().get(), b.asOf().get()) < 0;
  }

  /**
   * Words before a date that may lie ahead of the writing ("held until January 2027", "a term that
   * ends in 2030"): such a date does not date the document.
   */
  private static final Pattern AHEAD =
      Pattern.compile(
          "(?i)\\b(until|till|up to|due (in|on|by|for)|scheduled for|set for|expected (in|on|by)"
              + "|expires? (in|on)|ends? (in|on)|release date (of|in|on)?)\\s*(early |mid-?|late )?$");

  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");

  /** "Since" shortly before a date: the date is where a state began ("since 2001"). */
  private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\b[^,.;]{0,30}$");

  /** Dates in order of their first day, then of their last. */
  static final Comparator<FactDate> ORDER =
      Comparator.comparing(FactDate::earliest).thenComparing(FactDate::latest);

  /**
   * The sentence's own date nearest the words that state the status; not the start of the state
   * ("has been in prison since 2001", "has been held since he was refused bail in May 2019", "has
   * worked from exile since he fled in 2020" say where the journalist is as of the document).
   */
  private static Optional<FactDate> sentenceDate(Reading reading, Sentence s, int start, int end) {
    RelativeDates.Anchors anchors =
        new RelativeDates.Anchors(reading.dateline(), dateBefore(reading, s.index()));
    return reading.dates().read(s.text(), anchors, DateFinder.ReportDate.NONE).dates().stream()
        .filter(DateFinder.DateMention::adverbial)
        .filter(d -> !SINCE_BEFORE.matcher(s.text().substring(0, d.start())).find())
        .filter(d -> !SINCE.matcher(s.text()).region(start, Math.max(start, d.start())).find())
        .min(Comparator.comparingInt(d -> Math.abs(d.start() - start) + Math.abs(d.end() - end)))
        .map(DateFinder.DateMention::date);
  }

  /**
   * The date a phrase such as "later that year" refers back to: the last date of the nearest
   * sentence before that gives one, as the event finder's chain has it ("in 2011 he was given three
   * years. RSF says he was pardoned later that year" is 2011, not the year of the dateline).
   */
  private static Optional<FactDate> dateBefore(Reading reading, int index) {
    for (int i = index - 1; i >= 0; i--) {
      Optional<FactDate> last =
          reading.dates().find(reading.sentences().get(i).text(), reading.dateline()).stream()
              .filter(d -> d.date().precision() != DatePrecision.VAGUE)
              .filter(DateFinder.DateMention::adverbial)
              .reduce((x, y) -> y)
              .map(DateFinder.DateMention::date);
      if (last.isPresent()) {
        return last;
      }
    }
    return reading.dateline().map(StatusFinder::datelineDate);
  }

  /**
   * The dateline's date, else the latest date the document mentions: read at the first call, then
   * kept.
   */
  private static java.util.function.Supplier<Optional<FactDate>> documentDate(Reading reading) {
    List<Optional<FactDate>> kept = new java.util.ArrayList<>(1);
    return () -> {
      if (kept.isEmpty()) {
        kept.add(reading.dateline().map(StatusFinder::datelineDate).or(() -> latestDate(reading)));
      }
      return kept.get(0);
    };
  }

  private static FactDate datelineDate(java.time.LocalDate d) {
    return new FactDate(
        Optional.of(d.toString()), DatePrecision.DAY, "dateline " + d, d, d, d.toString());
  }

  private static Optional<FactDate> latestDate(Reading reading) {
    return reading.sentences().stream()
        .map(
            s ->
                reading.dates().find(s.text(), reading.dateline()).stream()
                    .filter(d -> !AHEAD.matcher(s.text()).region(0, d.start()).find())
                    .map(DateFinder.DateMention::date)
                    .filter(d -> d.precision() != DatePrecision.VAGUE)
                    .max(ORDER))
        .flatMap(Optional::stream)
        .max(ORDER);
  }
}
