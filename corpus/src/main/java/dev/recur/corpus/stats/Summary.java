package dev.recur.corpus.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * The spread of one numeric sample (durations, impact, intervals): its size, smallest, median,
 * 90th percentile, mean and largest value. The median of an even-sized sample is the mean of its
 * two middle values; the 90th percentile is the nearest-rank value, the ⌈0.9·n⌉-th smallest. Every
 * statistic is empty when the sample is.
 *
 * @param n how many values the sample holds
 * @param min the smallest value
 * @param median the middle value
 * @param p90 the nearest-rank 90th percentile
 * @param mean the arithmetic mean (for durations, the mean time to resolve)
 * @param max the largest value
 */
public record Summary(
    int n,
    Optional<Double> min,
    Optional<Double> median,
    Optional<Double> p90,
    Optional<Double> mean,
    Optional<Double> max) {

  private static final Summary EMPTY =
      new Summary(0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public Summary {
    if (n < 0) {
      throw new IllegalArgumentException("[n] must be >= 0, got " + n);
    }
    for (Optional<Double> v : Arrays.asList(min, median, p90, mean, max)) {
      if (v == null || v.isPresent() != (n > 0)) {
        throw new IllegalArgumentException("every statistic must be present exactly when n > 0, n = " + n);
      }
    }
  }

  /** The summary of no values. */
  public static Summary empty() {
    return EMPTY;
  }

  /** Summarises the first {@code length} values of {@code values}, which it sorts in place. */
  static Summary ofSorting(double[] values, int length) {
    if (length == 0) {
      return EMPTY;
    }
    Arrays.sort(values, 0, length);
    double sum = 0;
    for (int i = 0; i < length; i++) {
      sum += values[i];
    }
    double median =
        length % 2 == 1
            ? values[length / 2]
            : (values[length / 2 - 1] + values[length / 2]) / 2.0;
    int rank = (int) Math.ceil(0.9 * length);
    return new Summary(
        length,
        Optional.of(values[0]),
        Optional.of(median),
        Optional.of(values[Math.max(rank, 1) - 1]),
        Optional.of(sum / length),
        Optional.of(values[length - 1]));
  }

  /** Summarises {@code values} without changing the array. */
  public static Summary of(double... values) {
    return ofSorting(values.clone(), values.length);
  }
}
