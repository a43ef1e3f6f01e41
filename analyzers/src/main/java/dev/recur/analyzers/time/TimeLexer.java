package dev.recur.analyzers.time;

import dev.recur.analyzers.time.Mention.DateMention;
import dev.recur.analyzers.time.Mention.DateMention.Order;
import dev.recur.analyzers.time.Mention.TimeMention;
import dev.recur.analyzers.time.Mention.ZoneMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates, times of day and zones in one line of text. Every pattern is anchored on word or
 * digit boundaries and uses only bounded repetition, so a line is scanned in linear time; lines are
 * cut at {@link #MAX_LINE} characters before scanning.
 */
final class TimeLexer {

  /** Characters of one line that are scanned; the rest of a longer line is ignored. */
  static final int MAX_LINE = 2_000;

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
  private static final String WEEKDAY =
      "(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?,?[ \\t]{1,3})?";
  private static final String ORDINAL = "(?:st|nd|rd|th)?";
  private static final String YEAR_TAIL = "(?:[ \\t]{0,3},?[ \\t]{0,3}(\\d{4})(?!\\d))?";
  private static final int CI = Pattern.CASE_INSENSITIVE;

  private static final Pattern ISO_DATE =
      Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d.]\\d)");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![\\d.:])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d]|\\.\\d)");
  private static final Pattern MONTH_DAY =
      Pattern.compile(
          "\\b" + WEEKDAY + MONTH + "[ \\t]{0,3}(\\d{1,2})" + ORDINAL + "(?![\\d:])\\b" + YEAR_TAIL,
          CI);
  private static final Pattern DAY_MONTH =
      Pattern.compile(
          "(?<![\\d:])\\b"
              + WEEKDAY
              + "(\\d{1,2})"
              + ORDINAL
              + "[ \\t]{0,3}(?:of[ \\t]{1,3})?"
              + MONTH
              + YEAR_TAIL,
          CI);

  private static final String MERIDIEM = "([ap])\\.?[ \\t]?m\\b\\.?";
  private static final Pattern CLOCK =
      Pattern.compile(
          "(?<![\\d:.])(\\d{1,2})[:h](\\d{2})(?::\\d{2})?(?!\\d|:\\d)"
              + "(?:[ \\t-]{0,2}"
              + MERIDIEM
              + "|[ \\t]{0,2}(?:hrs|hours)\\b)?",
          CI);
  private static final Pattern HOUR_MERIDIEM =
      Pattern.compile("(?<![\\d:.])(\\d{1,2}):?[ \\t]{0,2}" + MERIDIEM, CI);
  private static final Pattern MILITARY =
      Pattern.compile("(?<![\\d:.])([01]\\d|2[0-3])([0-5]\\d)[ \\t]{0,2}(?:hrs|hours|h)\\b", CI);
  private static final Pattern NOON =
      Pattern.compile("\\b(?:12[ \\t]{0,2})?(noon|midday|midnight)\\b", CI);

  private static final String ABBREVIATION = "(?:" + Zones.ABBREVIATIONS + ")";
  private static final Pattern ZONE =
      Pattern.compile(
          "\\b(?:(?:UTC|GMT)[ \\t]?[+\\-\u2212][ \\t]?\\d{1,2}(?::?\\d{2})?(?!\\d)"
              + "|"
              + ABBREVIATION
              + "\\b"
              + "|(?i:"
              + Zones.NAME
              + ")\\b(?:[ \\t]{0,2}\\(("
              + ABBREVIATION
              + ")\\))?)");
  private static final Pattern BARE_HOUR =
      Pattern.compile("(?<![\\d:.,])(\\d{1,2})(?=[ \\t]{1,2}\\(?" + ABBREVIATION + "\\b)");

  private TimeLexer() {}

  /** Every mention in {@code line}, in order, overlaps resolved in favour of the longer one. */
  static List<Mention> scan(String line) {
    String text = line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    List<Mention> found = new ArrayList<>();
    boolean zoned = mayHoldZone(text);
    if (mayHoldTime(text)) {
      dates(text, found);
      times(text, found, zoned);
    }
    if (zoned) {
      zones(text, found);
    }
    found.sort(
        Comparator.comparingInt(Mention::begin).thenComparingInt(m -> -(m.end() - m.begin())));
    List<Mention> kept = new ArrayList<>();
    int end = 0;
    for (Mention m : found) {
      if (m.begin() >= end) {
        kept.add(m);
        end = m.end();
      }
    }
    return kept;
  }

  /**
   * Every mention needs a digit or the word noon, midday or midnight; most prose lines have
   * neither.
   */
  private static boolean mayHoldTime(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return mayNameNoon(text);
  }

  /**
   * Every zone is a known abbreviation standing as a word of its own ("UTC", "UTC+2", "(PST)"), or
   * a name ending in "time". Words are taken as runs of ASCII letters, digits and underscores, no
   * wider than the pattern's word boundaries, so no zone the pattern finds is missed here.
   */
  private static boolean mayHoldZone(String text) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean word = i < text.length() && isAsciiWordChar(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (i - start <= Zones.LONGEST_ABBREVIATION
            && (!ABBREVIATIONS_START_UPPER || isAsciiUpper(text.charAt(start)))
            && Zones.ABBREVIATION_SET.contains(text.substring(start, i))) {
          return true;
        }
        start = -1;
      }
    }
    return text.toLowerCase(Locale.ROOT).contains("time");
  }

  /**
   * Whether every abbreviation starts with an ASCII capital, as the case-sensitive pattern reads
   * them: then only capitalised words need the set lookup (most words of prose are not).
   */
  private static final boolean ABBREVIATIONS_START_UPPER =
      Zones.ABBREVIATION_SET.stream().allMatch(a -> !a.isEmpty() && isAsciiUpper(a.charAt(0)));

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  private static final String[] MONTH_STEMS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };

  /**
   * Whether a month name may occur: the month patterns are the costliest, so most lines skip them.
   */
  private static boolean mayHoldMonth(String lower) {
    for (String stem : MONTH_STEMS) {
      if (lower.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  private static void dates(String text, List<Mention> out) {
    boolean separators = text.indexOf('-') >= 0 || text.indexOf('/') >= 0 || text.indexOf('.') >= 0;
    if (separators) {
      numericDates(text, out);
    }
    if (mayHoldMonth(text.toLowerCase(Locale.ROOT))) {
      monthDates(text, out);
    }
  }

  private static void numericDates(String text, List<Mention> out) {
    Matcher m = ISO_DATE.matcher(text);
    while (m.find()) {
      out.add(
          new DateMention(
              m.start(),
              m.end(),
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Order.MONTH_DAY));
    }
    m = NUMERIC_DATE.matcher(text);
    while (m.find()) {
      int year = Integer.parseInt(m.group(4));
      out.add(
          new DateMention(
              m.start(),
              m.end(),
              year < 100 ? 2000 + year : year,
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(3)),
              Order.NUMERIC));
    }
  }

  private static void monthDates(String text, List<Mention> out) {
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      out.add(
          new DateMention(
              m.start(),
              m.end(),
              m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
              month(m.group(1)),
              Integer.parseInt(m.group(2)),
              Order.MONTH_DAY));
    }
    m = DAY_MONTH.matcher(text);
    while (m.find()) {
      out.add(
          new DateMention(
              m.start(),
              m.end(),
              m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(1)),
              month(m.group(2)),
              Order.DAY_MONTH));
    }
  }

  /**
   * The clock patterns, each run only when the letter or sign it needs is in the line (they are
   * case-insensitive in ASCII only, so both cases are looked for); {@code zoned} is {@link
   * #mayHoldZone}, without which no bare hour has its zone.
   */
  private static void times(String text, List<Mention> out, boolean zoned) {
    boolean colonOrH = has(text, ':') || has(text, 'h') || has(text, 'H');
    Matcher m;
    if (colonOrH) {
      m = CLOCK.matcher(text);
      while (m.find()) {
        out.add(time(m.start(), m.end(), m.group(1), m.group(2), m.group(3), false));
      }
    }
    if (has(text, 'm') || has(text, 'M')) {
      m = HOUR_MERIDIEM.matcher(text);
      while (m.find()) {
        out.add(time(m.start(), m.end(), m.group(1), "00", m.group(2), false));
      }
    }
    if (has(text, 'h') || has(text, 'H')) {
      m = MILITARY.matcher(text);
      while (m.find()) {
        out.add(time(m.start(), m.end(), m.group(1), m.group(2), null, false));
      }
    }
    if (mayNameNoon(text)) {
      m = NOON.matcher(text);
      while (m.find()) {
        boolean midnight = m.group(1).equalsIgnoreCase("midnight");
        // Written as 12 am / 12 pm so that a range never reads them as the other half of the day.
        out.add(new TimeMention(m.start(), m.end(), 12, 0, midnight ? 'a' : 'p', false));
      }
    }
    if (zoned) {
      m = BARE_HOUR.matcher(text);
      while (m.find()) {
        out.add(time(m.start(), m.end(), m.group(1), "00", null, true));
      }
    }
  }

  private static boolean has(String text, char c) {
    return text.indexOf(c) >= 0;
  }

  private static boolean mayNameNoon(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("noon") || lower.contains("midday") || lower.contains("midnight");
  }

  private static void zones(String text, List<Mention> out) {
    Matcher m = ZONE.matcher(text);
    while (m.find()) {
      String written = m.group(1) != null ? m.group(1) : m.group();
      Optional<Zone> zone = Zones.of(written);
      zone.ifPresent(z -> out.add(new ZoneMention(m.start(), m.end(), z)));
    }
  }

  private static TimeMention time(
      int begin, int end, String hour, String minute, String meridiem, boolean bare) {
    char mer = meridiem == null ? 0 : Character.toLowerCase(meridiem.charAt(0));
    return new TimeMention(begin, end, Integer.parseInt(hour), Integer.parseInt(minute), mer, bare);
  }

  private static int month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return switch (n.substring(0, 3)) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
