package dev.recur.corpus.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.recur.corpus.stats.LabelCount;
import dev.recur.corpus.stats.RecurrenceStats;
import dev.recur.corpus.stats.SignatureStats;
import dev.recur.corpus.stats.Summary;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Machine-readable forms of {@link RecurrenceStats}: the whole result as JSON (Jackson; absent
 * values are {@code null}, instants ISO-8601), and the per-signature table as CSV (Commons CSV).
 * Thread-safe.
 */
public final class StatsExport {

  /** The CSV columns, one row per signature. */
  public static final String[] CSV_HEADER = {
    "signature",
    "fault",
    "component",
    "service",
    "count",
    "first_seen",
    "last_seen",
    "median_interval_minutes",
    "shortest_interval_minutes",
    "median_duration_minutes",
    "p90_duration_minutes",
    "mttr_minutes",
    "median_impact_percent",
    "max_impact_percent",
    "median_ttd_minutes",
    "median_ttr_minutes",
    "trend",
    "per_period"
  };

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private StatsExport() {}

  /** The statistics as indented JSON. */
  public static String toJson(RecurrenceStats stats) {
    try {
      return MAPPER.writeValueAsString(stats);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "recurrence statistics must always serialize: " + e.getMessage(), e);
    }
  }

  /** Writes the per-signature table as CSV with a header row. */
  public static void writeCsv(RecurrenceStats stats, Appendable out) throws IOException {
    CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get().print(out);
    for (SignatureStats s : stats.signatures()) {
      csv.printRecord(
          s.signature().label(),
          s.signature().fault().orElse(""),
          s.signature().component().orElse(""),
          s.signature().service().orElse(""),
          s.count(),
          instant(s.firstSeen()),
          instant(s.lastSeen()),
          stat(s.intervalsMinutes(), Summary::median),
          stat(s.intervalsMinutes(), Summary::min),
          stat(s.durationMinutes(), Summary::median),
          stat(s.durationMinutes(), Summary::p90),
          stat(s.durationMinutes(), Summary::mean),
          stat(s.impactPercent(), Summary::median),
          stat(s.impactPercent(), Summary::max),
          stat(s.timeToDetectMinutes(), Summary::median),
          stat(s.timeToResolveMinutes(), Summary::median),
          s.trend().id(),
          periods(s.perPeriod()));
    }
    csv.flush();
  }

  /** Per-period counts in one cell: {@code 2024-01:2;2024-04:1}. */
  static String periods(List<LabelCount> counts) {
    return counts.stream().map(c -> c.label() + ":" + c.count()).collect(Collectors.joining(";"));
  }

  private static String instant(Optional<Instant> instant) {
    return instant.map(Instant::toString).orElse("");
  }

  /** A statistic rounded to two decimals, empty when absent. */
  static String stat(Summary summary, Function<Summary, Optional<Double>> which) {
    return which.apply(summary).map(StatsExport::number).orElse("");
  }

  static String number(double v) {
    double rounded = Math.round(v * 100) / 100.0;
    return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
  }
}
