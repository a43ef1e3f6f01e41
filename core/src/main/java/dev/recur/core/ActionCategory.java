package dev.recur.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of promise a corrective action makes; the key of the "promised before" statistic. */
public enum ActionCategory {
  MONITORING,
  VALIDATION,
  CHANGE_MANAGEMENT,
  DOCUMENTATION,
  TRAINING,
  PROCESS,
  CAPACITY,
  TESTING,
  OTHER;

  /** The identifier used in JSON, such as {@code change-management}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads an identifier such as {@code change-management}.
   *
   * @throws IllegalArgumentException naming the value when it is not a known category
   */
  @JsonCreator
  public static ActionCategory fromId(String id) {
    for (ActionCategory c : values()) {
      if (c.id().equals(id)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown action category '" + id + "'");
  }
}
