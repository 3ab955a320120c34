package org.w3id.pfkg.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * The reviewed links of {@code data/links/wikidata.tsv}. Each entity has at most one Q-id and each
 * Q-id at most one entity: two rows saying otherwise are an error, never a silent choice.
 */
public final class LinkTable {
  /** The file under the data folder. */
  public static final String FILE = "links/wikidata.tsv";

  static final CSVFormat TSV =
      CSVFormat.TDF
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreSurroundingSpaces(true)
          .setQuote(null)
          .setCommentMarker('#')
          .get();

  private final Map<String, WikidataLink> byEntity;

  private LinkTable(Map<String, WikidataLink> byEntity) {
    this.byEntity = byEntity;
  }

  public static LinkTable of(List<WikidataLink> links) {
    Map<String, WikidataLink> map = new LinkedHashMap<>();
    Map<String, String> byQid = new LinkedHashMap<>();
    for (WikidataLink link : links) {
      if (map.putIfAbsent(link.entity(), link) != null) {
        throw new IllegalArgumentException("entity " + link.entity() + " is linked twice");
      }
      String other = byQid.putIfAbsent(link.qid(), link.entity());
      if (other != null) {
        throw new IllegalArgumentException(
            link.qid() + " is linked to both " + other + " and " + link.entity());
      }
    }
    return new LinkTable(map);
  }

  public static LinkTable empty() {
    return new LinkTable(Map.of());
  }

  /** Reads {@code DATA/links/wikidata.tsv}; an absent file is an empty table. */
  public static LinkTable read(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return empty();
    }
    List<WikidataLink> links = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord row : TSV.parse(in)) {
        Location where = new Location(file, (int) row.getRecordNumber() + 1, 1);
        try {
          links.add(
              new WikidataLink(
                  row.get("entity"),
                  row.get("qid"),
                  row.get("label"),
                  row.get("type"),
                  row.get("verified_by"),
                  LocalDate.parse(row.get("verified_on"))));
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new InputException(where, e.getMessage(), e);
        }
      }
      return of(links);
    } catch (IOException e) {
      throw new InputException(Location.of(file), "cannot read the links table: " + e, e);
    } catch (IllegalArgumentException e) {
      throw new InputException(Location.of(file), e.getMessage(), e);
    }
  }

  public List<WikidataLink> links() {
    return List.copyOf(byEntity.values());
  }

  /** The link of an entity ({@code place/norway}), if it has one. */
  public Optional<WikidataLink> find(String entity) {
    return Optional.ofNullable(byEntity.get(entity));
  }

  /** The Q-id of an entity, if it has one. */
  public Optional<String> qid(String entity) {
    return find(entity).map(WikidataLink::qid);
  }

  public int size() {
    return byEntity.size();
  }
}
