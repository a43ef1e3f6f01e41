package dev.recur.corpus.stats;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether a signature is becoming more or less frequent. The analysed time span (from the earliest
 * to the latest dated incident of the whole selection) is cut in two equal halves; a signature is
 * {@link #RISING} when its later half holds at least {@value #MIN_INCIDENTS} incidents and at least
 * twice as many as its earlier half, {@link #FALLING} in the mirror case, and {@link #STEADY}
 * otherwise (including when it has too few dated incidents to tell).
 */
public enum Trend {
  RISING,
  STEADY,
  FALLING;

  /** The fewest incidents in the busier half for a signature to count as rising or falling. */
  public static final int MIN_INCIDENTS = 3;

  /** Classifies a signature from its incident counts in the earlier and the later half. */
  public static Trend of(int earlier, int later) {
    if (earlier < 0 || later < 0) {
      throw new IllegalArgumentException("counts must be >= 0, got " + earlier + " and " + later);
    }
    if (later >= MIN_INCIDENTS && later >= 2 * earlier) {
      return RISING;
    }
    if (earlier >= MIN_INCIDENTS && earlier >= 2 * later) {
      return FALLING;
    }
    return STEADY;
  }

  /** The lower-case name used in exports. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
