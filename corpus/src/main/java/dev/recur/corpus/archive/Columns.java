package dev.recur.corpus.archive;

import java.util.Objects;
import java.util.Optional;

/**
 * Which columns of a JSON Lines or CSV archive hold a postmortem: its text, an identifier that
 * stays the same when the row changes, and the date the archive gives for it.
 *
 * @param text the column holding the postmortem text
 * @param id the column that names a row stably; without it a row is named by its line number
 * @param date the column holding a date for the document (ISO {@code 2024-03-05}, optionally with a
 *     time), passed on as {@link dev.recur.core.SourceDocument#dateHint()}
 */
public record Columns(String text, Optional<String> id, Optional<String> date) {
  public Columns {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    if (text.isBlank()) {
      throw new IllegalArgumentException("[text] column name must not be blank");
    }
  }

  /** The default: text in a column named {@code text}, rows named by line number, no dates. */
  public static Columns defaults() {
    return new Columns("text", Optional.empty(), Optional.empty());
  }
}
