package dev.recur.analyzers.time;

import dev.recur.analyzers.time.Mention.DateMention;
import dev.recur.analyzers.time.Mention.TimeMention;
import java.util.Optional;

/**
 * Mentions that name one moment together ("May 10, 2024, 10:00 AM (UTC)"): at most one date, one
 * time and one zone, adjacent in the line.
 */
record Moment(
    Optional<DateMention> date,
    Optional<TimeMention> time,
    Optional<Zone> zone,
    int begin,
    int end) {

  boolean hasTime() {
    return time.isPresent();
  }

  /** A bare hour ("6" in "4pm to 6 GMT") is only read as a time as the end of a range. */
  boolean bare() {
    return time.isPresent() && time.get().bare();
  }

  Moment withDate(Optional<DateMention> d) {
    return new Moment(d, time, zone, begin, end);
  }

  Moment withZone(Optional<Zone> z) {
    return new Moment(date, time, z, begin, end);
  }
}
