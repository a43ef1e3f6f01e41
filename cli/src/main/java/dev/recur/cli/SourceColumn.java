package dev.recur.cli;

import java.util.List;

/**
 * The width of a table's source column: as wide as its longest source, up to {@link #MAX}, so that
 * the columns after it line up. A longer source keeps its end, where a path's file name is.
 */
final class SourceColumn {

  /** The widest a source column gets. */
  static final int MAX = 60;

  private final int width;

  private SourceColumn(int width) {
    this.width = width;
  }

  /** A column for {@code sources}. */
  static SourceColumn of(List<String> sources) {
    int longest = sources.stream().mapToInt(String::length).max().orElse(0);
    return new SourceColumn(Math.max(10, Math.min(MAX, longest)));
  }

  /** {@code source} padded to the column, or cut to its last characters after an ellipsis. */
  String fit(String source) {
    String shown =
        source.length() <= width ? source : "…" + source.substring(source.length() - (width - 1));
    return shown + " ".repeat(width - shown.length());
  }
}
