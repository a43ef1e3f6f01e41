package dev.recur.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an incident timeline.
 *
 * @param time when it happened, resolved against the incident's date where possible
 * @param text what happened, markup stripped
 * @param kind what the entry records
 */
public record TimelineEntry(Optional<When> time, String text, TimelineKind kind) {
  public TimelineEntry {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
  }
}
