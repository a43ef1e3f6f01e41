package dev.recur.analyzers.text;

/**
 * Plain substring tests the extractors run before their patterns: most sentences hold none of the
 * words a pattern needs, and looking for a word costs far less than running the pattern.
 */
public final class Substrings {

  private Substrings() {}

  /** Whether {@code text} contains any of {@code needles}, compared exactly (lower-case both). */
  public static boolean containsAny(String text, String[] needles) {
    for (String needle : needles) {
      if (text.contains(needle)) {
        return true;
      }
    }
    return false;
  }
}
