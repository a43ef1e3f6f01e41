package dev.recur.corpus.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * The figures for one field over all matched documents.
 *
 * @param field the field scored
 * @param accuracy documents right (for a set field: the set matched exactly)
 * @param stated among documents whose gold states a value, those right
 * @param nullWhenNull among documents whose gold is null, those left null rather than guessed
 * @param set precision and recall, for set fields
 * @param lenient a looser match (token overlap of the affected service), where one is defined
 */
public record FieldScore(
    Field field,
    Count accuracy,
    Count stated,
    Count nullWhenNull,
    Optional<SetScore> set,
    Optional<Count> lenient) {
  public FieldScore {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(accuracy, "accuracy");
    Objects.requireNonNull(stated, "stated");
    Objects.requireNonNull(nullWhenNull, "nullWhenNull");
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(lenient, "lenient");
    if (stated.total() + nullWhenNull.total() != accuracy.total()) {
      throw new IllegalArgumentException(
          "["
              + field.key()
              + "] stated ("
              + stated.total()
              + ") and null ("
              + nullWhenNull.total()
              + ") groups must add up to all documents ("
              + accuracy.total()
              + ")");
    }
  }
}
