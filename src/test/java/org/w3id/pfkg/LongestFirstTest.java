package org.w3id.pfkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The run order names test classes that exist: a renamed class would silently lose its place. */
class LongestFirstTest {
  @Test
  void everyClassNamedInTheOrderIsATestClass() throws IOException {
    Set<String> classes;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      classes =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith("Test.java"))
              .map(n -> n.substring(0, n.length() - ".java".length()))
              .collect(Collectors.toSet());
    }
    List<String> named =
        Files.readAllLines(Path.of("src/test/resources/longest-test-classes.txt")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.equals("---"))
            .toList();
    assertEquals(List.of(), named.stream().filter(n -> !classes.contains(n)).toList());
    assertEquals(named.size(), Set.copyOf(named).size(), "each class once");
  }
}
