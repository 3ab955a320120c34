package org.w3id.pfkg.rdf;

import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandler;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * Reads hand-written Turtle with RIOT, turning a syntax error into one that names file and line.
 */
public final class TurtleFiles {
  private TurtleFiles() {}

  /** Parses {@code file}; throws {@link InputException} at the first error, with its location. */
  public static Model read(Path file) {
    Model model = ModelFactory.createDefaultModel();
    RDFParser.source(file).lang(Lang.TURTLE).errorHandler(new Failing(file)).parse(model);
    return model;
  }

  /** Warnings are let through (RIOT warns on odd but legal IRIs); errors stop the load. */
  private record Failing(Path file) implements ErrorHandler {
    @Override
    public void warning(String message, long line, long col) {}

    @Override
    public void error(String message, long line, long col) {
      throw fail(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw fail(message, line, col);
    }

    private InputException fail(String message, long line, long col) {
      Location where = new Location(file, (int) Math.max(0, line), (int) Math.max(0, col));
      return new InputException(where, "Turtle syntax error: " + message);
    }
  }
}
