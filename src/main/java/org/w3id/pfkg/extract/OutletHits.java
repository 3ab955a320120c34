package org.w3id.pfkg.extract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.vocab.Slug;

/**
 * The outlets a sentence names by their context: a name an outlet noun describes ("the cultural
 * website Salkin", "the Copper Bell newspaper"), and names in an outlet context ("a reporter for
 * X", {@link OutletContexts}), which link a news medium to the journalist.
 */
final class OutletHits {
  /** A name that ends like a modifier: "Spanish-language", "Srinagar-based". */
  private static final Pattern MODIFIER = Pattern.compile("-\\p{Ll}+$");

  private final Knowledge knowledge;
  private final PlaceHits places;
  private final OutletContexts outletContexts;
  private final Pattern outletName;
  private final Pattern outletAfterName;

  /** The {@link Prefilter}s of {@link #outletName} and {@link #outletAfterName}: outlet nouns. */
  private final Prefilter outletNameFilter;

  private final Prefilter outletAfterNameFilter;

  OutletHits(Knowledge knowledge, PlaceHits places) {
    this.knowledge = knowledge;
    this.places = places;
    this.outletContexts =
        new OutletContexts(
            knowledge.outletContexts(), knowledge.notNameWords(), knowledge.outletNouns());
    this.outletName =
        Pattern.compile(
            "\\b(?<desc>(?:[\\p{Ll}-]+\\s){0,3}"
                + alternation(knowledge.outletNouns())
                + ")\\s"
                + OutletContexts.NAME);
    this.outletAfterName =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])"
                + OutletContexts.NAME
                + "\\s(?<desc>"
                + alternation(knowledge.outletNouns())
                + ")\\b");
    this.outletNameFilter = Prefilter.of(outletName);
    this.outletAfterNameFilter = Prefilter.of(outletAfterName);
  }

  /** The patterns this applies, for the check of their {@link Prefilter}s. */
  List<Pattern> patterns() {
    return List.of(outletName, outletAfterName);
  }

  /** "the cultural website Salkin", "the Copper Bell newspaper": names an outlet noun describes. */
  void describedOutlets(String sentence, boolean[] taken, List<EntityHit> hits) {
    String folded = Prefilter.fold(sentence);
    if (outletNameFilter.admits(folded)) {
      Matcher outlet = outletName.matcher(sentence);
      while (outlet.find()) {
        addOutlet(sentence, taken, hits, outlet.start("name"), outlet.group("name"), outlet, false);
      }
    }
    if (outletAfterNameFilter.admits(folded)) {
      Matcher after = outletAfterName.matcher(sentence);
      while (after.find()) {
        // "the Mombasa newspaper" is a newspaper of Mombasa, not one named so.
        addOutlet(sentence, taken, hits, after.start("name"), after.group("name"), after, true);
      }
    }
  }

  private void addOutlet(
      String sentence,
      boolean[] taken,
      List<EntityHit> hits,
      int start,
      String found,
      Matcher m,
      boolean notAPlace) {
    String name = found.replaceAll("(?:[.,;:'’]|['’]s)+$", "");
    if (name.startsWith("The ")) {
      name = name.substring(4);
      start += 4;
    }
    if (name.isEmpty()
        || !Taken.free(taken, start, start + name.length())
        || knowledge.notNameWords().contains(name.split("\\s")[0].toLowerCase(Locale.ROOT))
        || places.demonymOrCountry(name)
        || knowledge.isPlatform(name)
        || MODIFIER.matcher(name).find()
        || (notAPlace && places.isPlace(name))) {
      return;
    }
    Arrays.fill(taken, start, start + name.length(), true);
    hits.add(
        new EntityHit(
            EntityKind.OUTLET,
            Slug.of(name),
            name,
            start,
            start + name.length(),
            Optional.of(m.group("desc").strip()),
            Optional.empty(),
            false));
  }

  /**
   * Names in an outlet context ("a reporter for X") are the journalist's outlets: a news medium
   * found already is linked, a name not found yet is a new outlet, an organisation stays one.
   */
  void linkOutlets(String sentence, boolean[] taken, List<EntityHit> hits) {
    for (OutletContexts.Linked l : outletContexts.find(sentence)) {
      boolean found = false;
      for (int i = 0; i < hits.size(); i++) {
        EntityHit h = hits.get(i);
        if (h.start() <= l.start() && l.start() < h.end()) {
          found = true;
          if (h.kind() == EntityKind.OUTLET && !h.linked()) {
            hits.set(i, h.linkedAt(l.context()));
          }
        }
      }
      if (!found
          && l.creates()
          && Taken.free(taken, l.start(), l.end())
          && !knowledge.isDemonym(l.name())
          && !knowledge.isPlatform(l.name())
          && !places.isPlace(l.name())) {
        Arrays.fill(taken, l.start(), l.end(), true);
        hits.add(
            new EntityHit(
                EntityKind.OUTLET,
                Slug.of(l.name()),
                l.name(),
                l.start(),
                l.end(),
                Optional.empty(),
                Optional.empty(),
                false,
                true,
                l.context()));
      }
    }
  }

  /** "the cultural website Salkin": the words before a known outlet's name that say what it is. */
  Optional<String> describedOutlet(String sentence, int nameStart) {
    if (!outletNameFilter.admits(Prefilter.fold(sentence))) {
      return Optional.empty(); // no outlet noun: the pattern cannot match
    }
    Matcher m = outletName.matcher(sentence);
    while (m.find()) {
      if (m.start("name") == nameStart) {
        return Optional.of(m.group("desc").strip());
      }
    }
    return Optional.empty();
  }

  /** The words of a list as a regex alternation, longest first so that the longest one wins. */
  private static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
