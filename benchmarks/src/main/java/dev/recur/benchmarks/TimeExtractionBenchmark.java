package dev.recur.benchmarks;

import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.sections.SectionExtractor;
import dev.recur.analyzers.time.TimeExtractor;
import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.sample.SampleArchive;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Documents per second through the time step alone ({@link TimeExtractor}), single thread, over the
 * bundled sample archive in a seeded shuffled order. Sections are found once in setup and handed to
 * each fresh draft, so only the time step is measured; {@code baseline} does the same draft set-up
 * without the step. Run with {@code java -jar benchmarks/target/benchmarks.jar
 * TimeExtractionBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimeExtractionBenchmark {

  /** Documents in one invocation; every sample document appears once per batch. */
  static final int BATCH = 44;

  private final List<SourceDocument> documents = new ArrayList<>();
  private final List<List<Section>> sections = new ArrayList<>();
  private TimeExtractor extractor;

  @Setup(Level.Trial)
  public void setUp() {
    TextModels models = TextModels.english();
    extractor = new TimeExtractor(models);
    List<SourceDocument> all = new ArrayList<>(SampleArchive.bundled().documents().toList());
    Collections.shuffle(all, new Random(20261122L));
    SectionExtractor sectionStep = new SectionExtractor();
    for (int i = 0; i < BATCH; i++) {
      SourceDocument doc = all.get(i % all.size());
      RecordDraft draft = new RecordDraft(doc);
      sectionStep.contribute(draft);
      documents.add(doc);
      sections.add(draft.sections());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void timeExtraction(Blackhole bh) {
    for (int i = 0; i < BATCH; i++) {
      RecordDraft draft = new RecordDraft(documents.get(i));
      draft.sections(sections.get(i));
      extractor.contribute(draft);
      bh.consume(draft.incident());
      bh.consume(draft.timeline());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void baseline(Blackhole bh) {
    for (int i = 0; i < BATCH; i++) {
      RecordDraft draft = new RecordDraft(documents.get(i));
      draft.sections(sections.get(i));
      bh.consume(draft.incident());
      bh.consume(draft.timeline());
    }
  }
}
