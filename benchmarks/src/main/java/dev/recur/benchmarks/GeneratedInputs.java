package dev.recur.benchmarks;

import dev.recur.core.SourceDocument;
import dev.recur.corpus.generate.PostmortemGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Seeded generated postmortems as benchmark inputs, the same on every run. */
final class GeneratedInputs {

  /** The seed every benchmark uses, so that figures compare across classes and runs. */
  static final long SEED = 42L;

  private GeneratedInputs() {}

  /**
   * Documents {@code 0 .. count-1} of the benchmark seed, decoded as an archive would read them.
   */
  static List<SourceDocument> documents(int count) {
    return new PostmortemGenerator(SEED)
        .stream(count).map(d -> SourceDocument.of(d.fileName(), d.text())).toList();
  }

  /** Total UTF-8 size of {@code docs}. */
  static long bytes(List<SourceDocument> docs) {
    long n = 0;
    for (SourceDocument d : docs) {
      n += d.text().getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }
}
