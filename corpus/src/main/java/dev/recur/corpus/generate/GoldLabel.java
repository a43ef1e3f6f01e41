package dev.recur.corpus.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a correct parse of one generated postmortem must find, in the meaning of the labelling
 * conventions of the evaluation contract; {@link #toJsonLine()} writes it in the gold-file form
 * ({@code file, start, end, timezone, duration_minutes, ...}).
 *
 * @param file the document's file name
 * @param start local start, {@code 2024-02-14T10:00}, or {@code T10:00} when only the time of day
 *     is stated
 * @param end local end, in the same form
 * @param timezone the zone as written
 * @param durationMinutes from the window, else from a stated length
 * @param statedDurationMinutes a length of the incident stated in the text
 * @param impactPercent share of users affected
 * @param affectedService what was down, as written
 * @param rootCauseFault fault value of the taxonomy
 * @param rootCauseComponent component value of the taxonomy
 * @param misleadingPaths red herrings, named as in the taxonomy
 * @param sections canonical section kinds present, in canonical order, without {@code other}
 */
public record GoldLabel(
    String file,
    Optional<String> start,
    Optional<String> end,
    Optional<String> timezone,
    OptionalInt durationMinutes,
    OptionalInt statedDurationMinutes,
    OptionalDouble impactPercent,
    Optional<String> affectedService,
    String rootCauseFault,
    String rootCauseComponent,
    List<String> misleadingPaths,
    List<String> sections) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public GoldLabel {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
    Objects.requireNonNull(statedDurationMinutes, "statedDurationMinutes");
    Objects.requireNonNull(impactPercent, "impactPercent");
    Objects.requireNonNull(affectedService, "affectedService");
    Objects.requireNonNull(rootCauseFault, "rootCauseFault");
    Objects.requireNonNull(rootCauseComponent, "rootCauseComponent");
    misleadingPaths = List.copyOf(misleadingPaths);
    sections = List.copyOf(sections);
    if (durationMinutes.isPresent() && durationMinutes.getAsInt() < 0) {
      throw new IllegalArgumentException(
          "durationMinutes must be >= 0, got " + durationMinutes.getAsInt());
    }
  }

  /** One line of a gold file, keys as in {@code seeds-gold.jsonl}, absent values as JSON null. */
  public String toJsonLine() {
    ObjectNode node = JSON.createObjectNode();
    node.put("file", file);
    putText(node, "start", start);
    putText(node, "end", end);
    putText(node, "timezone", timezone);
    putInt(node, "duration_minutes", durationMinutes);
    putInt(node, "stated_duration_minutes", statedDurationMinutes);
    if (impactPercent.isPresent()) {
      double p = impactPercent.getAsDouble();
      if (p == Math.rint(p)) {
        node.put("impact_percent", (int) p);
      } else {
        node.put("impact_percent", p);
      }
    } else {
      node.putNull("impact_percent");
    }
    putText(node, "affected_service", affectedService);
    node.put("root_cause_fault", rootCauseFault);
    node.put("root_cause_component", rootCauseComponent);
    ArrayNode paths = node.putArray("misleading_paths");
    misleadingPaths.forEach(paths::add);
    ArrayNode kinds = node.putArray("sections");
    sections.forEach(kinds::add);
    return node.toString();
  }

  private static void putText(ObjectNode node, String key, Optional<String> value) {
    if (value.isPresent()) {
      node.put(key, value.get());
    } else {
      node.putNull(key);
    }
  }

  private static void putInt(ObjectNode node, String key, OptionalInt value) {
    if (value.isPresent()) {
      node.put(key, value.getAsInt());
    } else {
      node.putNull(key);
    }
  }
}
