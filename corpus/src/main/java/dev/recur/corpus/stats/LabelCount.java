package dev.recur.corpus.stats;

import java.util.Objects;

/**
 * A count for a named thing: incidents in a period, chases in a signature, incidents of a fault.
 *
 * @param label the name of what is counted
 * @param count how many
 */
public record LabelCount(String label, int count) {
  public LabelCount {
    Objects.requireNonNull(label, "label");
    if (count < 0) {
      throw new IllegalArgumentException("[count] must be >= 0, got " + count);
    }
  }
}
