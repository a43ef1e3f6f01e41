package dev.recur.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How badly users were affected. */
public enum Severity {
  FULL_OUTAGE,
  PARTIAL_OUTAGE,
  DEGRADATION,
  UNKNOWN;

  /** The identifier used in JSON, such as {@code full-outage}. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Reads an identifier such as {@code partial-outage}.
   *
   * @throws IllegalArgumentException naming the value when it is not a known severity
   */
  @JsonCreator
  public static Severity fromId(String id) {
    for (Severity s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown severity '" + id + "'");
  }
}
