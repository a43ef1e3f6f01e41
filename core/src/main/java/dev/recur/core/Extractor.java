package dev.recur.core;

/**
 * One step of reading a postmortem: it looks at the document and what earlier steps found, and
 * contributes its part of the record to the draft. Implementations must be stateless and
 * thread-safe, because one instance serves every parse on every thread, and must not throw on any
 * input: a problem with the text is a {@link Diagnostic}.
 */
public interface Extractor {

  /** A short, unique name by which a pipeline can replace or drop this step. */
  String name();

  /** Reads {@code draft.document()} and earlier contributions, and adds this step's part. */
  void contribute(RecordDraft draft);
}
