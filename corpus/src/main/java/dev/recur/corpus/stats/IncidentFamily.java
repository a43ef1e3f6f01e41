package dev.recur.corpus.stats;

import java.util.List;
import java.util.Objects;

/**
 * A group of incidents whose root causes read alike, whatever the taxonomy says: recurrences the
 * fault × component signature is too coarse or too fine to see.
 *
 * @param label a name drawn from the terms the members share
 * @param terms the shared terms, most telling first
 * @param members the incidents, oldest first
 * @param signatures the signatures among the members
 * @param meanSimilarity the mean cosine similarity of the linked member pairs, 0 to 1
 */
public record IncidentFamily(
    String label,
    List<String> terms,
    List<IncidentRef> members,
    List<String> signatures,
    double meanSimilarity) {
  public IncidentFamily {
    Objects.requireNonNull(label, "label");
    terms = List.copyOf(terms);
    members = List.copyOf(members);
    signatures = List.copyOf(signatures);
    if (members.size() < 2) {
      throw new IllegalArgumentException(
          "a family needs at least 2 members, got " + members.size());
    }
    if (!(meanSimilarity >= 0 && meanSimilarity <= 1.0000001)) {
      throw new IllegalArgumentException(
          "[meanSimilarity] must be within 0..1, got " + meanSimilarity);
    }
  }
}
