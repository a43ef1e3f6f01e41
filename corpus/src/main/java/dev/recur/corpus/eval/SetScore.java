package dev.recur.corpus.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/**
 * Precision and recall of a set-valued field, micro-averaged over documents: the counts are summed
 * over every document before the ratios are taken.
 *
 * @param truePositives values in both gold and record
 * @param falsePositives values in the record only
 * @param falseNegatives values in the gold only
 */
public record SetScore(int truePositives, int falsePositives, int falseNegatives) {
  public SetScore {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException(
          "set counts must be >= 0, got tp="
              + truePositives
              + " fp="
              + falsePositives
              + " fn="
              + falseNegatives);
    }
  }

  /** No values yet. */
  public static SetScore empty() {
    return new SetScore(0, 0, 0);
  }

  /** Share of returned values that are in the gold; 1 when nothing was returned. */
  @JsonProperty("precision")
  public double precision() {
    int returned = truePositives + falsePositives;
    return returned == 0 ? 1.0 : (double) truePositives / returned;
  }

  /** Share of gold values that were returned; 1 when the gold has none. */
  @JsonProperty("recall")
  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  /** The harmonic mean of precision and recall. */
  @JsonProperty("f1")
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  SetScore plus(Set<String> gold, Set<String> got) {
    int tp = 0;
    for (String g : gold) {
      if (got.contains(g)) {
        tp++;
      }
    }
    return new SetScore(
        truePositives + tp, falsePositives + got.size() - tp, falseNegatives + gold.size() - tp);
  }
}
