package dev.recur.analyzers.lucene;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
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
 * The Lucene analyzer for postmortem text: standard tokens, lower case, English stop words and
 * Porter stemming, with postmortem synonyms ({@code LB} ~ {@code load balancer}, {@code db} ~
 * {@code database}, {@code k8s} ~ {@code kubernetes}, ...) applied in one of three {@link Mode
 * modes}. The index keeps words as written ({@link #forIndexing()}, no synonym work while writing)
 * and queries expand each word to all its spellings ({@link #forQuerying()}), so a search for
 * either form finds both; fields compared term by term rather than searched use {@link
 * #canonical()}. Thread-safe, like every Lucene analyzer.
 */
public final class PostmortemAnalyzer extends Analyzer {

  /** What an analyzer does with the synonym rules. */
  public enum Mode {
    /** Words as written, no synonyms: for indexing text that is searched with {@link #QUERY}. */
    INDEX,
    /**
     * Every spelling of a rule becomes all of them, as a token graph that the query parser turns
     * into alternatives (phrases for the multi-word ones).
     */
    QUERY,
    /**
     * Every spelling becomes the rule's canonical words, so two texts that say the same thing share
     * terms: for fields compared by their terms (term vectors, more-like-this). Its terms are among
     * the ones {@link #QUERY} expands to, so such a field is searchable as well.
     */
    CANONICAL
  }

  /** The bundled rules, in Solr's synonym format. */
  public static final String SYNONYMS_RESOURCE = "/dev/recur/analyzers/lucene/synonyms.txt";

  private static final Rules BUNDLED = loadBundled();

  /**
   * Snowball's English stop list without the words that carry meaning in an incident ("down", "up",
   * "out", "off", "over", "under", "again").
   */
  private static final CharArraySet STOP_WORDS = loadStopWords();

  /** Both readings of one set of rules: spellings to their canonical words, and to each other. */
  /**
   * Both readings of one set of rules: spellings to their canonical words, and to each other.
   * {@code linear} when every spelling has one canonical form: replacing it then yields a plain
   * token sequence, not a graph, and the index needs no flattening (the costliest filter).
   */
  private record Rules(SynonymMap canonical, SynonymMap expanding, boolean linear) {}

  private final Rules rules;
  private final Mode mode;

  private PostmortemAnalyzer(Rules rules, Mode mode) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.mode = Objects.requireNonNull(mode, "mode");
  }

  /** The analyzer for documents being indexed: no synonyms, queries expand them instead. */
  public static PostmortemAnalyzer forIndexing() {
    return new PostmortemAnalyzer(BUNDLED, Mode.INDEX);
  }

  /** The analyzer for query text: each word expanded to every spelling of the bundled rules. */
  public static PostmortemAnalyzer forQuerying() {
    return new PostmortemAnalyzer(BUNDLED, Mode.QUERY);
  }

  /** The analyzer that writes every spelling of the bundled rules as its canonical words. */
  public static PostmortemAnalyzer canonical() {
    return new PostmortemAnalyzer(BUNDLED, Mode.CANONICAL);
  }

  /**
   * An analyzer with the synonym rules read from {@code rules} (Solr format, {@code a, b => c} or
   * {@code a, b, c}) instead of the bundled ones. Index and query must use the same rules.
   *
   * @throws IllegalArgumentException naming the line when a rule cannot be read
   */
  public static PostmortemAnalyzer withSynonyms(Reader rules, Mode mode) {
    return new PostmortemAnalyzer(read(rules, "synonym rules"), mode);
  }

  /** What this analyzer does with synonyms. */
  public Mode mode() {
    return mode;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = new LowerCaseFilter(source);
    switch (mode) {
      case INDEX -> {
        // Synonyms cost most of the analysis; leaving them to the (short) query keeps writes fast.
      }
      case QUERY -> stream = new SynonymGraphFilter(stream, rules.expanding(), true);
      case CANONICAL -> {
        // The index cannot hold a token graph.
        stream = new SynonymGraphFilter(stream, rules.canonical(), true);
        if (!rules.linear()) {
          stream = new FlattenGraphFilter(stream);
        }
      }
    }
    return new TokenStreamComponents(source, wordFilters(stream));
  }

  /**
   * The filters every mode runs on each lower-cased word after the synonyms: possessive, stop
   * words, Porter stemming. Each reads one token and nothing around it, so a word's result does not
   * depend on where it stands, which lets an indexer remember it per word.
   */
  public static TokenStream wordFilters(TokenStream lowerCased) {
    TokenStream stream = new EnglishPossessiveFilter(lowerCased);
    stream = new StopFilter(stream, STOP_WORDS);
    return new PorterStemFilter(stream);
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

  private static Rules loadBundled() {
    InputStream in = PostmortemAnalyzer.class.getResourceAsStream(SYNONYMS_RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("synonym rules " + SYNONYMS_RESOURCE + " are not on the class path"));
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, SYNONYMS_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SYNONYMS_RESOURCE + ": " + e, e);
    }
  }

  private static Rules read(Reader rules, String origin) {
    StringWriter text = new StringWriter();
    try {
      rules.transferTo(text);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + origin + ": " + e, e);
    }
    // Parsing the rules as written first reports a bad rule by its line number.
    SynonymMap canonical = parse(text.toString(), false, origin);
    return new Rules(
        canonical, parse(equivalences(text.toString()), true, origin), linear(text.toString()));
  }

  /**
   * The rules as equivalence lists for expansion: {@code a, b => c} becomes {@code c, a, b}, and
   * the rules sharing a canonical form join into one list, so {@code lb} and {@code alb} each
   * expand to the other as well as to {@code load balancer}.
   */
  /** Whether no explicit rule ({@code a => b, c}) gives a spelling several canonical forms. */
  private static boolean linear(String rules) {
    for (String line : rules.split("\\R")) {
      int arrow = line.indexOf("=>");
      if (!line.strip().startsWith("#") && arrow >= 0 && line.indexOf(',', arrow) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String equivalences(String rules) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    StringBuilder out = new StringBuilder();
    for (String line : rules.split("\\R")) {
      int arrow = line.indexOf("=>");
      if (line.strip().startsWith("#") || arrow < 0) {
        out.append(line).append('\n');
        continue;
      }
      Set<String> group =
          groups.computeIfAbsent(line.substring(arrow + 2).strip(), k -> new LinkedHashSet<>());
      group.add(line.substring(arrow + 2).strip());
      group.add(line.substring(0, arrow).strip());
    }
    groups.values().forEach(group -> out.append(String.join(", ", group)).append('\n'));
    return out.toString();
  }

  private static SynonymMap parse(String rules, boolean expand, String origin) {
    // Rule words go through the same tokenizer and lower-casing as the text they will match.
    try (Analyzer ruleAnalyzer =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
          }
        }) {
      SolrSynonymParser parser = new SolrSynonymParser(true, expand, ruleAnalyzer);
      parser.parse(new StringReader(rules));
      return parser.build();
    } catch (ParseException e) {
      throw new IllegalArgumentException(
          "cannot read " + origin + " near line " + e.getErrorOffset() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + origin + ": " + e, e);
    }
  }
}
