package dev.recur.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured record of one postmortem: what Recur reads out of a free-form document. Every
 * field is immutable; fields an extractor could not fill are empty, and {@code diagnostics} says
 * why when something looked wrong.
 *
 * @param id a stable hash of the document's text, the same for the same text wherever it lives
 * @param source where the document came from: a path as given, an archive row, or {@code -}
 * @param title the document title, when it has one
 * @param sections the sections in document order
 * @param incident the incident window and response times
 * @param timeline the timeline entries in document order
 * @param impact who and what was affected
 * @param rootCause the primary root cause
 * @param misleadingPaths the red herrings
 * @param correctiveActions the promised action items
 * @param diagnostics what looked wrong or was unreadable
 */
@JsonPropertyOrder({
  "id",
  "source",
  "title",
  "sections",
  "incident",
  "timeline",
  "impact",
  "rootCause",
  "misleadingPaths",
  "correctiveActions",
  "diagnostics"
})
public record Postmortem(
    String id,
    String source,
    Optional<String> title,
    List<Section> sections,
    Optional<Incident> incident,
    List<TimelineEntry> timeline,
    Optional<Impact> impact,
    Optional<RootCause> rootCause,
    List<MisleadingPath> misleadingPaths,
    List<CorrectiveAction> correctiveActions,
    List<Diagnostic> diagnostics) {
  public Postmortem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(impact, "impact");
    Objects.requireNonNull(rootCause, "rootCause");
    sections = List.copyOf(sections);
    timeline = List.copyOf(timeline);
    misleadingPaths = List.copyOf(misleadingPaths);
    correctiveActions = List.copyOf(correctiveActions);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The sections of one kind, in document order. */
  public List<Section> sections(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).toList();
  }
}
