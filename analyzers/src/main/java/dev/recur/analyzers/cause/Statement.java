package dev.recur.analyzers.cause;

import dev.recur.analyzers.taxonomy.Words;
import dev.recur.core.SectionKind;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a postmortem as the cause-side extractors read it: where it stands, its words,
 * and its clauses, each with the stance the author takes towards what it names.
 *
 * @param kind the kind of the section it belongs to ({@link SectionKind#OTHER} outside any)
 * @param index its position among the document's statements
 * @param text the sentence as written, markup stripped
 * @param words its lower-case words
 * @param clauses its clauses in order
 */
public record Statement(
    SectionKind kind, int index, String text, Words words, List<Clause> clauses) {
  public Statement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(words, "words");
    clauses = List.copyOf(clauses);
  }

  /**
   * A part of a sentence between clause boundaries ("but", "instead", a semicolon) and how the
   * author frames it.
   *
   * @param words the clause's words
   * @param stance whether it asserts, negates or only suspects what it names
   */
  public record Clause(Words words, Stance stance) {
    public Clause {
      Objects.requireNonNull(words, "words");
      Objects.requireNonNull(stance, "stance");
    }
  }

  /** How a clause treats what it names. */
  public enum Stance {
    /** States it as fact. */
    ASSERTED,
    /** Denies it: "not a DDoS", "the database was fine". */
    NEGATED,
    /** Only suspects it: "we first thought", "initially suspected". */
    SUSPECTED
  }

  /** Whether any clause has this stance. */
  public boolean has(Stance stance) {
    return clauses.stream().anyMatch(c -> c.stance() == stance);
  }
}
