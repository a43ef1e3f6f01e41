package dev.recur.analyzers.time;

import java.util.Optional;

/** One date, time of day or zone found in a line, with where it lies in that line. */
sealed interface Mention {

  int begin();

  int end();

  /**
   * A calendar date as written: a year may be missing, and a numeric date whose first two numbers
   * could both be the month keeps them in writing order until the document's habit is known.
   */
  record DateMention(int begin, int end, int year, int first, int second, Order order)
      implements Mention {
    /** How {@code first} and {@code second} map to month and day. */
    enum Order {
      MONTH_DAY,
      DAY_MONTH,
      NUMERIC
    }

    boolean hasYear() {
      return year > 0;
    }
  }

  /** A time of day; {@code meridiem} is 'a', 'p' or 0 when the text gives none. */
  record TimeMention(int begin, int end, int hour, int minute, char meridiem, boolean bare)
      implements Mention {}

  /** A zone right after a time, or a standalone zone. */
  record ZoneMention(int begin, int end, Zone zone) implements Mention {}

  /** The mention as a date, when it is one. */
  default Optional<DateMention> asDate() {
    return this instanceof DateMention d ? Optional.of(d) : Optional.empty();
  }
}
