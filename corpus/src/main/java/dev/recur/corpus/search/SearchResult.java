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
 * @param absent filter values no document in the index has, most likely a typo or a value outside
 *     the taxonomy
 */
public record SearchResult(
    long totalHits,
    List<SearchHit> hits,
    Map<String, List<FacetCount>> facets,
    List<AbsentValue> absent) {
  public SearchResult {
    if (totalHits < 0) {
      throw new IllegalArgumentException("[totalHits] must be >= 0, got " + totalHits);
    }
    hits = List.copyOf(hits);
    Objects.requireNonNull(facets, "facets");
    Map<String, List<FacetCount>> ordered = new LinkedHashMap<>();
    facets.forEach((dim, counts) -> ordered.put(dim, List.copyOf(counts)));
    facets = Collections.unmodifiableMap(ordered);
    absent = List.copyOf(absent);
  }

  /** A result with no absent filter values. */
  public SearchResult(long totalHits, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    this(totalHits, hits, facets, List.of());
  }

  /**
   * A filter value that no document in the index has, with the values of that field it does have.
   *
   * @param filter the filter as typed, such as {@code fault}
   * @param value the value asked for
   * @param present the field's values in the index, in order, at most {@link #MAX_PRESENT}
   */
  public record AbsentValue(String filter, String value, List<String> present) {
    /** How many present values an absent one lists. */
    public static final int MAX_PRESENT = 40;

    public AbsentValue {
      Objects.requireNonNull(filter, "filter");
      Objects.requireNonNull(value, "value");
      present = List.copyOf(present);
    }
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
