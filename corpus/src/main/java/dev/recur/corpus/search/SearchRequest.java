package dev.recur.corpus.search;

import java.util.Objects;

/**
 * What to search for and how to present it.
 *
 * @param query the parsed query
 * @param limit how many hits to return, at least 1
 * @param sort the order of the hits
 * @param ascending reverses the natural order of {@code sort} (oldest, shortest, smallest first);
 *     ignored for {@link SortBy#SCORE}
 * @param facetLimit how many values to count per facet dimension; 0 skips facet counting
 * @param highlightPre the marker put before a matched word in snippets
 * @param highlightPost the marker put after a matched word in snippets
 */
public record SearchRequest(
    CorpusQuery query,
    int limit,
    SortBy sort,
    boolean ascending,
    int facetLimit,
    String highlightPre,
    String highlightPost) {
  /** The most hits one request may ask for. */
  public static final int MAX_LIMIT = 10_000;

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(highlightPre, "highlightPre");
    Objects.requireNonNull(highlightPost, "highlightPost");
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "[limit] must be within 1.." + MAX_LIMIT + ", got " + limit);
    }
    if (facetLimit < 0) {
      throw new IllegalArgumentException("[facetLimit] must be >= 0, got " + facetLimit);
    }
  }

  /** The top {@code limit} hits by score, ten values per facet, matches in {@code **bold**}. */
  public static SearchRequest of(CorpusQuery query, int limit) {
    return new SearchRequest(query, limit, SortBy.SCORE, false, 10, "**", "**");
  }

  /** This request with another order. */
  public SearchRequest sortedBy(SortBy value, boolean asc) {
    return new SearchRequest(query, limit, value, asc, facetLimit, highlightPre, highlightPost);
  }

  /** This request with other snippet markers. */
  public SearchRequest highlightedWith(String pre, String post) {
    return new SearchRequest(query, limit, sort, ascending, facetLimit, pre, post);
  }
}
