package dev.recur.corpus.generate;

/** The heading styles a generated postmortem is written in, one per real-world layout. */
public enum Layout {
  /** {@code **Issue Summary:**} bold labels on their own line. */
  BOLD_LABELS,
  /** Bold labels with nested {@code - **Impact:** ...} list items. */
  BOLD_LIST_LABELS,
  /** {@code #} / {@code ##} ATX headings. */
  ATX,
  /** Setext headings underlined with {@code ===} and {@code ---}. */
  SETEXT,
  /** Plain {@code Label:} lines. */
  PLAIN_LABELS,
  /** ALL-CAPS labels such as {@code ROOT CAUSE:}. */
  ALL_CAPS,
  /** HTML with {@code <h2>}, {@code <p>}, {@code <ul>} and {@code <table>}. */
  HTML,
  /** Numbered headings such as {@code ## 2. Timeline}. */
  NUMBERED,
  /** Headings with emoji such as {@code ## 🔥 Root Cause}. */
  EMOJI,
  /** No headings at all: a short prose account. */
  PROSE
}
