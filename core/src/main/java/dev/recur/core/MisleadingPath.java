package dev.recur.core;

import java.util.Objects;

/**
 * A red herring: a cause the responders suspected and ruled out.
 *
 * @param hypothesis a component value or {@code ddos}, {@code traffic-spike}, {@code code-deploy}
 * @param evidence the sentence that says it was suspected or ruled out
 */
public record MisleadingPath(String hypothesis, String evidence) {
  public MisleadingPath {
    Objects.requireNonNull(hypothesis, "hypothesis");
    Objects.requireNonNull(evidence, "evidence");
  }
}
