package dev.recur.cli;

import dev.recur.core.Incident;
import dev.recur.core.Postmortem;
import dev.recur.core.RootCause;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code --format table} view of {@code recur parse}: one aligned line per document with its
 * file, title, number of sections, root-cause signature, duration and the section kinds found.
 * Columns have fixed widths so that a batch of any size streams out without being held in memory;
 * long values are cut with an ellipsis.
 */
final class ParseTable {

  static final int FILE_WIDTH = 28;
  static final int TITLE_WIDTH = 36;
  static final int CAUSE_WIDTH = 30;
  private static final String ROW =
      "%-" + FILE_WIDTH + "s  %-" + TITLE_WIDTH + "s  %4s  %-" + CAUSE_WIDTH + "s  %8s  %s";

  private ParseTable() {}

  static String header() {
    return String.format(
        Locale.ROOT, ROW, "FILE", "TITLE", "SECT", "ROOT CAUSE", "DURATION", "KINDS");
  }

  static String row(Postmortem record) {
    Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
    for (Section s : record.sections()) {
      if (s.kind() != SectionKind.OTHER) {
        kinds.add(s.kind());
      }
    }
    String kindList =
        kinds.isEmpty()
            ? "-"
            : kinds.stream().map(SectionKind::id).collect(Collectors.joining(","));
    String cause = record.rootCause().map(RootCause::signature).orElse("-");
    String duration =
        record.incident().flatMap(Incident::durationMinutes).map(ParseTable::duration).orElse("-");
    return String.format(
        Locale.ROOT,
        ROW,
        cut(fileName(record.source()), FILE_WIDTH),
        cut(record.title().orElse("-"), TITLE_WIDTH),
        record.sections().size(),
        cut(cause, CAUSE_WIDTH),
        duration,
        kindList);
  }

  /** Minutes as {@code 2h35m}, {@code 45m} or {@code 3d4h}. */
  static String duration(int minutes) {
    if (minutes >= 24 * 60) {
      return minutes / (24 * 60) + "d" + (minutes % (24 * 60)) / 60 + "h";
    }
    if (minutes >= 60) {
      return minutes / 60
          + "h"
          + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, "%02dm", minutes % 60));
    }
    return minutes + "m";
  }

  /** The last part of a path, which is what tells documents apart in a folder listing. */
  static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return slash >= 0 && slash + 1 < source.length() ? source.substring(slash + 1) : source;
  }

  static String cut(String value, int width) {
    String flat = value.replaceAll("\\s+", " ").strip();
    if (flat.codePointCount(0, flat.length()) <= width) {
      return flat;
    }
    return flat.substring(0, flat.offsetByCodePoints(0, width - 1)) + "\u2026";
  }
}
