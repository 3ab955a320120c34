package org.w3id.pfkg.link;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.pfkg.problem.PfkgException;
import org.wikidata.wdtk.datamodel.interfaces.EntityDocument;
import org.wikidata.wdtk.datamodel.interfaces.EntityIdValue;
import org.wikidata.wdtk.datamodel.interfaces.ItemDocument;
import org.wikidata.wdtk.datamodel.interfaces.Statement;
import org.wikidata.wdtk.datamodel.interfaces.StatementGroup;
import org.wikidata.wdtk.wikibaseapi.BasicApiConnection;
import org.wikidata.wdtk.wikibaseapi.WbSearchEntitiesResult;
import org.wikidata.wdtk.wikibaseapi.WikibaseDataFetcher;
import org.wikidata.wdtk.wikibaseapi.apierrors.MediaWikiApiErrorException;

/**
 * The Wikidata API through Wikidata Toolkit: {@code wbsearchentities} for the names, then one
 * {@code wbgetentities} for the P31 and P17 of every hit. The API URL is configurable, so tests and
 * mirrors can stand in for {@code https://www.wikidata.org/w/api.php}.
 */
public final class WdtkWikidataApi implements WikidataApi {
  private static final String SITE_IRI = org.w3id.pfkg.vocab.WD.NS;

  private final WikibaseDataFetcher fetcher;
  private final URI apiUrl;

  public WdtkWikidataApi(URI apiUrl, String language) {
    this.apiUrl = apiUrl;
    this.fetcher = new WikibaseDataFetcher(new BasicApiConnection(apiUrl.toString()), SITE_IRI);
    // Only what the checks need: labels and descriptions in one language, no site links.
    fetcher.getFilter().setLanguageFilter(Set.of(language));
    fetcher.getFilter().setSiteLinkFilter(Set.of());
  }

  @Override
  public List<Candidate> candidates(String name, String language, int limit) {
    try {
      List<WbSearchEntitiesResult> hits = fetcher.searchEntities(name, language, (long) limit);
      if (hits.isEmpty()) {
        return List.of();
      }
      List<String> ids = hits.stream().map(WbSearchEntitiesResult::getEntityId).toList();
      Map<String, EntityDocument> documents = fetcher.getEntityDocuments(ids);
      List<Candidate> candidates = new ArrayList<>();
      for (WbSearchEntitiesResult hit : hits) {
        EntityDocument doc = documents.get(hit.getEntityId());
        List<String> p31 = List.of();
        List<String> p17 = List.of();
        if (doc instanceof ItemDocument item) {
          p31 = itemValues(item, "P31");
          p17 = itemValues(item, "P17");
        }
        candidates.add(
            new Candidate(
                hit.getEntityId(),
                hit.getLabel(),
                hit.getDescription(),
                hit.getAliases() == null ? List.of() : hit.getAliases(),
                p31,
                p17));
      }
      return candidates;
    } catch (IOException | MediaWikiApiErrorException e) {
      throw new PfkgException("Wikidata API " + apiUrl + " failed for '" + name + "': " + e, e);
    }
  }

  private static List<String> itemValues(ItemDocument item, String property) {
    StatementGroup group = item.findStatementGroup(property);
    if (group == null) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Statement s : group.getStatements()) {
      if (s.getValue() instanceof EntityIdValue id) {
        values.add(id.getId());
      }
    }
    return values;
  }
}
