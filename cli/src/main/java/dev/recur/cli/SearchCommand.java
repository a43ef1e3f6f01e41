package dev.recur.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.recur.core.PostmortemJson;
import dev.recur.core.When;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import dev.recur.corpus.search.CorpusQuery;
import dev.recur.corpus.search.CorpusSearch;
import dev.recur.corpus.search.QuerySyntaxException;
import dev.recur.corpus.search.SearchHit;
import dev.recur.corpus.search.SearchRequest;
import dev.recur.corpus.search.SearchResult;
import dev.recur.corpus.search.SortBy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code recur search}: finds postmortems by free text and field filters. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index: ranked free text plus field filters.",
      "Free text (words, \"phrases\", AND/OR, -not) ranks; field filters restrict:",
      "  fault:misconfiguration  component:load-balancer  service:auth  zone:utc",
      "  herring:database  action:monitoring  severity:full-outage",
      "  signature:capacity/storage  id:ID  source:PATH",
      "  impact:>=50  impact:30..60  duration:>2h  ttd:<=15m  tte:<30m  ttr:1h..4h",
      "  after:2024-01  before:2024-07-15  section:root_cause:timeout",
      "Commas mean any (fault:capacity,expiry); a leading - excludes.",
      "Exit status 2 for a query that cannot be read."
    })
final class SearchCommand implements Callable<Integer> {

  enum Format {
    TABLE,
    JSON,
    CSV
  }

  @Mixin IndexOption index;

  @Option(
      names = {"-k", "--limit"},
      defaultValue = "10",
      description = "how many hits (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(
      names = "--sort",
      defaultValue = "score",
      description = "score, date, duration or impact (default: ${DEFAULT-VALUE})")
  SortBy sort;

  @Option(names = "--asc", description = "oldest, shortest or smallest first")
  boolean ascending;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, json or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Option(
      names = "--facets",
      defaultValue = "5",
      paramLabel = "N",
      description = "values counted per facet, 0 for none (default: ${DEFAULT-VALUE})")
  int facets;

  @Parameters(
      arity = "0..*",
      paramLabel = "QUERY",
      description = "the query; several words are joined by spaces")
  List<String> words = new ArrayList<>();

  @Override
  public Integer call() {
    if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
      System.err.println(
          "recur: -k must be within 1.." + SearchRequest.MAX_LIMIT + ", got " + limit);
      return 2;
    }
    SearchRequest request;
    try {
      CorpusQuery query = CorpusQuery.parse(String.join(" ", words));
      boolean tty = System.console() != null && format == Format.TABLE;
      request =
          new SearchRequest(
              query,
              limit,
              sort,
              ascending,
              Math.max(0, facets),
              tty ? "\u001b[1m" : format == Format.TABLE ? "[" : "**",
              tty ? "\u001b[0m" : format == Format.TABLE ? "]" : "**");
    } catch (QuerySyntaxException e) {
      System.err.println("recur: query: " + e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      System.err.println("recur: " + e.getMessage());
      return 2;
    }
    Path dir = index.path();
    SearchResult result;
    try (Corpus corpus = IndexOption.openForReading(dir);
        CorpusSearcher snapshot = corpus.searcher()) {
      result = CorpusSearch.search(snapshot, request);
    } catch (UncheckedIOException e) {
      System.err.println("recur: " + e.getMessage());
      return 1;
    }
    for (SearchResult.AbsentValue a : result.absent()) {
      System.err.println(
          "recur: no postmortem in the index has "
              + a.filter()
              + " '"
              + a.value()
              + "'"
              + (a.present().isEmpty()
                  ? ""
                  : "; it has: "
                      + String.join(", ", a.present())
                      + (a.present().size() == SearchResult.AbsentValue.MAX_PRESENT
                          ? ", ..."
                          : "")));
    }
    PrintStream out = System.out;
    try {
      switch (format) {
        case TABLE -> table(out, result);
        case JSON ->
            out.println(
                PostmortemJson.mapper()
                    .writerWithDefaultPrettyPrinter()
                    .writeValueAsString(json(result)));
        case CSV -> csv(out, result);
      }
    } catch (IOException e) {
      System.err.println("recur: cannot write the results: " + e.getMessage());
      return 1;
    }
    out.flush();
    return 0;
  }

  static Map<String, Object> json(SearchResult result) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("totalHits", result.totalHits());
    out.put("hits", result.hits());
    out.put("facets", result.facets());
    out.put("absent", result.absent());
    return out;
  }

  /** The day an incident started, or its clock time when the document gives no date. */
  static String day(When start) {
    return start
        .date()
        .map(LocalDate::toString)
        .or(() -> start.time().map(t -> t.toString().substring(0, 5)))
        .orElse("-");
  }

  private static void table(PrintStream out, SearchResult result) {
    out.printf(
        Locale.ROOT, "%d match%s%n", result.totalHits(), result.totalHits() == 1 ? "" : "es");
    SourceColumn sources = SourceColumn.of(result.hits().stream().map(SearchHit::source).toList());
    int rank = 0;
    for (SearchHit hit : result.hits()) {
      rank++;
      out.printf(
          Locale.ROOT,
          "%2d. %s %6.2f  %-10s %7s %6s  %s%n",
          rank,
          sources.fit(hit.source()),
          hit.score(),
          hit.start().map(SearchCommand::day).orElse("-"),
          hit.durationMinutes().map(SearchCommand::length).orElse("-"),
          hit.impactPercent().map(p -> String.format(Locale.ROOT, "%.0f%%", p)).orElse("-"),
          hit.fault() + "/" + hit.component());
      hit.title().ifPresent(t -> out.println("    " + t));
      if (!hit.snippet().isEmpty()) {
        out.println("    " + hit.snippet());
      }
    }
    if (!result.facets().isEmpty()) {
      out.println();
      result
          .facets()
          .forEach(
              (dim, counts) -> {
                if (!counts.isEmpty()) {
                  List<String> parts = new ArrayList<>();
                  counts.forEach(c -> parts.add(c.value() + " " + c.count()));
                  out.printf(Locale.ROOT, "%-10s %s%n", dim + ":", String.join(", ", parts));
                }
              });
    }
  }

  static String length(int minutes) {
    return minutes >= 60
        ? minutes / 60 + "h" + (minutes % 60 == 0 ? "" : minutes % 60 + "m")
        : minutes + "m";
  }

  private static void csv(PrintStream out, SearchResult result) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
    csv.printRecord(
        "rank",
        "score",
        "id",
        "source",
        "title",
        "start",
        "duration_minutes",
        "impact_percent",
        "fault",
        "component",
        "snippet");
    int rank = 0;
    for (SearchHit hit : result.hits()) {
      rank++;
      csv.printRecord(
          rank,
          String.format(Locale.ROOT, "%.4f", hit.score()),
          hit.id(),
          hit.source(),
          hit.title().orElse(""),
          hit.start().map(Object::toString).orElse(""),
          hit.durationMinutes().map(String::valueOf).orElse(""),
          hit.impactPercent().map(String::valueOf).orElse(""),
          hit.fault(),
          hit.component(),
          hit.snippet());
    }
    csv.flush();
  }

  static String toJson(Object value) throws JsonProcessingException {
    return PostmortemJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }
}
