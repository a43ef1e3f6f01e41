package dev.recur.corpus.stats;

import java.util.Arrays;

/**
 * The buckets of one {@link Period} between two instants, with their start times and labels worked
 * out once, so that placing a million starts is a table lookup (or, over very long spans, a binary
 * search) each instead of a calendar computation each. Immutable, so the workers of one computation
 * may share it. A span of more than {@value #MAX_TABULATED} buckets is not tabulated and falls back
 * to the calendar.
 */
final class PeriodTable {

  static final int MAX_TABULATED = 1 << 16;

  /** Spans of up to this many days also get a bucket per day, so placing a start is a lookup. */
  static final int MAX_DAYS = 1 << 18;

  private static final long MILLIS_PER_DAY = 86_400_000L;

  private final Period period;
  private final int first;

  /** {@code bounds[i]} is where bucket {@code first + i} begins; null when not tabulated. */
  private final long[] bounds;

  private final String[] labels;

  private final long firstDay;

  /** The bucket of each day from {@code firstDay} on, less {@code first}; null when not made. */
  private final int[] bucketOfDay;

  PeriodTable(Period period, long fromMillis, long toMillis) {
    this.period = period;
    this.first = period.index(fromMillis);
    this.firstDay = Math.floorDiv(fromMillis, MILLIS_PER_DAY);
    long days = Math.floorDiv(toMillis, MILLIS_PER_DAY) - firstDay + 1;
    long span = (long) period.index(toMillis) - first + 1;
    if (span <= MAX_TABULATED) {
      bounds = new long[(int) span + 1];
      for (int i = 0; i < bounds.length; i++) {
        bounds[i] = period.startMillis(first + i);
      }
      labels = new String[(int) span];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = period.label(first + i);
      }
    } else {
      bounds = null;
      labels = null;
    }
    if (bounds != null && days <= MAX_DAYS) {
      // buckets begin at midnight UTC, so every day lies in one bucket
      bucketOfDay = new int[(int) days];
      int bucket = 0;
      for (int d = 0; d < bucketOfDay.length; d++) {
        while ((firstDay + d) * MILLIS_PER_DAY >= bounds[bucket + 1]) {
          bucket++;
        }
        bucketOfDay[d] = bucket;
      }
    } else {
      bucketOfDay = null;
    }
  }

  /** The first bucket of the span. */
  int first() {
    return first;
  }

  /** Whether buckets are tabulated, so that {@link #index} costs a binary search. */
  boolean tabulated() {
    return bounds != null;
  }

  /** How many buckets the table holds; only when {@link #tabulated()}. */
  int size() {
    return labels.length;
  }

  /** The bucket of {@code millis}, as {@link Period#index}. */
  int index(long millis) {
    long day = Math.floorDiv(millis, MILLIS_PER_DAY) - firstDay;
    if (bucketOfDay != null && day >= 0 && day < bucketOfDay.length) {
      return first + bucketOfDay[(int) day];
    }
    if (bounds == null || millis < bounds[0] || millis >= bounds[bounds.length - 1]) {
      return period.index(millis);
    }
    int i = Arrays.binarySearch(bounds, millis);
    return first + (i >= 0 ? i : -i - 2);
  }

  /** Epoch milliseconds at which bucket {@code index} begins, as {@link Period#startMillis}. */
  long startMillis(int index) {
    long i = (long) index - first;
    return bounds != null && i >= 0 && i < bounds.length
        ? bounds[(int) i]
        : period.startMillis(index);
  }

  /** The label of bucket {@code index}, as {@link Period#label}. */
  String label(int index) {
    long i = (long) index - first;
    return labels != null && i >= 0 && i < labels.length ? labels[(int) i] : period.label(index);
  }
}
