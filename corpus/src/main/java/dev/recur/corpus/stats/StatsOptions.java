package dev.recur.corpus.stats;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to compute: the signature's dimensions, the period incidents are counted in, an optional
 * start date, and the bounds that keep the listings and the family search cheap on large corpora.
 * Build one with {@link #builder()}; {@link #defaults()} groups by fault × component per month.
 *
 * @param dimensions the parts of a signature, at least one
 * @param period the bucket for per-period counts
 * @param since only incidents starting at or after this instant; undated incidents are then left
 *     out
 * @param maxPromisedBefore how many "promised before" pairs to list (all are counted)
 * @param familyCandidates how many incidents, the most recent first, the family search compares
 * @param familySimilarity the cosine similarity of root causes at which two incidents are linked
 */
public record StatsOptions(
    Set<Dimension> dimensions,
    Period period,
    Optional<Instant> since,
    int maxPromisedBefore,
    int familyCandidates,
    double familySimilarity) {
  public StatsOptions {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(since, "since");
    if (dimensions.isEmpty()) {
      throw new IllegalArgumentException(
          "[dimensions] must name at least one of fault, component, service");
    }
    dimensions = Set.copyOf(EnumSet.copyOf(dimensions));
    if (maxPromisedBefore < 0) {
      throw new IllegalArgumentException(
          "[maxPromisedBefore] must be >= 0, got " + maxPromisedBefore);
    }
    if (familyCandidates < 0) {
      throw new IllegalArgumentException(
          "[familyCandidates] must be >= 0, got " + familyCandidates);
    }
    if (!(familySimilarity > 0 && familySimilarity <= 1)) {
      throw new IllegalArgumentException(
          "[familySimilarity] must be within (0, 1], got " + familySimilarity);
    }
  }

  /** Fault × component, per month, everything since the beginning. */
  public static StatsOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether signatures include {@code dimension}. */
  public boolean groupsBy(Dimension dimension) {
    return dimensions.contains(dimension);
  }

  /** Builds {@link StatsOptions}; every setter checks its value at once. */
  public static final class Builder {
    private Set<Dimension> dimensions = EnumSet.of(Dimension.FAULT, Dimension.COMPONENT);
    private Period period = Period.MONTH;
    private Optional<Instant> since = Optional.empty();
    private int maxPromisedBefore = 100;
    private int familyCandidates = 2_000;
    private double familySimilarity = 0.3;

    private Builder() {}

    /** The parts of a signature; at least one. */
    public Builder dimensions(Set<Dimension> value) {
      if (value.isEmpty()) {
        throw new IllegalArgumentException(
            "[dimensions] must name at least one of fault, component, service");
      }
      this.dimensions = EnumSet.copyOf(value);
      return this;
    }

    /** The bucket for per-period counts. */
    public Builder period(Period value) {
      this.period = Objects.requireNonNull(value, "period");
      return this;
    }

    /** Only incidents starting at or after {@code value}. */
    public Builder since(Instant value) {
      this.since = Optional.of(value);
      return this;
    }

    /** How many "promised before" pairs to list. */
    public Builder maxPromisedBefore(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("[maxPromisedBefore] must be >= 0, got " + value);
      }
      this.maxPromisedBefore = value;
      return this;
    }

    /** How many of the most recent incidents the family search compares; 0 turns it off. */
    public Builder familyCandidates(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("[familyCandidates] must be >= 0, got " + value);
      }
      this.familyCandidates = value;
      return this;
    }

    /** The root-cause cosine similarity at which two incidents are linked, in (0, 1]. */
    public Builder familySimilarity(double value) {
      if (!(value > 0 && value <= 1)) {
        throw new IllegalArgumentException(
            "[familySimilarity] must be within (0, 1], got " + value);
      }
      this.familySimilarity = value;
      return this;
    }

    /** The options. */
    public StatsOptions build() {
      return new StatsOptions(
          dimensions, period, since, maxPromisedBefore, familyCandidates, familySimilarity);
    }
  }
}
