package dev.recur.cli;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.archive.ArchiveItem;
import dev.recur.corpus.generate.GeneratedCorpus;
import dev.recur.corpus.generate.PostmortemGenerator;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.Ingester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recur generate}: writes a synthetic postmortem corpus with its gold file, or streams the
 * generated documents straight into an index without writing them.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write N synthetic postmortems with their gold labels.",
      "Documents in varied layouts plus gold.jsonl (ground truth for recur eval), or with --index"
          + " streamed straight into a corpus index (no files; for scale runs). The same seed"
          + " always gives byte-identical documents."
    })
final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--count", required = true, description = "number of documents")
  long count;

  @Option(
      names = "--seed",
      defaultValue = "42",
      description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--commit-every",
      defaultValue = "5000",
      description =
          "with --index: commit after this many documents, so a stopped run keeps its work (default: ${DEFAULT-VALUE})")
  int commitEvery;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--out", paramLabel = "DIR", description = "output folder (created if missing)")
    Path out;

    @Option(
        names = "--index",
        paramLabel = "DIR",
        description = "ingest into the corpus index at DIR instead")
    Path index;
  }

  @Override
  public Integer call() {
    if (count < 0) {
      System.err.println("recur: --count: must be >= 0, got " + count);
      return 2;
    }
    if (commitEvery < 1) {
      System.err.println("recur: --commit-every: must be >= 1, got " + commitEvery);
      return 2;
    }
    PostmortemGenerator generator = new PostmortemGenerator(seed);
    return target.out != null ? write(generator) : ingest(generator);
  }

  private int write(PostmortemGenerator generator) {
    long t0 = System.nanoTime();
    try {
      GeneratedCorpus.Summary s = GeneratedCorpus.write(generator, count, target.out);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "generated %d postmortems (%.1f MB) in %s in %.1f s; gold: %s%n",
          s.documents(),
          s.bytes() / 1e6,
          target.out,
          secs,
          s.gold());
      return 0;
    } catch (IOException e) {
      System.err.println("recur: " + target.out + ": " + e.getMessage());
      return 1;
    }
  }

  private int ingest(PostmortemGenerator generator) {
    long t0 = System.nanoTime();
    AtomicLong bytes = new AtomicLong();
    Ingester ingester =
        Ingester.builder()
            .commitEvery(commitEvery)
            .listener(
                new Ingester.Listener() {
                  @Override
                  public void indexed(String source, Corpus.PutOutcome outcome) {}

                  @Override
                  public void failed(String source, String reason) {
                    System.err.println("recur: " + source + ": " + reason);
                  }
                })
            .build();
    try (Corpus corpus = Corpus.open(target.index, DefaultPipeline.create(TextModels.english()))) {
      Stream<ArchiveItem> items =
          generator.stream(count)
              .map(
                  d -> {
                    bytes.addAndGet(d.text().length());
                    return new ArchiveItem.Read(SourceDocument.of(d.fileName(), d.text()));
                  });
      Ingester.Summary s = ingester.ingest(corpus, items);
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "ingested %d generated postmortems (%.1f M characters) into %s in %.1f s: %.0f documents/s"
              + " (%d new, %d changed, %d unchanged, %d failed)%n",
          s.total() - s.failed(),
          bytes.get() / 1e6,
          target.index,
          secs,
          (s.total() - s.failed()) / secs,
          s.added(),
          s.replaced(),
          s.unchanged(),
          s.failed());
      return s.failed() == 0 ? 0 : 1;
    } catch (UncheckedIOException | IllegalStateException e) {
      System.err.println("recur: " + target.index + ": " + e.getMessage());
      return 1;
    }
  }
}
