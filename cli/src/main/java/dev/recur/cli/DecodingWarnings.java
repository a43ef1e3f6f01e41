package dev.recur.cli;

import dev.recur.core.Diagnostic;
import dev.recur.corpus.archive.ArchiveItem;
import dev.recur.corpus.archive.Archives;

/**
 * Says on standard error which documents were read with bytes that were not UTF-8: they are parsed
 * (with the bad bytes replaced), so the batch goes on, but the user should know which files to
 * re-encode.
 */
final class DecodingWarnings {

  private static final String INVALID_UTF8 = "invalid-utf8";

  private DecodingWarnings() {}

  /** Prints {@code recur: SOURCE: warning: ...} for each such problem of {@code item}. */
  static ArchiveItem report(ArchiveItem item) {
    if (item instanceof ArchiveItem.Read read) {
      for (Diagnostic d : read.document().diagnostics()) {
        if (d.code().equals(INVALID_UTF8)) {
          String detail = Archives.withoutSource(read.document(), d);
          synchronized (System.err) {
            System.err.println("recur: " + item.source() + ": warning: " + detail);
          }
        }
      }
    }
    return item;
  }
}
