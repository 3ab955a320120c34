package org.w3id.pfkg.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The extraction summary of ../shared/GOLD.md for one case: the shape of the hand-made gold files,
 * so that {@code pfkg extract --json} output can be scored against them.
 */
public final class Summary {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The rule of a place read from the {@code Country:} header: the case's declared country, not a
   * place the narrative names, which is what GOLD.md's {@code places} lists.
   */
  public static final String HEADER_PLACE_RULE = "entity:place:header";

  private Summary() {}

  public static ObjectNode of(CaseFacts facts) {
    Map<String, String> names =
        facts.entities().stream()
            .collect(Collectors.toMap(NamedEntity::key, NamedEntity::name, (a, b) -> a));
    Function<Optional<String>, Object> placeName =
        key -> key.map(k -> names.getOrDefault(k, k)).orElse(null);
    ObjectNode root = JSON.createObjectNode();
    ObjectNode journalist = root.putObject("journalist");
    JournalistFacts j = facts.journalist();
    journalist.put("name", j.name());
    strings(journalist.putArray("aliases"), j.aliases());
    journalist.put(
        "gender", j.gender().map(g -> g.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
    journalist.put(
        "nationality_or_ethnicity",
        j.ethnicities().isEmpty() ? null : String.join(", ", j.ethnicities()));
    strings(journalist.putArray("roles"), j.roles().stream().map(RoleFact::label).toList());
    strings(root.putArray("outlets"), names(facts.outlets()));
    strings(root.putArray("other_organizations_mentioned"), names(facts.organizations()));
    strings(
        root.putArray("places"),
        names(
            facts.places().stream()
                .filter(
                    p -> !p.evidence().stream().allMatch(e -> e.rule().equals(HEADER_PLACE_RULE)))
                .toList()));
    strings(
        root.putArray("charges"),
        facts.charges().stream().map(ChargeFact::text).distinct().toList());
    root.put("cpj_charge_category", facts.cpjChargeCategory().orElse(null));
    root.put("medium", facts.medium().orElse(null));
    ArrayNode events = root.putArray("events");
    for (EventFact e : facts.events()) {
      ObjectNode event = events.addObject();
      event.put("type", e.type().code());
      event.put("date", e.date().flatMap(FactDate::iso).orElse(null));
      event.put("date_text", e.date().map(FactDate::text).orElse(null));
      event.put("place", (String) placeName.apply(e.place()));
      event.put("detail", e.detail());
    }
    ObjectNode sentence = root.putObject("sentence");
    sentence.put("latest_known", facts.latestTerm().map(SentenceTerm::code).orElse(null));
    strings(
        sentence.putArray("history"),
        facts.sentenceHistory().stream()
            .map(
                e ->
                    e.term().orElseThrow().code()
                        + e.date().map(d -> " (" + isoOrYear(d) + ")").orElse(""))
            .toList());
    root.put(
        "detention_place",
        // Where the journalist was last held: the last facility the text names as such.
        facts.detentions().stream()
            .reduce((earlier, later) -> later)
            .map(d -> names.getOrDefault(d.facility(), d.facility()))
            .orElse(null));
    root.put("status", facts.status().code());
    ArrayNode sources = root.putArray("sources");
    sources(facts)
        .values()
        .forEach(
            c -> sources.addObject().put("who", nameOf(c.who(), facts)).put("claim", c.claim()));
    ArrayNode people = root.putArray("people");
    facts
        .people()
        .forEach(p -> people.addObject().put("name", p.name()).put("relation", p.relation()));
    return root;
  }

  /** Vague dates ("late spring 2009") give their year when they lie within one. */
  private static String isoOrYear(FactDate d) {
    return d.iso()
        .orElseGet(
            () ->
                d.earliest().getYear() == d.latest().getYear()
                    ? String.valueOf(d.earliest().getYear())
                    : null);
  }

  /** A party the text credits and the first thing it is credited with. */
  private record Credit(Source who, String claim) {}

  /**
   * Everyone the text credits, once each (by key: "CPJ" and "the Committee to Protect Journalists"
   * are one source), with the first thing it is credited with.
   */
  private static Map<String, Credit> sources(CaseFacts facts) {
    Map<String, Credit> who = new java.util.LinkedHashMap<>();
    for (EventFact e : facts.events()) {
      credit(who, e.attribution(), e.detail());
    }
    for (ClaimFact c : facts.claims()) {
      credit(who, c.attribution(), c.summary());
    }
    for (DetentionFact d : facts.detentions()) {
      credit(who, d.attribution(), "held in " + d.facility());
    }
    for (ChargeFact c : facts.charges()) {
      credit(who, c.attribution(), "charge of " + c.text());
    }
    return who;
  }

  /**
   * The party the text credits: "her husband told CPJ" credits the husband, not CPJ, which only
   * received the account; "authorities accused her, RFA reported" credits RFA with the report.
   */
  private static void credit(Map<String, Credit> who, Attribution a, String claim) {
    Optional<Source> credited =
        a.accordingTo()
            .filter(s -> s.kind() != SourceKind.AUTHORITY || a.reportedBy().isEmpty())
            .or(a::reportedBy);
    credited.ifPresent(s -> who.putIfAbsent(s.key(), new Credit(s, claim)));
  }

  /** An organisation credited is named as in the organisation slots ("World Uyghur Congress"). */
  private static String nameOf(Source who, CaseFacts facts) {
    return java.util.stream.Stream.concat(facts.organizations().stream(), facts.outlets().stream())
        .filter(e -> e.key().equals(who.key()))
        .findFirst()
        .map(e -> names(List.of(e)).get(0))
        .orElse(who.name());
  }

  private static List<String> names(List<NamedEntity> entities) {
    Set<String> names = new LinkedHashSet<>();
    // As the text names them (GOLD.md): "CPJ", not the gazetteer's "Committee to Protect
    // Journalists"; the plain name when the text uses it somewhere ("Xinjiang").
    entities.forEach(
        e -> names.add(e.mentions().contains(e.name()) ? e.name() : e.mentions().get(0)));
    return List.copyOf(names);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
