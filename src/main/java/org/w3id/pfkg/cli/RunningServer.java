package org.w3id.pfkg.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The note {@code pfkg serve} leaves in its output folder ({@code OUT/serving}: its process id and
 * SPARQL endpoint) while it runs. TDB2 lets one process open a store, so {@code pfkg query} on the
 * same folder would fail on the lock ("held by process N"); with the note it asks the server.
 */
final class RunningServer {
  static final String FILE = "serving";

  private RunningServer() {}

  /** Leaves the note; removed by {@link #clear} when the server stops. */
  static void record(Path out, URI endpoint) {
    try {
      Files.writeString(
          out.resolve(FILE),
          ProcessHandle.current().pid() + "\n" + endpoint + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Only a convenience for `pfkg query`: serving goes on without it.
    }
  }

  static void clear(Path out) {
    try {
      Files.deleteIfExists(out.resolve(FILE));
    } catch (IOException e) {
      // A stale note names a process that is gone, and find() ignores it.
    }
  }

  /** The endpoint of a server that is running on {@code out}, if its process is alive. */
  static Optional<URI> find(Path out) {
    Path file = out.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() < 2) {
        return Optional.empty();
      }
      long pid = Long.parseLong(lines.get(0).strip());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      return alive ? Optional.of(URI.create(lines.get(1).strip())) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
