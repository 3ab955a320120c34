package org.w3id.pfkg.curate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.w3id.pfkg.facts.Source;
import org.w3id.pfkg.facts.SourceKind;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.vocab.Slug;

/**
 * Reads a curation file with a streaming parser, so that each operation keeps the line it starts on
 * and every message can point there.
 */
final class CurationReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;

  CurationReader(Path file) {
    this.file = file;
  }

  Curation read() {
    String stem = file.getFileName().toString().replaceFirst("\\.json$", "");
    String caseId = stem;
    List<Operation> operations = new ArrayList<>();
    try (JsonParser p = JSON.createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fault(p.currentTokenLocation(), "expected a JSON object with \"operations\"");
      }
      boolean sawOperations = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "case" -> {
            caseId = p.getValueAsString("");
            if (!caseId.equals(stem)) {
              throw fault(
                  p.currentTokenLocation(),
                  "\"case\" is '" + caseId + "' but the file is named for '" + stem + "'");
            }
          }
          case "operations" -> {
            if (value != JsonToken.START_ARRAY) {
              throw fault(p.currentTokenLocation(), "expected \"operations\" to be an array");
            }
            sawOperations = true;
            while (p.nextToken() == JsonToken.START_OBJECT) {
              Location at = at(p.currentTokenLocation());
              JsonNode node = p.readValueAsTree();
              operations.add(operation(operations.size() + 1, at, node, caseId));
            }
            if (p.currentToken() != JsonToken.END_ARRAY) {
              throw fault(p.currentTokenLocation(), "expected each operation to be an object");
            }
          }
          default -> p.skipChildren();
        }
      }
      if (!sawOperations) {
        throw new InputException(Location.of(file), "expected an \"operations\" array");
      }
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new InputException(
          l == null ? Location.of(file) : at(l), "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new InputException(Location.of(file), "cannot read curation file: " + e.getMessage());
    }
    return new Curation(file, caseId, operations);
  }

  private Operation operation(int number, Location at, JsonNode op, String caseId) {
    String actionWord = text(op, "action", at).toUpperCase(Locale.ROOT);
    Action action;
    try {
      action = Action.valueOf(actionWord);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          at, "expected \"action\" to be add, remove or correct, not '" + op.get("action") + "'");
    }
    List<FactKind> kinds = new ArrayList<>();
    op.fieldNames().forEachRemaining(f -> FactKind.fromWord(f).ifPresent(kinds::add));
    if (kinds.size() != 1) {
      throw new InputException(
          at,
          "expected exactly one selector field (event, claim, charge, person, outlet, place,"
              + " organization, facility, role or detention), found "
              + kinds.size());
    }
    FactKind kind = kinds.get(0);
    String key =
        text(
            op,
            kind == FactKind.ORGANIZATION && op.has("organisation") ? "organisation" : kind.word(),
            at);
    String document = op.hasNonNull("document") ? text(op, "document", at) : caseId;
    String editor = text(op, "editor", at);
    String reason = text(op, "reason", at);
    LocalDate date;
    try {
      date = LocalDate.parse(text(op, "date", at));
    } catch (DateTimeParseException e) {
      throw new InputException(
          at, "expected \"date\" as an ISO date (2025-01-31), not " + op.get("date"));
    }
    Map<String, String> fields =
        switch (action) {
          case REMOVE -> Map.of();
          case CORRECT -> fields(op, "set", at);
          case ADD -> op.has("fact") ? fields(op, "fact", at) : Map.of();
        };
    Optional<String> quote = Optional.empty();
    if (action == Action.ADD) {
      quote = Optional.of(text(op, "quote", at));
    }
    return new Operation(
        number,
        at,
        action,
        new Selector(kind, key, document),
        editor,
        date,
        reason,
        fields,
        quote,
        source(op, "according_to", at),
        source(op, "reported_by", at));
  }

  private static Map<String, String> fields(JsonNode op, String name, Location at) {
    JsonNode obj = op.get(name);
    if (obj == null || !obj.isObject() || obj.isEmpty()) {
      throw new InputException(at, "expected \"" + name + "\" to be an object of fields");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    obj.properties()
        .forEach(
            e -> {
              JsonNode v = e.getValue();
              String value =
                  v.isArray()
                      ? String.join(
                          ",",
                          StreamSupport.stream(v.spliterator(), false)
                              .map(JsonNode::asText)
                              .toList())
                      : v.asText();
              fields.put(e.getKey(), value.trim());
            });
    return fields;
  }

  private static Optional<Source> source(JsonNode op, String name, Location at) {
    JsonNode s = op.get(name);
    if (s == null || s.isNull()) {
      return Optional.empty();
    }
    if (!s.isObject()) {
      throw new InputException(
          at, "expected \"" + name + "\" to be {\"name\": ..., \"kind\": ...}");
    }
    String who = text(s, "name", at);
    String kindWord = s.hasNonNull("kind") ? s.get("kind").asText() : "organization";
    SourceKind kind;
    try {
      kind =
          SourceKind.valueOf(
              kindWord.toUpperCase(Locale.ROOT).replace("ORGANISATION", "ORGANIZATION"));
    } catch (IllegalArgumentException e) {
      throw new InputException(
          at,
          "expected \""
              + name
              + ".kind\" to be organization, person, described or authority, not '"
              + kindWord
              + "'");
    }
    String key = s.hasNonNull("key") ? s.get("key").asText() : Slug.of(who);
    return Optional.of(new Source(who, key, kind));
  }

  /** A required, non-empty string field. */
  private static String text(JsonNode node, String field, Location at) {
    JsonNode v = node.get(field);
    if (v == null || !v.isValueNode() || v.asText().isBlank()) {
      throw new InputException(at, "expected a non-empty \"" + field + "\"");
    }
    return v.asText().trim();
  }

  private Location at(JsonLocation l) {
    return new Location(file, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  private InputException fault(JsonLocation l, String message) {
    return new InputException(at(l), message);
  }
}
