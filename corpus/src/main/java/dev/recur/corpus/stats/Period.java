package dev.recur.corpus.stats;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Locale;

/** The calendar bucket incidents are counted in: month, quarter or year, in UTC. */
public enum Period {
  MONTH,
  QUARTER,
  YEAR;

  private static final long MILLIS_PER_DAY = 86_400_000L;

  /**
   * A dense, ordered index of the bucket holding {@code epochMillis}; consecutive buckets differ by
   * one.
   */
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
      case MONTH ->
          year(Math.floorDiv(index, 12))
              + (Math.floorMod(index, 12) < 9 ? "-0" : "-")
              + (Math.floorMod(index, 12) + 1);
      case QUARTER -> year(Math.floorDiv(index, 4)) + "-Q" + (Math.floorMod(index, 4) + 1);
      case YEAR -> year(index);
    };
  }

  /** Epoch milliseconds at which bucket {@code index} begins (UTC). */
  public long startMillis(int index) {
    LocalDate first =
        switch (this) {
          case MONTH -> LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
          case QUARTER -> LocalDate.of(Math.floorDiv(index, 4), Math.floorMod(index, 4) * 3 + 1, 1);
          case YEAR -> LocalDate.of(index, 1, 1);
        };
    return first.toEpochDay() * MILLIS_PER_DAY;
  }

  private static String year(int year) {
    String digits = Integer.toString(Math.abs(year));
    return (year < 0 ? "-" : "") + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
  }

  /** The lower-case name used on the command line. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
