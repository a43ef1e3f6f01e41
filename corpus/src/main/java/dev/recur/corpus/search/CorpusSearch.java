package dev.recur.corpus.search;

import dev.recur.core.Postmortem;
import dev.recur.core.RootCause;
import dev.recur.corpus.index.CorpusSearcher;
import dev.recur.corpus.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Runs a {@link SearchRequest} against one corpus snapshot: the hits in the requested order with
 * highlighted snippets (Lucene's unified highlighter over the plain text of the stored document,
 * its Markdown and HTML markup removed) and facet counts over all matches. Stateless and
 * thread-safe.
 */
public final class CorpusSearch {

  private static final int SNIPPET_CHARS = 240;

  /** How much plain text of a document snippets are cut from. */
  private static final int HIGHLIGHT_CHARS = 10_000;

  /** The shortest passage a snippet is cut from, where the text goes on that far. */
  private static final int MIN_PASSAGE_CHARS = 60;

  /** Shared: an analyzer is thread-safe and reuses its token streams per thread. */
  private static final Analyzer ANALYZER = IndexFields.indexAnalyzer();

  private CorpusSearch() {}

  /** Searches {@code snapshot}. */
  public static SearchResult search(CorpusSearcher snapshot, SearchRequest request) {
    IndexSearcher searcher = snapshot.indexSearcher();
    Query query = request.query().query();
    try {
      FacetsCollectorManager.FacetsResult result =
          request.sort() == SortBy.SCORE
              ? FacetsCollectorManager.search(
                  searcher, query, request.limit(), new FacetsCollectorManager())
              : FacetsCollectorManager.search(
                  searcher,
                  query,
                  request.limit(),
                  sort(request),
                  true,
                  new FacetsCollectorManager());
      TopDocs top = result.topDocs();
      String[] snippets = snippets(snapshot, request, top);
      List<SearchHit> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        hits.add(hit(snapshot, sd, snippets[i]));
      }
      Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
      Optional<SortedSetDocValuesReaderState> state = snapshot.facetState();
      if (request.facetLimit() > 0 && state.isPresent() && top.totalHits.value > 0) {
        SortedSetDocValuesFacetCounts counts =
            new SortedSetDocValuesFacetCounts(state.get(), result.facetsCollector());
        for (String dim : IndexFields.FACET_DIMENSIONS) {
          facets.put(dim, counts(counts, dim, request.facetLimit()));
        }
      }
      return new SearchResult(top.totalHits.value, hits, facets, absent(searcher, request.query()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index: " + e.getMessage(), e);
    }
  }

  /**
   * The exact filter values that no document in the index has. Ids and sources are left out: they
   * name one document, and listing every other one would not help.
   */
  static List<SearchResult.AbsentValue> absent(IndexSearcher searcher, CorpusQuery query)
      throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<SearchResult.AbsentValue> out = new ArrayList<>();
    for (CorpusQuery.ExactValue v : query.exactValues()) {
      if (v.field().equals(IndexFields.ID)
          || v.field().equals(IndexFields.SOURCE)
          || reader.docFreq(new Term(v.field(), v.value())) > 0) {
        continue;
      }
      List<String> present = new ArrayList<>();
      Terms terms = MultiTerms.getTerms(reader, v.field());
      if (terms != null) {
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next();
            t != null && present.size() < SearchResult.AbsentValue.MAX_PRESENT;
            t = e.next()) {
          present.add(t.utf8ToString());
        }
      }
      out.add(new SearchResult.AbsentValue(v.name(), v.value(), present));
    }
    return out;
  }

  private static List<SearchResult.FacetCount> counts(
      SortedSetDocValuesFacetCounts counts, String dim, int limit) throws IOException {
    FacetResult top;
    try {
      top = counts.getTopChildren(limit, dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no document in the index has this dimension
    }
    List<SearchResult.FacetCount> out = new ArrayList<>();
    if (top != null) {
      for (LabelAndValue lv : top.labelValues) {
        out.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
      }
    }
    return out;
  }

  private static Sort sort(SearchRequest request) {
    boolean reverse = !request.ascending();
    SortField field =
        switch (request.sort()) {
          case DATE -> new SortField(IndexFields.START, SortField.Type.LONG, reverse);
          case DURATION -> new SortField(IndexFields.DURATION, SortField.Type.LONG, reverse);
          case IMPACT -> new SortField(IndexFields.IMPACT, SortField.Type.DOUBLE, reverse);
          case SCORE -> SortField.FIELD_SCORE;
        };
    // Documents without the value go last in either direction.
    if (request.sort() == SortBy.IMPACT) {
      field.setMissingValue(reverse ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    } else if (request.sort() != SortBy.SCORE) {
      field.setMissingValue(reverse ? Long.MIN_VALUE : Long.MAX_VALUE);
    }
    return new Sort(field, SortField.FIELD_SCORE);
  }

  private static String[] snippets(CorpusSearcher snapshot, SearchRequest request, TopDocs top)
      throws IOException {
    String[] out = new String[top.scoreDocs.length];
    if (out.length == 0) {
      return out;
    }
    // Without a searcher the highlighter reads offsets by analysing the text it is given, so it
    // can mark words in the plain text rather than in the stored Markdown or HTML.
    UnifiedHighlighter highlighter =
        new UnifiedHighlighter.Builder(null, ANALYZER)
            .withFieldMatcher(
                f ->
                    f.equals(IndexFields.TEXT)
                        || f.equals(IndexFields.TITLE)
                        || f.startsWith(IndexFields.SECTION_PREFIX))
            .withFormatter(
                new DefaultPassageFormatter(
                    request.highlightPre(), request.highlightPost(), " … ", false))
            .withMaxLength(HIGHLIGHT_CHARS)
            // A sentence break after "1." in "1. Overview" would make a passage of the number
            // alone, which is all a query without words shows; passages run on to a useful length.
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createMinLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), MIN_PASSAGE_CHARS, 0f))
            .withMaxNoHighlightPassages(1)
            .build();
    Query q = request.query().rankingQuery().orElse(request.query().query());
    for (int i = 0; i < out.length; i++) {
      String plain = PlainText.of(snapshot.text(top.scoreDocs[i].doc), HIGHLIGHT_CHARS);
      Object raw = highlighter.highlightWithoutSearcher(IndexFields.TEXT, q, plain, 2);
      out[i] = tidy(raw == null ? "" : raw.toString());
    }
    return out;
  }

  /** One line, runs of white space squeezed out, bounded length. */
  static String tidy(String snippet) {
    StringBuilder out = new StringBuilder(Math.min(snippet.length(), SNIPPET_CHARS + 8));
    boolean space = false;
    for (int i = 0; i < snippet.length() && out.length() < SNIPPET_CHARS * 2; i++) {
      char c = snippet.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  private static SearchHit hit(CorpusSearcher snapshot, ScoreDoc sd, String snippet) {
    Postmortem record = snapshot.record(sd.doc);
    RootCause cause =
        record
            .rootCause()
            .orElse(
                new RootCause(
                    RootCause.UNKNOWN_FAULT, RootCause.OTHER_COMPONENT, 0, Optional.empty()));
    float score = Float.isNaN(sd.score) ? 0f : sd.score;
    return new SearchHit(
        record.id(),
        record.source(),
        record.title(),
        score,
        cause.fault(),
        cause.component(),
        record.incident().flatMap(i -> i.start()),
        record.incident().flatMap(i -> i.durationMinutes()),
        record.impact().flatMap(i -> i.usersPercent()),
        snippet);
  }
}
