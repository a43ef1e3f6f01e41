package dev.recur.corpus.index;

import dev.recur.analyzers.lucene.PostmortemAnalyzer;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * {@link PostmortemAnalyzer#forIndexing()} for the whole text of a document, with the per-word
 * filters after the tokenizer (lower case, possessive, stop words, Porter stemming) run once per
 * distinct word as written and remembered per thread: the same tokens, offsets and positions,
 * without stemming every occurrence of every word again. Every one of those filters reads one token
 * at a time and nothing around it, so a word's result does not depend on where it occurs. {@code
 * AnalyzedTextTest} checks that the output equals the indexing analyzer's.
 */
final class IndexTextAnalyzer extends Analyzer {

  /** Words remembered per thread before the memory starts over; bounds it to a few MB. */
  static final int MAX_WORDS = 50_000;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new Memo(source));
  }

  /** The filters of {@link PostmortemAnalyzer.Mode#INDEX} after its tokenizer, in its order. */
  private static TokenStream words(TokenStream in) {
    return PostmortemAnalyzer.wordFilters(new LowerCaseFilter(in));
  }

  /** Replaces each word by its remembered result, dropping stop words as the filters do. */
  private static final class Memo extends TokenFilter {
    /** The result of a word that the filters drop. */
    private static final char[] DROPPED = new char[0];

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final CharArrayMap<char[]> results = new CharArrayMap<>(1024, false);
    private final OneWord word = new OneWord();
    private final TokenStream filters = words(word);
    private final CharTermAttribute filtered = filters.getAttribute(CharTermAttribute.class);
    private int skippedPositions;

    Memo(TokenStream in) {
      super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
      skippedPositions = 0;
      while (input.incrementToken()) {
        char[] result = results.get(term.buffer(), 0, term.length());
        if (result == null) {
          result = filter();
        }
        if (result != DROPPED) {
          term.copyBuffer(result, 0, result.length);
          if (skippedPositions != 0) {
            inc.setPositionIncrement(inc.getPositionIncrement() + skippedPositions);
          }
          return true;
        }
        skippedPositions += inc.getPositionIncrement();
      }
      return false;
    }

    /** Runs the word in {@link #term} through the filters and remembers the result. */
    private char[] filter() throws IOException {
      if (results.size() >= MAX_WORDS) {
        results.clear();
      }
      char[] key = new char[term.length()];
      System.arraycopy(term.buffer(), 0, key, 0, key.length);
      word.set(key);
      filters.reset();
      char[] result = DROPPED;
      if (filters.incrementToken()) {
        result = new char[filtered.length()];
        System.arraycopy(filtered.buffer(), 0, result, 0, result.length);
      }
      if (filters.incrementToken()) {
        throw new IllegalStateException("the word filters made several tokens of one");
      }
      filters.end();
      filters.close();
      results.put(key, result);
      return result;
    }

    @Override
    public void end() throws IOException {
      super.end();
      inc.setPositionIncrement(inc.getPositionIncrement() + skippedPositions);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      skippedPositions = 0;
    }
  }

  /** A stream of one word, the input of the filters. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] next;

    void set(char[] word) {
      next = word;
    }

    @Override
    public boolean incrementToken() {
      if (next == null) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(next, 0, next.length);
      next = null;
      return true;
    }
  }
}
