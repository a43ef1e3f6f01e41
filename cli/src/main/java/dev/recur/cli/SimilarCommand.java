package dev.recur.cli;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.archive.ArchiveItem;
import dev.recur.corpus.archive.Archives;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import dev.recur.corpus.similar.SimilarIncident;
import dev.recur.corpus.similar.SimilarIncidents;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recur similar}: the past incidents most like a postmortem, each with why. */
@Command(
    name = "similar",
    mixinStandardHelpOptions = true,
    description = {
      "The past incidents most like a postmortem, each with why.",
      "The postmortem is a FILE (it need not be in the index) or the ID or SOURCE of an indexed"
          + " one. Text similarity of root cause, resolution and summary, plus the same"
          + " fault/component signature and shared red herrings."
    })
final class SimilarCommand implements Callable<Integer> {

  @Mixin IndexOption index;

  @Option(
      names = {"-k", "--limit"},
      defaultValue = "10",
      description = "how many incidents (default: ${DEFAULT-VALUE})")
  int k;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE})")
  SearchCommand.Format format;

  @Parameters(
      index = "0",
      paramLabel = "FILE|ID",
      description = "a postmortem file, or the id or source of an indexed one")
  String target;

  @Override
  public Integer call() {
    if (k < 1 || k > 1000) {
      System.err.println("recur: -k must be within 1..1000, got " + k);
      return 2;
    }
    Path dir = index.path();
    List<SimilarIncident> found;
    try (Corpus corpus = IndexOption.openForReading(dir);
        CorpusSearcher snapshot = corpus.searcher()) {
      Path file = Path.of(target);
      if (Files.isRegularFile(file) && snapshot.find(target).isEmpty()) {
        // Read as parse and ingest read it: an empty or binary file is refused, not matched.
        SourceDocument doc;
        try (Stream<ArchiveItem> items =
            Archives.read(List.of(target), System.in).map(DecodingWarnings::report)) {
          ArchiveItem item = items.findFirst().orElse(null);
          if (item instanceof ArchiveItem.Failed failed) {
            System.err.println("recur: " + failed.source() + ": " + failed.reason());
            return 1;
          }
          if (!(item instanceof ArchiveItem.Read read)) {
            System.err.println("recur: " + target + ": holds no postmortem");
            return 1;
          }
          doc = read.document();
        }
        Postmortem record = DefaultPipeline.create(TextModels.english()).parse(doc);
        found = SimilarIncidents.like(snapshot, record, doc.text(), k);
      } else {
        found = SimilarIncidents.like(snapshot, target, k);
      }
    } catch (IllegalArgumentException e) {
      boolean pathLike = target.contains("/") || target.contains("\\") || target.contains(".");
      System.err.println(
          "recur: "
              + target
              + ": "
              + (pathLike && !Files.exists(Path.of(target))
                  ? "no such file, and no document with that id or source in the index"
                  : e.getMessage()));
      return 1;
    } catch (UncheckedIOException e) {
      System.err.println("recur: " + e.getMessage());
      return 1;
    }
    PrintStream out = System.out;
    try {
      switch (format) {
        case TABLE -> table(out, found);
        case JSON -> out.println(SearchCommand.toJson(json(found)));
        case CSV -> csv(out, found);
      }
    } catch (IOException e) {
      System.err.println("recur: cannot write the results: " + e.getMessage());
      return 1;
    }
    out.flush();
    return 0;
  }

  private static List<Map<String, Object>> json(List<SimilarIncident> found) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SimilarIncident s : found) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", s.id());
      row.put("source", s.source());
      row.put("title", s.title());
      row.put("score", s.score());
      row.put("textSimilarity", s.textSimilarity());
      row.put("signature", s.signature());
      row.put("sameSignature", s.sameSignature());
      row.put("sharedHerrings", s.sharedHerrings());
      row.put("sharedTerms", s.sharedTerms());
      row.put("explanation", s.explanation());
      out.add(row);
    }
    return out;
  }

  private static void table(PrintStream out, List<SimilarIncident> found) {
    if (found.isEmpty()) {
      out.println("no similar incidents in the index");
    }
    SourceColumn sources = SourceColumn.of(found.stream().map(SimilarIncident::source).toList());
    int rank = 0;
    for (SimilarIncident s : found) {
      rank++;
      out.printf(
          Locale.ROOT,
          "%2d. %s %5.2f  %s%n",
          rank,
          sources.fit(s.source()),
          s.score(),
          s.signature());
      s.title().ifPresent(t -> out.println("    " + t));
      out.println("    " + s.explanation());
    }
  }

  private static void csv(PrintStream out, List<SimilarIncident> found) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
    csv.printRecord(
        "rank",
        "score",
        "id",
        "source",
        "title",
        "signature",
        "same_signature",
        "shared_herrings",
        "shared_terms");
    int rank = 0;
    for (SimilarIncident s : found) {
      rank++;
      csv.printRecord(
          rank,
          String.format(Locale.ROOT, "%.4f", s.score()),
          s.id(),
          s.source(),
          s.title().orElse(""),
          s.signature(),
          s.sameSignature(),
          String.join(";", s.sharedHerrings()),
          String.join(";", s.sharedTerms()));
    }
    csv.flush();
  }
}
