package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.pfkg.table.RuleTable;

/**
 * Seizures by men no authority is known to have sent ({@code abductors.tsv}: "armed men in civilian
 * clothes", "men wearing gendarme uniforms", "paramilitaries"): the journalist was abducted, which
 * GOLD.md counts as a disappearance, not as an arrest by the state.
 */
final class Abductions {
  private final List<Pattern> abductors;

  private Abductions(List<Pattern> abductors) {
    this.abductors = List.copyOf(abductors);
  }

  static Abductions load(Path rulesDir) {
    return new Abductions(
        RuleTable.read(rulesDir.resolve("abductors.tsv")).stream()
            .map(r -> r.patternIgnoringCase("pattern"))
            .toList());
  }

  /** Whether a seizure told in this sentence, with no authority acting, was an abduction. */
  boolean byOthers(String sentence) {
    return abductors.stream().anyMatch(p -> p.matcher(sentence).find());
  }
}
