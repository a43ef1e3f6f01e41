package dev.recur.analyzers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The OpenNLP models Recur reads English with, loaded once and shared. The models are immutable and
 * thread-safe; the {@code *ME} tools made from them are not, so callers ask for a fresh detector or
 * tokenizer per parse or per thread.
 */
public final class TextModels {

  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

  private final SentenceModel sentenceModel;

  /**
   * How many distinct words the tokenizers remember between them (a few megabytes); a corpus's
   * vocabulary beyond that still tokenizes right, only slower.
   */
  static final int REMEMBERED_CHUNKS = 65_536;

  private final TokenizerModel tokenizerModel;
  private final Map<String, Span[]> chunkSplits = new ConcurrentHashMap<>();

  private TextModels(SentenceModel sentenceModel, TokenizerModel tokenizerModel) {
    this.sentenceModel = sentenceModel;
    this.tokenizerModel = tokenizerModel;
  }

  /**
   * Loads the English sentence and tokenizer models shipped in OpenNLP's model artifacts on the
   * class path.
   *
   * @throws UncheckedIOException naming the resource when a model is missing or unreadable
   */
  public static TextModels english() {
    return new TextModels(
        load(SENTENCE_MODEL, SentenceModel::new), load(TOKENIZER_MODEL, TokenizerModel::new));
  }

  /** A new sentence detector; not thread-safe, use it from one thread. */
  public SentenceDetectorME sentenceDetector() {
    return new SentenceDetectorME(sentenceModel);
  }

  /**
   * A new tokenizer; not thread-safe, use it from one thread. It is OpenNLP's {@link TokenizerME}
   * on the English model, remembering how it split each whitespace-separated chunk in memory that
   * all tokenizers of these models share, since the model's answer for a chunk never depends on its
   * neighbours.
   */
  public Tokenizer tokenizer() {
    return new ChunkTokenizer(new TokenizerME(tokenizerModel), chunkSplits, REMEMBERED_CHUNKS);
  }

  TokenizerModel tokenizerModel() {
    return tokenizerModel;
  }

  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = TextModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException(
                "OpenNLP model "
                    + resource
                    + " is not on the class path; is the opennlp-models-*-en artifact missing?"));
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource + ": " + e, e);
    }
  }
}
