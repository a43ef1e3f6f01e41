package dev.recur.analyzers.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.IOUtils;

/**
 * The Lucene analyzer for postmortem text: standard tokens, lower case, postmortem synonyms ({@code
 * LB} → {@code load balancer}, {@code db} → {@code database}, {@code k8s} → {@code kubernetes},
 * ...) through Lucene's synonym graph filter, English stop words and Porter stemming. Use {@link
 * #forIndexing()} when writing an index and {@link #forQuerying()} when parsing queries; both map a
 * term to the same indexed form. Thread-safe, like every Lucene analyzer.
 */
public final class PostmortemAnalyzer extends Analyzer {

  /** The bundled rules, in Solr's synonym format. */
  public static final String SYNONYMS_RESOURCE = "/dev/recur/analyzers/lucene/synonyms.txt";

  private static final SynonymMap BUNDLED = loadBundled();

  /**
   * Snowball's English stop list without the words that carry meaning in an incident ("down", "up",
   * "out", "off", "over", "under", "again").
   */
  private static final CharArraySet STOP_WORDS = loadStopWords();

  private final SynonymMap synonyms;
  private final boolean indexing;

  private PostmortemAnalyzer(SynonymMap synonyms, boolean indexing) {
    this.synonyms = Objects.requireNonNull(synonyms, "synonyms");
    this.indexing = indexing;
  }

  /** The analyzer for documents being indexed, with the bundled synonyms. */
  public static PostmortemAnalyzer forIndexing() {
    return new PostmortemAnalyzer(BUNDLED, true);
  }

  /** The analyzer for query text, with the bundled synonyms. */
  public static PostmortemAnalyzer forQuerying() {
    return new PostmortemAnalyzer(BUNDLED, false);
  }

  /**
   * An analyzer with the synonym rules read from {@code rules} (Solr format, {@code a, b => c}),
   * instead of the bundled ones. Index and query must use the same rules.
   *
   * @throws IllegalArgumentException naming the line when a rule cannot be read
   */
  public static PostmortemAnalyzer withSynonyms(Reader rules, boolean indexing) {
    return new PostmortemAnalyzer(parse(rules, "synonym rules"), indexing);
  }

  /** Whether this analyzer flattens synonym graphs, as the index requires. */
  public boolean isForIndexing() {
    return indexing;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    stream = new SynonymGraphFilter(stream, synonyms, true);
    if (indexing) {
      // The index cannot hold a token graph; queries keep it so multi-word synonyms become phrases.
      stream = new FlattenGraphFilter(stream);
    }
    stream = new EnglishPossessiveFilter(stream);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new PorterStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** The stop words this analyzer drops. */
  public static CharArraySet stopWords() {
    return CharArraySet.unmodifiableSet(STOP_WORDS);
  }

  private static CharArraySet loadStopWords() {
    InputStream stream = SnowballFilter.class.getResourceAsStream("english_stop.txt");
    if (stream == null) {
      throw new UncheckedIOException(
          new IOException("Lucene's english_stop.txt is not on the class path"));
    }
    try (Reader in = IOUtils.getDecodingReader(stream, StandardCharsets.UTF_8)) {
      Set<String> meaningful = Set.of("down", "up", "out", "off", "over", "under", "again");
      CharArraySet words = new CharArraySet(200, false);
      for (Object word : WordlistLoader.getSnowballWordSet(in)) {
        String w = new String((char[]) word);
        if (!meaningful.contains(w)) {
          words.add(w);
        }
      }
      return words;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read Lucene's English stop words: " + e, e);
    }
  }

  private static SynonymMap loadBundled() {
    InputStream in = PostmortemAnalyzer.class.getResourceAsStream(SYNONYMS_RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("synonym rules " + SYNONYMS_RESOURCE + " are not on the class path"));
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return parse(reader, SYNONYMS_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SYNONYMS_RESOURCE + ": " + e, e);
    }
  }

  private static SynonymMap parse(Reader rules, String origin) {
    // Rule words go through the same tokenizer and lower-casing as the text they will match.
    try (Analyzer ruleAnalyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
          }
        }) {
      SolrSynonymParser parser = new SolrSynonymParser(true, false, ruleAnalyzer);
      parser.parse(rules);
      return parser.build();
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "cannot read " + origin + " near line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + origin + ": " + e, e);
    }
  }
}
