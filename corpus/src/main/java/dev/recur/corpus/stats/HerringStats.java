package dev.recur.corpus.stats;

import java.util.List;
import java.util.Objects;

/**
 * How often one red herring was chased and what it cost.
 *
 * @param hypothesis what was suspected, a component or {@code ddos}, {@code traffic-spike}, {@code
 *     code-deploy}
 * @param timesChased in how many incidents it was suspected and ruled out
 * @param bySignature in which signatures it was chased, most often first
 * @param timedChases how many of those chases have a known cost in time
 * @param minutesSpent the total known time spent chasing it
 */
public record HerringStats(
    String hypothesis,
    int timesChased,
    List<LabelCount> bySignature,
    int timedChases,
    long minutesSpent) {
  public HerringStats {
    Objects.requireNonNull(hypothesis, "hypothesis");
    bySignature = List.copyOf(bySignature);
    if (timesChased < 1 || timedChases < 0 || timedChases > timesChased || minutesSpent < 0) {
      throw new IllegalArgumentException(
          "bad counts for "
              + hypothesis
              + ": chased "
              + timesChased
              + ", timed "
              + timedChases
              + ", minutes "
              + minutesSpent);
    }
  }
}
