package dev.recur.analyzers.time;

import dev.recur.core.TimelineEntry;
import dev.recur.core.When;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Arithmetic over timeline entries, for steps that measure how long a phase took: for example the
 * minutes responders spent on a red herring, from the entry that raised it to the next one.
 */
public final class Timelines {

  private Timelines() {}

  /**
   * Minutes from {@code from} to {@code to}: exact when both carry a date, else from the times of
   * day, crossing midnight at most once. Empty when either has no time.
   */
  public static Optional<Integer> minutesBetween(When from, When to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Optional<LocalDateTime> a = from.localDateTime();
    Optional<LocalDateTime> b = to.localDateTime();
    if (a.isPresent() && b.isPresent()) {
      long m = Duration.between(a.get(), b.get()).toMinutes();
      return m < 0 || m > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) m);
    }
    if (from.time().isEmpty() || to.time().isEmpty()) {
      return Optional.empty();
    }
    LocalTime s = from.time().get();
    LocalTime e = to.time().get();
    return Optional.of(Math.floorMod(e.toSecondOfDay() / 60 - s.toSecondOfDay() / 60, 1440));
  }

  /**
   * Minutes from entry {@code index} to the next entry that has a time: how long the phase that
   * entry opened lasted. Empty for the last entry or when times are missing.
   *
   * @throws IndexOutOfBoundsException when {@code index} is not an entry of {@code timeline}
   */
  public static Optional<Integer> minutesUntilNext(List<TimelineEntry> timeline, int index) {
    Objects.checkIndex(index, timeline.size());
    Optional<When> at = timeline.get(index).time();
    if (at.isEmpty()) {
      return Optional.empty();
    }
    for (int i = index + 1; i < timeline.size(); i++) {
      Optional<When> next = timeline.get(i).time();
      if (next.isPresent()) {
        return minutesBetween(at.get(), next.get());
      }
    }
    return Optional.empty();
  }
}
