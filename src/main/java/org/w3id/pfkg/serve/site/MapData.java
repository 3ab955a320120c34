package org.w3id.pfkg.serve.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  /**
   * The map's markers: one per spot, each with the list of what happened there, so that six events
   * in one city are one marker with a list rather than six markers stacked on one point.
   */
  static String json(List<PlaceMark> places) {
    Map<String, List<PlaceMark>> bySpot = new LinkedHashMap<>();
    for (PlaceMark p : places) {
      bySpot.computeIfAbsent(spot(p), k -> new ArrayList<>()).add(p);
    }
    return safe(
        bySpot.values().stream()
            .map(
                marks -> {
                  Map<String, Object> marker = new LinkedHashMap<>();
                  marker.put("lat", marks.get(0).lat());
                  marker.put("lon", marks.get(0).lon());
                  marker.put("items", marks.stream().map(MapData::item).toList());
                  return marker;
                })
            .toList());
  }

  private static Map<String, Object> item(PlaceMark p) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("label", p.place().label());
    item.put("href", p.place().href());
    item.put("what", p.what());
    item.put("near", p.near());
    return item;
  }

  /** Points closer than about 10 m are one spot. */
  private static String spot(PlaceMark p) {
    return Math.round(p.lat() * 10_000) + "," + Math.round(p.lon() * 10_000);
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
