package dev.recur.analyzers.time;

import static dev.recur.analyzers.text.Substrings.containsAny;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lengths of time written in words or numbers ("2h 30m", "an hour and a half", "four hours",
 * "~45 mins", "(1 hour 20 minutes)") and decides which of them state how long the incident itself
 * lasted.
 */
final class Lengths {

  private static final Map<String, Double> WORDS =
      Map.ofEntries(
          Map.entry("a", 1.0),
          Map.entry("an", 1.0),
          Map.entry("one", 1.0),
          Map.entry("two", 2.0),
          Map.entry("three", 3.0),
          Map.entry("four", 4.0),
          Map.entry("five", 5.0),
          Map.entry("six", 6.0),
          Map.entry("seven", 7.0),
          Map.entry("eight", 8.0),
          Map.entry("nine", 9.0),
          Map.entry("ten", 10.0),
          Map.entry("eleven", 11.0),
          Map.entry("twelve", 12.0),
          Map.entry("fifteen", 15.0),
          Map.entry("twenty", 20.0),
          Map.entry("thirty", 30.0),
          Map.entry("forty", 40.0),
          Map.entry("forty-five", 45.0),
          Map.entry("fifty", 50.0),
          Map.entry("sixty", 60.0),
          Map.entry("ninety", 90.0),
          Map.entry("half an", 0.5),
          Map.entry("half a", 0.5));

  private static final String NUMBER =
      "(\\d{1,4}(?:[.,]\\d{1,2})?|half an?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
          + "|fifteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety)";
  private static final String UNIT = "(hours?|hrs?|h|minutes?|mins?|m|days?|d|weeks?|wks?)";

  /** One part ("2 hours"), then optionally a second ("and 30 minutes", "30m") or "and a half". */
  static final Pattern LENGTH =
      Pattern.compile(
          "(?<![\\w.])"
              + NUMBER
              + "[ \\t]{0,2}-?[ \\t]{0,1}"
              + "(?:(and a half)[ \\t]{1,2})?"
              + UNIT
              + "\\b(?:[ \\t]{0,2}(?:,|and)?[ \\t]{0,2}(?:(a half)\\b|"
              + NUMBER
              + "[ \\t]{0,2}"
              + UNIT
              + "\\b))?",
          Pattern.CASE_INSENSITIVE);

