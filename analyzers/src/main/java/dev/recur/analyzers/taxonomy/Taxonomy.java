package dev.recur.analyzers.taxonomy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recur.core.ActionCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary Recur classifies postmortems with: faults, components, red-herring names and
 * corrective-action categories, each with the phrases that point at it. The built-in taxonomy is a
 * JSON file shipped with the analyzers; an embedding application can {@link #load load} its own
 * file and either use it alone (replace) or {@link #extend extend} the built-in one with it, so
 * that a component such as {@code payments-api} needs no code change. Instances are immutable.
 */
public final class Taxonomy {

  static final String BUILT_IN = "/dev/recur/analyzers/taxonomy/taxonomy.json";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final List<Term> faults;
  private final List<Term> components;
  private final List<Term> herrings;
  private final List<Term> actions;

  private Taxonomy(
      List<Term> faults, List<Term> components, List<Term> herrings, List<Term> actions) {
    this.faults = checked("faults", faults);
    this.components = checked("components", components);
    this.herrings = checked("herrings", herrings);
    this.actions = checked("actions", actions);
    for (Term action : this.actions) {
      try {
        ActionCategory.fromId(action.id());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "[actions] ids must be action categories "
                + List.of(ActionCategory.values()).stream().map(ActionCategory::id).toList()
                + ", got '"
                + action.id()
                + "'",
            e);
      }
    }
  }

  /** A taxonomy made of the given terms; lists may be empty. */
  public static Taxonomy of(
      List<Term> faults, List<Term> components, List<Term> herrings, List<Term> actions) {
    return new Taxonomy(faults, components, herrings, actions);
  }

  /** The taxonomy shipped with Recur (the values of {@code TAXONOMY.md}). */
  public static Taxonomy builtIn() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("taxonomy resource " + BUILT_IN + " is missing"));
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy resource " + BUILT_IN + ": " + e, e);
    }
  }

  /**
   * Reads a taxonomy file: an object with the arrays {@code faults}, {@code components}, {@code
   * herrings} and {@code actions} (each optional), whose items are {@code {"id": ..., "cues":
   * [...]}}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException naming the field when the content is not a valid taxonomy
   */
  public static Taxonomy load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a taxonomy in the form {@link #load(Path)} describes.
   *
   * @throws IOException when the stream cannot be read
   * @throws IllegalArgumentException when the content is not a valid taxonomy
   */
  public static Taxonomy read(InputStream in) throws IOException {
    try {
      FileForm form = JSON.readValue(in, FileForm.class);
      return new Taxonomy(form.faults, form.components, form.herrings, form.actions);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a valid taxonomy: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * This taxonomy with {@code other} merged in: a value both know gets the cues of both, a value
   * only {@code other} knows is added after this one's values.
   */
  public Taxonomy extend(Taxonomy other) {
    return new Taxonomy(
        merge(faults, other.faults),
        merge(components, other.components),
        merge(herrings, other.herrings),
        merge(actions, other.actions));
  }

  /** The fault values with their cues, in priority order. */
  public List<Term> faults() {
    return faults;
  }

  /** The component values with their cues. */
  public List<Term> components() {
    return components;
  }

  /**
   * Extra phrases naming red herrings: {@code ddos}, {@code traffic-spike}, {@code code-deploy} and
   * wordings that point at a component only when it is suspected (a "server restart" is the web
   * server).
   */
  public List<Term> herrings() {
    return herrings;
  }

  /** Cues of the corrective-action categories; ids are {@link ActionCategory} ids. */
  public List<Term> actions() {
    return actions;
  }

  /** The fault of this id. */
  public Optional<Term> fault(String id) {
    return faults.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The component of this id. */
  public Optional<Term> component(String id) {
    return components.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  private static List<Term> checked(String field, List<Term> terms) {
    List<Term> list = terms == null ? List.of() : List.copyOf(terms);
    Set<String> seen = new LinkedHashSet<>();
    for (Term t : list) {
      if (!seen.add(t.id())) {
        throw new IllegalArgumentException("[" + field + "] lists '" + t.id() + "' twice");
      }
    }
    return list;
  }

  private static List<Term> merge(List<Term> base, List<Term> more) {
    Map<String, LinkedHashSet<String>> cues = new LinkedHashMap<>();
    for (Term t : base) {
      cues.computeIfAbsent(t.id(), k -> new LinkedHashSet<>()).addAll(t.cues());
    }
    for (Term t : more) {
      cues.computeIfAbsent(t.id(), k -> new LinkedHashSet<>()).addAll(t.cues());
    }
    List<Term> out = new ArrayList<>();
    cues.forEach((id, c) -> out.add(new Term(id, List.copyOf(c))));
    return out;
  }

  @Override
  public String toString() {
    return "Taxonomy[faults="
        + faults.stream().map(Term::id).toList()
        + ", components="
        + components.stream().map(Term::id).toList()
        + "]";
  }

  /** The JSON layout of a taxonomy file. */
  private static final class FileForm {
    final List<Term> faults;
    final List<Term> components;
    final List<Term> herrings;
    final List<Term> actions;

    @JsonCreator
    FileForm(
        @JsonProperty("faults") List<Term> faults,
        @JsonProperty("components") List<Term> components,
        @JsonProperty("herrings") List<Term> herrings,
        @JsonProperty("actions") List<Term> actions) {
      this.faults = faults;
      this.components = components;
      this.herrings = herrings;
      this.actions = actions;
    }
  }
}
