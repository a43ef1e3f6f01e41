package dev.recur.corpus.search;

import dev.recur.analyzers.lucene.PostmortemAnalyzer;
import dev.recur.core.SectionKind;
import dev.recur.corpus.index.IndexFields;
import dev.recur.corpus.index.PostmortemDocuments;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A search over a corpus, read from the query language users type: free text (handed to Lucene's
 * classic {@link QueryParser}: words, {@code "phrases"}, {@code AND}/{@code OR}, {@code -not})
 * mixed with field filters:
 *
 * <ul>
 *   <li>{@code fault:misconfiguration}, {@code component:load-balancer}, {@code service:auth},
 *       {@code zone:utc}, {@code herring:database}, {@code action:monitoring}, {@code
 *       severity:full-outage}, {@code signature:capacity/storage}, {@code id:...}, {@code
 *       source:...}: exact values, several separated by commas meaning any of them;
 *   <li>{@code impact:>=50}, {@code impact:<10}, {@code impact:30..60}: share of users, percent;
 *   <li>{@code duration:>2h}, {@code ttd:<=15m}, {@code tte:...}, {@code ttr:1h..4h}: lengths in
 *       {@code d}, {@code h}, {@code m} (a bare number is minutes);
 *   <li>{@code after:2024-01}, {@code before:2024-07-15}: incident start on or after, or before,
 *       the beginning of a year, month or day (UTC);
 *   <li>{@code section:root_cause:timeout}: free text within one section kind.
 * </ul>
 *
 * A leading {@code -} excludes what a filter matches. Filters restrict, free text ranks (BM25).
 * Immutable and thread-safe.
 */
public final class CorpusQuery {

  private static final Map<String, String> KEYWORDS =
      Map.of(
          "fault", IndexFields.FAULT,
          "component", IndexFields.COMPONENT,
          "service", IndexFields.SERVICE,
          "zone", IndexFields.ZONE,
          "herring", IndexFields.HERRING,
          "action", IndexFields.ACTION,
          "severity", IndexFields.SEVERITY,
          "signature", IndexFields.SIGNATURE,
          "id", IndexFields.ID,
          "source", IndexFields.SOURCE);

  private static final Map<String, String> LENGTHS =
      Map.of(
          "duration", IndexFields.DURATION,
          "ttd", IndexFields.TTD,
          "tte", IndexFields.TTE,
          "ttr", IndexFields.TTR);

  /** Field prefixes the query language knows; anything else before a colon is an error. */
  public static final List<String> FIELDS =
      List.of(
          "fault",
          "component",
          "service",
          "zone",
          "herring",
          "action",
          "severity",
          "signature",
          "id",
          "source",
          "impact",
          "duration",
          "ttd",
          "tte",
          "ttr",
          "after",
          "before",
          "section",
          "title",
          "text");

  /** Shared: an analyzer is thread-safe and reuses its token streams per thread. */
  private static final Analyzer ANALYZER = PostmortemAnalyzer.forQuerying();

  private static final int MAX_QUERY_CHARS = 10_000;
  private static final int MAX_FIELD_NAME = 24;
  private static final int MAX_NESTING = 100;

