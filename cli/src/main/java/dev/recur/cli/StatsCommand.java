package dev.recur.cli;

import dev.recur.corpus.export.StatsExport;
import dev.recur.corpus.stats.RecurrenceStats;
import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recur stats}: recurrence statistics of an index, as a table, CSV or JSON. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Recurrence statistics of an index: signatures, intervals, durations, red herrings, promises.")
final class StatsCommand implements Callable<Integer> {

  enum Format {
    TABLE,
    CSV,
    JSON
  }

  @Mixin AnalysisOptions analysis;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "rows per table section (default: ${DEFAULT-VALUE})")
  int limit;

  @Override
  public Integer call() {
    RecurrenceStats stats;
    try {
      stats = analysis.computeStats();
    } catch (CommandFailure failure) {
      return failure.report();
    }
    PrintStream out = System.out;
    try {
      print(out, stats, format, limit);
    } catch (IOException e) {
      System.err.println("recur: cannot write the statistics: " + e.getMessage());
      return 1;
    }
    out.flush();
    return 0;
  }

  static void print(PrintStream out, RecurrenceStats stats, Format format, int limit)
      throws IOException {
    switch (format) {
      case JSON -> out.println(StatsExport.toJson(stats));
      case CSV -> StatsExport.writeCsv(stats, out);
      case TABLE -> StatsTable.print(out, stats, Math.max(1, limit));
    }
  }
}
