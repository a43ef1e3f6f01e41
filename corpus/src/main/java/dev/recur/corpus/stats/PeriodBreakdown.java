package dev.recur.corpus.stats;

import java.util.List;
import java.util.Objects;

/**
 * The incidents of one period, split by fault: one bar of the stacked incidents-per-period chart.
 *
 * @param period the period label, such as {@code 2024-02}
 * @param total how many dated incidents started in it
 * @param byFault incidents per fault, largest first
 */
public record PeriodBreakdown(String period, int total, List<LabelCount> byFault) {
  public PeriodBreakdown {
    Objects.requireNonNull(period, "period");
    byFault = List.copyOf(byFault);
    if (total < 0) {
      throw new IllegalArgumentException("[total] must be >= 0, got " + total);
    }
  }
}
