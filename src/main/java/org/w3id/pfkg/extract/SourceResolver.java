package org.w3id.pfkg.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.facts.Source;
import org.w3id.pfkg.facts.SourceKind;
import org.w3id.pfkg.vocab.Slug;

/**
 * Decides who a phrase such as "a witness to her trial", "her husband" or "the World Uyghur
 * Congress" names: a known organisation, a person of the case, the authorities, or a party the text
 * only describes.
 */
final class SourceResolver {
  private static final Pattern PERSON_NAME =
      Pattern.compile("(?!(?:The|An?)\\s)\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)+");

  /** One capitalised word, or a title and one: "Okafor", "Judge Okafor". */
  private static final Pattern SURNAME =
      Pattern.compile("(?:\\p{Lu}\\p{L}+\\s)?\\p{Lu}[\\p{L}'’-]+");

  private static final Pattern DANGLING = Pattern.compile("(?i)\\s(?:and|or|but|nor)$");

  private final Knowledge knowledge;
  private final EntityFinder entities;
  private final List<PersonFact> people;
  private final java.util.Set<String> journalist;
  private final Publisher publisher;
  private final PersonCredits credits;
  private final PartyWords words;

  /** A party and where its words start in the phrase that names it. */
  record Located(Source source, int start) {}

  SourceResolver(
      Knowledge knowledge,
      EntityFinder entities,
      List<PersonFact> people,
      String journalist,
      Publisher publisher,
      PersonCredits credits,
      PartyWords words) {
    this.knowledge = knowledge;
    this.entities = entities;
    this.people = List.copyOf(people);
    this.journalist = PersonNames.words(journalist);
    this.publisher = publisher;
    this.credits = credits;
    this.words = words;
  }

  /**
   * The parties a credited phrase names: one, or each of a list ("news reports and her lawyer, Ama
   * Okafor"). A list before its verb ({@code fromTheEnd}: "her lawyer and a relative told ...") is
   * read from the verb back, one after "according to" from its start; either way the run stops at
   * the first item that names no party, and skips appositives ("Ama Okafor, president of the
   * union"). A phrase that is no such list is one party, as {@link #party} reads it.
   */
  List<Located> parties(String phrase, boolean fromTheEnd) {
    List<PartyList.Item> items = PartyList.items(phrase, nameSpans(phrase));
    if (items.size() > 1) {
      List<Located> listed = listed(items, fromTheEnd);
      // Before a verb, words up to a comma that name no party are a clause ("During the search,
      // Okafor told ..."), not a party; after "according to" the whole phrase may still name one.
      if (!listed.isEmpty() || fromTheEnd) {
        return listed;
      }
    }
    return party(phrase).map(s -> List.of(new Located(s, 0))).orElse(List.of());
  }

  private List<Located> listed(List<PartyList.Item> items, boolean fromTheEnd) {
    java.util.TreeMap<Integer, Source> accepted = new java.util.TreeMap<>();
    for (int k = 0; k < items.size(); k++) {
      int i = fromTheEnd ? items.size() - 1 - k : k;
      PartyList.Item item = items.get(i);
      String text = bare(item);
      if (i > 0 && appositive(item, text, items.get(i - 1))) {
        continue;
      }
      Optional<Source> party = listParty(text);
      if (party.isEmpty()) {
        break;
      }
      accepted.put(i, party.get());
    }
    List<Located> found = new java.util.ArrayList<>();
    for (var e : accepted.entrySet()) {
      PartyList.Item item = items.get(e.getKey());
      Source party = e.getValue();
      Located last = found.isEmpty() ? null : found.get(found.size() - 1);
      boolean adjacent = accepted.containsKey(e.getKey() - 1);
      boolean described =
          last != null
              && (last.source().kind() == SourceKind.DESCRIBED
                  || last.source().kind() == SourceKind.AUTHORITY);
      if (adjacent && described) {
        if (party.kind() == SourceKind.PERSON && !item.joined()) {
          // "a police spokeswoman, Ama Okafor": the described party is the person named after it.
          found.set(found.size() - 1, new Located(party, start(item)));
          continue;
        }
        if (party.kind() == SourceKind.DESCRIBED
            && last.source().kind() == SourceKind.DESCRIBED
            && item.joined()) {
          // "friends and relatives of the three men", "his lawyer and brother": one account.
          String both = last.source().name() + " and " + bare(item);
          found.set(
              found.size() - 1,
              new Located(new Source(both, Slug.of(both), SourceKind.DESCRIBED), last.start()));
          continue;
        }
      }
      if (found.stream().noneMatch(f -> f.source().key().equals(party.key()))) {
        found.add(new Located(party, start(item)));
      }
    }
    return found;
  }

