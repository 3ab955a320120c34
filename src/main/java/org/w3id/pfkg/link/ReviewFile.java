package org.w3id.pfkg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The reconciler's output for a reviewer: a TSV of entity, candidate Q-id, label, description,
 * score, reason and decision. A reviewer who confirms a row copies it, with the evidence of the
 * check, into {@code data/links/wikidata.tsv}.
 */
public final class ReviewFile {
  public static final String HEADER =
      "entity\tcandidate\tlabel\tdescription\tscore\treason\tdecision";

  private ReviewFile() {}

  public static String format(List<Proposal> proposals) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (Proposal p : proposals) {
      out.append(
              String.join(
                  "\t",
                  p.entity(),
                  p.qid(),
                  clean(p.label()),
                  clean(p.description()),
                  String.format(Locale.ROOT, "%.2f", p.score()),
                  clean(p.reason()),
                  p.decision()))
          .append('\n');
    }
    return out.toString();
  }

  public static void write(Path file, List<Proposal> proposals) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, format(proposals), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
