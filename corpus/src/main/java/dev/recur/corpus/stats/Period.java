package dev.recur.corpus.stats;

import java.time.LocalDate;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The calendar bucket incidents are counted in: month, quarter or year, in UTC. */
public enum Period {
  MONTH,
  QUARTER,
  YEAR;

  private static final long MILLIS_PER_DAY = 86_400_000L;

  /** A dense, ordered index of the bucket holding {@code epochMillis}; consecutive buckets differ by one. */
  public int index(long epochMillis) {
    LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochMillis, MILLIS_PER_DAY));
    return switch (this) {
      case MONTH -> day.getYear() * 12 + day.getMonthValue() - 1;
      case QUARTER -> day.getYear() * 4 + (day.getMonthValue() - 1) / 3;
      case YEAR -> day.getYear();
    };
  }

  /** The label of a bucket index: {@code 2024-02}, {@code 2024-Q1} or {@code 2024}. */
  public String label(int index) {
    return switch (this) {
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
      case QUARTER -> String.format(Locale.ROOT, "%04d-Q%d", Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
      case YEAR -> String.format(Locale.ROOT, "%04d", index);
    };
  }

  /** The lower-case name used on the command line. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
