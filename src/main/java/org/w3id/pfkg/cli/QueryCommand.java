package org.w3id.pfkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Run a SPARQL query on the built store (the union of all graphs) and print the result.",
      "With --endpoint, send it to that SPARQL endpoint instead; while `pfkg serve` runs on the"
          + " store (which it holds locked), the query goes to that server."
    })
final class QueryCommand implements Callable<Integer> {
  /** Output formats for SELECT and ASK results. */
  enum Format {
    table,
    csv,
    json
  }

  static final class Source {
    @Parameters(paramLabel = "FILE.rq", description = "A file holding the query.")
    Path file;

    @Option(names = "--query", paramLabel = "TEXT", description = "The query text itself.")
    String text;
  }

  @Mixin StoreOption store;

  @ArgGroup(multiplicity = "1")
  Source source;

  @Option(
      names = "--format",
      paramLabel = "table|csv|json",
      description = "table, csv or json (SELECT/ASK). Default: ${DEFAULT-VALUE}.")
  Format format = Format.table;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "A SPARQL endpoint to query (e.g. http://localhost:3030/sparql).")
  URI endpoint;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Query query = QueryFactory.create(text());
    Optional<URI> remote =
        Optional.ofNullable(endpoint).or(() -> RunningServer.find(store.out).map(this::noted));
    String output;
    if (remote.isPresent()) {
      try (QueryExecution exec =
          QueryExecutionHTTP.service(remote.get().toString()).query(query).build()) {
        output = run(query, exec);
      }
    } else {
      Dataset dataset = LiveStore.open(store.out);
      output =
          Txn.calculateRead(
              dataset,
              () -> {
                try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                  return run(query, exec);
                }
              });
    }
    spec.commandLine().getOut().print(output);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** The query text; a file that cannot be read is bad input (exit 4), as the README says. */
  private String text() {
    if (source.text != null) {
      return source.text;
    }
    try {
      return Files.readString(source.file);
    } catch (NoSuchFileException e) {
      throw new InputException(Location.of(source.file), "no such query file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(
          Location.of(source.file), "cannot read the query file: " + e.getMessage(), e);
    }
  }

  private URI noted(URI server) {
    spec.commandLine()
        .getErr()
        .println("pfkg: the store is served by a running pfkg serve; querying " + server);
    return server;
  }

  private String run(Query query, QueryExecution exec) {
    if (query.isSelectType()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      switch (format) {
        case csv -> ResultSetFormatter.outputAsCSV(out, exec.execSelect());
        case json -> ResultSetFormatter.outputAsJSON(out, exec.execSelect());
        default -> {
          return ResultSetFormatter.asText(exec.execSelect(), query.getPrologue());
        }
      }
      return out.toString(StandardCharsets.UTF_8);
    }
    if (query.isAskType()) {
      return exec.execAsk() + System.lineSeparator();
    }
    var model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
    return RDFWriter.source(model).format(RDFFormat.TURTLE_PRETTY).asString();
  }
}
