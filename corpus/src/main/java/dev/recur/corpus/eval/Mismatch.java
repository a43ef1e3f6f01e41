package dev.recur.corpus.eval;

import java.util.Objects;

/**
 * One field of one document that the record got wrong.
 *
 * @param file the document's file name
 * @param field the field
 * @param gold the labelled value as text ({@code null} spelled out when absent)
 * @param got the record's value as text
 */
public record Mismatch(String file, Field field, String gold, String got) {
  public Mismatch {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(got, "got");
  }
}
