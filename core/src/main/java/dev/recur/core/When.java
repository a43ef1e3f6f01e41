package dev.recur.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A moment as precisely as a postmortem states it: a date, a time of day, or both, with a UTC
 * offset only when the zone is unambiguous. Its JSON form is the ISO-8601 text of the evaluation
 * contract: {@code 2024-02-14T10:00Z}, {@code 2024-02-14T10:00}, {@code T10:00} or {@code
 * 2024-02-15}.
 *
 * @param date the calendar date, when stated
 * @param time the time of day to the minute, when stated
 * @param offset the UTC offset, only when the zone is known and a time is present
 */
public record When(
    Optional<LocalDate> date, Optional<LocalTime> time, Optional<ZoneOffset> offset) {
  public When {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(offset, "offset");
    if (date.isEmpty() && time.isEmpty()) {
      throw new IllegalArgumentException("a When needs a date or a time, got neither");
    }
    if (offset.isPresent() && time.isEmpty()) {
      throw new IllegalArgumentException("an offset needs a time of day, got only " + date.get());
    }
    time = time.map(t -> t.truncatedTo(ChronoUnit.MINUTES));
  }

  /** A date and time with an optional offset. */
  public static When of(LocalDateTime dateTime, Optional<ZoneOffset> offset) {
    return new When(
        Optional.of(dateTime.toLocalDate()), Optional.of(dateTime.toLocalTime()), offset);
  }

  /** A time of day with no known date. */
  public static When timeOnly(LocalTime time) {
    return new When(Optional.empty(), Optional.of(time), Optional.empty());
  }

  /** A date with no known time of day. */
  public static When dateOnly(LocalDate date) {
    return new When(Optional.of(date), Optional.empty(), Optional.empty());
  }

  /** The local date and time when both are known. */
  public Optional<LocalDateTime> localDateTime() {
    return date.isPresent() && time.isPresent()
        ? Optional.of(LocalDateTime.of(date.get(), time.get()))
        : Optional.empty();
  }

  /**
   * Epoch milliseconds when a date is known: the offset when there is one, UTC otherwise, and
   * midnight when no time is given. Used for sorting and range queries, never for display.
   */
  public Optional<Long> epochMillis() {
    return date.map(
        d ->
            LocalDateTime.of(d, time.orElse(LocalTime.MIDNIGHT))
                .toInstant(offset.orElse(ZoneOffset.UTC))
                .toEpochMilli());
  }

  /** The ISO-8601 form described on this type. */
  @JsonValue
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    date.ifPresent(out::append);
    time.ifPresent(t -> out.append('T').append(t.toString(), 0, 5));
    offset.ifPresent(o -> out.append(o.getId()));
    return out.toString();
  }

  /**
   * Reads the form written by {@link #toString()}; seconds, when present, are dropped.
   *
   * @throws IllegalArgumentException naming the text when it is not such a form
   */
  @JsonCreator
  public static When parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      int t = text.indexOf('T');
      Optional<LocalDate> date =
          t == 0
              ? Optional.empty()
              : Optional.of(LocalDate.parse(t < 0 ? text : text.substring(0, t)));
      if (t < 0) {
        return new When(date, Optional.empty(), Optional.empty());
      }
      String rest = text.substring(t + 1);
      int zoneAt = indexOfZone(rest);
      Optional<ZoneOffset> offset =
          zoneAt < 0 ? Optional.empty() : Optional.of(ZoneOffset.of(rest.substring(zoneAt)));
      LocalTime time = LocalTime.parse(zoneAt < 0 ? rest : rest.substring(0, zoneAt));
      return new When(date, Optional.of(time), offset);
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      throw new IllegalArgumentException("not an ISO-8601 moment: '" + text + "'", e);
    }
  }

  private static int indexOfZone(String time) {
    for (int i = 0; i < time.length(); i++) {
      char c = time.charAt(i);
      if (c == 'Z' || c == '+' || c == '-') {
        return i;
      }
    }
    return -1;
  }
}
