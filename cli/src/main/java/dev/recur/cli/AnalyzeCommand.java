package dev.recur.cli;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Postmortem;
import dev.recur.corpus.archive.ArchiveItem;
import dev.recur.corpus.archive.Archives;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import dev.recur.corpus.index.IndexFields;
import dev.recur.corpus.index.Ingester;
import dev.recur.corpus.sample.SampleArchive;
import dev.recur.corpus.stats.RecurrenceAnalysis;
import dev.recur.corpus.stats.RecurrenceStats;
import dev.recur.corpus.stats.StatsOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.Bits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code recur analyze}: the main job. Ingests an archive (the bundled sample when none is given)
 * into the index, prints the recurrence summary and writes the HTML report.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest an archive, print what keeps happening, write the HTML report.",
      "PATH defaults to the bundled sample archive. The index is made to hold exactly PATH's"
          + " documents: documents from earlier runs that PATH no longer has are removed from it."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Mixin AnalysisOptions analysis;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "where to write the HTML report (default: recur-report.html)")
  Path report = Path.of("recur-report.html");

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "rows per summary section (default: ${DEFAULT-VALUE})")
  int limit;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "files or folders of postmortems; - reads standard input")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    StatsOptions options;
    try {
      options = analysis.statsOptions();
    } catch (IllegalArgumentException e) {
      System.err.println("recur: " + e.getMessage());
      return 2;
    }
    PrintStream out = System.out;
    boolean sample = paths.isEmpty();
    String corpusName = sample ? "the bundled sample archive" : String.join(", ", paths);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger failures = new AtomicInteger();
    Ingester ingester =
        Ingester.builder()
            .listener(
                new Ingester.Listener() {
                  @Override
                  public void indexed(String source, Corpus.PutOutcome outcome) {
                    seen.add(source);
                  }

                  @Override
                  public void read(String source, Postmortem record) {
                    NothingRecognised.warnIfSo(record, System.err);
                  }

                  @Override
                  public void failed(String source, String reason) {
                    seen.add(source);
                    failures.incrementAndGet();
                    System.err.println("recur: " + source + ": " + reason);
                  }
                })
            .build();
    RecurrenceStats stats;
    try (Corpus corpus =
        Corpus.open(analysis.index(), DefaultPipeline.create(TextModels.english()))) {
      Ingester.Summary summary;
      try (Stream<ArchiveItem> items =
          (sample ? sampleItems() : Archives.read(paths, System.in))
              .map(DecodingWarnings::report)) {
        summary = ingester.ingest(corpus, items);
      }
      int removed = removeUnseen(corpus, seen);
      if (removed > 0 && !sample && !paths.contains(Archives.STDIN)) {
        // A copy of a removed document was skipped as the same incident; with the original gone,
        // the copy is now the one to keep, so read the archive once more (unchanged files cost a
        // fingerprint each).
        try (Stream<ArchiveItem> again = Archives.read(paths, System.in)) {
          Ingester.Summary second = Ingester.builder().build().ingest(corpus, again);
          summary =
              new Ingester.Summary(
                  summary.added() + second.added(),
                  summary.replaced(),
                  summary.unchanged() - second.added(),
                  summary.failed());
        }
      }
      out.printf(
          Locale.ROOT,
          "Indexed %d postmortems from %s into %s (%d new, %d changed, %d unchanged%s%s).%n",
          summary.total() - summary.failed(),
          corpusName,
          analysis.index(),
          summary.added(),
          summary.replaced(),
          summary.unchanged(),
          summary.failed() > 0 ? ", " + summary.failed() + " unreadable" : "",
          removed > 0 ? ", " + removed + " no longer in the archive removed" : "");
      stats = RecurrenceAnalysis.compute(corpus, options);
    } catch (UncheckedIOException | IllegalStateException e) {
      System.err.println("recur: " + analysis.index() + ": " + e.getMessage());
      return 1;
    } catch (IOException e) {
      System.err.println("recur: " + analysis.index() + ": " + ErrorText.of(e));
      return 1;
    }
    out.println();
    StatsTable.print(out, stats, Math.max(1, limit));
    try {
      ReportCommand.write(report, stats, corpusName);
    } catch (IOException e) {
      System.err.println("recur: " + report + ": " + ErrorText.of(e));
      return 1;
    }
    out.println();
    out.println(
        "Report written to " + report.toAbsolutePath().normalize() + " (open it in a browser).");
    out.flush();
    return failures.get() == 0 ? 0 : 1;
  }

  private static Stream<ArchiveItem> sampleItems() {
    return SampleArchive.bundled().documents().map(ArchiveItem.Read::new);
  }

  /** Deletes the documents whose source this run did not see; returns how many. */
  private static int removeUnseen(Corpus corpus, Set<String> seen) throws IOException {
    corpus.refresh();
    List<String> stale = new ArrayList<>();
    try (CorpusSearcher searcher = corpus.searcher()) {
      for (LeafReaderContext leaf : searcher.indexSearcher().getIndexReader().leaves()) {
        SortedDocValues sources = DocValues.getSorted(leaf.reader(), IndexFields.SOURCE);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = sources.nextDoc();
            doc != SortedDocValues.NO_MORE_DOCS;
            doc = sources.nextDoc()) {
          String source = sources.lookupOrd(sources.ordValue()).utf8ToString();
          if ((live == null || live.get(doc)) && !seen.contains(source)) {
            stale.add(source);
          }
        }
      }
    }
    for (String source : stale) {
      corpus.delete(source);
    }
    if (!stale.isEmpty()) {
      corpus.commit();
    }
    return stale.size();
  }
}
