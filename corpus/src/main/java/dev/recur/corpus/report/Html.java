package dev.recur.corpus.report;

import java.util.Locale;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;

/** Escaping and number formatting shared by the report's HTML and SVG. */
final class Html {

  private Html() {}

  /**
   * Escapes text for HTML content and attribute values alike ({@code & < > " '} and {@code /});
   * every piece of postmortem text passes through here.
   */
  static String esc(String text) {
    return SimpleHTMLEncoder.htmlEncode(text);
  }

  /** A number with at most one decimal, without a trailing {@code .0}. */
  static String num(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A length of time for people: minutes below two hours, hours below two days, then days. */
  static String minutes(double minutes) {
    if (minutes < 120) {
      return num(Math.round(minutes)) + " min";
    }
    if (minutes < 2 * 1440) {
      return num(Math.round(minutes / 6.0) / 10.0) + " h";
    }
    return num(Math.round(minutes / 144.0) / 10.0) + " days";
  }
}
