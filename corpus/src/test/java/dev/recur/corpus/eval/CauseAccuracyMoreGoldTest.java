package dev.recur.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.generate.GeneratedPostmortem;
import dev.recur.corpus.generate.PostmortemGenerator;
import dev.recur.corpus.sample.SampleArchive;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accuracy floors of the impact, root-cause and red-herring fields on the labelled text beyond the
 * development gold: the 20 project-labelled real postmortems of {@code extra-gold.jsonl} and the 15
 * of {@code tune-gold.jsonl} (both need ../shared, skip without it), the bundled sample archive and
 * 300 generated documents of a seed no rule was tuned on. Floors sit at or just below the figures
 * measured when they were set, so a regression fails the build.
 */
class CauseAccuracyMoreGoldTest {

  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = DefaultPipeline.create(TextModels.english());
  }

  private static void floor(EvalReport r, Field f, double floor, String context) {
    FieldScore score = r.field(f).orElseThrow();
    double got =
        f == Field.MISLEADING_PATHS
            ? score.set().orElseThrow().f1()
            : score.accuracy().rate().orElseThrow();
    assertTrue(
        got >= floor, context + ": " + f.key() + " scored " + got + ", below the floor " + floor);
  }

  /** Floors of fault, component, impact, herring F1 and affected service, in that order. */
  private static void floors(
      EvalReport r,
      String context,
      double fault,
      double component,
      double impact,
      double herringF1,
      double service) {
    floor(r, Field.ROOT_CAUSE_FAULT, fault, context);
    floor(r, Field.ROOT_CAUSE_COMPONENT, component, context);
    floor(r, Field.IMPACT_PERCENT, impact, context);
    floor(r, Field.MISLEADING_PATHS, herringF1, context);
    floor(r, Field.AFFECTED_SERVICE, service, context);
  }

  private static EvalReport scoreReal(String goldResource) throws IOException, URISyntaxException {
    Path real = SeedsEvalTest.shared().resolve("corpus/postmortems-real");
    List<GoldRecord> gold =
        GoldFile.read(Path.of(CauseAccuracyMoreGoldTest.class.getResource(goldResource).toURI()));
    List<Postmortem> records = new ArrayList<>();
    for (GoldRecord g : gold) {
      Path file = real.resolve(g.file());
      records.add(pipeline.parse(SourceDocument.decode(file.toString(), Files.readAllBytes(file))));
    }
    return Evaluator.score(gold, records);
  }

  @Test
  void extraGoldCauseFields() throws IOException, URISyntaxException {
    EvalReport r = scoreReal("extra-gold.jsonl");
    assertEquals(20, r.documents());
    // Measured 2026-12-06: fault 0.90, component 0.80, impact 0.95, herring F1 0.87, service 0.40.
    // (F1 was 0.89 before "this outage was not a web server error" counted in a prevention
    // section: dev pm-0001 labels that sentence a herring, its copy pm-0096 here does not.)
    floors(r, "extra gold", 0.90, 0.80, 0.95, 0.86, 0.40);
  }

  @Test
  void tuneGoldCauseFields() throws IOException, URISyntaxException {
    EvalReport r = scoreReal("tune-gold.jsonl");
    assertEquals(15, r.documents());
    // Measured 2026-12-06: fault 1.00, component 1.00, impact 1.00, herring F1 0.90, service 0.27
    // (fault 0.80, component 0.87, herring F1 0.81 when labelled, before tuning against it).
    floors(r, "tune gold", 1.00, 1.00, 1.00, 0.89, 0.26);
  }

  @Test
  void generatedDocumentsCauseFields(@TempDir Path dir) throws IOException {
    List<GeneratedPostmortem> docs = new PostmortemGenerator(23).stream(300).toList();
    Path goldFile = dir.resolve("gold.jsonl");
    Files.write(goldFile, docs.stream().map(d -> d.gold().toJsonLine()).toList());
    List<Postmortem> records =
        docs.stream()
            .map(
                d ->
                    pipeline.parse(
                        SourceDocument.decode(
                            d.fileName(), d.text().getBytes(StandardCharsets.UTF_8))))
            .toList();
    EvalReport r = Evaluator.score(GoldFile.read(goldFile), records);
    assertEquals(300, r.documents());
    // Measured 2026-12-06 (seed 23, never tuned on): fault 0.973, component 0.90, impact 0.90,
    // herring F1 0.95, service 0.567; before the rules of that day 0.907, 0.84, 0.90, 0.89, 0.567.
    floors(r, "generated seed 23", 0.97, 0.89, 0.89, 0.94, 0.56);
  }

  @Test
  void sampleArchiveCauseFields() {
    SampleArchive sample = SampleArchive.bundled();
    List<Postmortem> records = sample.documents().map(pipeline::parse).toList();
    EvalReport r = Evaluator.score(sample.gold(), records);
    assertEquals(sample.size(), r.documents());
    // Measured 2026-12-06: fault 0.98, component 0.93, impact 1.00, herring F1 0.97, service 0.36.
    floors(r, "sample archive", 0.97, 0.93, 0.97, 0.95, 0.36);
  }
}
