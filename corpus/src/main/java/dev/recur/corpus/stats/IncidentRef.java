package dev.recur.corpus.stats;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Enough about one incident to name it in a listing.
 *
 * @param id the record's stable id
 * @param source where the document came from
 * @param title the document title, when it has one
 * @param start when the incident began, when the date is known
 */
public record IncidentRef(
    String id, String source, Optional<String> title, Optional<Instant> start) {
  public IncidentRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(start, "start");
  }

  /** The title when there is one, else the source. */
  public String name() {
    return title.filter(t -> !t.isBlank()).orElse(source);
  }
}
