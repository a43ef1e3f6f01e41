package dev.recur.cli;

import dev.recur.core.Pipeline;
import dev.recur.corpus.index.Corpus;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The {@code --index DIR} option of the commands that use the corpus index: the option wins, then
 * the {@code RECUR_INDEX} environment variable, then {@code ./.recur/index}.
 */
final class IndexOption {

  /** The environment variable naming the index folder. */
  static final String ENV = "RECUR_INDEX";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "index folder; default $RECUR_INDEX or .recur/index")
  Path index;

  /** The folder to use. */
  Path path() {
    return resolve(index, System.getenv());
  }

  /**
   * Opens the index at {@code dir} read-only; a search needs no extraction pipeline, and another
   * process may be ingesting meanwhile.
   *
   * @throws java.io.UncheckedIOException when there is no index there
   */
  static Corpus openForReading(Path dir) {
    return Corpus.openReadOnly(dir, Pipeline.builder().build());
  }

  static Path resolve(Path option, Map<String, String> env) {
    if (option != null) {
      return option;
    }
    String fromEnv = env.get(ENV);
    return fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv) : Path.of(".recur", "index");
  }
}
