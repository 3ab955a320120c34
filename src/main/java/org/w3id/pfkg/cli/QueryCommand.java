package org.w3id.pfkg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.system.Txn;
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
    description =
        "Run a SPARQL query on the built store (the union of all graphs) and print the result.")
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

  @Mixin CommonOptions common;

  @ArgGroup(multiplicity = "1")
  Source source;

  @Option(
      names = "--format",
      description = "table, csv or json (SELECT/ASK). Default: ${DEFAULT-VALUE}.")
  Format format = Format.table;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String text = source.text != null ? source.text : Files.readString(source.file);
    Query query = QueryFactory.create(text);
    Dataset dataset = LiveStore.open(common.out);
    String output = Txn.calculateRead(dataset, () -> run(query, dataset));
    spec.commandLine().getOut().print(output);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  private String run(Query query, Dataset dataset) {
    try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
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
}
