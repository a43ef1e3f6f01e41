package dev.recur.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A red herring: a cause the responders suspected and ruled out.
 *
 * @param hypothesis a component value or {@code ddos}, {@code traffic-spike}, {@code code-deploy}
 * @param evidence the sentence that says it was suspected or ruled out
 * @param minutesSpent how long chasing it took, when the timeline shows it
 */
public record MisleadingPath(String hypothesis, String evidence, Optional<Integer> minutesSpent) {
  public MisleadingPath {
    Objects.requireNonNull(hypothesis, "hypothesis");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(minutesSpent, "minutesSpent");
    if (minutesSpent.isPresent() && minutesSpent.get() < 0) {
      throw new IllegalArgumentException("[minutesSpent] must be >= 0, got " + minutesSpent.get());
    }
  }

  /** A red herring whose cost in time is not known. */
  public MisleadingPath(String hypothesis, String evidence) {
    this(hypothesis, evidence, Optional.empty());
  }
}
