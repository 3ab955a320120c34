package org.w3id.pfkg.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.w3id.pfkg.problem.ConfigException;
import org.w3id.pfkg.problem.PfkgException;

/**
 * Writes a synthetic corpus for benchmarks and scale tests: {@code OUT/cases/synth-NNNNNN.txt} and
 * a copy of the knowledge folders a build reads ({@code gazetteer/}, {@code rules/}, {@code
 * links/}), so that {@code pfkg build --data OUT --allow-synthetic} runs on it. It refuses to write
 * into the real corpus.
 */
public final class SyntheticCorpus {
  private static final List<String> KNOWLEDGE = List.of("gazetteer", "rules", "links");

  private SyntheticCorpus() {}

  /** Writes {@code cases} texts made with {@code seed}; returns the number written. */
  public static int write(Path dataDir, Path ontologyDir, Path out, int cases, long seed) {
    if (cases < 1) {
      throw new ConfigException("--cases " + cases + ": expected at least 1");
    }
    Path real = dataDir.toAbsolutePath().normalize();
    Path target = out.toAbsolutePath().normalize();
    if (target.startsWith(real) || real.startsWith(target)) {
      throw new ConfigException(
          "--out " + out + ": synthetic cases never go into or around the corpus " + dataDir);
    }
    CaseTextGenerator generator =
        new CaseTextGenerator(SynthVocabulary.load(ontologyDir, dataDir), seed);
    try {
      Path caseDir = Files.createDirectories(out.resolve("cases"));
      for (String folder : KNOWLEDGE) {
        copyTree(dataDir.resolve(folder), out.resolve(folder));
      }
      IntStream.range(0, cases)
          .parallel()
          .forEach(
              i -> {
                Path file = caseDir.resolve(CaseTextGenerator.caseId(i) + ".txt");
                try {
                  Files.writeString(file, generator.generate(i), StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new PfkgException("cannot write " + file + ": " + e.getMessage(), e);
                }
              });
      return cases;
    } catch (IOException e) {
      throw new PfkgException("cannot write the synthetic corpus to " + out + ": " + e, e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
