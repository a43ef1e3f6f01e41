package dev.recur.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a timeline entry records in the life of an incident. */
public enum TimelineKind {
  DETECTION,
  INVESTIGATION,
  ESCALATION,
  MITIGATION,
  RESOLUTION,
  OTHER;

  /** The lower-case identifier used in JSON. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a lower-case identifier.
   *
   * @throws IllegalArgumentException naming the value when it is not a known kind
   */
  @JsonCreator
  public static TimelineKind fromId(String id) {
    for (TimelineKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown timeline kind '" + id + "'");
  }
}
