package dev.recur.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.corpus.archive.ArchiveItem;
import dev.recur.corpus.archive.Archives;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Scores the default pipeline on the five seeds, end to end; skipped without {@code ../shared}. */
class SeedsEvalTest {

  static Path shared() {
    String dir = System.getProperty("recur.shared", "../shared");
    Path path = Path.of(dir);
    assumeTrue(Files.isDirectory(path.resolve("eval")), "no shared test data at " + path);
    return path;
  }

  static List<Postmortem> parseAll(Path dir) {
    Pipeline pipeline = DefaultPipeline.create(TextModels.english());
    try (Stream<ArchiveItem> items =
        Archives.read(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]))) {
      return items
          .filter(ArchiveItem.Read.class::isInstance)
          .map(i -> pipeline.parse(((ArchiveItem.Read) i).document()))
          .toList();
    }
  }

  @Test
  void everySeedIsMatchedAndEveryFieldScored() throws IOException {
    Path shared = shared();
    List<GoldRecord> gold = GoldFile.read(shared.resolve("eval/seeds-gold.jsonl"));
    EvalReport report = Evaluator.score(gold, parseAll(shared.resolve("seeds")));
    assertEquals(5, report.documents());
    assertEquals(List.of(), report.missing());
    assertEquals(Field.contract().size(), report.fields().size());
  }
}
