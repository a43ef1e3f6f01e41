package dev.recur.corpus.eval;

import java.util.List;
import java.util.Objects;

/**
 * The result of scoring records against a gold file.
 *
 * @param documents documents found in both the gold file and the records
 * @param missing gold file names for which no record was given
 * @param unlabelled record file names that the gold file does not label
 * @param fields the figures per field, in gold-format order; a field no gold line labels is absent
 * @param mismatches every field of every document that was wrong, in document order
 */
public record EvalReport(
    int documents,
    List<String> missing,
    List<String> unlabelled,
    List<FieldScore> fields,
    List<Mismatch> mismatches) {
  public EvalReport {
    if (documents < 0) {
      throw new IllegalArgumentException("[documents] must be >= 0, got " + documents);
    }
    missing = List.copyOf(missing);
    unlabelled = List.copyOf(unlabelled);
    fields = List.copyOf(fields);
    mismatches = List.copyOf(mismatches);
  }

  /** The figures for one field, when some gold line labels it. */
  public java.util.Optional<FieldScore> field(Field field) {
    Objects.requireNonNull(field, "field");
    return fields.stream().filter(f -> f.field() == field).findFirst();
  }
}
