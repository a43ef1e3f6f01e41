package dev.recur.analyzers.impact;

import static dev.recur.analyzers.text.Substrings.containsAny;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute counts of who or what an incident hit: people ("2,000 users", "3.2 million customers",
 * "3,100 of our 41,000 accounts" is 3,100) and failed requests ("943 requests failed"). A ratio ("4
 * out of 5 users"), a year ("in June 2023 shoppers found ...") and a day of the month ("22 October
 * users") count nothing. Patterns are bounded and run only on sentences holding a digit and a word
 * they need.
 */
final class Counts {

  private Counts() {}

  /** A number, with thousands separators or a decimal part, and an optional scale word. */
  private static final String NUMBER =
      "(?<![\\d.,%])(\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,9}(?:\\.\\d{1,3})?)(?!\\d)"
          + "(?:\\s?(million|m|thousand|k)\\b)?\\+?";

  private static final String PEOPLE =
      "(?:users|customers|clients|visitors|accounts|subscribers|students|people|members|players"
          + "|merchants|shoppers|learners|employees|buyers|sellers|patients|passengers)";

  /** Every {@link #PEOPLE} word holds one of these; most sentences hold none. */
  private static final String[] PEOPLE_WORDS = {
    "user", "customer", "client", "visitor", "account", "subscriber", "student", "people", "member",
    "player", "merchant", "shopper", "learner", "employee", "buyer", "seller", "patient",
        "passenger"
  };

  /** Every {@link #REQUESTS} word holds one of these. */
  private static final String[] REQUEST_WORDS = {
    "request",
    "transaction",
    "order",
    "call",
    "payment",
    "login",
    "checkout",
    "upload",
    "download",
    "quer"
  };

  /** "200-300 users", "between 40 and 60 customers": the midpoint counts. */
  private static final Pattern RANGE_OF_PEOPLE =
      Pattern.compile(
          "(?<![\\d.,%])(\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,9})(?!\\d)\\s?(?:-|\u2013|to|and)\\s?"
              + "(\\d{1,3}(?:,\\d{3}){1,3}|\\d{1,9})(?!\\d)\\s{0,2}(?:\\w[\\w-]{0,14} )?"
              + PEOPLE
              + "\\b");

  /** "2,000 users", "3.2 million active customers". */
  private static final Pattern PEOPLE_COUNT =
      Pattern.compile(NUMBER + "\\s{0,2}(?:\\w[\\w-]{0,14} )?" + PEOPLE + "\\b");

  /** The largest whole in "N out of M users" that makes it a ratio rather than a count. */
  private static final long RATIO_BASE = 100;

  /** "3,100 of our roughly 41,000 accounts", "127 of our users": the first number is the count. */
  private static final Pattern PART_OF_PEOPLE =
      Pattern.compile(
          NUMBER
              + " (?:out )?of (?:our |the |all |its |their )?(?:\\w[\\w-]{0,14} ){0,2}?"
              + "(?:(\\d[\\d,]{0,12}) (?:\\w[\\w-]{0,14} )?)?"
              + PEOPLE
              + "\\b");

  private static final String REQUESTS =
      "(?:requests|transactions|orders|calls|payments|logins|checkouts|uploads|downloads|queries)";

  /** "943 failed requests", "943 requests failed", "1,200 orders were rejected". */
  private static final Pattern FAILED_REQUESTS =
      Pattern.compile(
          NUMBER
              + " (?:(?:failed|failing|dropped|rejected|unsuccessful|erroneous|lost|timed-out)"
              + " (?:[\\w-]{1,15} )?"
              + REQUESTS
              + "|(?:[\\w-]{1,15} )?"
              + REQUESTS
              + " (?:were |are |have |had )?(?:been )?(?:failed|dropped|rejected|lost|timed out"
              + "|returned errors|errored))\\b");

  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  /** Words before a year: a month, or "in 2023". */
  private static final Set<String> BEFORE_YEAR = Set.of("in", "since", "during", "of", "year");

  /** An absolute number of affected people, such as "2,000 users". */
  static Optional<Long> people(String lower) {
    if (!Shares.hasDigit(lower)) {
      return Optional.empty();
    }
    if (!containsAny(lower, PEOPLE_WORDS)) {
      return Optional.empty();
    }
    Matcher range = RANGE_OF_PEOPLE.matcher(lower);
    if (range.find()) {
      long low = Long.parseLong(range.group(1).replace(",", ""));
      long high = Long.parseLong(range.group(2).replace(",", ""));
      if (low > 1 && high > low) {
        return Optional.of(Math.round((low + high) / 2.0));
      }
    }
    Matcher part = PART_OF_PEOPLE.matcher(lower);
    boolean of = lower.contains(" of ");
    while (of && part.find()) {
      String whole = part.group(3);
      if (whole != null && Long.parseLong(whole.replace(",", "")) <= RATIO_BASE) {
        // "4 out of 5 users" is a share, told as a ratio; no count of anyone.
        return Optional.empty();
      }
      Optional<Long> n = value(lower, part);
      if (n.isPresent()) {
        return n;
      }
    }
    Matcher m = PEOPLE_COUNT.matcher(lower);
    while (m.find()) {
      String before = lower.substring(Math.max(0, m.start() - 12), m.start());
      if (before.contains("top ") || before.contains("every ")) {
        continue;
      }
      Optional<Long> n = value(lower, m);
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }

  /** An absolute number of failed requests, transactions or orders. */
  static Optional<Long> failedRequests(String lower) {
    if (!Shares.hasDigit(lower)) {
      return Optional.empty();
    }
    if (!containsAny(lower, REQUEST_WORDS)) {
      return Optional.empty();
    }
    Matcher m = FAILED_REQUESTS.matcher(lower);
    while (m.find()) {
      Optional<Long> n = value(lower, m);
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }

  /**
   * The number a match starts with, scaled; empty for one person ("1 user" is mostly an example),
   * for a year after a month or "in" ("June 2023 shoppers") and for a day before a month ("22
   * October users").
   */
  private static Optional<Long> value(String lower, Matcher m) {
    String digits = m.group(1).replace(",", "");
    String scale = m.group(2);
    if (scale == null
        && digits.length() == 4
        && digits.indexOf('.') < 0
        && digits.compareTo("1970") >= 0
        && digits.compareTo("2099") <= 0
        && (MONTHS.contains(wordBefore(lower, m.start()))
            || BEFORE_YEAR.contains(wordBefore(lower, m.start())))) {
      return Optional.empty();
    }
    if (scale == null && digits.length() <= 2 && MONTHS.contains(wordBefore(lower, m.start()))) {
      // "February 14 - students were granted access": a day of the month.
      return Optional.empty();
    }
    if (scale == null && MONTHS.contains(wordAfter(lower, m.end(1)))) {
      // "On 22 October users lost access": a day of the month.
      return Optional.empty();
    }
    double n = Double.parseDouble(digits);
    if (scale != null) {
      n *= scale.startsWith("m") ? 1_000_000 : 1_000;
    } else if (digits.indexOf('.') >= 0) {
      // "1.5 users" is no count; a decimal needs a scale word.
      return Optional.empty();
    }
    long count = Math.round(n);
    return count > 1 ? Optional.of(count) : Optional.empty();
  }

  /** The word ending just before {@code at}, lower-case, without trailing punctuation. */
  private static String wordBefore(String lower, int at) {
    int end = at;
    while (end > 0 && !Character.isLetterOrDigit(lower.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(lower.charAt(start - 1))) {
      start--;
    }
    return lower.substring(start, end);
  }

  /** The word starting just after {@code at}, lower-case. */
  private static String wordAfter(String lower, int at) {
    int start = at;
    while (start < lower.length() && lower.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
      end++;
    }
    return lower.substring(start, end);
  }
}
