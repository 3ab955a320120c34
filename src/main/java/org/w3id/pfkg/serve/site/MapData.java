package org.w3id.pfkg.serve.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * JSON for inline {@code <script>} blocks (map markers, schema.org markup), escaped so that no
 * value from the data can close the script element: every {@code <}, {@code >} and {@code &} is
 * written as a JSON unicode escape.
 */
final class MapData {
  private static final ObjectMapper JSON = new ObjectMapper();

  private MapData() {}

  static String json(List<PlaceMark> places) {
    return safe(
        places.stream()
            .map(
                p ->
                    Map.of(
                        "label", p.place().label(),
                        "href", p.place().href(),
                        "what", p.what(),
                        "lat", p.lat(),
                        "lon", p.lon()))
            .toList());
  }

  static String safe(Object value) {
    try {
      return JSON.writeValueAsString(value)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps and lists of strings always serialise", e);
    }
  }
}
