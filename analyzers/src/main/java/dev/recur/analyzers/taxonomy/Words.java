package dev.recur.analyzers.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A sentence as a sequence of lower-case words in which taxonomy cues are looked up. It is built
 * from the tokens of an OpenNLP tokenizer; each token is further split at hyphens, slashes and
 * other punctuation so that {@code load-balancer}, {@code load balancer} and {@code Load Balancer}
 * read alike, while dots inside words ({@code nginx.conf}) are kept.
 */
public final class Words {

  private final String joined;
  private final int count;
  private final int[] starts;

  /** The words themselves, split from {@link #joined} on first use by a {@link CueIndex}. */
  private String[] split;

  /**
   * What each {@link CueIndex} found here, since several steps look up the same terms in the same
   * clause. Words are read by the one thread of their parse, so the lazy fields need no locking.
   */
  private Map<CueIndex, List<List<int[]>>> found;

  /** The filter of {@link #startsSomeWord}, and whether it is built yet. */
  private long pairsLow;

  private long pairsHigh;
  private boolean filtered;

  private Words(String joined, int count, int[] starts) {
    this.joined = joined;
    this.count = count;
    this.starts = starts;
  }

  /** The words of {@code tokens}, lower-cased and split at punctuation. */
  public static Words of(String[] tokens) {
    StringBuilder out = new StringBuilder(" ");
    int n = 0;
    int[] starts = new int[Math.max(4, tokens.length)];
    for (String token : tokens) {
      String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      int start = -1;
      for (int i = 0; i <= lower.length(); i++) {
        boolean wordChar = i < lower.length() && isWordChar(lower, i);
        if (wordChar && start < 0) {
          start = i;
        } else if (!wordChar && start >= 0) {
          // OpenNLP's English model keeps "nginx's" whole; the owner is the word a cue names,
          // so the 's becomes a word of its own, as in "the load balancer 's".
          int end = possessive(lower, start, i) ? i - 2 : percent(lower, start, i) ? i - 1 : i;
          for (int from = start; from < i; from = end, end = i) {
            if (n == starts.length) {
              starts = Arrays.copyOf(starts, n * 2);
            }
            starts[n++] = out.length();
            out.append(lower, from, end).append(' ');
          }
          start = -1;
        }
      }
    }
    return new Words(out.toString(), n, starts);
  }

  /**
   * Whether the word {@code s[start, end)} is a number with its percent sign ("100%"), which
   * OpenNLP's model usually but not always splits; the sign is a word of its own either way.
   */
  private static boolean percent(String s, int start, int end) {
    return end - start > 1 && s.charAt(end - 1) == '%' && Character.isDigit(s.charAt(end - 2));
  }

  /** Whether the word {@code s[start, end)} ends in a possessive or contracted {@code 's}. */
  private static boolean possessive(String s, int start, int end) {
    return end - start > 2
        && s.charAt(end - 2) == '\''
        && s.charAt(end - 1) == 's'
        && Character.isLetterOrDigit(s.charAt(end - 3));
  }

