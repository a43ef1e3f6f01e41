package dev.recur.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The canonical kinds of postmortem section, in the order they are listed in the taxonomy. */
public enum SectionKind {
  SUMMARY,
  IMPACT,
  TIMELINE,
  DETECTION,
  ROOT_CAUSE,
  RESOLUTION,
  CORRECTIVE_ACTIONS,
  TASKS,
  MISLEADING_PATHS,
  ESCALATION,
  LESSONS_LEARNED,
  CONCLUSION,
  OTHER;

  /** The identifier used in JSON and in the taxonomy, such as {@code root_cause}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads an identifier such as {@code root_cause}.
   *
   * @throws IllegalArgumentException naming the value when it is not a known kind
   */
  @JsonCreator
  public static SectionKind fromId(String id) {
    for (SectionKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("unknown section kind '" + id + "'");
  }
}
