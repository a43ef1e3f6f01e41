package dev.recur.cli;

import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.stats.Dimension;
import dev.recur.corpus.stats.Period;
import dev.recur.corpus.stats.RecurrenceAnalysis;
import dev.recur.corpus.stats.RecurrenceStats;
import dev.recur.corpus.stats.StatsOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options shared by {@code stats}, {@code report} and {@code analyze}: where the index is and
 * what to group by.
 */
final class AnalysisOptions {

  @Mixin IndexOption indexOption;

  /** The index folder: {@code --index}, else {@code RECUR_INDEX}, else {@code ./.recur/index}. */
  Path index() {
    return indexOption.path();
  }

  @Option(
      names = "--by",
      split = ",",
      paramLabel = "DIMS",
      description =
          "signature dimensions, comma-separated: fault, component, service (default: fault,component)")
  List<String> by = List.of("fault", "component");

  @Option(
      names = "--period",
      defaultValue = "month",
      description = "month, quarter or year (default: ${DEFAULT-VALUE})")
  Period period;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      description = "only incidents starting on or after DATE (yyyy-mm-dd, UTC)",
      converter = IsoDate.class)
  LocalDate since;

  /** Reads a {@code yyyy-mm-dd} date, saying what one looks like when the text is not one. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date like 2024-03-05");
      }
    }
  }

  /**
   * The statistics options these flags describe.
   *
   * @throws IllegalArgumentException naming a bad dimension
   */
  StatsOptions statsOptions() {
    EnumSet<Dimension> dims = EnumSet.noneOf(Dimension.class);
    for (String d : by) {
      dims.add(Dimension.fromId(d));
    }
    StatsOptions.Builder b = StatsOptions.builder().dimensions(dims).period(period);
    if (since != null) {
      b.since(since.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    return b.build();
  }

  /**
   * The statistics of the index these options name, read-only.
   *
   * @throws CommandFailure with status 2 when an option is nonsense, 1 when the index cannot be
   *     read
   */
  RecurrenceStats computeStats() {
    StatsOptions options;
    try {
      options = statsOptions();
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(2, e.getMessage());
    }
    try (Corpus corpus = IndexOption.openForReading(index())) {
      return RecurrenceAnalysis.compute(corpus, options);
    } catch (UncheckedIOException e) {
      throw new CommandFailure(1, ErrorText.about(index(), e.getMessage()));
    }
  }
}