  private static String bare(PartyList.Item item) {
    return item.text().replaceFirst("^(?:and|or)\\s+", "");
  }

  private static int start(PartyList.Item item) {
    return item.start() + item.text().indexOf(bare(item));
  }

  /**
   * An item a bare comma introduces that opens in lower case describes the party before it:
   * "president of the union", or "a lawyer for the family" after a name.
   */
  private boolean appositive(PartyList.Item item, String text, PartyList.Item previous) {
    if (item.joined() || !Character.isLowerCase(text.codePointAt(0))) {
      return false;
    }
    if (!words.opensParty(text)) {
      return true;
    }
    return listParty(bare(previous))
        .map(p -> p.kind() == SourceKind.PERSON || p.kind() == SourceKind.ORGANIZATION)
        .orElse(false);
  }

  /**
   * One item of a list names a party when it is an organisation, the authorities, a person of the
   * case, or a party described with a party noun ("a cousin who spoke on condition of anonymity");
   * a name of the shape of a person that no finder took for one ("Human Rights") and a place are
   * not.
   */
  private Optional<Source> listParty(String text) {
    return party(text)
        .filter(
            p ->
                switch (p.kind()) {
                  case ORGANIZATION -> endsWithName(text);
                  case AUTHORITY -> true;
                  case PERSON -> people.stream().anyMatch(f -> f.key().equals(p.key()));
                  case DESCRIBED -> words.namesParty(text) && !isPlace(text);
                });
  }

  /**
   * Whether an organisation's item is its name, with at most words that open a party before it ("a
   * report by Radio Lumen") and a party noun after it ("a union statement"); not a clause ("the
   * High Court rejected his appeal", "she worked for Radio Lumen").
   */
  private boolean endsWithName(String text) {
    return entities.find(text).stream()
        .filter(h -> h.kind() == EntityKind.ORGANIZATION || h.kind() == EntityKind.OUTLET)
        .reduce((first, second) -> second)
        .map(
            h -> {
              String head = text.substring(0, h.start()).strip();
              String tail =
                  text.substring(h.end()).replaceFirst("^\\s*\\([^()\\s]+\\)", "").strip();
              return (head.isEmpty() || words.opensParty(head))
                  && (tail.isEmpty() || (tail.matches("\\p{L}+") && words.namesParty(tail)));
            })
        .orElse(true);
  }

  private boolean isPlace(String text) {
    return entities.find(text).stream().anyMatch(h -> h.kind() == EntityKind.PLACE);
  }

  /** The spans of the names a phrase contains, which a list never splits. */
  private List<int[]> nameSpans(String phrase) {
    List<int[]> spans = new java.util.ArrayList<>();
    entities.find(phrase).forEach(h -> spans.add(new int[] {h.start(), h.end()}));
    for (PersonFact p : people) {
      int at = phrase.indexOf(p.name());
      if (at >= 0) {
        spans.add(new int[] {at, at + p.name().length()});
      }
    }
    return spans;
  }

  /** The people of the case the sentence credits by name ({@link PersonCredits}), in order. */
  List<java.util.Map.Entry<Source, Integer>> people(String sentence) {
    return credits.find(sentence, people, journalist).stream()
        .filter(h -> !publisher.employs(h.person()))
        .map(
            h ->
                java.util.Map.entry(
                    new Source(h.person().name(), h.person().key(), SourceKind.PERSON), h.start()))
        .toList();
  }

  /**
   * Like {@link #resolve}, but a pronoun or a word that names no one ("he", "this") is no party.
   */
  Optional<Source> party(String phrase) {
    String who = bare(phrase);
    // "... violating article 6 of the law and accusing officers of ...": a phrase cut at a
    // coordinating word is part of a list, no party.
    if (!who.matches(".*\\p{L}{2,}.*")
        || words.noParty().matcher(who).matches()
        || DANGLING.matcher(who).find()) {
      return Optional.empty();
    }
    Source source = resolve(who);
    // The journalist's own words are the case itself, and the publisher's staff speak for the
    // publisher, which is credited only with facts (Publisher).
    boolean own =
        source.kind() == SourceKind.PERSON
            && (JournalistName.matches(PersonNames.words(source.name()), journalist)
                || people.stream()
                    .anyMatch(p -> p.key().equals(source.key()) && publisher.employs(p)));
    return own ? Optional.empty() : Optional.of(source);
  }

