package dev.recur.corpus.stats;

import java.io.IOException;
import java.util.List;

/**
 * The entry point of recurrence statistics: what keeps happening in a corpus, computed from the
 * index's columns (doc values), never by re-reading documents.
 */
public final class RecurrenceAnalysis {

  private RecurrenceAnalysis() {}

  /** Computes the statistics over prepared columns; families come from the caller. */
  static RecurrenceStats compute(
      IncidentColumns columns, IncidentDetails details, List<IncidentFamily> families, StatsOptions options)
      throws IOException {
    return new StatsEngine(columns, details, options).compute(families);
  }
}
