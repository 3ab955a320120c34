package org.w3id.pfkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeScratchTest {
  @Test
  void probe() throws Exception {
    ChargeFinder finder =
        ChargeFinder.load(
            Path.of("data/rules"), ConceptLabels.read(Path.of("ontology/vocab/charges.ttl")));
    for (String block : Files.readString(Path.of("/tmp/preca/probe.txt")).split("\n\n")) {
      String[] lines = block.strip().split("\n");
      JournalistReference ref =
          new JournalistReference(lines[0], JournalistReference.words(Path.of("data/rules")));
      List<Sentence> list = new ArrayList<>();
      int at = 0;
      for (int i = 1; i < lines.length; i++) {
        list.add(new Sentence(i - 1, new Span(at, at + lines[i].length()), lines[i]));
        at += lines[i].length() + 1;
      }
      System.out.println("PROBE " + lines[0] + " -> " + finder.find(list, ref).charges().values());
      for (Sentence s : list) {
        System.out.println("PROBE   in: " + finder.in(s.text(), ref, true));
      }
    }
  }
}