  private static boolean isWordChar(String s, int i) {
    char c = s.charAt(i);
    if (Character.isLetterOrDigit(c) || c == '%') {
      return true;
    }
    if (c == '\'') {
      // Inside a word ("don't", "nginx's") an apostrophe is part of it, and so is the possessive
      // the tokenizer split off ("nginx" "'s"); a quote closing or opening a word ("the file
      // 'wp-settings.php'") is not, or ".php" would not be found at its end.
      boolean before = i > 0 && Character.isLetterOrDigit(s.charAt(i - 1));
      boolean after = i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
      boolean clitic =
          !before
              && s.startsWith("s", i + 1)
              && (i + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(i + 2)));
      return before && after || clitic;
    }
    // A dot stays inside a word (nginx.conf, 99.9) and starts an extension (.phpp).
    return c == '.'
        && i + 1 < s.length()
        && Character.isLetterOrDigit(s.charAt(i + 1))
        && (i == 0 || s.charAt(i - 1) != '.');
  }

  /** The number of words. */
  public int size() {
    return count;
  }

  /** The words joined by single spaces, with a space before the first and after the last. */
  public String text() {
    return joined;
  }

  /** Whether {@code cue} occurs anywhere. */
  public boolean contains(String cue) {
    return find(cue, 0) >= 0;
  }

  /** Whether any of {@code cues} occurs. */
  public boolean containsAny(List<String> cues) {
    for (String cue : cues) {
      if (contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The character offsets in {@link #text()} where {@code cue} starts (a cue of an extension, such
   * as {@code .phpp}, may start inside a word).
   */
  public List<Integer> positions(String cue) {
    List<Integer> out = new ArrayList<>();
    int from = 0;
    int at;
    while ((at = find(cue, from)) >= 0) {
      out.add(at);
      from = at + 1;
    }
    return out;
  }

  /** The first offset of any cue of {@code term}, or -1. */
  public int firstPosition(Term term) {
    int best = -1;
    for (String cue : term.cues()) {
      int at = find(cue, 0);
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  /** The offsets of every cue of {@code term}, unordered. */
  public List<Integer> positions(Term term) {
    List<Integer> out = new ArrayList<>();
    for (String cue : term.cues()) {
      out.addAll(positions(cue));
    }
    return out;
  }

  /**
   * The spans {@code [start, end)} in {@link #text()} of every cue of {@code term}; a prefix cue
   * spans to the end of the word it starts.
   */
  public List<int[]> spans(Term term) {
    List<int[]> out = new ArrayList<>();
    for (String cue : term.cues()) {
      out.addAll(spans(cue));
    }
    return out;
  }

  /** The spans of one cue, as {@link #spans(Term)} gives them. */
  List<int[]> spans(String cue) {
    List<int[]> out = new ArrayList<>();
    int length = cue.endsWith("*") ? cue.length() - 1 : cue.length();
    int from = 0;
    int at;
    while ((at = find(cue, from)) >= 0) {
      int end = cue.endsWith("*") ? joined.indexOf(' ', at + length) : at + length;
      out.add(new int[] {at, end < 0 ? joined.length() : end});
      from = at + 1;
    }
    return out;
  }

  /** {@code index}'s spans here, computed by {@code lookup} on the first request. */
  List<List<int[]>> found(CueIndex index, Function<Words, List<List<int[]>>> lookup) {
    if (found == null) {
      found = new IdentityHashMap<>(4);
    }
    return found.computeIfAbsent(index, k -> lookup.apply(this));
  }

  /** Where word {@code i} starts in {@link #text()}. */
  int start(int i) {
    return starts[i];
  }

  /** Word {@code i}. */
  String word(int i) {
    if (split == null) {
      String[] words = new String[count];
      for (int k = 0; k < count; k++) {
        words[k] = joined.substring(starts[k], joined.indexOf(' ', starts[k]));
      }
      split = words;
    }
    return split[i];
  }

  private int find(String cue, int from) {
    boolean prefix = cue.endsWith("*");
    int length = prefix ? cue.length() - 1 : cue.length();
    // Most cues are absent; their first two letters, never seen at the start of a word, say so.
    if (length >= 2 && cue.charAt(0) != '.' && !startsSomeWord(cue.charAt(0), cue.charAt(1))) {
      return -1;
    }
    String body = prefix ? cue.substring(0, length) : cue;
    int at = from;
    while (true) {
      int hit = joined.indexOf(body, at);
      if (hit < 0) {
        return -1;
      }
      int end = hit + body.length();
      // A cue that starts with a dot names a file extension and may end any word.
      boolean startsWord = body.startsWith(".") || (hit > 0 && joined.charAt(hit - 1) == ' ');
      boolean endsWord = prefix || (end < joined.length() && joined.charAt(end) == ' ');
      if (startsWord && endsWord) {
        return hit;
      }
      at = hit + 1;
    }
  }

  /**
   * Whether some word may start with {@code a} then {@code b} (the space after a one-letter word
   * counts as its second letter). A 128-bit filter of the pairs that start words, built on first
   * use: a {@code false} is certain, a {@code true} only likely.
   */
  private boolean startsSomeWord(char a, char b) {
    if (!filtered) {
      for (int i = 0; i < count; i++) {
        int bit = pairBit(joined.charAt(starts[i]), joined.charAt(starts[i] + 1));
        if (bit < 64) {
          pairsLow |= 1L << bit;
        } else {
          pairsHigh |= 1L << (bit - 64);
        }
      }
      filtered = true;
    }
    int bit = pairBit(a, b);
    return bit < 64 ? (pairsLow & (1L << bit)) != 0 : (pairsHigh & (1L << (bit - 64))) != 0;
  }

  private static int pairBit(char a, char b) {
    return ((a * 31 + b) * 0x9E3779B9) >>> 25;
  }

  @Override
  public String toString() {
    return joined.strip();
  }
}
