package org.w3id.pfkg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.vocab.Slug;

/**
 * The acronyms a document defines for the names it finds by shape, "the National Intelligence
 * Service (SNR)", so that a later bare "SNR" names the same organisation: an acronym alone says
 * nothing of what it stands for until the document spells it out.
 */
record DocumentNames(NameMatcher matcher, Map<String, Defined> byKey) {
  /** What an acronym's key names. */
  record Defined(EntityKind kind, String acronym) {}

  static final DocumentNames NONE = new DocumentNames(new NameMatcher(Map.of()), Map.of());

  static DocumentNames of(List<String> sentences, OrganisationShapes shapes) {
    Map<String, Defined> byKey = new LinkedHashMap<>();
    Map<String, List<String>> names = new LinkedHashMap<>();
    for (String sentence : sentences) {
      for (OrganisationShapes.Shape shape : shapes.find(sentence)) {
        shape
            .acronym()
            .ifPresent(
                a -> {
                  String key = key(shape);
                  byKey.putIfAbsent(key, new Defined(shape.kind(), a));
                  names.putIfAbsent(key, List.of(a));
                });
      }
    }
    return byKey.isEmpty() ? NONE : new DocumentNames(new NameMatcher(names), Map.copyOf(byKey));
  }

  /** The key of a name found by shape: the slug of the name without its acronym. */
  static String key(OrganisationShapes.Shape shape) {
    String name = shape.name();
    String bare =
        shape.acronym().map(a -> name.substring(0, name.length() - a.length() - 3)).orElse(name);
    return Slug.of(bare);
  }
}
