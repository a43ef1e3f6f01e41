package dev.recur.analyzers.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Incident;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import dev.recur.core.When;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The five seeds through the default pipeline: window, duration and stated length; skipped without
 * {@code ../shared}.
 */
class TimeSeedsTest {

  /** File name prefix, start, end, duration, stated duration (0 when none is stated). */
  private static final List<Object[]> EXPECTED =
      List.of(
          new Object[] {"000_", "2023-11-15T03:45Z", "2023-11-15T06:20Z", 155, 0},
          new Object[] {"001_", "2024-02-18T10:00Z", "2024-02-18T15:30Z", 330, 0},
          new Object[] {"002_", "2024-02-27T10:00Z", "2024-02-28T14:00Z", 1680, 0},
          new Object[] {"003_", "2024-05-08T10:00Z", "2024-05-09T02:00Z", 960, 720},
          new Object[] {"004_", "2024-02-14T10:00Z", "2024-02-14T14:00Z", 240, 0});

  @Test
  void allFiveSeedsHaveTheirWindowDurationAndStatedLength() throws IOException {
    Path seeds = Path.of(System.getProperty("recur.shared", "../shared")).resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds);
    Pipeline pipeline = DefaultPipeline.create(TextModels.english());
    List<Path> files;
    try (var listing = Files.list(seeds)) {
      files = listing.sorted().toList();
    }
    assertEquals(5, files.size());
    for (Object[] e : EXPECTED) {
      Path file =
          files.stream()
              .filter(f -> f.getFileName().toString().startsWith((String) e[0]))
              .findFirst()
              .orElseThrow();
      Postmortem p = pipeline.parse(SourceDocument.of(file.toString(), Files.readString(file)));
      Incident i = p.incident().orElseThrow();
      String name = file.getFileName().toString();
      assertEquals(e[1], i.start().map(When::toString).orElse("null"), name);
      assertEquals(e[2], i.end().map(When::toString).orElse("null"), name);
      assertEquals(Optional.of((Integer) e[3]), i.durationMinutes(), name);
      assertEquals(Optional.of("UTC"), i.timezone(), name);
      int stated = (Integer) e[4];
      assertEquals(
          stated == 0 ? Optional.empty() : Optional.of(stated), i.statedDurationMinutes(), name);
      if (stated != 0) {
        assertTrue(
            p.diagnostics().stream().anyMatch(d -> d.code().equals("duration-mismatch")),
            name + ": a stated length that disagrees with the window is diagnosed");
      }
    }
  }
}
