package dev.recur.corpus.stats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@link RecurrenceAnalysis} finds in a corpus: what keeps happening, how often, how
 * long it takes, which false leads cost time and which promises did not hold.
 *
 * @param options what was asked for
 * @param incidents how many incidents were analysed (after {@code since})
 * @param dated how many of them have a known start date
 * @param from the earliest start among them
 * @param to the latest start among them
 * @param signatures per-signature statistics, most frequent first
 * @param periods incidents per period split by fault, oldest first, empty periods included
 * @param durationMinutes the durations of all incidents
 * @param durationHistogram the durations in fixed buckets, shortest first
 * @param herrings red herrings, most chased first
 * @param promisedBefore promises made again after a recurrence, most recent first, at most {@link
 *     StatsOptions#maxPromisedBefore()}
 * @param promisedBeforeTotal how many such pairs exist in all
 * @param families groups of incidents with near-identical root causes, largest first
 */
public record RecurrenceStats(
    StatsOptions options,
    int incidents,
    int dated,
    Optional<Instant> from,
    Optional<Instant> to,
    List<SignatureStats> signatures,
    List<PeriodBreakdown> periods,
    Summary durationMinutes,
    List<DurationBucket> durationHistogram,
    List<HerringStats> herrings,
    List<PromisedBefore> promisedBefore,
    int promisedBeforeTotal,
    List<IncidentFamily> families) {
  public RecurrenceStats {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
    signatures = List.copyOf(signatures);
    periods = List.copyOf(periods);
    durationHistogram = List.copyOf(durationHistogram);
    herrings = List.copyOf(herrings);
    promisedBefore = List.copyOf(promisedBefore);
    families = List.copyOf(families);
    if (incidents < 0 || dated < 0 || dated > incidents) {
      throw new IllegalArgumentException("bad counts: incidents " + incidents + ", dated " + dated);
    }
    if (promisedBeforeTotal < promisedBefore.size()) {
      throw new IllegalArgumentException(
          "[promisedBeforeTotal] " + promisedBeforeTotal + " < listed " + promisedBefore.size());
    }
  }

  /** The signatures that occurred more than once, most frequent first. */
  public List<SignatureStats> recurring() {
    return signatures.stream().filter(s -> s.count() > 1).toList();
  }
}
