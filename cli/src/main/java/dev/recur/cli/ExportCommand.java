package dev.recur.cli;

import dev.recur.corpus.export.RecordExport;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code recur export}: every record of an index, as JSON Lines or CSV, on standard output. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export every record of an index as JSON Lines or CSV on standard output.")
final class ExportCommand implements Callable<Integer> {

  enum Format {
    JSONL,
    CSV
  }

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "jsonl or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Mixin IndexOption index;

  @Override
  public Integer call() {
    Writer out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    try (Corpus corpus = IndexOption.openForReading(index.path());
        CorpusSearcher searcher = corpus.searcher()) {
      var reader = searcher.indexSearcher().getIndexReader();
      if (format == Format.CSV) {
        RecordExport.writeCsv(reader, out);
      } else {
        RecordExport.writeJsonl(reader, out);
      }
      out.flush();
      return 0;
    } catch (UncheckedIOException e) {
      System.err.println("recur: " + ErrorText.about(index.path(), e.getMessage()));
      return 1;
    } catch (IOException e) {
      System.err.println("recur: " + index.path() + ": cannot export: " + e.getMessage());
      return 1;
    }
  }
}
