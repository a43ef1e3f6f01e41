package dev.recur.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors of the time fields over labelled real postmortems: the 50 of {@code
 * dev-gold.jsonl} and the project's own 15 extra labels. Floors sit just below the measured
 * figures, so a regression fails; skipped without {@code ../shared}.
 */
class TimeAccuracyFloorTest {

  private static Pipeline pipeline;
  private static Path corpus;

  @BeforeAll
  static void setUp() {
    Path shared = SeedsEvalTest.shared();
    corpus = shared.resolve("corpus/postmortems-real");
    assumeTrue(Files.isDirectory(corpus), "no real postmortems at " + corpus);
    pipeline = DefaultPipeline.create(TextModels.english());
  }

  private static EvalReport score(List<GoldRecord> gold) throws IOException {
    List<Postmortem> records = new ArrayList<>();
    for (GoldRecord g : gold) {
      Path file = corpus.resolve(g.file());
      records.add(pipeline.parse(SourceDocument.decode(file.toString(), Files.readAllBytes(file))));
    }
    return Evaluator.score(gold, records);
  }

  private static double rate(EvalReport r, Field f) {
    return r.field(f).orElseThrow().accuracy().rate().orElseThrow();
  }

  private static void floor(EvalReport r, Field f, double floor) {
    double got = rate(r, f);
    assertTrue(got >= floor, f.key() + " accuracy " + got + " fell below the floor " + floor);
  }

  @Test
  void devGoldTimeFieldsStayAboveTheirFloors() throws IOException {
    List<GoldRecord> gold = GoldFile.read(SeedsEvalTest.shared().resolve("eval/dev-gold.jsonl"));
    assertEquals(50, gold.size(), "dev-gold.jsonl changed: re-measure the floors");
    EvalReport r = score(gold);
    assertEquals(50, r.documents());
    // Measured 2026-11-22: start 0.98, end 0.96, timezone 0.98, duration 0.96, stated 1.00.
    floor(r, Field.START, 0.94);
    floor(r, Field.END, 0.92);
    floor(r, Field.TIMEZONE, 0.94);
    floor(r, Field.DURATION_MINUTES, 0.92);
    floor(r, Field.STATED_DURATION_MINUTES, 0.96);
    for (Field f : List.of(Field.START, Field.END, Field.DURATION_MINUTES)) {
      Count nulls = r.field(f).orElseThrow().nullWhenNull();
      assertEquals(
          nulls.total(), nulls.correct(), f.key() + ": a guess where the text states nothing");
    }
  }

  @Test
  void extraLabelsStayAboveTheirFloors() throws IOException, URISyntaxException {
    Path extra =
        Path.of(
            Objects.requireNonNull(TimeAccuracyFloorTest.class.getResource("time-extra-gold.jsonl"))
                .toURI());
    List<GoldRecord> gold = GoldFile.read(extra);
    assertEquals(15, gold.size());
    EvalReport r = score(gold);
    // Measured 2026-11-22: start 0.80, end 0.73, timezone 1.00, duration 0.67, stated 0.87.
    floor(r, Field.START, 0.75);
    floor(r, Field.END, 0.70);
    floor(r, Field.TIMEZONE, 0.95);
    floor(r, Field.DURATION_MINUTES, 0.62);
    floor(r, Field.STATED_DURATION_MINUTES, 0.85);
  }
}