  /**
   * How deep the query's brackets nest, not counting a bracket escaped with a backslash or one
   * inside a quoted phrase, where the parser reads it as text.
   */
  static int nesting(String text) {
    int depth = 0;
    int deepest = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (!quoted && c == ')' && depth > 0) {
        depth--;
      }
    }
    return deepest;
  }

  private final String text;
  private final Query query;
  private final Optional<Query> rankingQuery;
  private final List<ExactValue> exactValues;

  private CorpusQuery(
      String text, Query query, Optional<Query> rankingQuery, List<ExactValue> exactValues) {
    this.text = text;
    this.query = query;
    this.rankingQuery = rankingQuery;
    this.exactValues = List.copyOf(exactValues);
  }

  /**
   * One value an exact-value filter asks for, as the index stores it.
   *
   * @param name the filter as typed, such as {@code fault}
   * @param field the index field it reads
   * @param value the value, normalised as the index stores it
   */
  public record ExactValue(String name, String field, String value) {
    public ExactValue {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Reads a query.
   *
   * @throws QuerySyntaxException quoting the part that cannot be read and what was expected
   */
  public static CorpusQuery parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_QUERY_CHARS) {
      throw new QuerySyntaxException(
          quoted(text),
          "the query has "
              + text.length()
              + " characters, more than the limit of "
              + MAX_QUERY_CHARS);
    }
    int depth = nesting(text);
    if (depth > MAX_NESTING) {
      // Lucene's parser descends once per bracket: thousands of them overflow its stack.
      throw new QuerySyntaxException(
          quoted(text),
          "the query nests brackets " + depth + " deep, more than the limit of " + MAX_NESTING);
    }
    Analyzer analyzer = ANALYZER;
    BooleanQuery.Builder filters = new BooleanQuery.Builder();
    BooleanQuery.Builder ranking = new BooleanQuery.Builder();
    boolean hasFilters = false;
    boolean hasRanking = false;
    List<String> freeText = new ArrayList<>();
    List<ExactValue> exactValues = new ArrayList<>();
    for (String token : tokens(text)) {
      Optional<String> name = fieldName(token);
      if (name.isEmpty() || name.get().equals("title") || name.get().equals("text")) {
        freeText.add(token);
        continue;
      }
      boolean negated = token.startsWith("-");
      String body = negated || token.startsWith("+") ? token.substring(1) : token;
      String value = body.substring(name.get().length() + 1);
      if (name.get().equals("section")) {
        Query section = sectionQuery(token, value, analyzer);
        if (negated) {
          filters.add(section, Occur.MUST_NOT);
          hasFilters = true;
        } else {
          ranking.add(section, Occur.MUST);
          hasRanking = true;
        }
        continue;
      }
      filters.add(
          filter(token, name.get(), value, exactValues), negated ? Occur.MUST_NOT : Occur.FILTER);
      hasFilters = true;
    }
    if (!freeText.isEmpty()) {
      ranking.add(
          freeTextQuery(String.join(" ", freeText), IndexFields.TEXT, analyzer), Occur.MUST);
      hasRanking = true;
    }
    Optional<Query> rankingQuery = hasRanking ? Optional.of(ranking.build()) : Optional.empty();
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(rankingQuery.orElseGet(MatchAllDocsQuery::new), Occur.MUST);
    if (hasFilters) {
      for (var clause : filters.build().clauses()) {
        all.add(clause);
      }
    }
    return new CorpusQuery(text, all.build(), rankingQuery, exactValues);
  }

  /** The query as the user wrote it. */
  public String text() {
    return text;
  }

  /** The Lucene query: free text and sections scored, filters restricting. */
  public Query query() {
    return query;
  }

  /**
   * The values the exact-value filters ({@code fault:}, {@code component:}, ...) ask for, included
   * or excluded, in the order typed: a caller can tell the user which of them the index has never
   * seen.
   */
  public List<ExactValue> exactValues() {
    return exactValues;
  }

  /** The scored part, free text and sections, which snippets highlight; empty for filters only. */
  public Optional<Query> rankingQuery() {
    return rankingQuery;
  }

  @Override
  public String toString() {
    return query.toString();
  }

  /** Splits on white space outside double quotes; the quotes stay in the tokens. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    int quoteAt = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
        quoted = !quoted;
        quoteAt = i;
      }
      if (!quoted && Character.isWhitespace(c)) {
        if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new QuerySyntaxException(
          text.substring(quoteAt, Math.min(text.length(), quoteAt + 30)),
          "this quote is never closed; add a closing \"");
    }
    if (current.length() > 0) {
      out.add(current.toString());
    }
    return out;
  }

  /** The known field a token filters on; empty for free text. */
  private static Optional<String> fieldName(String token) {
    String body = token.startsWith("-") || token.startsWith("+") ? token.substring(1) : token;
    int colon = body.indexOf(':');
    if (colon <= 0 || colon > MAX_FIELD_NAME || body.startsWith("\"")) {
      return Optional.empty();
    }
    String name = body.substring(0, colon);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_')) {
        return Optional.empty();
      }
    }
    if (body.startsWith("//", colon + 1)) {
      return Optional.empty(); // a URL, searched as text
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (!FIELDS.contains(lower)) {
      throw new QuerySyntaxException(
          token,
          "unknown field '"
              + name
              + "'; known fields are "
              + String.join(", ", FIELDS)
              + " (put the text in quotes to search for it as written)");
    }
    if (!lower.equals(name)) {
      throw new QuerySyntaxException(token, "field names are lower case: " + lower + ":");
    }
    return Optional.of(lower);
  }

  /** The filter {@code name:value}; an exact-value filter's values are added to {@code exact}. */
  private static Query filter(String token, String name, String value, List<ExactValue> exact) {
    if (value.isEmpty()) {
      throw new QuerySyntaxException(token, "expected a value after '" + name + ":'");
    }
    String field = KEYWORDS.get(name);
    if (field != null) {
      List<String> values = keywordValues(field, value);
      for (String v : values) {
        exact.add(new ExactValue(name, field, v));
      }
      return keywordQuery(token, field, values);
    }
    field = LENGTHS.get(name);
    if (field != null) {
      long[] range = range(token, value, v -> minutes(token, v), "a length like 90m or 2h");
      return LongPoint.newRangeQuery(field, range[0], range[1]);
    }
    return switch (name) {
      case "impact" -> impactQuery(token, value);
      case "after" ->
          LongPoint.newRangeQuery(IndexFields.START, startOf(token, value), Long.MAX_VALUE);
      case "before" ->
          LongPoint.newRangeQuery(IndexFields.START, Long.MIN_VALUE, startOf(token, value) - 1);
      default -> throw new IllegalStateException("no filter for known field " + name);
    };
  }

  /**
   * The values of an exact-value filter, split at commas and normalised as the index stores them.
   */
  private static List<String> keywordValues(String field, String value) {
    return Arrays.stream(unquote(value).split(","))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .map(
            v ->
                field.equals(IndexFields.ID) || field.equals(IndexFields.SOURCE)
                    ? v
                    : PostmortemDocuments.normal(v))
        .collect(Collectors.toList());
  }

  private static Query keywordQuery(String token, String field, List<String> values) {
    if (values.isEmpty()) {
      throw new QuerySyntaxException(token, "expected a value, or values separated by commas");
    }
    if (values.size() == 1) {
      return new TermQuery(new Term(field, values.get(0)));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
    return any.build();
  }

  private static Query impactQuery(String token, String value) {
    long[] range =
        range(
            token,
            value,
            v -> {
              String n = v.endsWith("%") ? v.substring(0, v.length() - 1) : v;
              double d = parseDouble(token, n, "a percentage like 50 or >=50");
              if (!(d >= 0 && d <= 100)) {
                throw new QuerySyntaxException(
                    token, "a percentage must be within 0..100, got " + n);
              }
              // Percentages go to hundredths so the long range arithmetic below stays exact.
              return Math.round(d * 100);
            },
            "a percentage like 50 or >=50");
    double low = range[0] == Long.MIN_VALUE ? Double.NEGATIVE_INFINITY : range[0] / 100.0;
    double high = range[1] == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : range[1] / 100.0;
    return DoublePoint.newRangeQuery(IndexFields.IMPACT, low, high);
  }

  private interface Reader {
    long read(String value);
  }

  /**
   * Reads {@code >=x}, {@code >x}, {@code <=x}, {@code <x}, {@code =x}, {@code x} or {@code x..y}.
   */
  private static long[] range(String token, String value, Reader reader, String expected) {
    String v = value.strip();
    if (v.contains("..")) {
      int dots = v.indexOf("..");
      String from = v.substring(0, dots);
      String to = v.substring(dots + 2);
      if (from.isEmpty() || to.isEmpty()) {
        throw new QuerySyntaxException(token, "expected a range like 30..60, with both ends");
      }
      long low = reader.read(from);
      long high = reader.read(to);
      if (low > high) {
        throw new QuerySyntaxException(token, "the range starts after it ends");
      }
      return new long[] {low, high};
    }
    if (v.startsWith(">=")) {
      return new long[] {reader.read(v.substring(2)), Long.MAX_VALUE};
    }
    if (v.startsWith("<=")) {
      return new long[] {Long.MIN_VALUE, reader.read(v.substring(2))};
    }
    if (v.startsWith(">")) {
      return new long[] {Math.addExact(reader.read(v.substring(1)), 1), Long.MAX_VALUE};
    }
    if (v.startsWith("<")) {
      return new long[] {Long.MIN_VALUE, reader.read(v.substring(1)) - 1};
    }
    String exact = v.startsWith("=") ? v.substring(1) : v;
    if (exact.isEmpty()) {
      throw new QuerySyntaxException(token, "expected " + expected);
    }
    long at = reader.read(exact);
    return new long[] {at, at};
  }

  /** Reads a length such as {@code 90m}, {@code 2h}, {@code 1h30m}, {@code 2d} or {@code 45}. */
  static long minutes(String token, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.isEmpty() || v.length() > 32) {
      throw new QuerySyntaxException(token, "expected a length like 90m or 2h");
    }
    long total = 0;
    int i = 0;
    boolean sawUnit = false;
    while (i < v.length()) {
      int digits = i;
      while (i < v.length() && Character.isDigit(v.charAt(i))) {
        i++;
      }
      if (digits == i || i - digits > 9) {
        throw new QuerySyntaxException(token, "expected a length like 90m or 2h");
      }
      long n = Long.parseLong(v.substring(digits, i));
      int unitStart = i;
      while (i < v.length() && Character.isLetter(v.charAt(i))) {
        i++;
      }
      String unit = v.substring(unitStart, i);
      long factor =
          switch (unit) {
            case "" -> sawUnit ? -1 : 1;
            case "m", "min", "mins", "minute", "minutes" -> 1;
            case "h", "hr", "hrs", "hour", "hours" -> 60;
            case "d", "day", "days" -> 24 * 60;
            default -> -1;
          };
      if (factor < 0 || unit.isEmpty() && i < v.length()) {
        throw new QuerySyntaxException(token, "expected a length like 90m or 2h");
      }
      sawUnit |= !unit.isEmpty();
      total += n * factor;
    }
    return total;
  }

  private static double parseDouble(String token, String value, String expected) {
    try {
      double d = Double.parseDouble(value.strip());
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new NumberFormatException(value);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new QuerySyntaxException(token, "expected " + expected, e);
    }
  }

  /** Epoch milliseconds at the start of a year, month or day, UTC. */
  static long startOf(String token, String value) {
    String v = value.strip();
    try {
      LocalDate day =
          switch (v.length()) {
            case 4 -> Year.parse(v).atDay(1);
            case 7 -> YearMonth.parse(v).atDay(1);
            case 10 -> LocalDate.parse(v);
            default -> throw new DateTimeParseException("length", v, 0);
          };
      return day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new QuerySyntaxException(token, "expected a date like 2024, 2024-03 or 2024-03-15", e);
    }
  }

  private static Query sectionQuery(String token, String value, Analyzer analyzer) {
    int colon = value.indexOf(':');
    if (colon <= 0 || colon == value.length() - 1) {
      throw new QuerySyntaxException(
          token, "expected section:KIND:TEXT, such as section:root_cause:timeout");
    }
    String kindName = value.substring(0, colon).toLowerCase(Locale.ROOT).replace('-', '_');
    SectionKind kind;
    try {
      kind = SectionKind.fromId(kindName);
    } catch (IllegalArgumentException e) {
      throw new QuerySyntaxException(
          token,
          "unknown section kind '"
              + kindName
              + "'; known kinds are "
              + Arrays.stream(SectionKind.values())
                  .map(SectionKind::id)
                  .collect(Collectors.joining(", ")),
          e);
    }
    return freeTextQuery(value.substring(colon + 1), IndexFields.section(kind), analyzer);
  }

  private static Query freeTextQuery(String text, String field, Analyzer analyzer) {
    QueryParser parser = new QueryParser(field, analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    parser.setSplitOnWhitespace(false);
    try {
      Query q = parser.parse(text);
      // A query of stop words only ("the") matches nothing rather than failing.
      return q == null ? new MatchAllDocsQuery() : q;
    } catch (ParseException e) {
      throw new QuerySyntaxException(quoted(text), expected(e, text), e);
    } catch (IllegalArgumentException | IllegalStateException | IndexSearcher.TooManyClauses e) {
      // Lucene gives up on hundreds of words that all expand to synonyms ("lb lb lb ..."): a
      // limit of the query, not a fault of the index.
      throw new QuerySyntaxException(
          quoted(text), "too many words for one query; search with fewer words", e);
    }
  }

  /** A fragment short enough to quote in one line of an error message. */
  private static String quoted(String text) {
    return text.length() <= QUOTED_CHARS ? text : text.substring(0, QUOTED_CHARS) + "...";
  }

  private static final int QUOTED_CHARS = 40;

  /** What the parser wanted, in words rather than its grammar's token names. */
  private static String expected(ParseException e, String text) {
    if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
      return "too many words for one query (more than "
          + IndexSearcher.getMaxClauseCount()
          + "); search with fewer words";
    }
    String message = e.getMessage();
    if (message.contains("<EOF>")) {
      return "the query ends where a word was expected (after AND, OR, NOT, a '-', a '+' or an"
          + " open parenthesis)";
    }
    if (message.contains("<AND>") || message.contains("<OR>") || message.contains("<NOT>")) {
      return "AND, OR and NOT need a word on each side; put a plain and, or, not in quotes";
    }
    if (message.contains("not allowed as first character")) {
      return "a word cannot start with * or ?; put the wildcard after a few letters (dns*)";
    }
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    return "cannot read this text: " + first.replace("Cannot parse '" + text + "': ", "").strip();
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
