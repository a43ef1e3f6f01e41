package dev.recur.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.sample.SampleArchive;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors of the severity and the absolute count of affected users, on the labels of {@code
 * eval/severity} (see its README): the written sets h and i, which sit in the project, the real
 * corpus (skipped without ../shared) and the bundled sample. Each labelled set has a tuning half,
 * read document by document while the rules were written, and a measuring half, scored in aggregate
 * only; a failure message gives figures, never documents. Floors sit just below the figures
 * measured when they were set.
 */
class SeverityAccuracyFloorTest {

  private static final Path WRITTEN =
      Path.of("../analyzers/src/test/resources/dev/recur/analyzers/cause");

  private static Pipeline pipeline;

  @BeforeAll
  static void setUp() {
    pipeline = DefaultPipeline.create(TextModels.english());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(SeverityAccuracyFloorTest.class.getResource(name).toURI());
  }

  /** The names listed in a list file, one a line. */
  private static Set<String> list(Path file) throws IOException {
    return Set.of(Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+"));
  }

  /** Scores the documents of {@code dir} that the gold file labels and the list names. */
  private static EvalReport score(Path goldFile, Path dir, Set<String> only) throws IOException {
    List<GoldRecord> gold =
        GoldFile.read(goldFile).stream().filter(g -> only.contains(g.file())).toList();
    List<Postmortem> records = new ArrayList<>();
    for (GoldRecord g : gold) {
      Path file = dir.resolve(g.file());
      records.add(pipeline.parse(SourceDocument.decode(file.toString(), Files.readAllBytes(file))));
    }
    return Evaluator.score(gold, records);
  }

  private static void floors(
      EvalReport r, int documents, String context, double severity, double usersAffected) {
    assertEquals(documents, r.documents(), context);
    double s = r.field(Field.SEVERITY).orElseThrow().accuracy().rate().orElseThrow();
    double u = r.field(Field.USERS_AFFECTED).orElseThrow().accuracy().rate().orElseThrow();
    String figures = context + ": severity " + s + ", users_affected " + u;
    assertTrue(s >= severity, figures + "; severity floor " + severity);
    assertTrue(u >= usersAffected, figures + "; users_affected floor " + usersAffected);
  }

  private static EvalReport written(String set, Path list) throws Exception {
    return score(resource("severity/" + set + "-gold.jsonl"), WRITTEN.resolve(set), list(list));
  }

  private static EvalReport real(String half) throws Exception {
    Path real = SeedsEvalTest.shared().resolve("corpus/postmortems-real");
    return score(
        resource("severity/real-gold.jsonl"),
        real,
        list(resource("severity/real-" + half + ".txt")));
  }

  // Measured 2026-12-07 when the severity and count rules were rewritten (before them, in
  // brackets), severity: written-h tuning 31/40 (25), measuring 27/40 (25); written-i tuning
  // 34/40 (29), measuring 32/40 (26); real tuning 76/85 (59), measuring 28/35 (22); sample 39/44
  // (30); after the second round (no impact, none failed, the rest went on) written-i measuring
  // 31/40. users_affected: written-h 40/40 (39), 39/40 (38); written-i 40/40 (39), 37/40 (37);
  // real 85/85 (83), 35/35 (35); sample 44/44 (43).

  @Test
  void writtenHTuningHalf() throws Exception {
    floors(
        written("written-h", resource("severity/written-h-tuning.txt")),
        40,
        "written-h tuning",
        0.77,
        0.99);
  }

  @Test
  void writtenHMeasuringHalf() throws Exception {
    floors(
        written("written-h", resource("severity/written-h-measuring.txt")),
        40,
        "written-h measuring",
        0.67,
        0.97);
  }

  @Test
  void writtenITuningHalf() throws Exception {
    floors(
        written("written-i", WRITTEN.resolve("written-i-tuning.txt")),
        40,
        "written-i tuning",
        0.84,
        0.99);
  }

  @Test
  void writtenIMeasuringHalf() throws Exception {
    floors(
        written("written-i", WRITTEN.resolve("written-i-measuring.txt")),
        40,
        "written-i measuring",
        0.77,
        0.92);
  }

  /** written-j: written for severity and counts; its documents sit beside its labels. */
  private static EvalReport writtenJ(String half) throws Exception {
    return score(
        resource("severity/written-j-gold.jsonl"),
        resource("severity/written-j"),
        list(resource("severity/written-j-" + half + ".txt")));
  }

  // written-j, measured blind at 79ec234: severity 21/30 in each half, users_affected 28/30 and
  // 30/30; after tuning on the even half, 27/30 and 22/30, and 29/30 and 30/30.

  @Test
  void writtenJTuningHalf() throws Exception {
    floors(writtenJ("tuning"), 30, "written-j tuning", 0.89, 0.96);
  }

  @Test
  void writtenJMeasuringHalf() throws Exception {
    floors(writtenJ("measuring"), 30, "written-j measuring", 0.73, 0.99);
  }

  @Test
  void realTuningHalf() throws Exception {
    floors(real("tuning"), 85, "real tuning", 0.89, 0.99);
  }

  @Test
  void realMeasuringHalf() throws Exception {
    floors(real("measuring"), 35, "real measuring", 0.79, 0.99);
  }

  @Test
  void bundledSample() {
    SampleArchive sample = SampleArchive.bundled();
    EvalReport r = Evaluator.score(sample.gold(), sample.documents().map(pipeline::parse).toList());
    floors(r, sample.size(), "sample", 0.88, 0.99);
  }
}
