package dev.recur.corpus.stats;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * One axis of a signature: the taxonomy's fault and component, and optionally the affected service.
 */
public enum Dimension {
  FAULT,
  COMPONENT,
  SERVICE;

  /** The lower-case name used on the command line and in exports. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a command-line name such as {@code component}.
   *
   * @throws IllegalArgumentException naming the value when it is not a dimension
   */
  public static Dimension fromId(String id) {
    for (Dimension d : values()) {
      if (d.id().equals(id.trim().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    throw new IllegalArgumentException(
        "unknown dimension '" + id + "', expected fault, component or service");
  }
}
