package dev.recur.cli;

import dev.recur.core.Impact;
import dev.recur.core.Incident;
import dev.recur.core.Postmortem;
import dev.recur.core.RootCause;
import dev.recur.core.Severity;
import java.io.PrintStream;

/**
 * Tells a record in which Recur recognised nothing at all: no heading, time, timeline, impact,
 * cause, herring or action. Such a file is usually no postmortem (a log dump, a line of junk, notes
 * in another language), and a batch user should learn which one it was rather than find an empty
 * record among the rest. A title does not count: a text without headings has its first line read as
 * the title, junk included.
 */
final class NothingRecognised {

  private NothingRecognised() {}

  /** Whether {@code record} holds nothing but its id and source. */
  static boolean in(Postmortem record) {
    return record.sections().isEmpty()
        && record.incident().map(NothingRecognised::noTime).orElse(true)
        && record.timeline().isEmpty()
        && record.impact().map(NothingRecognised::noImpact).orElse(true)
        && record.rootCause().map(r -> r.fault().equals(RootCause.UNKNOWN_FAULT)).orElse(true)
        && record.misleadingPaths().isEmpty()
        && record.correctiveActions().isEmpty();
  }

  private static boolean noTime(Incident i) {
    return i.start().isEmpty() && i.end().isEmpty() && i.statedDurationMinutes().isEmpty();
  }

  private static boolean noImpact(Impact i) {
    return i.usersPercent().isEmpty()
        && i.usersAffected().isEmpty()
        && i.affectedService().isEmpty()
        && i.severity() == Severity.UNKNOWN;
  }

  /**
   * Prints {@link #warning} on {@code err} when {@code record} is such a record. The record is
   * still printed or indexed: it is what Recur read, and the batch's output stays complete.
   */
  static void warnIfSo(Postmortem record, PrintStream err) {
    if (in(record)) {
      err.println(warning(record));
    }
  }

  /** The warning {@code recur parse} prints on standard error for such a record. */
  static String warning(Postmortem record) {
    return "recur: "
        + record.source()
        + ": warning: nothing recognised (no heading, time, impact, cause or action):"
        + " is it a postmortem?";
  }
}