  /**
   * Whether a person of the case only passes judgment in the sentence as staff of an organisation
   * (PersonCredits#staffOpinion): a person of the case, but no source.
   */
  boolean staffOpinion(Source source, String sentence) {
    return source.kind() == SourceKind.PERSON
        && credits.staffOpinion(sentence, source.name(), this::isPlace);
  }

  /** Whether the text credits {@code source} with the facts of {@code sentence}. */
  boolean credited(Source source, String sentence) {
    return publisher.credits(source, sentence);
  }

  Source resolve(String phrase) {
    String who = bare(phrase);
    // "CPJ's Ama Okafor", "RSF lawyer Ama Okafor": the person the phrase ends with speaks.
    for (PersonFact person : people) {
      if (who.endsWith(person.name()) && !who.equals(person.name())) {
        return new Source(person.name(), person.key(), SourceKind.PERSON);
      }
    }
    Optional<EntityHit> org =
        entities.find(who).stream()
            .filter(h -> h.kind() == EntityKind.ORGANIZATION || h.kind() == EntityKind.OUTLET)
            .filter(h -> !h.adjectival())
            .reduce((first, second) -> second);
    // "a copy of the order reviewed by CPJ": the document is the source, not who read it.
    boolean readBy =
        org.isPresent()
            && who.substring(0, org.get().start())
                .matches("(?is).*\\b(?:reviewed|seen|obtained|read|examined)\\sby\\s(?:the\\s)?$");
    if (org.isPresent() && !readBy) {
      // As the text names it ("CPJ"); the key links it to the gazetteer entry.
      return new Source(org.get().surface(), org.get().key(), SourceKind.ORGANIZATION);
    }
    String bare = who.replaceAll("^\\p{Lu}\\p{L}+\\s", "");
    // "Dlamini said" in the story of Zweli Dlamini, who shares it with a minister named in full:
    // a bare surname that is the journalist's is the journalist's.
    boolean journalistsSurname =
        SURNAME.matcher(who).matches() && journalist.containsAll(PersonNames.words(bare));
    for (PersonFact person : people) {
      String lower = who.toLowerCase(Locale.ROOT);
      if (who.contains(person.name())
          || (!journalistsSurname && isSurnameOf(who, person))
          || lower.matches(
              "(?:her|his|their)\\s+"
                  + Pattern.quote(person.relation().toLowerCase(Locale.ROOT))
                  + "\\b.*")) {
        return new Source(person.name(), person.key(), SourceKind.PERSON);
      }
    }
    if (journalistsSurname) {
      // "Okafor", "Ms. Okafor": the journalist named by surname.
      return new Source(bare, Slug.of(bare), SourceKind.PERSON);
    }
    var name = PERSON_NAME.matcher(who);
    Optional<EntityHit> medium = entities.namedByContext(who);
    if (medium.isPresent()) {
      return new Source(who, medium.get().key(), SourceKind.ORGANIZATION);
    }
    if (name.matches()) {
      return new Source(who, Slug.of(who), SourceKind.PERSON);
    }
    if (knowledge.authorityRules().stream().anyMatch(r -> r.pattern().matcher(who).find())) {
      return new Source(who, Slug.of(who), SourceKind.AUTHORITY);
    }
    return new Source(who, Slug.of(who), SourceKind.DESCRIBED);
  }

  /**
   * The phrase without the punctuation that closes its clause: a comma, a full stop, the bracket of
   * an aside it ends ("(in November 2016, according to the site LEA)"), or an aside it opens.
   */
  private static String bare(String phrase) {
    String who = phrase.strip().replaceAll("[,.]+$", "").strip();
    if (who.endsWith(")") && !who.contains("(")) {
      return who.substring(0, who.length() - 1).replaceAll("[,.]+$", "").strip();
    }
    // "one report (in November 2016, according to ...)": the party stops where the aside opens.
    int open = who.indexOf('(');
    return open > 0 && who.indexOf(')', open) < 0 ? who.substring(0, open).strip() : who;
  }

  /** "Okafor" or "Judge Okafor" after "Ama Okafor" has been named. */
  private static boolean isSurnameOf(String who, PersonFact person) {
    if (!SURNAME.matcher(who).matches()) {
      return false;
    }
    String[] words = person.name().split("\\s+");
    String[] mention = who.split("\\s+");
    return words.length > 1
        && Fold.of(words[words.length - 1]).equals(Fold.of(mention[mention.length - 1]));
  }
}
