package dev.recur.corpus.archive;

import dev.recur.core.SourceDocument;
import java.util.Objects;

/** One entry read from an archive: a document, or the reason it could not be read. */
public sealed interface ArchiveItem {

  /** Where the entry came from, as the user would name it. */
  String source();

  /** A document that was read. */
  record Read(SourceDocument document) implements ArchiveItem {
    public Read {
      Objects.requireNonNull(document, "document");
    }

    @Override
    public String source() {
      return document.source();
    }
  }

  /** An entry that could not be read, with a reason for people. */
  record Failed(String source, String reason) implements ArchiveItem {
    public Failed {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
