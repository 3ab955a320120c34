package org.w3id.pfkg.serve.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.WGS84;

/**
 * The label and place of each property on resource pages, from {@code site/property-order.tsv}:
 * listed properties in the file's order with the file's label, or else the ontology's {@code
 * rdfs:label} (our own terms); properties not listed after them, by label. A page never shows a
 * bare local name such as {@code alternateName} for a property the table knows.
 */
final class PropertyLabels {
  static final String TABLE = "site/property-order.tsv";

  private final Map<String, Integer> rank = new HashMap<>();
  private final Map<String, String> labels = new HashMap<>();

  private PropertyLabels() {}

  static PropertyLabels fromClasspath(Iris iris) {
    PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(iris.prefixes());
    prefixes.setNsPrefix("geo", WGS84.NS);
    PropertyLabels table = new PropertyLabels();
    try (InputStream in = PropertyLabels.class.getClassLoader().getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException(TABLE + " is missing from the classpath");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        String iri = prefixes.expandPrefix(cols[0].strip());
        if (iri.equals(cols[0].strip())) {
          throw new IllegalStateException(TABLE + ": unknown prefix in " + cols[0]);
        }
        table.rank.putIfAbsent(iri, table.rank.size());
        if (cols.length > 1 && !cols[1].isBlank()) {
          table.labels.put(iri, cols[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  /** The table's label for the property, else {@code stated} (the graph's label or local name). */
  String label(String iri, String stated) {
    return labels.getOrDefault(iri, stated);
  }

  /** Table order first, then by label. */
  Comparator<Link> order() {
    return Comparator.comparing((Link l) -> rank.getOrDefault(l.iri(), Integer.MAX_VALUE))
        .thenComparing(Link::label)
        .thenComparing(Link::iri);
  }

  boolean listed(String iri) {
    return rank.containsKey(iri);
  }
}
