package dev.recur.analyzers.time;

import dev.recur.analyzers.TextModels;
import dev.recur.core.Extractor;
import dev.recur.core.RecordDraft;
import java.util.Objects;

/**
 * Fills the incident window (start, end, zone as written, duration, stated length, time to detect,
 * escalate and resolve) and the timeline of a postmortem. It reads a {@code Duration:} line, {@code
 * Start/End} labels, prose ranges and single moments, then the timeline entries, in that order of
 * trust, and resolves time-only values against the incident's date. Stateless and thread-safe: each
 * parse makes its own sentence detector from the shared models.
 */
public final class TimeExtractor implements Extractor {

  /** The step's name in the pipeline. */
  public static final String NAME = "time";

  private final TextModels models;

  /** A step reading sentences with {@code models}. */
  public TimeExtractor(TextModels models) {
    this.models = Objects.requireNonNull(models, "models");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void contribute(RecordDraft draft) {
    new TimeReading(draft, models::sentenceDetector).run();
  }
}
