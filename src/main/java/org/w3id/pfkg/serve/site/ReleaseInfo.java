package org.w3id.pfkg.serve.site;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.w3id.pfkg.publish.DumpFile;
import org.w3id.pfkg.publish.ReleaseManifest;

/**
 * What the live release's {@code manifest.json} (written by the publish stage) says: its id,
 * creation time, triple count and each dump file's checksum.
 *
 * @param triples the triples of the union of all graphs, the dataset description included: the
 *     count of the dumps, of {@code pfkg build}'s line and of the landing page
 * @param describedTriples the VoID's {@code void:triples}: the data the description describes,
 *     without the description's own triples (-1 when the manifest does not say)
 */
public record ReleaseInfo(
    String release,
    String created,
    long triples,
    Map<String, String> sha256,
    long describedTriples) {
  /** The triples of the dataset description itself: why the VoID's count is lower. */
  public long descriptionTriples() {
    return describedTriples < 0 ? 0 : triples - describedTriples;
  }

  static final String MANIFEST = "manifest.json";

  /** The manifest of a dumps folder, or empty when there is none or it cannot be read. */
  static Optional<ReleaseInfo> read(Path dumps) {
    return ReleaseManifest.read(dumps)
        .map(
            m ->
                new ReleaseInfo(
                    m.release() == null ? "" : m.release(),
                    m.created() == null ? "" : m.created(),
                    m.triples(),
                    m.files() == null
                        ? Map.of()
                        : m.files().stream()
                            .collect(
                                java.util.stream.Collectors.toUnmodifiableMap(
                                    DumpFile::name, DumpFile::sha256, (a, b) -> a)),
                    m.describedTriples()));
  }
}
