package dev.recur.analyzers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * OpenNLP's learned tokenizer with its decisions remembered. {@link TokenizerME} first splits at
 * whitespace and then evaluates its model at every character of each chunk, looking only at that
 * chunk; so the split of a chunk is the same wherever it occurs, and the words a corpus repeats
 * need the model once. The result is exactly what the wrapped {@code TokenizerME} returns.
 *
 * <p>Not thread-safe (the wrapped tokenizer is not); the memory it shares is.
 */
final class ChunkTokenizer implements Tokenizer {

  /** Chunks longer than this are rare and often hostile; they go to the model every time. */
  static final int MAX_CHUNK_CHARS = 48;

  private final TokenizerME model;
  private final Map<String, Span[]> memory;
  private final int capacity;

  /**
   * @param memory the splits learned so far, relative to the chunk; shared between threads, so it
   *     must be a concurrent map
   * @param capacity the number of chunks after which no new ones are remembered
   */
  ChunkTokenizer(TokenizerME model, Map<String, Span[]> memory, int capacity) {
    this.model = model;
    this.memory = memory;
    this.capacity = capacity;
  }

  /**
   * The tokens of {@link #tokenizePos}, as {@link Span#spansToStrings} would cut them, read without
   * making spans: every sentence of every document comes here.
   */
  @Override
  public String[] tokenize(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (isWhitespace(s.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && !isWhitespace(s.charAt(i))) {
        i++;
      }
      String chunk = s.substring(start, i);
      if (chunk.length() < 2) {
        out.add(chunk);
        continue;
      }
      Span[] parts = split(chunk);
      if (parts.length == 1 && parts[0].getStart() == 0 && parts[0].getEnd() == chunk.length()) {
        out.add(chunk);
      } else {
        for (Span part : parts) {
          out.add(chunk.substring(part.getStart(), part.getEnd()));
        }
      }
    }
    return out.toArray(new String[0]);
  }

  /**
   * {@link StringUtil#isWhitespace}, which {@link WhitespaceTokenizer} splits at, asking for the
   * character's Unicode type only beyond ASCII: in ASCII only the characters {@link
   * Character#isWhitespace} accepts are of the space-separator type.
   */
  private static boolean isWhitespace(char c) {
    return c < 128 ? Character.isWhitespace(c) : StringUtil.isWhitespace(c);
  }

  @Override
  public Span[] tokenizePos(String s) {
    Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(s);
    List<Span> out = new ArrayList<>(chunks.length + chunks.length / 4);
    for (Span chunk : chunks) {
      // The model cannot split a single character, as TokenizerME itself knows.
      if (chunk.length() < 2) {
        out.add(chunk);
        continue;
      }
      int offset = chunk.getStart();
      for (Span part : split(chunk.getCoveredText(s).toString())) {
        out.add(new Span(part.getStart() + offset, part.getEnd() + offset));
      }
    }
    return out.toArray(new Span[0]);
  }

  private Span[] split(String chunk) {
    if (chunk.length() > MAX_CHUNK_CHARS) {
      return model.tokenizePos(chunk);
    }
    Span[] known = memory.get(chunk);
    if (known == null) {
      known = model.tokenizePos(chunk);
      if (memory.size() < capacity) {
        memory.putIfAbsent(chunk, known);
      }
    }
    return known;
  }
}
