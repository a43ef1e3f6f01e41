package dev.recur.corpus.stats;

import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.Optional;

/**
 * The spread of one numeric sample (durations, impact, intervals): its size, smallest, median, 90th
 * percentile, mean and largest value. The median of an even-sized sample is the mean of its two
 * middle values; the 90th percentile is the nearest-rank value, the ⌈0.9·n⌉-th smallest. Every
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
      new Summary(
          0,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  public Summary {
    if (n < 0) {
      throw new IllegalArgumentException("[n] must be >= 0, got " + n);
    }
    for (Optional<Double> v : Arrays.asList(min, median, p90, mean, max)) {
      if (v == null || v.isPresent() != (n > 0)) {
        throw new IllegalArgumentException(
            "every statistic must be present exactly when n > 0, n = " + n);
      }
    }
  }

  /** The summary of no values. */
  public static Summary empty() {
    return EMPTY;
  }

  /**
   * Summarises the first {@code length} values of {@code values}, which it reorders in place. The
   * order statistics come from selection, linear on average, rather than from a full sort.
   */
  static Summary ofSorting(double[] values, int length) {
    if (length == 0) {
      return EMPTY;
    }
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < length; i++) {
      sum += values[i];
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
    int mid = length / 2;
    select(values, 0, length, mid);
    double median = values[mid];
    if (length % 2 == 0) {
      // everything left of mid is <= values[mid] now, so the lower middle is their largest
      double lower = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < mid; i++) {
        lower = Math.max(lower, values[i]);
      }
      median = (lower + median) / 2.0;
    }
    int rank = Math.max((int) Math.ceil(0.9 * length), 1) - 1;
    select(values, mid, length, rank);
    return new Summary(
        length,
        Optional.of(min),
        Optional.of(median),
        Optional.of(values[rank]),
        Optional.of(sum / length),
        Optional.of(max));
  }

  /** Whole-number samples spanning up to this many values, or four per value, are counted. */
  private static final int COUNTING_RANGE = 4_096;

  /**
   * Summarises the first {@code length} values of {@code values}, whole numbers such as minutes,
   * with the same figures as {@link #ofSorting}. Values spanning a range not much wider than their
   * number are counted into a histogram, which finds the order statistics in two linear passes;
   * others are selected as doubles.
   */
  static Summary ofInts(int[] values, int length) {
    if (length == 0) {
      return EMPTY;
    }
    IntSummaryStatistics stats = new IntSummaryStatistics();
    for (int i = 0; i < length; i++) {
      stats.accept(values[i]);
    }
    int min = stats.getMin();
    int max = stats.getMax();
    long range = (long) max - min + 1;
    if (range > Math.max(COUNTING_RANGE, 4L * length)) {
      double[] copy = new double[length];
      for (int i = 0; i < length; i++) {
        copy[i] = values[i];
      }
      return ofSorting(copy, length);
    }
    int[] counts = new int[(int) range];
    for (int i = 0; i < length; i++) {
      counts[values[i] - min]++;
    }
    int mid = length / 2;
    int[] ranks = {
      length % 2 == 0 ? mid - 1 : mid, mid, Math.max((int) Math.ceil(0.9 * length), 1) - 1
    };
    double[] at = new double[ranks.length];
    int next = 0;
    long seen = 0;
    for (int v = 0; v < counts.length && next < ranks.length; v++) {
      seen += counts[v];
      while (next < ranks.length && ranks[next] < seen) {
        at[next++] = (double) min + v;
      }
    }
    // an int sum below 2^53 converts exactly, so the mean equals a sum taken in doubles
    return new Summary(
        length,
        Optional.of((double) min),
        Optional.of(length % 2 == 0 ? (at[0] + at[1]) / 2.0 : at[1]),
        Optional.of(at[2]),
        Optional.of((double) stats.getSum() / length),
        Optional.of((double) max));
  }

  /**
   * Reorders {@code a[from, to)} so that {@code a[k]} holds the value a sort would put there, with
   * no larger value before it and no smaller one after. Hoare selection with a median-of-three
   * pivot; a range that shrinks too slowly is sorted instead, so the worst case stays n log n.
   */
  static void select(double[] a, int from, int to, int k) {
    int lo = from;
    int hi = to - 1;
    int budget = 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, to - from))) + 8;
    while (hi > lo) {
      if (budget-- == 0) {
        Arrays.sort(a, lo, hi + 1);
        return;
      }
      int m = (lo + hi) >>> 1;
      double pivot = medianOf3(a[lo], a[m], a[hi]);
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          double t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  private static double medianOf3(double a, double b, double c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  /** Summarises {@code values} without changing the array. */
  public static Summary of(double... values) {
    return ofSorting(values.clone(), values.length);
  }
}
