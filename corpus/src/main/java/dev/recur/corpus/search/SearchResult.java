package dev.recur.corpus.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a search: how many documents matched, the top hits in the requested order, and for
 * each facet dimension the most frequent values among all matches.
 *
 * @param totalHits how many documents matched
 * @param hits the top hits
 * @param facets per dimension ({@code fault}, {@code component}, ...), values by count
 */
public record SearchResult(
    long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
  public SearchResult {
    if (totalHits < 0) {
      throw new IllegalArgumentException("[totalHits] must be >= 0, got " + totalHits);
    }
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
    Map<String, List<FacetCount>> ordered = new LinkedHashMap<>();
    facets.forEach((dim, counts) -> ordered.put(dim, List.copyOf(counts)));
    facets = Collections.unmodifiableMap(ordered);
  }

  /**
   * How many matching documents have a value.
   *
   * @param value the facet value, such as {@code misconfiguration}
   * @param count the number of matching documents with it
   */
  public record FacetCount(String value, long count) {
    public FacetCount {
      Objects.requireNonNull(value, "value");
      if (count < 0) {
        throw new IllegalArgumentException("[count] must be >= 0, got " + count);
      }
    }
  }
}