  /** Words before a length that make it the incident's own length. */
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?:lasted|lasting|lasts|persisted|went on|total of|down for|unavailable for|unavailability for"
              + "|failed for|failing for|timed out for|erroring for|broken for|stalled for"
              // "Checkout failed with HTTP 502 errors for 75 minutes": a few words of what failed;
              // not what "had been failing quietly for three weeks" before the incident.
              + "|(?<!been[ \\t])(?:failed|failing|errored|erroring|returned errors|returning errors)"
              + "(?:[ \\t]{1,2}(?!and\\b|but\\b|then\\b|after\\b|before\\b|until\\b)[\\w-]{1,15}){1,4}"
              + "[ \\t]{1,2}for"
              + "|offline for|inaccessible for|unreachable for|unresponsive for|disrupted for|degraded for"
              + "|outage of|outage lasting|downtime of|downtime:|duration of|duration:|duration|for a period of"
              + "|spanned|spanning)"
              + "[ \\t]{0,3}(?:for[ \\t]{1,3})?(?:a total of[ \\t]{1,3})?"
              + "(?:approximately|approx\\.?|about|around|roughly|nearly|almost|just over|some|~|\u2248)?[ \\t]{0,3}$",
          Pattern.CASE_INSENSITIVE);

  /** Words after a length that make it the incident's own length ("a 2-hour outage"). */
  private static final Pattern AFTER =
      Pattern.compile(
          "^[ \\t]{0,2}(?:long[ \\t]{1,2})?(?:of[ \\t]{1,2})?(?:total[ \\t]{1,2})?(?:downtime|outage|disruption|unavailability)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern BOUND =
      Pattern.compile(
          "(?:under|less than|within|up to|more than|over|at least|at most|after|every|per)[ \\t]{0,3}$",
          Pattern.CASE_INSENSITIVE);

  private Lengths() {}

  /**
   * The first length in {@code line} that states the incident's length: after "lasted", "down for",
   * "Duration:" and the like, before "of downtime", anywhere before {@code labelledUntil} (the part
   * of a duration line before its first time), or in parentheses when {@code parenthesesCount}.
   */
  static Optional<Integer> stated(String line, int labelledUntil, boolean parenthesesCount) {
    if (!mayStateLength(line)) {
      return Optional.empty();
    }
    Matcher m = LENGTH.matcher(line);
    while (m.find()) {
      String before = line.substring(Math.max(0, m.start() - 60), m.start());
      // BOUND and BEFORE try their many words at every character of the 60 before the length; they
      // run only when one of the words they need is there (they ignore only ASCII case, so the
      // words are in the lower-case text wherever the patterns match).
      String lowerBefore = before.toLowerCase(Locale.ROOT);
      if (containsAny(lowerBefore, BOUND_NEEDS) && BOUND.matcher(before).find()) {
        continue;
      }
      boolean inParentheses =
          before.endsWith("(") || before.endsWith("(~") || before.endsWith("( ");
      if (m.start() < labelledUntil
          || (containsAny(lowerBefore, BEFORE_NEEDS) && BEFORE.matcher(before).find())
          || AFTER.matcher(line.substring(m.end(), Math.min(line.length(), m.end() + 40))).find()
          || (parenthesesCount && inParentheses)) {
        Optional<Integer> minutes = minutes(m);
        if (minutes.isPresent()) {
          return minutes;
        }
      }
    }
    return Optional.empty();
  }

  /** Every branch of {@link #BEFORE} holds one of these. */
  private static final String[] BEFORE_NEEDS = {
    "last", "persisted", "went on", "total of", "for", "outage", "downtime", "duration", "spann"
  };

  /** Every branch of {@link #BOUND} holds one of these. */
  private static final String[] BOUND_NEEDS = {
    "under",
    "less than",
    "within",
    "up to",
    "more than",
    "over",
    "at least",
    "at most",
    "after",
    "every",
    "per"
  };

  /**
   * Whether {@code line} can hold a length that {@link #minutes} reads: digits followed by a unit
   * word ("2h", "45 min", "3-day"), or a unit spelled out anywhere (after a number word). Most
   * lines, timeline lines with their clock times among them, hold neither, and skip the costly
   * {@link #LENGTH} search. Linear: each run of digits is read once.
   */
  private static boolean mayStateLength(String line) {
    int n = line.length();
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < n
            && (isDigit(line.charAt(j)) || line.charAt(j) == '.' || line.charAt(j) == ',')) {
          j++;
        }
        if (unitAt(line, j)) {
          return true;
        }
        i = j - 1;
      }
    }
    String lower = line.toLowerCase(Locale.ROOT);
    for (String unit : SPELLED_UNITS) {
      if (lower.contains(unit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a {@link #LENGTH} unit can start after at most four spaces, tabs or hyphens from {@code
   * at}: a whole word (as {@code \b} bounds it) that is one of the units.
   */
  private static boolean unitAt(String line, int at) {
    int n = line.length();
    int j = at;
    while (j < n
        && j - at < 4
        && (line.charAt(j) == ' ' || line.charAt(j) == '\t' || line.charAt(j) == '-')) {
      j++;
    }
    int start = j;
    while (j < n
        && j - start <= 7
        && (Character.isLetterOrDigit(line.charAt(j)) || line.charAt(j) == '_')) {
      j++;
    }
    return j > start
        && j - start <= 7
        && UNIT_WORDS.contains(line.substring(start, j).toLowerCase(Locale.ROOT));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Every word {@link #UNIT} matches. */
  private static final Set<String> UNIT_WORDS =
      Set.of(
          "hour", "hours", "hr", "hrs", "h", "minute", "minutes", "min", "mins", "m", "day", "days",
          "d", "week", "weeks", "wk", "wks");

  /** What every unit but h, m and d starts with. */
  private static final List<String> SPELLED_UNITS =
      List.of("hour", "hr", "min", "day", "week", "wk");

  /** The minutes a whole {@link #LENGTH} match stands for. */
  static Optional<Integer> minutes(Matcher m) {
    Optional<Double> first = part(m.group(1), m.group(3));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    double total = first.get();
    if (m.group(2) != null || m.group(4) != null) {
      total += unitMinutes(m.group(3)) / 2.0;
    } else if (m.group(5) != null) {
      Optional<Double> second = part(m.group(5), m.group(6));
      if (second.isPresent()) {
        total += second.get();
      }
    }
    return total <= 0 || total > 60.0 * 24 * 365
        ? Optional.empty()
        : Optional.of((int) Math.round(total));
  }

  private static Optional<Double> part(String number, String unit) {
    String n = number.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    boolean digits = Character.isDigit(n.charAt(0));
    String u = unit.toLowerCase(Locale.ROOT);
    if (!digits && (u.equals("h") || u.equals("m") || u.equals("d"))) {
      return Optional.empty();
    }
    double value = digits ? Double.parseDouble(n.replace(',', '.')) : WORDS.getOrDefault(n, -1.0);
    return value < 0 ? Optional.empty() : Optional.of(value * unitMinutes(u));
  }

  private static double unitMinutes(String unit) {
    char c = Character.toLowerCase(unit.charAt(0));
    return switch (c) {
      case 'h' -> 60;
      case 'd' -> 60 * 24;
      case 'w' -> 60 * 24 * 7;
      default -> 1;
    };
  }
}
