package dev.recur.corpus.export;

import dev.recur.core.CorrectiveAction;
import dev.recur.core.Impact;
import dev.recur.core.Incident;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Postmortem;
import dev.recur.core.PostmortemJson;
import dev.recur.core.RootCause;
import dev.recur.core.When;
import dev.recur.corpus.index.IndexFields;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * Exports every record of an index: as JSON Lines, exactly the stored form {@code recur parse}
 * prints, or as CSV with one flat row per record (Commons CSV). Records stream one at a time, so an
 * index of any size exports in constant memory. Thread-safe.
 */
public final class RecordExport {

  /**
   * The CSV columns; list-valued fields are joined with {@code ;} (actions as {@code category:
   * text}).
   */
  public static final String[] CSV_HEADER = {
    "id",
    "source",
    "title",
    "start",
    "end",
    "timezone",
    "duration_minutes",
    "stated_duration_minutes",
    "ttd_minutes",
    "tte_minutes",
    "ttr_minutes",
    "impact_percent",
    "users_affected",
    "affected_service",
    "severity",
    "fault",
    "component",
    "confidence",
    "evidence",
    "misleading_paths",
    "corrective_actions",
    "diagnostics"
  };

  private RecordExport() {}

  /** What an export visits for each record. */
  @FunctionalInterface
  private interface RecordSink {
    void accept(String json) throws IOException;
  }

  /** Writes each record as one line of JSON; returns how many were written. */
  public static long writeJsonl(IndexReader reader, Appendable out) throws IOException {
    return forEach(reader, json -> out.append(json).append('\n'));
  }

  /** Writes a header row and one CSV row per record; returns how many records were written. */
  public static long writeCsv(IndexReader reader, Appendable out) throws IOException {
    CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(out);
    long n =
        forEach(reader, json -> csv.printRecord((Object[]) row(PostmortemJson.fromJson(json))));
    csv.flush();
    return n;
  }

  private static long forEach(IndexReader reader, RecordSink sink) throws IOException {
    long n = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      StoredFields stored = leaf.reader().storedFields();
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        String json = stored.document(doc).get(IndexFields.RECORD);
        if (json != null) {
          sink.accept(json);
          n++;
        }
      }
    }
    return n;
  }

  /** The CSV cells of one record, in {@link #CSV_HEADER} order. */
  static String[] row(Postmortem r) {
    Optional<Incident> inc = r.incident();
    Optional<Impact> imp = r.impact();
    Optional<RootCause> cause = r.rootCause();
    return new String[] {
      r.id(),
      r.source(),
      r.title().orElse(""),
      inc.flatMap(Incident::start).map(When::toString).orElse(""),
      inc.flatMap(Incident::end).map(When::toString).orElse(""),
      inc.flatMap(Incident::timezone).orElse(""),
      cell(inc, Incident::durationMinutes),
      cell(inc, Incident::statedDurationMinutes),
      cell(inc, Incident::timeToDetectMinutes),
      cell(inc, Incident::timeToEscalateMinutes),
      cell(inc, Incident::timeToResolveMinutes),
      imp.flatMap(Impact::usersPercent).map(StatsExport::number).orElse(""),
      imp.flatMap(Impact::usersAffected).map(String::valueOf).orElse(""),
      imp.flatMap(Impact::affectedService).orElse(""),
      imp.map(i -> i.severity().id()).orElse(""),
      cause.map(RootCause::fault).orElse(""),
      cause.map(RootCause::component).orElse(""),
      cause.map(c -> StatsExport.number(c.confidence())).orElse(""),
      cause.flatMap(RootCause::evidence).orElse(""),
      r.misleadingPaths().stream().map(MisleadingPath::hypothesis).collect(Collectors.joining(";")),
      r.correctiveActions().stream()
          .map((CorrectiveAction a) -> a.category().id() + ": " + a.text())
          .collect(Collectors.joining(";")),
      r.diagnostics().stream().map(d -> d.code()).collect(Collectors.joining(";"))
    };
  }

  private static String cell(
      Optional<Incident> incident, Function<Incident, Optional<Integer>> field) {
    return incident.flatMap(field).map(String::valueOf).orElse("");
  }
}
