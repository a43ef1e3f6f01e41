package dev.recur.analyzers.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cues of a list of terms, indexed by the word they start with, so that every term a sentence
 * names is found in one pass over its words instead of one search per cue. It finds exactly what
 * {@link Words#spans(Term)} and {@link Words#firstPosition(Term)} find, term by term, and each
 * {@link Words} remembers the answer for the steps that ask again. Immutable and thread-safe.
 */
public final class CueIndex {

  private final List<Term> terms;

  /** Cues whose first word is whole, by that word. */
  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  /** One-word prefix cues ({@code misconfigur*}), by their first two characters. */
  private final Map<Integer, List<Entry>> prefixes = new HashMap<>();

  /** Cues that need not start a word (file extensions) or are too short to index; searched. */
  private final List<Entry> searched = new ArrayList<>();

  private CueIndex(List<Term> terms) {
    this.terms = List.copyOf(terms);
    for (int t = 0; t < this.terms.size(); t++) {
      for (String cue : this.terms.get(t).cues()) {
        Entry e = new Entry(t, cue);
        int space = e.body.indexOf(' ');
        if (e.body.length() < 2 || e.body.charAt(0) == '.' || e.body.charAt(0) == ' ') {
          searched.add(e);
        } else if (space > 0 || !e.prefix) {
          String first = space > 0 ? e.body.substring(0, space) : e.body;
          byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(e);
        } else {
          prefixes.computeIfAbsent(key(e.body, 0), k -> new ArrayList<>()).add(e);
        }
      }
    }
  }

  /** An index of {@code terms}' cues. */
  public static CueIndex of(List<Term> terms) {
    return new CueIndex(Objects.requireNonNull(terms, "terms"));
  }

  /** The terms, in the order the results follow. */
  public List<Term> terms() {
    return terms;
  }

  /**
   * For each term in order, the spans {@code [start, end)} of its cues in {@code words}, as {@link
   * Words#spans(Term)} gives them (perhaps in another order).
   */
  public List<List<int[]>> spans(Words words) {
    return words.found(this, this::lookUp);
  }

  private List<List<int[]>> lookUp(Words words) {
    List<List<int[]>> out = new ArrayList<>(terms.size());
    for (int t = 0; t < terms.size(); t++) {
      out.add(new ArrayList<>(0));
    }
    visit(words, (term, start, end) -> out.get(term).add(new int[] {start, end}));
    List<List<int[]>> readOnly = new ArrayList<>(out.size());
    for (List<int[]> spans : out) {
      readOnly.add(Collections.unmodifiableList(spans));
    }
    return Collections.unmodifiableList(readOnly);
  }

  /**
   * For each term in order, the first offset of any of its cues in {@code words}, or -1, as {@link
   * Words#firstPosition(Term)} gives it.
   */
  public int[] firstPositions(Words words) {
    int[] out = new int[terms.size()];
    Arrays.fill(out, -1);
    List<List<int[]>> spans = spans(words);
    for (int t = 0; t < out.length; t++) {
      for (int[] span : spans.get(t)) {
        if (out[t] < 0 || span[0] < out[t]) {
          out[t] = span[0];
        }
      }
    }
    return out;
  }

  private interface Hit {
    void at(int term, int start, int end);
  }

  private void visit(Words words, Hit hit) {
    String text = words.text();
    for (int w = 0; w < words.size(); w++) {
      int start = words.start(w);
      List<Entry> exact = byFirstWord.get(words.word(w));
      if (exact != null) {
        for (Entry e : exact) {
          e.matchAt(text, start, hit);
        }
      }
      if (words.word(w).length() >= 2) {
        List<Entry> prefix = prefixes.get(key(text, start));
        if (prefix != null) {
          for (Entry e : prefix) {
            e.matchAt(text, start, hit);
          }
        }
      }
    }
    for (Entry e : searched) {
      for (int[] span : words.spans(e.cue)) {
        hit.at(e.term, span[0], span[1]);
      }
    }
  }

  private static int key(String s, int at) {
    return (s.charAt(at) << 16) | s.charAt(at + 1);
  }

  /** One cue of one term. */
  private static final class Entry {
    final int term;
    final String cue;
    final String body;
    final boolean prefix;

    Entry(int term, String cue) {
      this.term = term;
      this.cue = cue;
      this.prefix = cue.endsWith("*");
      this.body = prefix ? cue.substring(0, cue.length() - 1) : cue;
    }

    /** Reports the cue if it matches at word start {@code start}, with the span Words gives. */
    void matchAt(String text, int start, Hit hit) {
      if (!text.startsWith(body, start)) {
        return;
      }
      int end = start + body.length();
      if (prefix) {
        int wordEnd = text.indexOf(' ', end);
        hit.at(term, start, wordEnd < 0 ? text.length() : wordEnd);
      } else if (end < text.length() && text.charAt(end) == ' ') {
        hit.at(term, start, end);
      }
    }
  }
}
