package org.w3id.pfkg.serve.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The extraction's measured quality as the landing page shows it, read from {@code
 * site/extraction-quality.tsv} (the last {@code pfkg eval} table, shipped in the jar) rather than
 * written into a template: {@code measured}, {@code corpus} and {@code macro F1} lines, then a
 * {@code slot} header and one row per slot.
 */
record ExtractionQuality(String measured, String corpus, String macroF1, List<Slot> slots) {
  static final String TABLE = "site/extraction-quality.tsv";

  /** One slot's figures, as printed by {@code pfkg eval}. */
  record Slot(String name, String precision, String recall, String f1) {}

  /** The table, or empty when the jar has none (the page then says nothing about quality). */
  static Optional<ExtractionQuality> fromClasspath() {
    try (InputStream in = ExtractionQuality.class.getClassLoader().getResourceAsStream(TABLE)) {
      return in == null ? Optional.empty() : Optional.of(parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ExtractionQuality parse(InputStream in) throws IOException {
    String measured = "";
    String corpus = "";
    String macro = "";
    List<Slot> slots = new ArrayList<>();
    boolean inTable = false;
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (inTable && cols.length == 4) {
        slots.add(new Slot(cols[0], cols[1], cols[2], cols[3]));
      } else if (cols[0].equals("slot")) {
        inTable = true;
      } else if (cols.length == 2 && cols[0].equals("measured")) {
        measured = cols[1];
      } else if (cols.length == 2 && cols[0].equals("corpus")) {
        corpus = cols[1];
      } else if (cols.length == 2 && cols[0].equals("macro F1")) {
        macro = cols[1];
      } else {
        throw new IllegalStateException(TABLE + ": unexpected line: " + line);
      }
    }
    return new ExtractionQuality(measured, corpus, macro, List.copyOf(slots));
  }
}
