package dev.recur.analyzers.time;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The zone names Recur recognises, and what they mean. */
final class Zones {

  /** Abbreviations with one fixed offset, in hours (fractions as minutes below). */
  private static final Map<String, Integer> FIXED_MINUTES =
      Map.ofEntries(
          Map.entry("UTC", 0),
          Map.entry("GMT", 0),
          Map.entry("WET", 0),
          Map.entry("WEST", 60),
          Map.entry("WAT", 60),
          Map.entry("CET", 60),
          Map.entry("CEST", 120),
          Map.entry("CAT", 120),
          Map.entry("SAST", 120),
          Map.entry("EET", 120),
          Map.entry("EEST", 180),
          Map.entry("EAT", 180),
          Map.entry("MSK", 180),
          Map.entry("PKT", 300),
          Map.entry("NPT", 345),
          Map.entry("WIB", 420),
          Map.entry("SGT", 480),
          Map.entry("HKT", 480),
          Map.entry("JST", 540),
          Map.entry("KST", 540),
          Map.entry("AEST", 600),
          Map.entry("AEDT", 660),
          Map.entry("NZST", 720),
          Map.entry("NZDT", 780),
          Map.entry("HST", -600),
          Map.entry("AKST", -540),
          Map.entry("AKDT", -480),
          Map.entry("PST", -480),
          Map.entry("PDT", -420),
          Map.entry("MST", -420),
          Map.entry("MDT", -360),
          Map.entry("CDT", -300),
          Map.entry("EST", -300),
          Map.entry("EDT", -240),
          Map.entry("BRT", -180),
          Map.entry("ART", -180));

  /** Abbreviations that name more than one zone (IST: India, Ireland, Israel; CST: US, China). */
  private static final Set<String> AMBIGUOUS = Set.of("IST", "CST", "BST", "AST", "GST", "SST");

  /** Generic zones whose offset depends on daylight saving, so no offset is emitted. */
  private static final Set<String> SEASONAL = Set.of("PT", "MT", "CT", "ET", "AKT");

  /** Zones whose abbreviation suggests a month-first date habit. */
  private static final Set<String> MONTH_FIRST =
      Set.of(
          "PT", "PST", "PDT", "MT", "MST", "MDT", "CT", "CDT", "ET", "EST", "EDT", "AKST", "AKDT",
          "HST");

  static final String ABBREVIATIONS;

  /** The same abbreviations as a set, to ask whether a word is one. */
  static final Set<String> ABBREVIATION_SET;

  /** The length of the longest abbreviation. */
  static final int LONGEST_ABBREVIATION;

  static {
    StringBuilder all = new StringBuilder();
    FIXED_MINUTES.keySet().stream()
        .sorted((a, b) -> b.length() - a.length())
        .forEach(k -> all.append(all.length() == 0 ? "" : "|").append(k));
    AMBIGUOUS.forEach(k -> all.append('|').append(k));
    SEASONAL.forEach(k -> all.append('|').append(k));
    ABBREVIATIONS = all.toString();
    ABBREVIATION_SET = Set.copyOf(Arrays.asList(ABBREVIATIONS.split("\\|")));
    LONGEST_ABBREVIATION = ABBREVIATION_SET.stream().mapToInt(String::length).max().orElse(0);
  }

  /** Full names and city times, written out, with their abbreviation. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("pacific standard time", "PST"),
          Map.entry("pacific daylight time", "PDT"),
          Map.entry("pacific time", "PT"),
          Map.entry("eastern standard time", "EST"),
          Map.entry("eastern daylight time", "EDT"),
          Map.entry("eastern time", "ET"),
          Map.entry("central standard time", "CST"),
          Map.entry("central daylight time", "CDT"),
          Map.entry("central time", "CT"),
          Map.entry("mountain standard time", "MST"),
          Map.entry("mountain time", "MT"),
          Map.entry("east africa time", "EAT"),
          Map.entry("east african time", "EAT"),
          Map.entry("central africa time", "CAT"),
          Map.entry("central african time", "CAT"),
          Map.entry("west africa time", "WAT"),
          Map.entry("west african time", "WAT"),
          Map.entry("south africa standard time", "SAST"),
          Map.entry("south african standard time", "SAST"),
          Map.entry("south africa time", "SAST"),
          Map.entry("coordinated universal time", "UTC"),
          Map.entry("universal time", "UTC"),
          Map.entry("greenwich mean time", "GMT"),
          Map.entry("central european time", "CET"),
          Map.entry("central european summer time", "CEST"),
          Map.entry("british summer time", "BST"),
          Map.entry("india standard time", "IST"),
          Map.entry("indian standard time", "IST"),
          Map.entry("lagos time", "WAT"),
          Map.entry("nairobi time", "EAT"),
          Map.entry("kigali time", "CAT"),
          Map.entry("kampala time", "EAT"),
          Map.entry("cairo time", "EET"),
          Map.entry("accra time", "GMT"),
          Map.entry("johannesburg time", "SAST"));

  /** A full zone name: up to three capitalised words and "Time", matched case-insensitively. */
  static final String NAME =
      "(?:(?:pacific|eastern|central|mountain|east|west|south|central|coordinated|greenwich|british|india|indian"
          + "|lagos|nairobi|kigali|kampala|cairo|accra|johannesburg)"
          + "(?:[ \\t]{1,2}(?:african|africa|european|standard|daylight|summer|universal|mean)){0,2}[ \\t]{1,2}time)";

  private static final Pattern OFFSET =
      Pattern.compile("(UTC|GMT)?\\s?([+\\-\u2212])\\s?(\\d{1,2})(?::?(\\d{2}))?");

  private Zones() {}

  /** Reads a matched abbreviation, offset form ({@code GMT+03:00}) or full name. */
  static Optional<Zone> of(String written) {
    String w = written.strip();
    String upper = w.toUpperCase(Locale.ROOT);
    Matcher m = OFFSET.matcher(w);
    if (m.matches()) {
      int hours = Integer.parseInt(m.group(3));
      int minutes = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      int sign = m.group(2).equals("+") ? 1 : -1;
      Optional<ZoneOffset> offset;
      try {
        offset = Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
      } catch (DateTimeException e) {
        return Optional.empty();
      }
      String text = w.replaceAll("\\s", "").replace('\u2212', '-');
      return Optional.of(new Zone(text, offset, false));
    }
    String abbreviation =
        NAMES.getOrDefault(w.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), upper);
    if (AMBIGUOUS.contains(abbreviation) || SEASONAL.contains(abbreviation)) {
      return Optional.of(
          new Zone(abbreviation, Optional.empty(), AMBIGUOUS.contains(abbreviation)));
    }
    Integer minutes = FIXED_MINUTES.get(abbreviation);
    if (minutes == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Zone(abbreviation, Optional.of(ZoneOffset.ofTotalSeconds(minutes * 60)), false));
  }

  /** Whether authors writing in this zone usually put the month first in numeric dates. */
  static boolean monthFirst(Zone zone) {
    return MONTH_FIRST.contains(zone.text());
  }
}
