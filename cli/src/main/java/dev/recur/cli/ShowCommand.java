package dev.recur.cli;

import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code recur show}: prints the stored record of indexed postmortems, as {@code recur parse} does.
 */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Print the stored records of indexed postmortems (JSON Lines, as recur parse prints them).")
final class ShowCommand implements Callable<Integer> {

  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "ID|SOURCE", description = "record ids or sources")
  List<String> targets;

  @Override
  public Integer call() {
    int missing = 0;
    try (Corpus corpus = IndexOption.openForReading(index.path());
        CorpusSearcher snapshot = corpus.searcher()) {
      for (String target : targets) {
        List<Integer> docs = snapshot.find(target);
        if (docs.isEmpty()) {
          System.err.println("recur: " + target + ": not in the index");
          missing++;
        }
        docs.forEach(doc -> System.out.println(snapshot.recordJson(doc)));
      }
    } catch (UncheckedIOException e) {
      System.err.println("recur: " + e.getMessage());
      return 1;
    }
    System.out.flush();
    return missing == 0 ? 0 : 1;
  }
}
