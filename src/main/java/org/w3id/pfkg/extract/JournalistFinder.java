package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.Gender;
import org.w3id.pfkg.facts.JournalistFacts;
import org.w3id.pfkg.facts.RoleFact;

/**
 * What a case says of the journalist: gender by pronouns and titles, ethnic group or nationality
 * words that stand before a role or the name, roles from the role vocabulary, and other names
 * ("also known as", "also spelled").
 */
final class JournalistFinder {
  private static final Pattern FEMALE =
      Pattern.compile("\\b(she|her|hers|herself|Ms|Mrs|Miss)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MALE =
      Pattern.compile("\\b(he|him|his|himself|Mr)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALIAS =
      Pattern.compile(
          "\\b(?:also known as|known as|also spelled|also written|whose pen name is|pen name)\\s\"?(?<alias>\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*){0,3})");

  private final Knowledge knowledge;
  private final NameMatcher roles;
  private final NameMatcher groups;

  JournalistFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.roles = new NameMatcher(knowledge.roles().labels());
    this.groups = new NameMatcher(knowledge.groups().labels());
  }

  JournalistFacts find(String name, Reading reading) {
    String documentId = reading.documentId();
    List<Sentence> sentences = reading.sentences();
    JournalistReference ref = reading.reference();
    List<RoleFact> roleFacts = new ArrayList<>();
    Set<String> seenRoles = new LinkedHashSet<>();
    Set<String> ethnicities = new LinkedHashSet<>();
    Set<String> aliases = new LinkedHashSet<>();
    Map<Boolean, Integer> pronouns = new LinkedHashMap<>(Map.of(true, 0, false, 0));
    for (Sentence s : sentences) {
      if (!ref.mentions(s.text())) {
        continue;
      }
      pronouns.merge(true, count(FEMALE, s.text()), Integer::sum);
      pronouns.merge(false, count(MALE, s.text()), Integer::sum);
      boolean[] taken = new boolean[s.text().length()];
      // A role word right before a name describes that entity ("the broadcaster Radio Free Asia").
      reading.hits(s).forEach(h -> java.util.Arrays.fill(taken, h.start(), h.end(), true));
      List<NameMatcher.Hit> roleHits =
          roles.find(s.text(), taken).stream()
              .filter(r -> reading.hits(s).stream().noneMatch(h -> h.start() == r.end() + 1))
              .toList();
      for (NameMatcher.Hit hit : roleHits) {
        if (seenRoles.add(hit.key())) {
          Evidence evidence =
              new Evidence(documentId, s.text(), Optional.of(s.span()), "role:" + hit.key());
          roleFacts.add(
              new RoleFact(
                  hit.key(),
                  s.text().substring(hit.start(), hit.end()),
                  Attribution.NONE,
                  evidence));
        }
      }
      for (NameMatcher.Hit g : groups.find(s.text(), new boolean[s.text().length()])) {
        String after = s.text().substring(g.end());
        boolean beforeRoleOrName =
            roleHits.stream().anyMatch(r -> r.start() == g.end() + 1)
                || after.startsWith(" " + name);
        if (beforeRoleOrName && (g.end() == s.text().length() || s.text().charAt(g.end()) != '-')) {
          ethnicities.add(g.key());
        }
      }
      Matcher alias = ALIAS.matcher(s.text());
      while (alias.find()) {
        if (!namesSomeoneElse(s.text().substring(0, alias.start()), name)) {
          aliases.add(alias.group("alias"));
        }
      }
    }
    return new JournalistFacts(
        name,
        List.copyOf(aliases),
        gender(pronouns.get(true), pronouns.get(false)),
        List.copyOf(ethnicities),
        roleFacts);
  }

  /**
   * Whether another person's name stands right before an alias phrase ("arrested the fisherman
   * Amarildo Costa, known as ..."): the alias is theirs, not the journalist's.
   */
  private static boolean namesSomeoneElse(String before, String name) {
    Set<String> own = new java.util.HashSet<>(Arrays.asList(name.split("\\s+")));
    int from = Math.max(0, before.length() - 80);
    Matcher run = NAME_RUN.matcher(before.substring(from));
    boolean other = false;
    while (run.find()) {
      // A sentence's first word ("On other forums he posted under the pen name X") names no one.
      if (from + run.start() == 0 && !run.group().contains(" ")) {
        continue;
      }
      other = Arrays.stream(run.group().split("\\s+")).noneMatch(own::contains);
    }
    return other;
  }

  private static final Pattern NAME_RUN =
      Pattern.compile(
          "\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:(?:de|da|do|dos|del|la|van|von|al|el)\\s+)*\\p{Lu}[\\p{L}'’-]+)*");

  /**
   * A clear majority of one kind of pronoun in the sentences about the journalist; other people's
   * pronouns ("her husband ... he called") make a few of the other kind, hence the factor of two.
   */
  private static Optional<Gender> gender(int female, int male) {
    if (female >= 2 && female >= 2 * male) {
      return Optional.of(Gender.FEMALE);
    }
    if (male >= 2 && male >= 2 * female) {
      return Optional.of(Gender.MALE);
    }
    return Optional.empty();
  }

  private static int count(Pattern p, String text) {
    return (int) p.matcher(text).results().count();
  }
}
