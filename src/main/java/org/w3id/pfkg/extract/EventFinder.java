package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.facts.EventFact;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.Provenance;
import org.w3id.pfkg.facts.SentenceTerm;
import org.w3id.pfkg.table.RuleTable;
import org.w3id.pfkg.table.WordList;

/**
 * Finds the events of a case with the trigger rules of {@code event-triggers.tsv}: per sentence, an
 * event of each type whose trigger fires, dated by the nearest adverbial date, placed at the first
 * place named, with its acting authority, charges and prison term; {@link EventMerge} folds the
 * mentions of one happening into one event.
 */
final class EventFinder {

  // Compiled once: tried for every place of every event.
  private static final Pattern AT_MOST_A_WORD = Pattern.compile("(?:\\s+\\p{L}+){0,1}\\s*");
  private static final Pattern IN_OR_AT = Pattern.compile("\\s+(?:in|at|across)\\s+");
  private final Knowledge knowledge;
  private final EventTerms terms;
  private final Map<EventType, EventBehaviour> behaviour;
  private final ReportDates reportDates;

  /** Words that tell a happening as a repetition of an earlier one ({@link EventMerge}). */
  private final Pattern repeated;

  private final ClausePatterns unasserted;
  private final ClausePatterns background;
  private final EventDates dating;
  private final EventGroups groups;
  private final ActingAuthority authorities;
  private final Abductions abductions;
  private final List<java.util.regex.Pattern> otherObjects;
  private final List<java.util.regex.Pattern> otherSubjects;
  private final List<java.util.regex.Pattern> caseReferences;
  private final java.util.regex.Pattern baseOfAnother;
  private final List<java.util.regex.Pattern> tripOrigins;
  private final java.util.regex.Pattern heldInPlace;
  private final Set<String> placeAttributeNouns;

  EventFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.terms = EventTerms.load(knowledge.rulesDir());
    this.behaviour = EventBehaviour.load(knowledge.rulesDir());
    this.reportDates = ReportDates.load(knowledge.rulesDir());
    this.repeated = WordList.anyWord(knowledge.rulesDir().resolve("repeat-words.txt"));
    this.unasserted = ClausePatterns.load(knowledge.rulesDir().resolve("unasserted.tsv"));
    this.background = ClausePatterns.load(knowledge.rulesDir().resolve("background.tsv"));
    this.dating = EventDates.load(knowledge.rulesDir());
    this.groups = EventGroups.load(knowledge.rulesDir());
    this.authorities = ActingAuthority.load(knowledge.rulesDir(), knowledge.authorityRules());
    this.abductions = Abductions.load(knowledge.rulesDir());
    this.heldInPlace = HeldInPlace.anywhere(knowledge.rulesDir());
    // A place a trip began or ended at, and one the sentence names as a topic, is no event's place.
    this.tripOrigins =
        java.util.stream.Stream.of("trip-origins.tsv", "place-topics.tsv")
            .flatMap(f -> RuleTable.read(knowledge.rulesDir().resolve(f)).stream())
            .map(r -> r.patternIgnoringCase("pattern"))
            .toList();
    this.otherObjects =
        RuleTable.read(knowledge.rulesDir().resolve("event-objects.tsv")).stream()
            .map(
                r ->
                    java.util.regex.Pattern.compile(
                        r.pattern("pattern").pattern(), java.util.regex.Pattern.UNICODE_CASE))
            .toList();
    this.otherSubjects =
        RuleTable.read(knowledge.rulesDir().resolve("event-subjects.tsv")).stream()
            .map(
                r ->
                    java.util.regex.Pattern.compile(
                        r.pattern("pattern").pattern(), java.util.regex.Pattern.UNICODE_CASE))
            .toList();
    this.caseReferences =
        RuleTable.read(knowledge.rulesDir().resolve("case-references.tsv")).stream()
            .map(
                r ->
                    java.util.regex.Pattern.compile(
                        r.pattern("pattern").pattern(),
                        java.util.regex.Pattern.CASE_INSENSITIVE
                            | java.util.regex.Pattern.UNICODE_CASE))
            .toList();
    Set<String> attributeNouns =
        new java.util.HashSet<>(
            WordList.read(knowledge.rulesDir().resolve("place-attribute-nouns.txt")));
    WordList.read(knowledge.rulesDir().resolve("outlet-nouns.txt")).stream()
        .filter(n -> !n.contains(" "))
        .forEach(attributeNouns::add);
    this.placeAttributeNouns = Set.copyOf(attributeNouns);
    this.baseOfAnother =
        java.util.regex.Pattern.compile(
            "(?:^|\\W)(?:"
                + String.join(
                    "|",
                    WordList.read(knowledge.rulesDir().resolve("base-words.txt")).stream()
                        .map(w -> java.util.regex.Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                        .toList())
                + ")\\s+(?:the\\s+)?$",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
  }

  List<EventFact> find(Reading reading) {
    return find(reading, Optional.empty());
  }

  /**
   * The events of a document; {@code imprisoned} is its {@code Imprisoned:} header, which a prison
   * census gives as the date of the arrest.
   */
  List<EventFact> find(Reading reading, Optional<String> imprisoned) {
    List<EventFact> found = new ArrayList<>();
    Optional<FactDate> chain = Optional.empty();
    int datelineEnd =
        reading.sentences().isEmpty()
            ? 0
            : Dateline.find(reading.sentences().get(0).text(), reading.dates())
                .map(Dateline::end)
                .orElse(0);
    Optional<String> otherPronoun = otherGenderPronoun(reading);
    // Whether the journalist has been named with others, so that "both" or "they" may include them.
    boolean inGroup = false;
    for (Sentence s : reading.sentences()) {
      boolean about = aboutJournalist(reading, s);
      RelativeDates.Anchors anchors = new RelativeDates.Anchors(reading.dateline(), chain);
      DateFinder.SentenceDates read = reading.dates().read(s.text(), anchors, reportDates);
      // The dateline dates the report, not an event of its first sentence.
      List<DateFinder.DateMention> dates =
          read.dates().stream().filter(d -> s.index() > 0 || d.start() >= datelineEnd).toList();
      String folded = Prefilter.fold(s.text());
      boolean hedged =
          knowledge.hedgeRules().stream()
              .anyMatch(h -> h.mayMatch(folded) && h.pattern().matcher(s.text()).find());
      Set<String> seen = new java.util.HashSet<>();
      List<EventFact> told = new ArrayList<>();
      for (Knowledge.Rule rule : knowledge.eventRules()) {
        if (!rule.mayMatch(folded)) {
          continue; // no word every match needs: the regex cannot match (Prefilter)
        }
        EventType type = EventType.fromCode(rule.value()).orElseThrow();
        boolean ofGroupOnly = rule.about().equals("journalist") && !about;
        if (ofGroupOnly && !inGroup) {
          continue;
        }
        if (hedged && behaviour.get(type).hedgeable()) {
          continue;
        }
        Matcher m = rule.pattern().matcher(s.text());
        while (findOutsideCharges(m, reading.charges(s))) {
          // A context trigger may itself be negative ("did not receive a response").
          boolean denied =
              rule.about().equals("journalist") && unasserted.test(s.text(), m.start(), m.end());
          if (denied
              || (ofGroupOnly && !groups.names(s.text(), m.start(), m.end()))
              || otherPronoun.filter(p -> m.group().matches(p)).isPresent()
              || someoneElse(reading, s, m.start(), m.end())
              || someoneElseActs(reading, s, m.start())) {
            continue;
          }
          EventFact event =
              event(reading, s, rule, type, m.start(), m.end(), dates, read.unresolved());
          // One event per type and date in a sentence: "tried and sentenced on X" is two events,
          // "arrested ... arrested" on one date is one.
          String typeAndDate = type + "@" + event.date().map(FactDate::edtf).orElse("");
          if (seen.add(typeAndDate)) {
            told.add(event);
          }
        }
      }
      told.stream()
          .filter(
              e ->
                  told.stream()
                      .noneMatch(
                          o ->
                              behaviour.get(e.type()).partOf().contains(o.type())
                                  && o.date()
                                      .map(FactDate::edtf)
                                      .equals(e.date().map(FactDate::edtf))))
          .forEach(found::add);
      Optional<FactDate> last =
          dates.stream()
              .filter(d -> d.date().precision() != DatePrecision.VAGUE)
              // "A 2019 riot" names something; only a date that dates is the chain's, and "two
              // articles, one of May 21" names one too ("the next day" that follows is not May 22).
              .filter(DateFinder.DateMention::adverbial)
              .filter(d -> !NAMING_OF.matcher(s.text().substring(0, d.start())).find())
              .reduce((x, y) -> y)
              .map(DateFinder.DateMention::date);
      if (last.isPresent()) {
        chain = last;
      }
      inGroup = inGroup || (about && groups.together(s.text()));
    }
    List<EventFact> events = new ArrayList<>(EventMerge.merge(found, repeated));
    HeaderArrest.find(reading, imprisoned, events).ifPresent(events::add);
    return EventMerge.withKeys(events);
  }

  /**
   * Whether the trigger ending at {@code end} names another person as its object ("detained Tomas
   * Verel", "jailed the former minister Ruben Ost"): a run of capitalised words right after it
   * whose first word is no part of the journalist's name and that is no place, outlet or
   * organisation of the document; or a row without a name describes others ("acquitted four former
   * officers").
   */
  private boolean someoneElse(Reading reading, Sentence s, int start, int end) {
    Matcher word = LAST_WORD.matcher(s.text().substring(start, end));
    int lastWord = word.find() ? start + word.start() : end;
    String rest = s.text().substring(lastWord);
    for (java.util.regex.Pattern p : otherObjects) {
      Matcher m = p.matcher(rest);
      if (!m.find()) {
        continue;
      }
      // "sentenced three of her attackers": a described group of others, no name to check.
      if (!p.pattern().contains("?<name>")) {
        return true;
      }
      int from = lastWord + m.start("name");
      int to = lastWord + m.end("name");
      String first = m.group("name").split("\\s+")[0];
      boolean entity = reading.hits(s).stream().anyMatch(h -> h.start() < to && from < h.end());
      if (!entity && !reading.reference().mentions(first)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words before the trigger at {@code start} name another person as its subject
   * ({@code event-subjects.tsv}: "Lena Varga was freed", "Ivo Marn, who died", "her brother was
   * arrested"): a named subject whose first word is no part of the journalist's name and that is no
   * place, outlet or organisation of the document.
   */
  boolean someoneElseActs(Reading reading, Sentence s, int start) {
    Matcher aux = LEADING_AUXILIARY.matcher(s.text().substring(start));
    String before = s.text().substring(0, aux.lookingAt() ? start + aux.end() : start);
    for (java.util.regex.Pattern p : otherSubjects) {
      Matcher m = p.matcher(before);
      if (!m.find()) {
        continue;
      }
      boolean named = p.pattern().contains("?<name>");
      int from = named ? m.start("name") : m.start();
      // "Dana Koval and her colleague Piet Holm were arrested": the journalist is a subject too.
      String lead = before.substring(Math.max(0, from - 60), from);
      if (COORDINATED.matcher(lead).find() && reading.reference().mentions(lead)) {
        continue;
      }
      if (!named) {
        return true;
      }
      int to = m.end("name");
      String first = m.group("name").split("\\s+")[0];
      boolean entity = reading.hits(s).stream().anyMatch(h -> h.start() < to && from < h.end());
      boolean function = knowledge.notNameWords().contains(first.toLowerCase(Locale.ROOT));
      if (!entity && !function && !reading.reference().mentions(m.group("name"))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern NAMING_OF =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:one|those|that|the one|issue|article|edition)\\s+of\\s+$");

  private static final java.util.regex.Pattern COORDINATED =
      java.util.regex.Pattern.compile("\\band\\s+(?:\\p{L}+\\s+){0,3}$");

  private static final java.util.regex.Pattern LEADING_AUXILIARY =
      java.util.regex.Pattern.compile(
          "(?:(?:was|were|had|has|have|been|is|are)\\s+)+",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Whether a sentence speaks of the journalist: by name or pronoun, or of "the sentence". */
  private boolean aboutJournalist(Reading reading, Sentence s) {
    return reading.reference().mentions(s.text())
        || caseReferences.stream().anyMatch(p -> p.matcher(s.text()).find());
  }

  /**
   * In a text that speaks of its journalist as "she", "picked him up" is about someone else (her
   * boyfriend), and the reverse: the object pronouns of the gender the text does not use for the
   * journalist, as a pattern over a trigger's words. Empty when the pronouns do not tell.
   */
  private static Optional<String> otherGenderPronoun(Reading reading) {
    long she = 0;
    long he = 0;
    for (Sentence s : reading.sentences()) {
      she += SHE.matcher(s.text()).results().count();
      he += HE.matcher(s.text()).results().count();
    }
    if (she >= 3 && he * 3 <= she) {
      return Optional.of("(?is).*\\b(?:him|his)\\b.*");
    }
    if (he >= 3 && she * 3 <= he) {
      return Optional.of("(?is).*\\b(?:her)\\b.*");
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern LAST_WORD =
      java.util.regex.Pattern.compile("[\\p{L}'’-]+(?=\\P{L}*$)");

  private static final java.util.regex.Pattern SHE =
      java.util.regex.Pattern.compile("\\b(?:[Ss]he|[Hh]er|[Hh]ers)\\b");
  private static final java.util.regex.Pattern HE =
      java.util.regex.Pattern.compile("\\b(?:[Hh]e|[Hh]im|[Hh]is)\\b");

  private EventFact event(
      Reading reading,
      Sentence s,
      Knowledge.Rule rule,
      EventType type,
      int start,
      int end,
      List<DateFinder.DateMention> dates,
      List<RelativeDates.Unresolved> unresolved) {
    EventDates.Choice when =
        rule.about().equals("context") || background.test(s.text(), start, end)
            ? new EventDates.Choice(
                EventDates.attachedDate(s.text(), dates, start, end), Optional.empty())
            : dating.nearest(s.text(), type, start, end, dates, unresolved);
    Optional<FactDate> date = when.date();
    Optional<String> undatedPhrase = when.undatedPhrase();
    Optional<EntityHit> placeHit =
        rule.about().equals("context")
            ? attachedPlace(s.text(), reading.hits(s), start, end)
            : eventPlace(
                s.text(), type, inClause(s.text(), start, end, outsideCharges(reading, s)));
    Optional<String> place = placeHit.map(EntityHit::key);
    EventBehaviour how = behaviour.get(type);
    Optional<String> authority =
        how.actedOnByState() ? authorities.find(s.text(), start, end) : Optional.empty();
    // A seizure by men no authority sent is no arrest: the journalist was abducted.
    boolean abducted =
        type == EventType.ARREST
            && authority.isEmpty()
            && !ARRESTED.matcher(s.text().substring(start, end)).find()
            && abductions.byOthers(s.text());
    EventType kind = abducted ? EventType.DISAPPEARANCE : type;
    List<String> charges = how.takesCharges() && !abducted ? charges(reading, s, kind) : List.of();
    Optional<SentenceTerm> term = Optional.empty();
    if (type == EventType.SENTENCING || type == EventType.SENTENCE_CHANGE) {
      term = terms.term(s.text(), type, end);
    }
    StringBuilder detail = new StringBuilder(abducted ? "abducted" : rule.detail());
    term.ifPresent(t -> detail.append(" to ").append(termWords(t.text())));
    authority.ifPresent(a -> detail.append(" by ").append(a));
    undatedPhrase.ifPresent(p -> detail.append(" (").append(p).append(")"));
    Evidence evidence =
        new Evidence(
            reading.documentId(), s.text(), Optional.of(s.span()), "event-trigger:" + rule.id());
    AttributionFinder.Found credits = reading.attribution(s);
    Optional<SentenceTerm> stated = term;
    return new EventFact(
        kind.slug(),
        kind,
        date,
        place,
        authority,
        charges,
        term,
        detail.toString(),
        credits.at(anchor(date, dates, start)),
        evidence,
        stated.map(t -> new Provenance(credits.at(termAt(s.text(), t, end)), evidence)),
        placeHit.map(h -> new Provenance(credits.at(h.start()), evidence)));
  }

  /**
   * The charges of the sentence an event takes: a verdict does not take those the sentence says it
   * acquitted the journalist of or that were dropped ("gave her two years for defaming the
   * governor, acquitted her of defaming a judge").
   */
  private static List<String> charges(Reading reading, Sentence s, EventType kind) {
    boolean verdict = kind == EventType.CONVICTION || kind == EventType.SENTENCING;
    return reading.charges(s).stream()
        .filter(c -> !verdict || c.status() == org.w3id.pfkg.facts.ChargeStatus.BROUGHT)
        .map(Reading.ChargeHit::concept)
        .distinct()
        .toList();
  }

  /**
   * The entities of the trigger's own clause: "released in May at the end of her term, but detained
   * again in August and held at X" was not released at X, and "a Kigali court gave her a year; she
   * was freed on ..." not freed in Kigali. A clause after a semicolon may still say more of the
   * same event ("upheld the sentence; the appeal hearing took place inside X"), and "died there"
   * points back to the place of the clause before.
   */
  private static List<EntityHit> inClause(
      String sentence, int start, int end, List<EntityHit> hits) {
    boolean pointsBack = THERE.matcher(sentence.substring(end)).lookingAt();
    return hits.stream()
        .filter(
            h ->
                h.start() >= end
                    ? !CONTRAST.matcher(sentence.substring(end, h.start())).find()
                    : pointsBack
                        || !EARLIER_CLAUSE
                            .matcher(sentence.substring(Math.min(h.end(), start), start))
                            .find())
        .toList();
  }

  private static final String CONTRAST_WORDS =
      ",\\s+(?:but|whereas|although|though|after which)\\s|\\sbut\\s+(?:was|were|had|has|have|is|are|then|later|soon)\\b";
  private static final java.util.regex.Pattern CONTRAST =
      java.util.regex.Pattern.compile("(?i)" + CONTRAST_WORDS);
  private static final java.util.regex.Pattern EARLIER_CLAUSE =
      java.util.regex.Pattern.compile("(?i);|" + CONTRAST_WORDS);
  private static final java.util.regex.Pattern THERE =
      java.util.regex.Pattern.compile("(?i)^(?:\\s+[\\p{L}-]+){0,2}?\\s+there\\b");

  /**
   * The entities of the sentence outside its charges' wordings: "accusing officers of killing
   * protesters in Awamiyya" says where the alleged offence was, not where the court sat.
   */
  private static List<EntityHit> outsideCharges(Reading reading, Sentence s) {
    List<Reading.ChargeHit> charges = reading.charges(s);
    return reading.hits(s).stream()
        .filter(h -> charges.stream().noneMatch(c -> c.start() <= h.start() && h.end() <= c.end()))
        .toList();
  }

  /**
   * Where the event is stated: at its date when dated, since the date is what one side of "RSF says
   * he was pardoned later that year; Press TV says he was freed" gives; else at its trigger.
   */
  private static int anchor(
      Optional<FactDate> date, List<DateFinder.DateMention> dates, int triggerStart) {
    return date.flatMap(
            d ->
                dates.stream()
                    .filter(m -> m.date().equals(d))
                    .min(
                        java.util.Comparator.comparingInt(m -> Math.abs(m.start() - triggerStart))))
        .map(DateFinder.DateMention::start)
        .orElse(triggerStart);
  }

  /**
   * The term as the event's description says it: "a four-year sentence" gives the words
   * "four-year", which read "sentenced to four-year term", not "sentenced to four-year".
   */
  static String termWords(String text) {
    String words = text.replaceFirst("^to ", "");
    return ADJECTIVAL_TERM.matcher(words).matches() ? words + " term" : words;
  }

  private static final java.util.regex.Pattern ADJECTIVAL_TERM =
      java.util.regex.Pattern.compile(
          "[\\p{L}\\d]+(?:-[\\p{L}\\d]+)*-(?:year|month|week|day)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Where the term's words stand: from the trigger on, where the term finder reads them. */
  private static int termAt(String sentence, SentenceTerm term, int triggerEnd) {
    int at = sentence.indexOf(term.text(), Math.min(triggerEnd, sentence.length()));
    return at >= 0 ? at : triggerEnd;
  }

  /**
   * Where an event of the sentence happened: the first place or facility that a locative
   * preposition introduces ("detained at a station in Caracas", "held in a Minsk jail"), else the
   * first other one ("a Caracas court"). A place that only describes a thing or a party ("took her
   * U.S. passport", "a U.S.-based website", {@code place-attribute-nouns.txt}), acts ("a law
   * imposed by Beijing"), is a topic ("writing about the prison") or stands after "based in" ("a
   * rights group based in Vienna") is no event's place.
   */
  private Optional<EntityHit> eventPlace(String sentence, EventType type, List<EntityHit> hits) {
    List<EntityHit> candidates =
        hits.stream()
            .filter(h -> h.kind() == EntityKind.PLACE || h.kind() == EntityKind.FACILITY)
            .filter(h -> !h.adjectival())
            .filter(h -> !baseOfAnother.matcher(sentence.substring(0, h.start())).find())
            .filter(h -> !AGENT.matcher(sentence.substring(0, h.start())).find())
            .filter(h -> !tripOrigin(sentence, h.start()))
            .filter(h -> takesPlaceOfHolding(type) || !heldThere(sentence, h.start()))
            .toList();
    Optional<EntityHit> introduced =
        candidates.stream()
            .filter(h -> LOCATIVE.matcher(sentence.substring(0, h.start())).find())
            .findFirst();
    return introduced.or(
        () -> candidates.stream().filter(h -> !modifiesAThing(sentence, h.end())).findFirst());
  }

  /**
   * Whether an event of this type happens where the journalist is held: a detention, a transfer and
   * a release do; an arrest or a verdict told with "and he was held in X" did not happen in X.
   */
  static boolean takesPlaceOfHolding(EventType type) {
    return type == EventType.DETENTION || type == EventType.TRANSFER || type == EventType.RELEASE;
  }

  /**
   * Whether the place at {@code start} is where someone was held: a phrase of {@code
   * held-in-places.txt} stands before it in its clause (from the last semicolon, at most 160
   * characters back), so that every place of "held first at A and then at B" counts.
   */
  private boolean heldThere(String sentence, int start) {
    int from = Math.max(Math.max(0, start - 160), sentence.lastIndexOf(';', start) + 1);
    return heldInPlace.matcher(sentence.substring(from, start)).find();
  }

  /** Whether the place at {@code start} is where a trip began ({@code trip-origins.tsv}). */
  private boolean tripOrigin(String sentence, int start) {
    String before = sentence.substring(Math.max(0, start - 160), start);
    return tripOrigins.stream().anyMatch(p -> p.matcher(before).find());
  }

  /** The verb "arrested" names an arrest, whoever made it (GOLD.md: the type follows the verb). */
  private static final java.util.regex.Pattern ARRESTED =
      java.util.regex.Pattern.compile("(?i)arrest");

  private static final java.util.regex.Pattern LOCATIVE =
      java.util.regex.Pattern.compile(
          "\\b(?:in|at|near|outside|inside)\\s+(?:(?:the|a|an)\\s+)?$",
          java.util.regex.Pattern.CASE_INSENSITIVE);
  // "imposed by Beijing" acts and "writing about a prison" tells a topic: neither says where.
  private static final java.util.regex.Pattern AGENT =
      java.util.regex.Pattern.compile(
          "\\b(?:by|about)\\s+(?:the\\s+)?$", java.util.regex.Pattern.CASE_INSENSITIVE);
  private static final java.util.regex.Pattern NEXT_WORD =
      java.util.regex.Pattern.compile("^\\s+(?:and\\s+\\p{Lu}[\\p{L}.]*\\s+)?(\\p{Ll}[\\p{L}-]*)");

  /** Whether the place ending at {@code end} describes the thing or party named after it. */
  private boolean modifiesAThing(String sentence, int end) {
    if (sentence.startsWith("-based", end)) {
      return true;
    }
    java.util.regex.Matcher next = NEXT_WORD.matcher(sentence.substring(end));
    return next.find() && placeAttributeNouns.contains(next.group(1).toLowerCase(Locale.ROOT));
  }

  /**
   * A context event is where its noun says ("the riots in Urumqi", "the Urumqi riots"), not at
   * whatever place its sentence names: "an interview published by a Hong Kong magazine before the
   * unrest" puts no unrest in Hong Kong.
   */
  private static Optional<EntityHit> attachedPlace(
      String sentence, List<EntityHit> hits, int start, int end) {
    return hits.stream()
        .filter(h -> h.kind() == EntityKind.PLACE || h.kind() == EntityKind.FACILITY)
        .filter(
            h -> {
              boolean before =
                  h.end() <= start
                      && AT_MOST_A_WORD.matcher(sentence.substring(h.end(), start)).matches();
              boolean after =
                  h.start() >= end
                      && IN_OR_AT.matcher(sentence.substring(end, h.start())).matches();
              return before || after;
            })
        .findFirst();
  }

  /**
   * The first trigger match that is not part of a charge's name: "organizing an illegal
   * demonstration" is a charge, not a demonstration.
   */
  private static boolean findOutsideCharges(Matcher m, List<Reading.ChargeHit> charges) {
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (charges.stream().noneMatch(c -> c.start() < end && start < c.end())) {
        return true;
      }
    }
    return false;
  }
}
