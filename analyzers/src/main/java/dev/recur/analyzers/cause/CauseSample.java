package dev.recur.analyzers.cause;

import java.util.Objects;

/**
 * One labelled training sentence for the root-cause categorizers: the fault and component it states
 * as the cause ({@code unknown} and {@code other} for a sentence that states none).
 *
 * @param fault the fault label
 * @param component the component label
 * @param sentence the sentence as written
 */
public record CauseSample(String fault, String component, String sentence) {
  public CauseSample {
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(sentence, "sentence");
    if (fault.isBlank() || component.isBlank() || sentence.isBlank()) {
      throw new IllegalArgumentException(
          "a training sample needs a fault, a component and a sentence, got ["
              + fault
              + "] ["
              + component
              + "] ["
              + sentence
              + "]");
    }
  }
}
