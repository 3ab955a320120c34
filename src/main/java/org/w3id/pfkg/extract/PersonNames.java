package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots the stretches of a sentence shaped like a person's name: capitalised words, initials ("G.
 * H. Okafor", "T Lwin"), hyphenated and apostrophised parts, and the lowercase particles of many
 * naming traditions between them ("Amira bint Khaled", "Omar al-Rashid", "Lucía de la Vega"). A run
 * of capitalised words is cut at every word that is never part of a name ("Police", "Court",
 * "President", a month), so that "Chief Justice Ama Boateng" yields "Ama Boateng" with the title
 * just before it. Whether a name is a person of the case is decided by the caller from the context.
 */
final class PersonNames {
  /** A candidate name and where it stands in the sentence. */
  record Candidate(String name, int start, int end) {
    int tokens() {
      return SPACES.split(name).length;
    }
  }

  private static final String CAP = "\\p{Lu}[\\p{L}'’]*(?:-\\p{L}[\\p{L}'’]*)*";
  private static final String PARTICLE =
      "(?:al|el|ad|as|ash|at|az|abu|bin|bint|ibn|de|del|della|di|da|das|dos|du|van|von|der|den|la|le|y)";
  private static final String TOKEN = "(?:" + CAP + "|" + PARTICLE + "-\\p{Lu}[\\p{L}'’-]*)";

  // Compiled once: these run on every word of every sentence.
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern PARTICLE_WORD = Pattern.compile(PARTICLE);
  private static final Pattern POSSESSIVE_END = Pattern.compile("(?:'s|’s|'|’)$");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}]+|[\\p{P}&&[^.]]+$");
  private static final Pattern NAME_WORD_BREAK = Pattern.compile("[\\s.]+");
  private static final String INITIALS =
      "(?:\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)*|\\p{Lu}(?=\\s\\p{Lu}\\p{Ll}))";
  private static final Pattern RUN =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}'’.-])(?:"
              + INITIALS
              + "|"
              + TOKEN
              + ")(?:\\s(?:"
              + PARTICLE
              + "\\s){0,2}"
              + TOKEN
              + "){0,6}");

  private static final Pattern WORD = Pattern.compile("\\S+");

  private final Predicate<String> boundary;

  /**
   * @param boundary whether a word (lower case, possessive removed) is never part of a name
   */
  PersonNames(Predicate<String> boundary) {
    this.boundary = boundary;
  }

  /**
   * Every name-shaped stretch, in text order; one word alone ("Nureli") is a name only where the
   * caller's context makes it one.
   */
  List<Candidate> find(String text) {
    List<Candidate> out = new ArrayList<>();
    Matcher run = RUN.matcher(text);
    while (run.find()) {
      List<int[]> segment = new ArrayList<>();
      Matcher word = WORD.matcher(run.group());
      while (word.find()) {
        String w = word.group();
        String bare = bareWord(w);
        int s = run.start() + word.start();
        int e = run.start() + word.end();
        boolean possessive = !bare.equals(w.toLowerCase(Locale.ROOT));
        if (boundary.test(bare) || isParticleAtEdge(segment, bare)) {
          flush(text, segment, out);
          segment = new ArrayList<>();
          continue;
        }
        segment.add(new int[] {s, possessive ? e - 2 : e});
        if (possessive) {
          // "Sam Doe's lawyer": the name ends at the possessive.
          flush(text, segment, out);
          segment = new ArrayList<>();
        }
      }
      flush(text, segment, out);
    }
    return List.copyOf(out);
  }

  private static boolean isParticleAtEdge(List<int[]> segment, String bare) {
    return segment.isEmpty() && PARTICLE_WORD.matcher(bare).matches();
  }

  private static void flush(String text, List<int[]> segment, List<Candidate> out) {
    while (!segment.isEmpty()) {
      int[] last = segment.get(segment.size() - 1);
      if (!PARTICLE_WORD.matcher(text.substring(last[0], last[1])).matches()) {
        break;
      }
      segment.remove(segment.size() - 1);
    }
    if (segment.isEmpty()) {
      return;
    }
    int start = segment.get(0)[0];
    int end = segment.get(segment.size() - 1)[1];
    out.add(new Candidate(text.substring(start, end), start, end));
  }

  /** A word in lower case without a possessive ending or edge punctuation. */
  static String bareWord(String word) {
    String bare = POSSESSIVE_END.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    return EDGE_PUNCTUATION.matcher(bare).replaceAll("");
  }

  /** The words of a name, folded for comparison ("Jean-Luc" and "jean-luc" are one word). */
  static Set<String> words(String name) {
    return Set.of(
        java.util.Arrays.stream(NAME_WORD_BREAK.split(Fold.of(name)))
            .filter(w -> !w.isBlank())
            .distinct()
            .toArray(String[]::new));
  }
}
