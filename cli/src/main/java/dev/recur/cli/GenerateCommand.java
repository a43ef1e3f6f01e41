package dev.recur.cli;

import dev.recur.corpus.generate.GeneratedCorpus;
import dev.recur.corpus.generate.PostmortemGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recur generate}: writes a synthetic postmortem corpus with its gold file. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write N synthetic postmortems in varied layouts plus gold.jsonl (ground truth for recur eval).",
      "The same seed always writes byte-identical files."
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--count", required = true, description = "number of documents")
  long count;

  @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--out", required = true, description = "output folder (created if missing)")
  Path out;

  @Override
  public Integer call() {
    if (count < 0) {
      System.err.println("recur: --count: must be >= 0, got " + count);
      return 2;
    }
    long t0 = System.nanoTime();
    try {
      GeneratedCorpus.Summary s = GeneratedCorpus.write(new PostmortemGenerator(seed), count, out);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "generated %d postmortems (%.1f MB) in %s in %.1f s; gold: %s%n",
          s.documents(), s.bytes() / 1e6, out, secs, s.gold());
      return 0;
    } catch (IOException e) {
      System.err.println("recur: " + out + ": " + e.getMessage());
      return 1;
    }
  }
}
