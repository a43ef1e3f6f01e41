package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.corpus.stats.RecurrenceStats;
import dev.recur.corpus.stats.StatsOptions;
import dev.recur.corpus.stats.Summary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The text table of {@code recur stats}: what it leaves out is counted, not lost. */
class StatsTableTest {

  @Test
  void repeatedPromisesTheStatisticsDidNotListAreCountedAsMore() {
    // The statistics list at most StatsOptions.maxPromisedBefore pairs but count them all: here
    // none listed of seven counted.
    RecurrenceStats stats =
        new RecurrenceStats(
            StatsOptions.defaults(),
            0,
            0,
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            Summary.empty(),
            List.of(),
            List.of(),
            List.of(),
            7,
            List.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StatsTable.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), stats, 20);
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("promised before: 7 repeated promises"), text);
    assertTrue(text.contains("... 7 more repeated promises"), text);
  }
}
