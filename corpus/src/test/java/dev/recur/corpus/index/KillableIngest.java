package dev.recur.corpus.index;

import dev.recur.core.SourceDocument;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A child process for {@link KilledIngestTest}: commits {@code args[1]} documents into the corpus
 * at {@code args[0]}, says so on standard output, then keeps writing (and flushing segments) until
 * it is killed.
 */
public final class KillableIngest {

  private KillableIngest() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int committed = Integer.parseInt(args[1]);
    PrintStream out = System.out;
    Corpus corpus = Corpus.open(dir, LabelledPipeline.create());
    for (int i = 0; i < committed; i++) {
      corpus.put(SourceDocument.of("committed-" + i + ".md", text(i)));
    }
    corpus.commit();
    out.println("COMMITTED");
    out.flush();
    for (long i = 0; ; i++) {
      corpus.put(SourceDocument.of("uncommitted-" + i + ".md", text(i)));
      if (i % 200 == 0) {
        corpus.refresh(); // writes segment files, so the kill lands mid-write
        out.println("WRITING " + i);
        out.flush();
      }
    }
  }

  static String text(long i) {
    return "# Incident "
        + i
        + "\nfault: capacity\ncomponent: storage\n## root cause\nThe disk "
        + i
        + " filled up because rotation stopped.\n";
  }
}
