package dev.recur.corpus.similar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A past incident found similar to a query incident, with the evidence: how alike the texts are,
 * whether the root-cause signature (or at least its component) is the same, which red herrings and
 * which words they share.
 *
 * @param id the record id
 * @param source where the postmortem came from
 * @param title its title, when it has one
 * @param score the combined similarity, 0 to about 1.5; higher is more similar
 * @param textSimilarity the more-like-this score relative to the best candidate's, 0 to 1
 * @param signature the incident's root-cause signature, {@code fault/component}
 * @param sameSignature whether the signature equals the query's (never for an unknown fault)
 * @param sameComponent whether the root-cause component equals the query's (never for {@code
 *     other}); true whenever {@code sameSignature} is
 * @param sharedHerrings red herrings both incidents chased
 * @param sharedTerms the query's distinctive words that this incident also uses, most telling first
 */
public record SimilarIncident(
    String id,
    String source,
    Optional<String> title,
    double score,
    double textSimilarity,
    String signature,
    boolean sameSignature,
    boolean sameComponent,
    List<String> sharedHerrings,
    List<String> sharedTerms) {
  public SimilarIncident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(signature, "signature");
    sharedHerrings = List.copyOf(sharedHerrings);
    sharedTerms = List.copyOf(sharedTerms);
    if (!(score >= 0) || !(textSimilarity >= 0 && textSimilarity <= 1)) {
      throw new IllegalArgumentException(
          "[score] must be >= 0 and [textSimilarity] within 0..1, got "
              + score
              + " and "
              + textSimilarity);
    }
  }

  /** Why this incident is similar, in one line for people. */
  public String explanation() {
    List<String> parts = new ArrayList<>();
    if (sameSignature) {
      parts.add("same signature " + signature);
    } else if (sameComponent) {
      parts.add("same component " + signature.substring(signature.indexOf('/') + 1));
    }
    if (!sharedHerrings.isEmpty()) {
      parts.add("both chased " + String.join(", ", sharedHerrings));
    }
    if (!sharedTerms.isEmpty()) {
      parts.add("shared terms: " + String.join(", ", sharedTerms));
    }
    return parts.isEmpty() ? "similar wording" : String.join("; ", parts);
  }
}
