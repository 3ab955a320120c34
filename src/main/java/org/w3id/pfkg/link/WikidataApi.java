package org.w3id.pfkg.link;

import java.util.List;

/** Asks Wikidata for the items a name may stand for (wbsearchentities, then wbgetentities). */
public interface WikidataApi {
  /**
   * The items whose labels or aliases match a name, best first.
   *
   * @param name the name searched for
   * @param language the language of the search and of labels
   * @param limit most candidates wanted
   */
  List<Candidate> candidates(String name, String language, int limit);
}
