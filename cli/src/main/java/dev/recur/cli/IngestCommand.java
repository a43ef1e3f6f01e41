package dev.recur.cli;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Postmortem;
import dev.recur.corpus.archive.ArchiveItem;
import dev.recur.corpus.archive.Columns;
import dev.recur.corpus.archive.TabularArchives;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.Ingester;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code recur ingest}: adds postmortems to the index, replacing changed ones, skipping unchanged
 * ones.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Parse postmortems and add them to the index.",
      "Files, folders (recursively), JSON Lines (.jsonl) and CSV (.csv) archives. Unchanged"
          + " documents are skipped, changed ones replace their old version. Exit status 1 when"
          + " any entry could not be read."
    })
final class IngestCommand implements Callable<Integer> {

  @Mixin IndexOption index;

  @Option(
      names = "--text-column",
      defaultValue = "text",
      paramLabel = "NAME",
      description = "archive column holding the postmortem text (default: ${DEFAULT-VALUE})")
  String textColumn;

  @Option(
      names = "--id-column",
      paramLabel = "NAME",
      description = "archive column naming each row stably (default: the row number)")
  String idColumn;

  @Option(
      names = "--date-column",
      paramLabel = "NAME",
      description =
          "archive column with the document's date (yyyy-mm-dd...), used when the text gives none")
  String dateColumn;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "parser threads (default: one per core)")
  Integer threads;

  @Option(
      names = "--progress",
      negatable = true,
      description = "show a progress bar (default: only on a terminal)")
  Boolean progress;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "files, folders or archives; - reads standard input")
  List<String> paths;

  @Override
  public Integer call() {
    Path dir = index.path();
    Columns columns;
    Ingester.Builder builder = Ingester.builder();
    try {
      columns =
          new Columns(textColumn, Optional.ofNullable(idColumn), Optional.ofNullable(dateColumn));
      if (threads != null) {
        builder.threads(threads);
      }
    } catch (IllegalArgumentException e) {
      System.err.println("recur: " + e.getMessage());
      return 2;
    }
    boolean showBar = progress != null ? progress : System.console() != null;
    PrintStream err = System.err;
    Ingester.Summary summary;
    int size;
    try (ProgressBar bar = showBar ? bar() : null) {
      Ingester ingester =
          builder
              .listener(
                  new Ingester.Listener() {
                    @Override
                    public void indexed(String source, Corpus.PutOutcome outcome) {
                      if (bar != null) {
                        bar.step();
                      }
                    }

                    @Override
                    public void read(String source, Postmortem record) {
                      synchronized (err) {
                        NothingRecognised.warnIfSo(record, err);
                      }
                    }

                    @Override
                    public void failed(String source, String reason) {
                      synchronized (err) {
                        err.println("recur: " + source + ": " + reason);
                      }
                      if (bar != null) {
                        bar.step();
                      }
                    }
                  })
              .build();
      try (Corpus corpus = Corpus.open(dir, DefaultPipeline.create(TextModels.english()));
          Stream<ArchiveItem> items =
              TabularArchives.read(paths, System.in, columns).map(DecodingWarnings::report)) {
        summary = ingester.ingest(corpus, items);
        size = corpus.size();
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      System.err.println("recur: " + ErrorText.about(dir, e.getMessage()));
      return 1;
    }
    System.out.printf(
        Locale.ROOT,
        "ingested %d, replaced %d, unchanged %d, failed %d; %s holds %d postmortem%s%n",
        summary.added(),
        summary.replaced(),
        summary.unchanged(),
        summary.failed(),
        dir,
        size,
        size == 1 ? "" : "s");
    System.out.flush();
    return summary.failed() == 0 ? 0 : 1;
  }

  private static ProgressBar bar() {
    return new ProgressBarBuilder()
        .setTaskName("ingest")
        .setInitialMax(-1)
        .setUpdateIntervalMillis(250)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .showSpeed()
        .build();
  }
}
