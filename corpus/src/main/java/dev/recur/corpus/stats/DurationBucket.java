package dev.recur.corpus.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * One bar of the duration distribution: incidents that lasted at least {@code fromMinutes} and less
 * than {@code toMinutes}.
 *
 * @param label a readable range such as {@code 1–2 h}
 * @param fromMinutes the inclusive lower bound
 * @param toMinutes the exclusive upper bound; empty for the open last bucket
 * @param count how many incidents fall in it
 */
public record DurationBucket(
    String label, int fromMinutes, Optional<Integer> toMinutes, int count) {
  public DurationBucket {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(toMinutes, "toMinutes");
    if (fromMinutes < 0 || count < 0 || toMinutes.map(t -> t <= fromMinutes).orElse(false)) {
      throw new IllegalArgumentException(
          "bad bucket "
              + label
              + ": from "
              + fromMinutes
              + ", to "
              + toMinutes
              + ", count "
              + count);
    }
  }
}
