package org.w3id.pfkg.synth;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes one synthetic case text, a pure function of its number, the seed and the vocabulary: the
 * same arguments give the same text on every machine. Genres follow docs/MODEL.md's inputs: a CPJ
 * style profile, a prison-census entry and a news alert, each marked {@code Synthetic: yes}.
 */
public final class CaseTextGenerator {
  /** The three genres, chosen in turn by the case number. */
  public enum Genre {
    PROFILE,
    CENSUS,
    ALERT
  }

  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "an", "ik", "zu", "pel", "mar", "ot", "es"
  };
  private static final String[] AUTHORITIES = {
    "Chinese authorities", "Turkish police", "Iranian authorities", "state security agents"
  };
  private static final String[] SOURCES = {
    "Radio Free Asia", "CPJ", "her lawyer", "his family", "the World Uyghur Congress"
  };

  private final SynthVocabulary vocabulary;
  private final long seed;

  public CaseTextGenerator(SynthVocabulary vocabulary, long seed) {
    this.vocabulary = vocabulary;
    this.seed = seed;
  }

  public static Genre genreOf(int number) {
    return Genre.values()[number % Genre.values().length];
  }

  /** A case id unique within a corpus, used as the file name stem. */
  public static String caseId(int number) {
    return String.format(Locale.ROOT, "synth-%06d", number);
  }

  /** The text of case {@code number}. */
  public String generate(int number) {
    // One independent stream per case: case k is the same whatever N is.
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + number);
    Case c = new Case(number, r, vocabulary);
    return switch (genreOf(number)) {
      case PROFILE -> profile(c, r);
      case CENSUS -> census(c, r);
      case ALERT -> alert(c, r);
    };
  }

  private String profile(Case c, SplittableRandom r) {
    StringBuilder t = new StringBuilder();
    t.append(c.name).append('\n');
    t.append("Synthetic: yes\n");
    t.append("Beats Covered: ")
        .append(cap(pick(r, vocabulary.beats())))
        .append(", ")
        .append(cap(pick(r, vocabulary.beats())))
        .append('\n');
    t.append("Local or Foreign: ").append(r.nextInt(5) == 0 ? "Foreign" : "Local").append("\n\n");
    t.append(c.name)
        .append(", a journalist for ")
        .append(c.outlet)
        .append(", is serving a ")
        .append(c.years)
        .append("-year prison sentence on charges of ")
        .append(c.charge)
        .append(". Police in ")
        .append(c.city)
        .append(" arrested ")
        .append(c.surname)
        .append(" on ")
        .append(day(c.arrest))
        .append(", ")
        .append(pick(r, SOURCES))
        .append(" reported.\n\n");
    t.append("In ")
        .append(month(c.sentenced))
        .append(", a court in ")
        .append(c.city)
        .append(" sentenced ")
        .append(c.surname)
        .append(" to ")
        .append(c.years)
        .append(" years in prison for ")
        .append(c.charge)
        .append(", a witness told ")
        .append(pick(r, SOURCES))
        .append(".\n\n");
    t.append("Authorities accused ")
        .append(c.surname)
        .append(" of ")
        .append(c.charge2)
        .append(". ")
        .append(c.pronoun)
        .append(" denied the accusation, ")
        .append(c.possessive)
        .append(" family told CPJ.\n\n");
    if (r.nextBoolean()) {
      t.append(c.surname)
          .append(" is held at ")
          .append(c.city)
          .append(" No. ")
          .append(1 + r.nextInt(5))
          .append(" Prison, according to ")
          .append(pick(r, vocabulary.organizations()))
          .append(".\n\n");
    }
    t.append("CPJ's messages in ")
        .append(month(c.sentenced.plusYears(1 + r.nextInt(4))))
        .append(" to the prison administration about ")
        .append(c.surname)
        .append(" did not receive a response.\n");
    return t.toString();
  }

  private String census(Case c, SplittableRandom r) {
    StringBuilder t = new StringBuilder();
    t.append(c.name).append('\n');
    t.append("Synthetic: yes\n");
    t.append("Outlet: ").append(c.outlet).append('\n');
    t.append("Medium: ").append(pick(r, vocabulary.media())).append('\n');
    t.append("Charge: ").append(r.nextInt(4) == 0 ? "No Charge Disclosed" : "Anti-State");
    t.append('\n');
    t.append("Imprisoned: ").append(month(c.arrest)).append("\n\n");
    t.append(c.name)
        .append(", who wrote for ")
        .append(c.outlet)
        .append(", was detained in ")
        .append(month(c.arrest))
        .append(" in ")
        .append(c.city)
        .append(", ")
        .append(pick(r, vocabulary.organizations()))
        .append(" said. In ")
        .append(c.sentenced.getYear())
        .append(" a court gave ")
        .append(c.pronoun.equals("She") ? "her " : "him ")
        .append(c.years)
        .append(" years in prison on charges of ")
        .append(c.charge)
        .append(", ")
        .append(pick(r, SOURCES))
        .append(" reported.\n");
    return t.toString();
  }

  private String alert(Case c, SplittableRandom r) {
    StringBuilder t = new StringBuilder();
    t.append(c.name).append('\n');
    t.append("Synthetic: yes\n\n");
    LocalDate dateline = c.arrest.plusDays(2 + r.nextInt(20));
    t.append(pick(r, vocabulary.cities()))
        .append(", ")
        .append(day(dateline))
        .append("—")
        .append(pick(r, AUTHORITIES))
        .append(" arrested ")
        .append(c.name)
        .append(", an editor at ")
        .append(c.outlet)
        .append(", on ")
        .append(day(c.arrest))
        .append(" in ")
        .append(c.city)
        .append(", the Committee to Protect Journalists said today. ")
        .append(c.pronoun)
        .append(" was accused of ")
        .append(c.charge)
        .append(", according to ")
        .append(pick(r, SOURCES))
        .append(".\n\n");
    if (r.nextBoolean()) {
      t.append(c.surname)
          .append(" was released on bail on ")
          .append(day(dateline.plusDays(1 + r.nextInt(60))))
          .append(", ")
          .append(c.possessive)
          .append(" lawyer said.\n");
    } else {
      t.append(c.possessive.equals("her") ? "Her" : "His")
          .append(" whereabouts have been unknown since ")
          .append(month(c.arrest))
          .append(", ")
          .append(pick(r, vocabulary.organizations()))
          .append(" said.\n");
    }
    return t.toString();
  }

  /** The facts of one case, drawn once so that every sentence agrees. */
  private static final class Case {
    final String name;
    final String surname;
    final String pronoun;
    final String possessive;
    final String outlet;
    final String city;
    final String charge;
    final String charge2;
    final int years;
    final LocalDate arrest;
    final LocalDate sentenced;

    Case(int number, SplittableRandom r, SynthVocabulary v) {
      surname = "Synth" + syllables(r, 2 + r.nextInt(2));
      name =
          cap(syllables(r, 2)) + " " + surname + " " + String.format(Locale.ROOT, "%05d", number);
      boolean female = r.nextBoolean();
      pronoun = female ? "She" : "He";
      possessive = female ? "her" : "his";
      outlet = pick(r, v.outlets());
      city = pick(r, v.cities());
      charge = pick(r, v.charges());
      charge2 = pick(r, v.charges());
      years = 1 + r.nextInt(20);
      arrest = LocalDate.of(1995 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28));
      sentenced = arrest.plusMonths(3 + r.nextInt(24));
    }
  }

  private static String syllables(SplittableRandom r, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    return s.toString();
  }

  private static String pick(SplittableRandom r, List<String> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static String pick(SplittableRandom r, String[] array) {
    return array[r.nextInt(array.length)];
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String day(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + " "
        + d.getDayOfMonth()
        + ", "
        + d.getYear();
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + d.getYear();
  }
}
