package dev.recur.core;

import java.util.Objects;
import java.util.Optional;

/**
 * When an incident happened and how long it lasted, plus the response times its timeline supports.
 *
 * @param start the first user-visible onset or detection
 * @param end when service was restored
 * @param timezone the zone as written ({@code UTC}, {@code GMT+1}, {@code EAT})
 * @param durationMinutes from the window, else from a stated length
 * @param statedDurationMinutes a length of the incident stated in the text
 * @param timeToDetectMinutes from onset to detection, when the timeline shows both
 * @param timeToEscalateMinutes from detection to escalation, when the timeline shows both
 * @param timeToResolveMinutes from detection to resolution, when the timeline shows both
 */
public record Incident(
    Optional<When> start,
    Optional<When> end,
    Optional<String> timezone,
    Optional<Integer> durationMinutes,
    Optional<Integer> statedDurationMinutes,
    Optional<Integer> timeToDetectMinutes,
    Optional<Integer> timeToEscalateMinutes,
    Optional<Integer> timeToResolveMinutes) {
  public Incident {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(timezone, "timezone");
    requireNonNegative("durationMinutes", durationMinutes);
    requireNonNegative("statedDurationMinutes", statedDurationMinutes);
    requireNonNegative("timeToDetectMinutes", timeToDetectMinutes);
    requireNonNegative("timeToEscalateMinutes", timeToEscalateMinutes);
    requireNonNegative("timeToResolveMinutes", timeToResolveMinutes);
  }

  /** An incident about which nothing is known yet. */
  public static Incident unknown() {
    return new Incident(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static void requireNonNegative(String name, Optional<Integer> minutes) {
    Objects.requireNonNull(minutes, name);
    if (minutes.isPresent() && minutes.get() < 0) {
      throw new IllegalArgumentException("[" + name + "] must be >= 0, got " + minutes.get());
    }
  }
}
