package dev.recur.corpus.search;

import java.util.Locale;

/** The orders search results can come in. */
public enum SortBy {
  /** Best match first (BM25). */
  SCORE,
  /** Incident start, newest first. */
  DATE,
  /** Incident duration, longest first. */
  DURATION,
  /** Share of users affected, largest first. */
  IMPACT;

  /** The lower-case name used on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
