package dev.recur.corpus.stats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one signature recurs: how often, when, how far apart, how long it takes to fix and how bad it
 * is.
 *
 * @param signature what the incidents share
 * @param count how many incidents carry it
 * @param firstSeen the start of its earliest dated incident
 * @param lastSeen the start of its latest dated incident
 * @param perPeriod incidents per period, oldest first, periods without incidents left out
 * @param intervalsMinutes the gaps between consecutive dated incidents (median, shortest, ...)
 * @param durationMinutes incident durations; the mean is the mean time to resolve (MTTR)
 * @param impactPercent the share of users affected
 * @param timeToDetectMinutes from onset to detection, where timelines show both
 * @param timeToResolveMinutes from detection to resolution, where timelines show both
 * @param trend whether it is becoming more frequent, see {@link Trend}
 * @param earlierHalf its incidents in the earlier half of the analysed span
 * @param laterHalf its incidents in the later half of the analysed span
 */
public record SignatureStats(
    Signature signature,
    int count,
    Optional<Instant> firstSeen,
    Optional<Instant> lastSeen,
    List<LabelCount> perPeriod,
    Summary intervalsMinutes,
    Summary durationMinutes,
    Summary impactPercent,
    Summary timeToDetectMinutes,
    Summary timeToResolveMinutes,
    Trend trend,
    int earlierHalf,
    int laterHalf) {
  public SignatureStats {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(lastSeen, "lastSeen");
    perPeriod = List.copyOf(perPeriod);
    Objects.requireNonNull(intervalsMinutes, "intervalsMinutes");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
    Objects.requireNonNull(impactPercent, "impactPercent");
    Objects.requireNonNull(timeToDetectMinutes, "timeToDetectMinutes");
    Objects.requireNonNull(timeToResolveMinutes, "timeToResolveMinutes");
    Objects.requireNonNull(trend, "trend");
    if (count < 1) {
      throw new IllegalArgumentException("[count] must be >= 1, got " + count);
    }
  }
}
