package dev.recur.cli;

import dev.recur.core.Pipeline;
import dev.recur.corpus.index.Corpus;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code recur delete}: removes postmortems from the index by record id or source. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description =
        "Remove postmortems from the index by record id or source. Exit status 1 when one is not there.")
final class DeleteCommand implements Callable<Integer> {

  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "ID|SOURCE", description = "record ids or sources")
  List<String> targets;

  @Override
  public Integer call() {
    Path dir = index.path();
    int missing = 0;
    try {
      // only checks that an index is there, so a typo in --index does not create an empty one
      IndexOption.openForReading(dir).close();
    } catch (UncheckedIOException e) {
      System.err.println("recur: " + e.getMessage());
      return 1;
    }
    try (Corpus corpus = Corpus.open(dir, Pipeline.builder().build())) {
      for (String target : targets) {
        List<String> deleted = corpus.delete(target);
        if (deleted.isEmpty()) {
          System.err.println("recur: " + target + ": not in the index");
          missing++;
        }
        deleted.forEach(source -> System.out.println("deleted " + source));
      }
      corpus.commit();
    } catch (UncheckedIOException | IllegalStateException e) {
      System.err.println("recur: " + ErrorText.about(dir, e.getMessage()));
      return 1;
    }
    System.out.flush();
    return missing == 0 ? 0 : 1;
  }
}
