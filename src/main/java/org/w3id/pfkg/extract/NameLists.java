package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.pfkg.facts.PersonFact;

/**
 * How the names of one case relate to each other: a name listed with a person is a person too ("Ama
 * Boateng, Kofi Mensah and Efua Owusu"), and a shorter mention whose words are all in a longer name
 * is that person ("Judge Boateng").
 */
final class NameLists {
  private NameLists() {}

  /** "Ama Boateng, Kofi Mensah and Efua Owusu": a name listed with a person is one too. */
  static void listed(
      String text,
      List<PersonNames.Candidate> candidates,
      Map<PersonNames.Candidate, String> found) {
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int i = 0; i < candidates.size(); i++) {
        PersonNames.Candidate c = candidates.get(i);
        if (found.containsKey(c)
            || text.startsWith("'", c.end())
            || text.startsWith("’", c.end())) {
          continue;
        }
        for (int j : new int[] {i - 1, i + 1}) {
          if (j < 0 || j >= candidates.size() || !found.containsKey(candidates.get(j))) {
            continue;
          }
          PersonNames.Candidate other = candidates.get(j);
          String between =
              j < i
                  ? text.substring(other.end(), c.start())
                  : text.substring(c.end(), other.start());
          // A single word joins a list of single words ("Selim and Aida") or follows "and".
          boolean oneWord = c.tokens() == 1 && other.tokens() > 1;
          if (between.matches(oneWord ? ",?\\sand\\s" : ",\\s|,?\\sand\\s|,?\\sor\\s")) {
            found.put(c, found.get(other));
            grew = true;
            break;
          }
        }
      }
    }
  }

  /** A name whose words all belong to a longer name of the case is that person. */
  static List<PersonFact> merged(List<PersonFact> people) {
    List<PersonFact> out = new ArrayList<>();
    for (PersonFact p : people) {
      Set<String> words = PersonNames.words(p.name());
      boolean part =
          people.stream()
              .anyMatch(
                  q ->
                      q != p
                          && q.name().length() > p.name().length()
                          && PersonNames.words(q.name()).containsAll(words));
      if (!part) {
        out.add(p);
      }
    }
    return out;
  }
}
