package dev.recur.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.Extractor;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.RecordDraft;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.archive.ArchiveItem;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngesterTest {

  @TempDir Path dir;

  static Stream<ArchiveItem> items(int n, String version) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                i % 10 == 9
                    ? new ArchiveItem.Failed("bad-" + i, "unreadable")
                    : new ArchiveItem.Read(
                        SourceDocument.of(
                            "doc-" + i + ".md", "# Doc " + i + "\nfault: capacity\n" + version)));
  }

  static final class Recorder implements Ingester.Listener {
    final Map<String, String> seen = new ConcurrentHashMap<>();
    final Map<String, Integer> read = new ConcurrentHashMap<>();

    @Override
    public void read(String source, Postmortem record) {
      assertEquals(source, record.source());
      read.merge(source, 1, Integer::sum);
    }

    @Override
    public void indexed(String source, Corpus.PutOutcome outcome) {
      seen.put(source, outcome.name());
    }

    @Override
    public void failed(String source, String reason) {
      seen.put(source, "failed: " + reason);
    }
  }

  @Test
  void parallelIngestCountsEveryOutcomeAndSkipsBadEntries() {
    try (Corpus corpus = Corpus.open(dir, LabelledPipeline.create())) {
      Recorder recorder = new Recorder();
      Ingester ingester =
          Ingester.builder()
              .threads(3)
              .queueCapacity(4)
              .commitEvery(100)
              .listener(recorder)
              .build();
      assertEquals(new Ingester.Summary(180, 0, 0, 20), ingester.ingest(corpus, items(200, "v1")));
      assertEquals("failed: unreadable", recorder.seen.get("bad-9"));
      assertEquals("ADDED", recorder.seen.get("doc-0.md"));
      assertEquals(180, corpus.size());
      assertEquals(new Ingester.Summary(0, 0, 180, 20), ingester.ingest(corpus, items(200, "v1")));
      Stream<ArchiveItem> mixed = Stream.concat(items(100, "v2"), items(200, "v1").skip(100));
      assertEquals(new Ingester.Summary(0, 90, 90, 20), ingester.ingest(corpus, mixed));
      // each record read is handed over once: when added and when replaced, never when unchanged
      assertEquals(2, recorder.read.get("doc-0.md"));
      assertEquals(1, recorder.read.get("doc-150.md"));
      assertEquals(180, recorder.read.size());
    }
  }

  @Test
  void documentThatBreaksIndexingIsReportedAndTheRestGoOn() {
    Extractor explosive =
        new Extractor() {
          @Override
          public String name() {
            return "explosive";
          }

          @Override
          public void contribute(RecordDraft draft) {
            if (draft.text().contains("BOOM")) {
              // a record the index cannot take: an impossible signature is fine, a failure below is
              // not
              throw new IllegalStateException("boom");
            }
          }
        };
    Pipeline pipeline = LabelledPipeline.create().toBuilder().add(explosive).build();
    try (Corpus corpus = Corpus.open(dir, pipeline)) {
      Recorder recorder = new Recorder();
      List<ArchiveItem> items =
          List.of(
              new ArchiveItem.Read(SourceDocument.of("a.md", "fine")),
              new ArchiveItem.Read(SourceDocument.of("b.md", "BOOM")),
              new ArchiveItem.Read(SourceDocument.of("c.md", "fine too")));
      Ingester.Summary summary =
          Ingester.builder().listener(recorder).build().ingest(corpus, items.stream());
      // the pipeline turns a failing step into a diagnostic, so all three are indexed
      assertEquals(new Ingester.Summary(3, 0, 0, 0), summary);
      assertTrue(
          corpus.get("b.md").orElseThrow().diagnostics().stream()
              .anyMatch(d -> d.code().equals("extractor-failed")));
    }
  }

  @Test
  void builderRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> Ingester.builder().threads(0));
    assertThrows(IllegalArgumentException.class, () -> Ingester.builder().queueCapacity(0));
    assertThrows(IllegalArgumentException.class, () -> Ingester.builder().commitEvery(-1));
  }
}
