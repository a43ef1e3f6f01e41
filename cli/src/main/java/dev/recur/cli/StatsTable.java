package dev.recur.cli;

import dev.recur.corpus.stats.HerringStats;
import dev.recur.corpus.stats.IncidentFamily;
import dev.recur.corpus.stats.PromisedBefore;
import dev.recur.corpus.stats.RecurrenceStats;
import dev.recur.corpus.stats.SignatureStats;
import dev.recur.corpus.stats.Summary;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Prints recurrence statistics as aligned text tables for a terminal. */
final class StatsTable {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  private StatsTable() {}

  /** Prints every section; {@code limit} bounds the rows of each list. */
  static void print(PrintStream out, RecurrenceStats stats, int limit) {
    out.printf(
        Locale.ROOT,
        "%d incidents (%d dated)%s; median duration %s min, MTTR %s min%n",
        stats.incidents(),
        stats.dated(),
        stats.from().isPresent() ? ", " + day(stats.from()) + " to " + day(stats.to()) : "",
        stat(stats.durationMinutes(), Summary::median),
        stat(stats.durationMinutes(), Summary::mean));
    out.println();
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "signature",
          "count",
          "first",
          "last",
          "interval med (d)",
          "shortest (d)",
          "dur med (min)",
          "p90",
          "MTTR",
          "impact med/max %",
          "ttd/ttr med",
          "trend"
        });
    for (SignatureStats s :
        stats.signatures().subList(0, Math.min(limit, stats.signatures().size()))) {
      rows.add(
          new String[] {
            s.signature().label(),
            Integer.toString(s.count()),
            day(s.firstSeen()),
            day(s.lastSeen()),
            days(s.intervalsMinutes(), Summary::median),
            days(s.intervalsMinutes(), Summary::min),
            stat(s.durationMinutes(), Summary::median),
            stat(s.durationMinutes(), Summary::p90),
            stat(s.durationMinutes(), Summary::mean),
            stat(s.impactPercent(), Summary::median) + "/" + stat(s.impactPercent(), Summary::max),
            stat(s.timeToDetectMinutes(), Summary::median)
                + "/"
                + stat(s.timeToResolveMinutes(), Summary::median),
            s.trend().id()
          });
    }
    table(out, rows);
    more(out, stats.signatures().size(), limit, "signatures");
    out.println();
    rows = new ArrayList<>();
    rows.add(new String[] {"red herring", "chased", "known minutes lost", "in signatures"});
    for (HerringStats h : stats.herrings().subList(0, Math.min(limit, stats.herrings().size()))) {
      rows.add(
          new String[] {
            h.hypothesis(),
            Integer.toString(h.timesChased()),
            h.timedChases() == 0 ? "-" : h.minutesSpent() + " (" + h.timedChases() + " timed)",
            String.join(
                "; ",
                h.bySignature().stream().limit(3).map(c -> c.label() + " " + c.count()).toList())
          });
    }
    table(out, rows);
    more(out, stats.herrings().size(), limit, "red herrings");
    out.println();
    out.println("promised before: " + stats.promisedBeforeTotal() + " repeated promises");
    for (PromisedBefore p :
        stats.promisedBefore().subList(0, Math.min(limit, stats.promisedBefore().size()))) {
      out.println(
          "  "
              + p.category().id()
              + " in "
              + p.signature().label()
              + ": "
              + p.earlier().name()
              + " ("
              + day(p.earlier().start())
              + ") -> "
              + p.later().name()
              + " ("
              + day(p.later().start())
              + ")");
    }
    // The statistics list only the first pairs (StatsOptions.maxPromisedBefore) but count them
    // all: what is left unshown is the count less the pairs printed.
    more(
        out,
        stats.promisedBeforeTotal(),
        Math.min(limit, stats.promisedBefore().size()),
        "repeated promises",
        "  ");
    out.println("incident families: " + stats.families().size());
    for (IncidentFamily f : stats.families().subList(0, Math.min(limit, stats.families().size()))) {
      out.println(
          "  \""
              + f.label()
              + "\": "
              + f.members().size()
              + " incidents ("
              + String.join("; ", f.signatures())
              + ")");
    }
    more(out, stats.families().size(), limit, "incident families", "  ");
  }

  /** A line that says how many of a list were left out, so a cut list never reads as whole. */
  private static void more(PrintStream out, int size, int limit, String what) {
    more(out, size, limit, what, "");
  }

  private static void more(PrintStream out, int size, int limit, String what, String indent) {
    if (size > limit) {
      out.println(indent + "... " + (size - limit) + " more " + what);
    }
  }

  private static void table(PrintStream out, List<String[]> rows) {
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(row[i]);
        if (i + 1 < row.length) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String day(Optional<Instant> instant) {
    return instant.map(DAY::format).orElse("-");
  }

  static String stat(Summary summary, Function<Summary, Optional<Double>> which) {
    return which.apply(summary).map(v -> number(v)).orElse("-");
  }

  private static String days(Summary summary, Function<Summary, Optional<Double>> which) {
    return which.apply(summary).map(v -> String.format(Locale.ROOT, "%.1f", v / 1440)).orElse("-");
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
