package dev.recur.cli;

import dev.recur.corpus.report.HtmlReport;
import dev.recur.corpus.stats.RecurrenceStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recur report}: the recurrence report of an index as one self-contained HTML file. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the recurrence report of an index as one self-contained HTML file with inline SVG charts.")
final class ReportCommand implements Callable<Integer> {

  @Mixin AnalysisOptions analysis;

  @Option(
      names = "--html",
      required = true,
      paramLabel = "FILE",
      description = "where to write the report")
  Path html;

  @Override
  public Integer call() {
    RecurrenceStats stats;
    try {
      stats = analysis.computeStats();
    } catch (CommandFailure failure) {
      return failure.report();
    }
    try {
      write(html, stats, analysis.index().toString());
    } catch (IOException e) {
      System.err.println("recur: " + html + ": " + ErrorText.of(e));
      return 1;
    }
    System.out.println("recur: report written to " + html.toAbsolutePath().normalize());
    return 0;
  }

  /** Writes the report page for {@code stats} to {@code file}, creating its folder. */
  static void write(Path file, RecurrenceStats stats, String corpusName) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(
        file, HtmlReport.render(stats, corpusName, Instant.now()), StandardCharsets.UTF_8);
  }
}
