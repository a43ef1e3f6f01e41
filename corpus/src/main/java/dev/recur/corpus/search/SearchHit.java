package dev.recur.corpus.search;

import dev.recur.core.When;
import java.util.Objects;
import java.util.Optional;

/**
 * One search result: which postmortem, how well it matched, its key facts and a snippet with the
 * matched words marked.
 *
 * @param id the record id
 * @param source where the postmortem came from
 * @param title its title, when it has one
 * @param score the BM25 score of the free text, 0 when the query had only filters
 * @param fault the root-cause fault
 * @param component the root-cause component
 * @param start when the incident started
 * @param durationMinutes how long it lasted
 * @param impactPercent the share of users affected
 * @param snippet the best passage of the text, matched words marked
 */
public record SearchHit(
    String id,
    String source,
    Optional<String> title,
    float score,
    String fault,
    String component,
    Optional<When> start,
    Optional<Integer> durationMinutes,
    Optional<Double> impactPercent,
    String snippet) {
  public SearchHit {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
    Objects.requireNonNull(impactPercent, "impactPercent");
    Objects.requireNonNull(snippet, "snippet");
  }
}
