package dev.recur.cli;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.PostmortemJson;
import dev.recur.corpus.archive.ArchiveItem;
import dev.recur.corpus.archive.Archives;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code recur parse}: prints the structured record of each postmortem as JSON Lines, one JSON
 * array, or an aligned table. Folders are walked recursively; an unreadable path is reported on
 * standard error and the batch goes on, ending with exit status 1.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Parse postmortems (files, folders, or - for standard input) into records.",
      "Folders are walked recursively for .md .markdown .txt .html .htm files, leaving out"
          + " README, LICENSE, CHANGELOG and CONTRIBUTING.",
      "An empty or binary file, a folder with no postmortem and an unreadable path are reported"
          + " on standard error as 'recur: PATH: reason' and skipped; the rest are still parsed."
          + " Bytes that are not UTF-8 are replaced, with a warning, and a file in which nothing"
          + " was recognised (no heading, time, impact, cause or action; a first line read as the title does not count) is warned about.",
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every path was parsed",
      "1:a file or path was skipped or unreadable (the others were parsed)",
      "2:wrong options"
    })
final class ParseCommand implements Callable<Integer> {

  enum Format {
    JSON,
    JSONL,
    TABLE
  }

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "json, jsonl or table (default: ${DEFAULT-VALUE})")
  Format format;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "files or folders; - reads standard input")
  List<String> paths;

  @Override
  public Integer call() {
    PrintStream out = System.out;
    Pipeline pipeline = DefaultPipeline.create(TextModels.english());
    int failures = 0;
    boolean first = true;
    if (format == Format.JSON) {
      out.println("[");
    }
    try (Stream<ArchiveItem> items =
        Archives.read(paths, System.in).map(DecodingWarnings::report)) {
      for (ArchiveItem item : (Iterable<ArchiveItem>) items::iterator) {
        if (item instanceof ArchiveItem.Failed failed) {
          System.err.println("recur: " + failed.source() + ": " + failed.reason());
          failures++;
          continue;
        }
        Postmortem record = pipeline.parse(((ArchiveItem.Read) item).document());
        NothingRecognised.warnIfSo(record, System.err);
        switch (format) {
          case JSONL -> out.println(PostmortemJson.toJson(record));
          case JSON -> {
            out.println((first ? "" : ",") + PostmortemJson.toJson(record));
            first = false;
          }
          case TABLE -> {
            // The header comes with the first row: a batch whose every file was skipped prints
            // only the reasons on stderr, not an empty table.
            if (first) {
              out.println(ParseTable.header());
              first = false;
            }
            out.println(ParseTable.row(record));
          }
        }
      }
    }
    if (format == Format.JSON) {
      out.println("]");
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }
}
