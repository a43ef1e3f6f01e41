package dev.recur.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The record of one postmortem while extractors fill it in. A draft is confined to the single parse
 * that created it and is not thread-safe; {@link #build()} turns it into an immutable {@link
 * Postmortem}.
 */
public final class RecordDraft {

  /**
   * Identifies a value that extractors share within one parse (sentences of a section, say),
   * computed once by whichever step needs it first.
   *
   * @param <T> the type of the shared value
   */
  public static final class Key<T> {
    private final String name;

    /** A key named for error messages. */
    public Key(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private final SourceDocument document;
  private Optional<String> title = Optional.empty();
  private List<Section> sections = List.of();
  private Optional<Incident> incident = Optional.empty();
  private List<TimelineEntry> timeline = List.of();
  private Optional<Impact> impact = Optional.empty();
  private Optional<RootCause> rootCause = Optional.empty();
  private List<MisleadingPath> misleadingPaths = List.of();
  private List<CorrectiveAction> correctiveActions = List.of();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Map<Key<?>, Object> shared = new HashMap<>();

  /** A draft for one document. */
  public RecordDraft(SourceDocument document) {
    this.document = Objects.requireNonNull(document, "document");
    diagnostics.addAll(document.diagnostics());
  }

  /** The document being read. */
  public SourceDocument document() {
    return document;
  }

  /** The document's full text. */
  public String text() {
    return document.text();
  }

  public Optional<String> title() {
    return title;
  }

  public void title(String value) {
    title = Optional.ofNullable(value).filter(s -> !s.isBlank());
  }

  public List<Section> sections() {
    return sections;
  }

  public void sections(List<Section> value) {
    sections = List.copyOf(value);
  }

  /** The sections of one kind, in document order. */
  public List<Section> sections(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).toList();
  }

  public Optional<Incident> incident() {
    return incident;
  }

  public void incident(Incident value) {
    incident = Optional.of(value);
  }

  public List<TimelineEntry> timeline() {
    return timeline;
  }

  public void timeline(List<TimelineEntry> value) {
    timeline = List.copyOf(value);
  }

  public Optional<Impact> impact() {
    return impact;
  }

  public void impact(Impact value) {
    impact = Optional.of(value);
  }

  public Optional<RootCause> rootCause() {
    return rootCause;
  }

  public void rootCause(RootCause value) {
    rootCause = Optional.of(value);
  }

  public List<MisleadingPath> misleadingPaths() {
    return misleadingPaths;
  }

  public void misleadingPaths(List<MisleadingPath> value) {
    misleadingPaths = List.copyOf(value);
  }

  public List<CorrectiveAction> correctiveActions() {
    return correctiveActions;
  }

  public void correctiveActions(List<CorrectiveAction> value) {
    correctiveActions = List.copyOf(value);
  }

  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** Records something that looked wrong. */
  public void diagnose(String code, String message) {
    diagnostics.add(new Diagnostic(code, message));
  }

  /** The value shared under {@code key}, computing it on first use. */
  @SuppressWarnings("unchecked")
  public <T> T shared(Key<T> key, Supplier<T> compute) {
    Object value = shared.get(key);
    if (value == null) {
      value = Objects.requireNonNull(compute.get(), () -> "shared value " + key + " was null");
      shared.put(key, value);
    }
    return (T) value;
  }

  /** The immutable record as filled in so far. */
  public Postmortem build() {
    return new Postmortem(
        document.contentId(),
        document.source(),
        title,
        sections,
        incident,
        timeline,
        impact,
        rootCause,
        misleadingPaths,
        correctiveActions,
        diagnostics);
  }
}
