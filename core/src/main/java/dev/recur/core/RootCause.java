package dev.recur.core;

import java.util.Objects;
import java.util.Optional;

/**
 * The primary root cause on the taxonomy's two axes: what went wrong and where. The pair is the
 * incident's signature for recurrence statistics.
 *
 * @param fault a fault value of the taxonomy in use, {@code unknown} when the text does not say
 * @param component a component value of the taxonomy in use, {@code other} when none fits
 * @param confidence how sure the classifier is, 0 to 1
 * @param evidence the sentence the decision rests on
 */
public record RootCause(
    String fault, String component, double confidence, Optional<String> evidence) {
  /** The fault value meaning the text does not say. */
  public static final String UNKNOWN_FAULT = "unknown";

  /** The component value meaning no listed component fits. */
  public static final String OTHER_COMPONENT = "other";

  public RootCause {
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(evidence, "evidence");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("[confidence] must be within 0..1, got " + confidence);
    }
  }

  /** The signature {@code fault × component}, written {@code fault/component}. */
  public String signature() {
    return fault + "/" + component;
  }
}
