package dev.recur.corpus.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.taxonomy.Term;
import dev.recur.core.RootCause;
import dev.recur.core.Severity;
import dev.recur.core.When;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads gold files: JSON Lines in the format of {@code seeds-gold.jsonl}, one labelled document a
 * line, blank lines ignored.
 */
public final class GoldFile {

  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private GoldFile() {}

  /**
   * Reads every line of {@code path}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming every line that is not a gold record (the first {@link
   *     #MAX_REPORTED}), one a line
   */
  public static List<GoldRecord> read(Path path) throws IOException {
    return read(path, Optional.empty());
  }

  /**
   * Like {@link #read(Path)}, also naming every fault, component and misleading path that {@code
   * taxonomy} does not know: a misspelt label ("misconfigured", "databse") would otherwise only
   * count as Recur's error.
   */
  public static List<GoldRecord> read(Path path, Taxonomy taxonomy) throws IOException {
    return read(path, Optional.of(new Vocabulary(taxonomy)));
  }

  private static List<GoldRecord> read(Path path, Optional<Vocabulary> vocabulary)
      throws IOException {
    if (Files.isDirectory(path)) {
      throw new IOException(path + ": is a folder; a gold file is JSON Lines, one record a line");
    }
    List<GoldRecord> out = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    // A document labelled twice would be scored against whichever line came first; which one the
    // labeller meant is theirs to say.
    Map<String, Integer> firstLine = new HashMap<>();
    int badLines = 0;
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          String where = path + ":" + number;
          GoldRecord record = parseLine(line, where);
          vocabulary.ifPresent(v -> v.check(record, where));
          Integer first = firstLine.putIfAbsent(record.file(), number);
          if (first != null) {
            throw new IllegalArgumentException(
                where + ": " + record.file() + " is labelled again (first on line " + first + ")");
          }
          out.add(record);
        } catch (IllegalArgumentException e) {
          // Every bad line is reported at once, so that a labeller fixes the file in one pass.
          badLines++;
          if (bad.size() < MAX_REPORTED) {
            bad.add(e.getMessage());
          }
        }
      }
    } catch (CharacterCodingException e) {
      throw new IOException(path + ": not UTF-8 text; a gold file is JSON Lines", e);
    }
    if (badLines > 0) {
      String more =
          badLines > bad.size() ? "\n... and " + (badLines - bad.size()) + " more bad lines" : "";
      throw new IllegalArgumentException(String.join("\n", bad) + more);
    }
    return out;
  }

  /** The values a taxonomy allows in the gold's fault, component and misleading-path keys. */
  private record Vocabulary(Set<String> faults, Set<String> components, Set<String> paths) {

    Vocabulary(Taxonomy taxonomy) {
      this(
          ids(taxonomy.faults(), RootCause.UNKNOWN_FAULT),
          ids(taxonomy.components(), RootCause.OTHER_COMPONENT),
          union(ids(taxonomy.components()), ids(taxonomy.herrings())));
    }

    private static Set<String> ids(List<Term> terms, String... more) {
      Set<String> out = new LinkedHashSet<>();
      terms.forEach(t -> out.add(t.id()));
      out.addAll(Arrays.asList(more));
      return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      Set<String> out = new LinkedHashSet<>(a);
      out.addAll(b);
      return out;
    }

    void check(GoldRecord record, String where) {
      record.rootCauseFault().ifPresent(v -> known(v, faults, Field.ROOT_CAUSE_FAULT, where));
      record
          .rootCauseComponent()
          .ifPresent(v -> known(v, components, Field.ROOT_CAUSE_COMPONENT, where));
      record.misleadingPaths().forEach(v -> known(v, paths, Field.MISLEADING_PATHS, where));
    }

    private static void known(String value, Set<String> allowed, Field field, String where) {
      if (!allowed.contains(value)) {
        throw new IllegalArgumentException(
            where
                + ": ["
                + field.key()
                + "] '"
                + value
                + "' is not in the taxonomy; one of "
                + String.join(", ", allowed));
      }
    }
  }

  /** How many bad lines {@link #read} names before it only counts the rest. */
  static final int MAX_REPORTED = 20;

  /**
   * Reads one gold line.
   *
   * @param where names the line in error messages, such as {@code gold.jsonl:12}
   * @throws IllegalArgumentException naming {@code where} when the line is not a gold record
   */
  public static GoldRecord parseLine(String line, String where) {
    JsonNode node;
    try {
      node = MAPPER.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON: " + plain(e.getOriginalMessage()), e);
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(where + ": a gold line must be a JSON object");
    }
    JsonNode file = node.get("file");
    if (file == null || !file.isTextual() || file.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": [file] must be a non-empty string");
    }
    Set<Field> labelled = EnumSet.noneOf(Field.class);
    for (Field f : Field.values()) {
      if (node.has(f.key())) {
        labelled.add(f);
      }
    }
    return new GoldRecord(
        file.asText(),
        labelled,
        moment(node, Field.START, where),
        moment(node, Field.END, where),
        text(node, Field.TIMEZONE, where),
        number(node, Field.DURATION_MINUTES, where),
        number(node, Field.STATED_DURATION_MINUTES, where),
        number(node, Field.IMPACT_PERCENT, where),
        number(node, Field.USERS_AFFECTED, where),
        text(node, Field.AFFECTED_SERVICE, where),
        severity(node, where),
        text(node, Field.ROOT_CAUSE_FAULT, where),
        text(node, Field.ROOT_CAUSE_COMPONENT, where),
        strings(node, Field.MISLEADING_PATHS, where),
        strings(node, Field.SECTIONS, where));
  }

  /**
   * Jackson's message without its own location ("at [Source: REDACTED ...]"), which names no line
   * of the gold file; {@code where} does.
   */
  private static String plain(String message) {
    String first = message.lines().findFirst().orElse(message);
    int at = first.indexOf(" (start marker at");
    if (at < 0) {
      at = first.indexOf(" at [Source");
    }
    return at < 0 ? first : first.substring(0, at);
  }

  private static Optional<When> moment(JsonNode node, Field f, String where) {
    return text(node, f, where)
        .map(
            s -> {
              try {
                return When.parse(s);
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                    where + ": [" + f.key() + "] " + e.getMessage(), e);
              }
            });
  }

  /** A severity identifier, checked; {@code unknown} and null both say the text does not tell. */
  private static Optional<String> severity(JsonNode node, String where) {
    Optional<String> id = text(node, Field.SEVERITY, where);
    if (id.isEmpty()) {
      return id;
    }
    try {
      Severity s = Severity.fromId(id.get());
      return s == Severity.UNKNOWN ? Optional.empty() : Optional.of(s.id());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where + ": [" + Field.SEVERITY.key() + "] " + e.getMessage() + "; one of " + SEVERITIES,
          e);
    }
  }

  private static final String SEVERITIES =
      Arrays.stream(Severity.values()).map(Severity::id).collect(Collectors.joining(", "));

  private static Optional<String> text(JsonNode node, Field f, String where) {
    JsonNode v = node.get(f.key());
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(
          where + ": [" + f.key() + "] must be a string or null, got " + v);
    }
    return Optional.of(v.asText());
  }

  private static Optional<Double> number(JsonNode node, Field f, String where) {
    JsonNode v = node.get(f.key());
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      throw new IllegalArgumentException(
          where + ": [" + f.key() + "] must be a number or null, got " + v);
    }
    return Optional.of(v.asDouble());
  }

  private static Set<String> strings(JsonNode node, Field f, String where) {
    JsonNode v = node.get(f.key());
    if (v == null || v.isNull()) {
      return Set.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException(where + ": [" + f.key() + "] must be an array, got " + v);
    }
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode item : v) {
      if (!item.isTextual()) {
        throw new IllegalArgumentException(
            where + ": [" + f.key() + "] must hold strings, got " + item);
      }
      out.add(item.asText());
    }
    return out;
  }
}
