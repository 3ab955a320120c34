package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.cases.CaseReader;
import picocli.CommandLine;

/** {@code pfkg extract --explain}: each fact with its rule, its words and their offsets. */
class ExtractExplainTest {
  private static final String SEED = "data/cases/gulmire-imin.txt";
  private static final String ARREST =
      "Police in the city of Urumqi arrested Imin, who wrote articles critical of the government"
          + " on the cultural website Salkin, on July 14, 2009.";

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = CliRun.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertEquals(0, cli.execute(args));
    return out.toString();
  }

  @Test
  void explainShowsTheArrestRuleDateAndSpan() throws Exception {
    String text = run("extract", "--explain", SEED);
    String narrative = new CaseReader().read(Path.of(SEED)).narrative();
    int start = narrative.codePointCount(0, narrative.indexOf(ARREST));
    int end = start + ARREST.codePointCount(0, ARREST.length());
    Matcher m =
        Pattern.compile(
                "(?m)^  arrest-2009-07-14 +arrest, 2009-07-14 \\(July 14, 2009\\).*\\n"
                    + " +rule +event-trigger:arrested\\n"
                    + " +span +"
                    + start
                    + "-"
                    + end
                    + "  \""
                    + Pattern.quote(ARREST)
                    + "\"\\n")
            .matcher(text);
    assertTrue(m.find(), text);
    for (String section :
        new String[] {
          "JOURNALIST", "OUTLETS", "PLACES", "CHARGES", "EVENTS", "CLAIMS", "PEOPLE", "STATUS"
        }) {
      assertTrue(text.contains("\n" + section + "\n"), section + " missing:\n" + text);
    }
  }

  @Test
  void explainShowsTheSentenceRuleAndDateOfTheStatus() throws Exception {
    String text = run("extract", "--explain", SEED);
    String status = text.substring(text.indexOf("\nSTATUS\n"));
    assertTrue(status.contains("imprisoned, as of October 2023"), status);
    assertTrue(status.contains("rule     status:is-held"), status);
    assertTrue(status.contains("\"Imin is held at the Xinjiang No. 2 Prison"), status);
    assertTrue(status.contains("source   according to World Uyghur Congress"), status);
  }

  @Test
  void explainAsJsonGivesTheSameFacts() throws Exception {
    JsonNode rows = new ObjectMapper().readTree(run("extract", "--explain", "--json", SEED));
    JsonNode arrest = null;
    for (JsonNode r : rows) {
      if (r.get("key").asText().equals("arrest-2009-07-14")) {
        arrest = r;
      }
    }
    assertTrue(arrest != null, rows.toString());
    assertEquals("event-trigger:arrested", arrest.get("rule").asText());
    assertEquals(ARREST, arrest.get("quote").asText());
    assertEquals(
        ARREST.codePointCount(0, ARREST.length()),
        arrest.get("end").asInt() - arrest.get("start").asInt());
  }

  @Test
  void explainShowsTheCurationNotesAndNoCurationHidesThem() throws Exception {
    String curated = run("extract", "--explain", "data/cases/chimengul-awut.txt");
    assertTrue(curated.contains("curated  #1 remove by pfkg curation team"), curated);
    assertTrue(curated.contains("rule     curation:chimengul-awut.json#2"), curated);
    String bare = run("extract", "--explain", "--no-curation", "data/cases/chimengul-awut.txt");
    assertTrue(bare.contains("detention-2015"), bare);
    assertTrue(!bare.contains("curated"), bare);
  }
}
