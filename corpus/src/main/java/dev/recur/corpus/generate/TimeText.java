package dev.recur.corpus.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;

/** Writes dates and clock times in the formats real postmortems use. */
final class TimeText {

  /** How clock times are written within one document. */
  enum Clock {
    /** {@code 03:45 AM}. */
    H12_PADDED,
    /** {@code 3:45 PM}. */
    H12,
    /** {@code 3:45pm}, {@code 3pm}. */
    H12_COMPACT,
    /** {@code 14:00}. */
    H24,
    /** {@code noon}, {@code midnight}, {@code 10am}. */
    CASUAL
  }

  /** How calendar dates are written. */
  enum DateForm {
    /** {@code November 15, 2023}. */
    LONG,
    /** {@code Nov 15, 2023}. */
    SHORT,
    /** {@code 2023-11-15}. */
    ISO,
    /** {@code 15/11/2023}, day first. */
    DAY_FIRST,
    /** {@code March 3rd}, no year. */
    ORDINAL,
    /** {@code Tuesday, June 4, 2024}. */
    WEEKDAY
  }

  private TimeText() {}

  static String clock(LocalTime t, Clock style) {
    int h = t.getHour();
    int m = t.getMinute();
    int h12 = h % 12 == 0 ? 12 : h % 12;
    String ampm = h < 12 ? "AM" : "PM";
    return switch (style) {
      case H12_PADDED -> String.format(Locale.ROOT, "%02d:%02d %s", h12, m, ampm);
      case H12 -> String.format(Locale.ROOT, "%d:%02d %s", h12, m, ampm);
      case H12_COMPACT ->
          m == 0
              ? h12 + ampm.toLowerCase(Locale.ROOT)
              : String.format(Locale.ROOT, "%d:%02d%s", h12, m, ampm.toLowerCase(Locale.ROOT));
      case H24 -> String.format(Locale.ROOT, "%02d:%02d", h, m);
      case CASUAL -> {
        if (m == 0 && h == 12) {
          yield "noon";
        }
        if (m == 0 && h == 0) {
          yield "midnight";
        }
        yield m == 0
            ? h12 + ampm.toLowerCase(Locale.ROOT)
            : String.format(Locale.ROOT, "%d:%02d%s", h12, m, ampm.toLowerCase(Locale.ROOT));
      }
    };
  }

  static String date(LocalDate d, DateForm form) {
    String month = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return switch (form) {
      case LONG -> month + " " + d.getDayOfMonth() + ", " + d.getYear();
      case SHORT ->
          d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
              + " "
              + d.getDayOfMonth()
              + ", "
              + d.getYear();
      case ISO -> d.toString();
      case DAY_FIRST ->
          String.format(
              Locale.ROOT, "%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      case ORDINAL -> month + " " + ordinal(d.getDayOfMonth());
      case WEEKDAY ->
          d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
              + ", "
              + month
              + " "
              + d.getDayOfMonth()
              + ", "
              + d.getYear();
    };
  }

  static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return day + "th";
    }
    return switch (day % 10) {
      case 1 -> day + "st";
      case 2 -> day + "nd";
      case 3 -> day + "rd";
      default -> day + "th";
    };
  }

  /** The gold form of a moment: {@code 2024-02-14T10:00}, or {@code T10:00} without a date. */
  static String gold(LocalDateTime t, boolean dateKnown) {
    String time = String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    return dateKnown ? t.toLocalDate() + "T" + time : "T" + time;
  }

  private static final String[] SMALL = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve"
  };

  /** A length written as people write it: "four hours", "2h 30m", "an hour and a half". */
  static String length(int minutes, int variant) {
    int h = minutes / 60;
    int m = minutes % 60;
    if (minutes == 30 && variant % 2 == 0) {
      return "half an hour";
    }
    if (minutes == 90 && variant % 2 == 0) {
      return "an hour and a half";
    }
    if (h == 0) {
      return variant % 3 == 0 ? "~" + m + " mins" : m + " minutes";
    }
    if (m == 0) {
      if (h == 1) {
        return variant % 2 == 0 ? "an hour" : "1 hour";
      }
      return h <= 12 && variant % 2 == 0 ? SMALL[h] + " hours" : h + " hours";
    }
    return switch (variant % 3) {
      case 0 -> h + "h " + m + "m";
      case 1 -> h + (h == 1 ? " hour " : " hours ") + m + " minutes";
      default -> minutes + " minutes";
    };
  }
}
