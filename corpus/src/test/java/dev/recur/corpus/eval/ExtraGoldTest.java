package dev.recur.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks {@code extra-gold.jsonl}, the untuned labels of even-numbered real postmortems: it must
 * stay disjoint from the development gold and every labelled document must be scored.
 */
class ExtraGoldTest {

  private static List<GoldRecord> extraGold() throws IOException, URISyntaxException {
    return GoldFile.read(Path.of(ExtraGoldTest.class.getResource("extra-gold.jsonl").toURI()));
  }

  @Test
  void labelsTwentyDistinctDocumentsWithEveryField() throws IOException, URISyntaxException {
    List<GoldRecord> gold = extraGold();
    assertEquals(20, gold.size());
    assertEquals(20, gold.stream().map(GoldRecord::file).distinct().count());
    for (GoldRecord g : gold) {
      assertEquals(Field.contract(), g.labelled(), g.file());
      assertTrue(
          g.file().matches("pm-0(0[6-9]|1[0-2])[02468]\\.md"),
          g.file() + " is outside pm-0062..pm-0120");
    }
  }

  @Test
  void labelsNoDocumentOfTheDevelopmentGold() throws IOException, URISyntaxException {
    Path shared = SeedsEvalTest.shared();
    Set<String> dev =
        GoldFile.read(shared.resolve("eval/dev-gold.jsonl")).stream()
            .map(GoldRecord::file)
            .collect(Collectors.toSet());
    Set<String> overlap = new HashSet<>(dev);
    overlap.retainAll(extraGold().stream().map(GoldRecord::file).toList());
    assertEquals(Set.of(), overlap);
  }

  @Test
  void everyLabelledDocumentIsParsedAndScored() throws IOException, URISyntaxException {
    Path real = SeedsEvalTest.shared().resolve("corpus/postmortems-real");
    List<GoldRecord> gold = extraGold();
    Pipeline pipeline = DefaultPipeline.create(TextModels.english());
    List<Postmortem> records = new ArrayList<>();
    for (GoldRecord g : gold) {
      Path file = real.resolve(g.file());
      records.add(pipeline.parse(SourceDocument.decode(file.toString(), Files.readAllBytes(file))));
    }
    EvalReport report = Evaluator.score(gold, records);
    assertEquals(20, report.documents());
    assertEquals(List.of(), report.missing());
    assertEquals(List.of(), report.unlabelled());
  }
}
