package dev.recur.analyzers.cause;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recur.analyzers.Parsed;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Postmortem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Test helper: scores impact, root cause and red herrings against a gold file in the {@code
 * seeds-gold.jsonl} form, by the rules of {@code SCHEMA.md} (impact within 0.5, null matching null;
 * fault and component exactly; herrings by micro-averaged set F1).
 */
final class CauseGold {

  /** One document's gold and parsed values. */
  record Row(String file, Postmortem got, JsonNode gold) {
    boolean faultRight() {
      return gold.path("root_cause_fault").asText().equals(got.rootCause().orElseThrow().fault());
    }

    boolean componentRight() {
      return gold.path("root_cause_component")
          .asText()
          .equals(got.rootCause().orElseThrow().component());
    }

    boolean impactRight() {
      JsonNode g = gold.path("impact_percent");
      Optional<Double> p = got.impact().flatMap(i -> i.usersPercent());
      if (g.isNull() || g.isMissingNode()) {
        return p.isEmpty();
      }
      return p.isPresent() && Math.abs(p.get() - g.asDouble()) <= 0.5;
    }

    Set<String> goldHerrings() {
      Set<String> out = new HashSet<>();
      gold.path("misleading_paths").forEach(n -> out.add(n.asText()));
      return out;
    }

    Set<String> gotHerrings() {
      return got.misleadingPaths().stream()
          .map(MisleadingPath::hypothesis)
          .collect(Collectors.toSet());
    }

    String describe() {
      return String.format(
          Locale.ROOT,
          "%s fault %s/%s component %s/%s impact %s/%s herrings %s/%s",
          file,
          gold.path("root_cause_fault").asText(),
          got.rootCause().orElseThrow().fault(),
          gold.path("root_cause_component").asText(),
          got.rootCause().orElseThrow().component(),
          gold.path("impact_percent"),
          got.impact().flatMap(i -> i.usersPercent()),
          goldHerrings(),
          gotHerrings());
    }
  }

  private CauseGold() {}

  /**
   * Parses every document of {@code gold} found in {@code dir}, keeping those {@code keep} accepts.
   */
  static List<Row> rows(Path gold, Path dir, java.util.function.Predicate<String> keep) {
    ObjectMapper json = new ObjectMapper();
    List<Row> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(gold)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode g = json.readTree(line);
        String file = g.path("file").asText();
        Path doc = dir.resolve(file);
        if (keep.test(file) && Files.isRegularFile(doc)) {
          out.add(new Row(file, Parsed.parse(doc), g));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Micro-averaged F1 of the red-herring sets; 1 when both sides are empty everywhere. */
  static double herringF1(List<Row> rows) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Row r : rows) {
      Set<String> g = r.goldHerrings();
      Set<String> p = r.gotHerrings();
      for (String h : p) {
        if (g.contains(h)) {
          tp++;
        } else {
          fp++;
        }
      }
      for (String h : g) {
        if (!p.contains(h)) {
          fn++;
        }
      }
    }
    return tp == 0 && fp == 0 && fn == 0 ? 1.0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  static double share(List<Row> rows, java.util.function.Predicate<Row> right) {
    return rows.isEmpty() ? 0 : (double) rows.stream().filter(right).count() / rows.size();
  }
}
