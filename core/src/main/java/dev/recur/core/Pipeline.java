package dev.recur.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs extractors in order over a document and returns its record. A pipeline is immutable and
 * thread-safe; build one with {@link #builder()} or adjust an existing one with {@link
 * #toBuilder()} to add, replace or drop a step.
 */
public final class Pipeline {

  /** Documents longer than this are cut, with a diagnostic, unless the builder says otherwise. */
  public static final int DEFAULT_MAX_CHARS = 64 * 1024 * 1024;

  private final List<Extractor> extractors;
  private final int maxChars;

  private Pipeline(List<Extractor> extractors, int maxChars) {
    this.extractors = List.copyOf(extractors);
    this.maxChars = maxChars;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this pipeline's steps and limits. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.extractors.addAll(extractors);
    b.maxChars = maxChars;
    return b;
  }

  /** The steps, in the order they run. */
  public List<Extractor> extractors() {
    return extractors;
  }

  /**
   * Reads one document. Never throws on content: a step that fails adds an {@code extractor-failed}
   * diagnostic and the remaining steps still run.
   */
  public Postmortem parse(SourceDocument document) {
    SourceDocument doc = document;
    List<Diagnostic> extra = new ArrayList<>();
    if (doc.text().length() > maxChars) {
      extra.add(
          new Diagnostic(
              "truncated",
              doc.source()
                  + ": document has "
                  + doc.text().length()
                  + " characters, more than the limit of "
                  + maxChars
                  + " (Pipeline.Builder.maxChars); the rest was not read"));
      List<Diagnostic> all = new ArrayList<>(doc.diagnostics());
      all.addAll(extra);
      doc =
          new SourceDocument(doc.source(), doc.text().substring(0, maxChars), doc.dateHint(), all);
    }
    RecordDraft draft = new RecordDraft(doc);
    for (Extractor extractor : extractors) {
      try {
        extractor.contribute(draft);
      } catch (RuntimeException | StackOverflowError e) {
        draft.diagnose(
            "extractor-failed", doc.source() + ": step '" + extractor.name() + "' failed: " + e);
      }
    }
    return draft.build();
  }

  /** Assembles a pipeline; rejects duplicate or unknown step names as soon as they are given. */
  public static final class Builder {
    private final List<Extractor> extractors = new ArrayList<>();
    private int maxChars = DEFAULT_MAX_CHARS;

    private Builder() {}

    /** Appends a step. */
    public Builder add(Extractor extractor) {
      Objects.requireNonNull(extractor, "extractor");
      if (indexOf(extractor.name()) >= 0) {
        throw new IllegalArgumentException(
            "the pipeline already has a step named '" + extractor.name() + "'");
      }
      extractors.add(extractor);
      return this;
    }

    /** Inserts a step just before the step named {@code before}. */
    public Builder addBefore(String before, Extractor extractor) {
      int at = require(before);
      add(extractor);
      extractors.remove(extractors.size() - 1);
      extractors.add(at, extractor);
      return this;
    }

    /** Replaces the step named {@code name} with another. */
    public Builder replace(String name, Extractor extractor) {
      Objects.requireNonNull(extractor, "extractor");
      extractors.set(require(name), extractor);
      return this;
    }

    /** Drops the step named {@code name}. */
    public Builder remove(String name) {
      extractors.remove(require(name));
      return this;
    }

    /** The longest document read in full, in characters. */
    public Builder maxChars(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("[maxChars] must be >= 1, got " + value);
      }
      maxChars = value;
      return this;
    }

    /** The immutable pipeline. */
    public Pipeline build() {
      return new Pipeline(extractors, maxChars);
    }

    private int require(String name) {
      int at = indexOf(name);
      if (at < 0) {
        throw new IllegalArgumentException(
            "no step named '"
                + name
                + "'; the pipeline has "
                + extractors.stream().map(Extractor::name).toList());
      }
      return at;
    }

    private int indexOf(String name) {
      for (int i = 0; i < extractors.size(); i++) {
        if (extractors.get(i).name().equals(name)) {
          return i;
        }
      }
      return -1;
    }
  }
}
