package dev.recur.corpus.eval;

import dev.recur.core.When;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The labels of one document in a gold file. A key missing from the gold line leaves its field out
 * of {@link #labelled()} and unscored for this document; a key present with {@code null} labels the
 * field as absent.
 *
 * @param file the document's file name, matched against the base name of a record's source
 * @param labelled the fields this line labels
 * @param start incident start
 * @param end incident end
 * @param timezone the zone as written
 * @param durationMinutes the incident length in minutes
 * @param statedDurationMinutes a length stated in the text
 * @param impactPercent share of users affected
 * @param usersAffected an absolute count of affected users or requests
 * @param affectedService what was down, as written
 * @param severity a {@link dev.recur.core.Severity} identifier; absent for {@code unknown}
 * @param rootCauseFault fault value of the taxonomy
 * @param rootCauseComponent component value of the taxonomy
 * @param misleadingPaths red herrings by name
 * @param sections section kinds by identifier
 */
public record GoldRecord(
    String file,
    Set<Field> labelled,
    Optional<When> start,
    Optional<When> end,
    Optional<String> timezone,
    Optional<Double> durationMinutes,
    Optional<Double> statedDurationMinutes,
    Optional<Double> impactPercent,
    Optional<Double> usersAffected,
    Optional<String> affectedService,
    Optional<String> severity,
    Optional<String> rootCauseFault,
    Optional<String> rootCauseComponent,
    Set<String> misleadingPaths,
    Set<String> sections) {
  public GoldRecord {
    Objects.requireNonNull(file, "file");
    if (file.isBlank()) {
      throw new IllegalArgumentException("[file] must name a document, got '" + file + "'");
    }
    labelled = Set.copyOf(labelled);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(timezone, "timezone");
    Objects.requireNonNull(durationMinutes, "durationMinutes");
    Objects.requireNonNull(statedDurationMinutes, "statedDurationMinutes");
    Objects.requireNonNull(impactPercent, "impactPercent");
    Objects.requireNonNull(usersAffected, "usersAffected");
    Objects.requireNonNull(affectedService, "affectedService");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rootCauseFault, "rootCauseFault");
    Objects.requireNonNull(rootCauseComponent, "rootCauseComponent");
    misleadingPaths = Set.copyOf(misleadingPaths);
    sections = Set.copyOf(sections);
  }
}
