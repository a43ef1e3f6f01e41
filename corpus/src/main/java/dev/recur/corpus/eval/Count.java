package dev.recur.corpus.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * How many of a group of documents a field got right.
 *
 * @param correct documents scored right
 * @param total documents in the group
 */
public record Count(int correct, int total) {
  public Count {
    if (total < 0 || correct < 0 || correct > total) {
      throw new IllegalArgumentException(
          "a count needs 0 <= correct <= total, got correct=" + correct + " total=" + total);
    }
  }

  /** The share right, empty when the group is empty. */
  @JsonProperty("rate")
  public Optional<Double> rate() {
    return total == 0 ? Optional.empty() : Optional.of((double) correct / total);
  }

  Count plus(boolean right) {
    return new Count(correct + (right ? 1 : 0), total + 1);
  }
}
