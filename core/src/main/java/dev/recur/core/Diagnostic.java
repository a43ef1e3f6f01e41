package dev.recur.core;

import java.util.Objects;

/**
 * Something that looked wrong while reading a postmortem: unreadable bytes, a stated length that
 * disagrees with the window, an ambiguous time zone. Diagnostics never stop a parse; they travel
 * with the record so a user can see why a field is empty or doubtful.
 *
 * @param code a short stable identifier such as {@code invalid-utf8} or {@code duration-mismatch}
 * @param message a sentence for people, naming the offending value
 */
public record Diagnostic(String code, String message) {
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (code.isBlank()) {
      throw new IllegalArgumentException("diagnostic code must not be blank, got '" + code + "'");
    }
  }
}
