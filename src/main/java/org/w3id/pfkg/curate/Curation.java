package org.w3id.pfkg.curate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The editors' corrections to one case, read from {@code data/curation/<case>.json}: facts to add,
 * remove or correct, each with the editor's reason. data/curation/README.md describes the format.
 */
public record Curation(Path file, String caseId, List<Operation> operations) {
  public static final String FOLDER = "curation";

  public Curation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(caseId, "caseId");
    operations = List.copyOf(operations);
  }

  /** Reads a curation file; a fault is an {@code InputException} at its FILE:LINE:COLUMN. */
  public static Curation read(Path file) {
    return new CurationReader(file).read();
  }

  /** The curation of a case in {@code dataDir/curation/}, if an editor wrote one. */
  public static Optional<Curation> forCase(Path dataDir, String caseId) {
    Path file = dataDir.resolve(FOLDER).resolve(caseId + ".json");
    return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
  }
}
