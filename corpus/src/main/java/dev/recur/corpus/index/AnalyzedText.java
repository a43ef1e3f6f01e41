package dev.recur.corpus.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one text, analysed once and replayed into several fields: the whole text, and the
 * parts of it that each section kind covers. Analysis is most of what indexing a document costs,
 * and the sections cover nearly all of the text, so reading it once halves that work. Confined to
 * the thread that indexes the document.
 */
final class AnalyzedText {

  private final int textLength;
  private char[] chars = new char[4096];
  private int charCount;
  private int[] termStart = new int[512];
  private int[] termLength = new int[512];
  private int[] startOffset = new int[512];
  private int[] endOffset = new int[512];
  private int[] increment = new int[512];
  private int size;

  private AnalyzedText(int textLength) {
    this.textLength = textLength;
  }

  /** Analyses {@code text} as {@code field} with {@code analyzer}, keeping every token. */
  static AnalyzedText of(Analyzer analyzer, String field, String text) {
    AnalyzedText out = new AnalyzedText(text.length());
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term, offset.startOffset(), offset.endOffset(), inc.getPositionIncrement());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse the text: " + e.getMessage(), e);
    }
    return out;
  }

  private void add(CharTermAttribute term, int start, int end, int inc) {
    if (size == termStart.length) {
      int n = size * 2;
      termStart = Arrays.copyOf(termStart, n);
      termLength = Arrays.copyOf(termLength, n);
      startOffset = Arrays.copyOf(startOffset, n);
      endOffset = Arrays.copyOf(endOffset, n);
      increment = Arrays.copyOf(increment, n);
    }
    int length = term.length();
    if (charCount + length > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + length));
    }
    System.arraycopy(term.buffer(), 0, chars, charCount, length);
    termStart[size] = charCount;
    termLength[size] = length;
    startOffset[size] = start;
    endOffset[size] = end;
    increment[size] = inc;
    charCount += length;
    size++;
  }

  /** The number of tokens. */
  int size() {
    return size;
  }

  /**
   * The index of the first token that starts at or after {@code offset}; {@link #size()} if none.
   */
  int firstAt(int offset) {
    int low = 0;
    int high = size;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (startOffset[mid] < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Every token, with its offsets, as a stream for one field. */
  TokenStream all() {
    return replay(new int[] {0, size});
  }

  /**
   * The tokens of the given index ranges, {@code [from0, to0, from1, to1, ...]}, as a stream for
   * one field, in text order (the index needs offsets that never go back) and each token once where
   * ranges overlap.
   */
  TokenStream replay(int[] ranges) {
    if (ranges.length % 2 != 0) {
      throw new IllegalArgumentException("ranges come in pairs, got " + ranges.length + " ends");
    }
    long[] packed = new long[ranges.length / 2];
    for (int i = 0; i < packed.length; i++) {
      packed[i] = ((long) ranges[2 * i] << 32) | ranges[2 * i + 1];
    }
    Arrays.sort(packed);
    int[] merged = new int[ranges.length];
    int n = 0;
    for (long p : packed) {
      int from = (int) (p >>> 32);
      int to = (int) p;
      if (n > 0 && from <= merged[n - 1]) {
        merged[n - 1] = Math.max(merged[n - 1], to);
      } else {
        merged[n++] = from;
        merged[n++] = to;
      }
    }
    return new Replay(Arrays.copyOf(merged, n));
  }

  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final int[] ranges;
    private int range;
    private int next;

    Replay(int[] ranges) {
      this.ranges = ranges;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      range = 0;
      next = ranges.length == 0 ? 0 : ranges[0];
    }

    @Override
    public boolean incrementToken() {
      while (range < ranges.length && next >= ranges[range + 1]) {
        range += 2;
        next = range < ranges.length ? ranges[range] : next;
      }
      if (range >= ranges.length) {
        return false;
      }
      clearAttributes();
      int i = next++;
      term.copyBuffer(chars, termStart[i], termLength[i]);
      offset.setOffset(startOffset[i], endOffset[i]);
      // A range's first token follows the previous range, wherever that ended in the text.
      inc.setPositionIncrement(i == ranges[range] ? Math.max(1, increment[i]) : increment[i]);
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(textLength, textLength);
    }
  }
}
