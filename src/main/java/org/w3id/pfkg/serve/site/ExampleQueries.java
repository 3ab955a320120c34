package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.w3id.pfkg.problem.PfkgException;

/**
 * The example queries of {@code queries/*.rq}, which the build ships in the jar under {@code
 * queries/}. Each file opens with comment lines {@code # title:}, {@code # question:} and {@code #
 * answer:}; an indented comment line continues the field before it.
 */
final class ExampleQueries {
  private static final String FOLDER = "queries";

  private final List<ExampleQuery> queries;

  ExampleQueries(List<ExampleQuery> queries) {
    this.queries = List.copyOf(queries);
  }

  /** Loads the examples shipped on the class path. */
  static ExampleQueries fromClasspath() {
    URL url = ExampleQueries.class.getClassLoader().getResource(FOLDER);
    if (url == null) {
      return new ExampleQueries(List.of());
    }
    try {
      if (url.getProtocol().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          return new ExampleQueries(load(jar.getPath(FOLDER)));
        }
      }
      return new ExampleQueries(load(Path.of(url.toURI())));
    } catch (IOException | URISyntaxException e) {
      throw new PfkgException("cannot read the example queries at " + url + ": " + e, e);
    }
  }

  List<ExampleQuery> all() {
    return queries;
  }

  Optional<ExampleQuery> find(String name) {
    return queries.stream().filter(q -> q.name().equals(name)).findFirst();
  }

  private static List<ExampleQuery> load(Path folder) throws IOException {
    List<ExampleQuery> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        if (fileName.endsWith(".rq")) {
          try (InputStream in = Files.newInputStream(file)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            out.add(parse(fileName.substring(0, fileName.length() - 3), text));
          }
        }
      }
    }
    return out;
  }

  static ExampleQuery parse(String name, String text) {
    String title = name;
    StringBuilder question = new StringBuilder();
    StringBuilder answer = new StringBuilder();
    StringBuilder current = null;
    for (String line : text.lines().toList()) {
      if (!line.startsWith("#")) {
        break;
      }
      String body = line.substring(1);
      String field = body.strip();
      if (field.startsWith("title:")) {
        title = field.substring(6).strip();
        current = null;
      } else if (field.startsWith("question:")) {
        current = question.append(field.substring(9).strip());
      } else if (field.startsWith("answer:")) {
        current = answer.append(field.substring(7).strip());
      } else if (current != null && body.startsWith("  ")) {
        current.append(' ').append(field);
      }
    }
    return new ExampleQuery(name, title, question.toString(), answer.toString(), text);
  }
}
