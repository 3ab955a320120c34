package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.vocab.Slug;

/**
 * Finds the named people of a case and their relation to the journalist ("her husband, Behtiyar
 * Omer", "Risalet, his wife", "lawyer Li Fangping"), with where they live when the text says. The
 * relation words are the labels of the relation vocabulary.
 */
final class PeopleFinder {
  private static final String NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,3}";

  private final List<Pattern> patterns;
  private final Pattern residence;
  private final EntityFinder entities;

  PeopleFinder(ConceptLabels relations, EntityFinder entities) {
    this.entities = entities;
    String rel =
        relations.labels().values().stream()
            .flatMap(List::stream)
            .distinct()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?<rel>", ")"));
    this.patterns =
        List.of(
            Pattern.compile(
                "\\b(?:her|his|their)\\s" + rel + ",\\s(?<name>" + NAME + ")",
                Pattern.UNICODE_CHARACTER_CLASS),
            Pattern.compile(
                "(?<name>" + NAME + "),\\s(?:her|his|their)\\s" + rel + "\\b",
                Pattern.UNICODE_CHARACTER_CLASS),
            Pattern.compile(
                "\\b" + rel + "\\s(?<name>" + NAME + ")", Pattern.UNICODE_CHARACTER_CLASS));
    this.residence =
        Pattern.compile(
            "\\b(?:her|his|their)\\s"
                + rel
                + ",\\s(?:"
                + NAME
                + ",\\s)?who\\s(?:lives|lived|resides|is based|was living)\\sin\\s(?<place>[^,.;]+)",
            Pattern.UNICODE_CHARACTER_CLASS);
  }

  List<PersonFact> find(String documentId, List<Sentence> sentences, String journalistName) {
    Map<String, PersonFact> byKey = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      for (int i = 0; i < patterns.size(); i++) {
        Matcher m = patterns.get(i).matcher(s.text());
        while (m.find()) {
          String name = m.group("name");
          if (isPerson(name, journalistName) && !byKey.containsKey(Slug.of(name))) {
            Evidence evidence =
                new Evidence(
                    documentId, s.text(), Optional.of(s.span()), "person-relation:" + (i + 1));
            String relation = m.group("rel").toLowerCase(Locale.ROOT);
            byKey.put(
                Slug.of(name),
                new PersonFact(
                    Slug.of(name), name, relation, Optional.empty(), Attribution.NONE, evidence));
          }
        }
      }
    }
    List<PersonFact> people = new ArrayList<>(byKey.values());
    for (Sentence s : sentences) {
      Matcher m = residence.matcher(s.text());
      while (m.find()) {
        String place = m.group("place");
        Optional<String> key =
            entities.find(place).stream()
                .filter(h -> h.kind() == EntityKind.PLACE)
                .map(EntityHit::key)
                .findFirst();
        String rel = m.group("rel").toLowerCase(Locale.ROOT);
        people.replaceAll(
            p ->
                p.relation().equals(rel) && p.residence().isEmpty() && key.isPresent()
                    ? new PersonFact(
                        p.key(), p.name(), p.relation(), key, p.attribution(), p.evidence())
                    : p);
      }
    }
    return List.copyOf(people);
  }

  private boolean isPerson(String name, String journalistName) {
    if (name.equals(journalistName) || journalistName.contains(name)) {
      return false;
    }
    return entities.find(name).stream().noneMatch(h -> h.end() - h.start() == name.length());
  }
}
