package dev.recur.benchmarks;

import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.actions.CorrectiveActionExtractor;
import dev.recur.analyzers.cause.CauseModels;
import dev.recur.analyzers.cause.RootCauseExtractor;
import dev.recur.analyzers.herrings.MisleadingPathExtractor;
import dev.recur.analyzers.impact.ImpactExtractor;
import dev.recur.analyzers.sections.SectionExtractor;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.time.TimeExtractor;
import dev.recur.core.Extractor;
import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SourceDocument;
import dev.recur.core.TimelineEntry;
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
 * Documents per second through the four cause-side steps together (impact, root cause, red
 * herrings, corrective actions), single thread, over the bundled sample archive in a seeded
 * shuffled order. Sections and timelines are found once in setup and handed to each fresh draft, so
 * the measured work is sentence splitting, tokenizing, the two maxent categorizers and the rules;
 * {@code baseline} does the same draft set-up without the steps. Run with {@code java -jar
 * benchmarks/target/benchmarks.jar CauseExtractionBenchmark -wi 2 -i 3 -f 1}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CauseExtractionBenchmark {

  /** Documents in one invocation; every sample document appears once per batch. */
  static final int BATCH = 44;

  private final List<SourceDocument> documents = new ArrayList<>();
  private final List<List<Section>> sections = new ArrayList<>();
  private final List<List<TimelineEntry>> timelines = new ArrayList<>();
  private List<Extractor> steps;

  @Setup(Level.Trial)
  public void setUp() {
    TextModels models = TextModels.english();
    Taxonomy taxonomy = Taxonomy.builtIn();
    steps =
        List.of(
            new ImpactExtractor(models),
            new RootCauseExtractor(models, CauseModels.builtIn(), taxonomy),
            new MisleadingPathExtractor(models, taxonomy),
            new CorrectiveActionExtractor(models, taxonomy));
    List<SourceDocument> all = new ArrayList<>(SampleArchive.bundled().documents().toList());
    Collections.shuffle(all, new Random(20261122L));
    SectionExtractor sectionStep = new SectionExtractor();
    TimeExtractor timeStep = new TimeExtractor(models);
    for (int i = 0; i < BATCH; i++) {
      SourceDocument doc = all.get(i % all.size());
      RecordDraft draft = new RecordDraft(doc);
      sectionStep.contribute(draft);
      timeStep.contribute(draft);
      documents.add(doc);
      sections.add(draft.sections());
      timelines.add(draft.timeline());
    }
  }

  private RecordDraft draft(int i) {
    RecordDraft draft = new RecordDraft(documents.get(i));
    draft.sections(sections.get(i));
    draft.timeline(timelines.get(i));
    return draft;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void causeExtraction(Blackhole bh) {
    for (int i = 0; i < BATCH; i++) {
      RecordDraft draft = draft(i);
      for (Extractor step : steps) {
        step.contribute(draft);
      }
      bh.consume(draft.impact());
      bh.consume(draft.rootCause());
      bh.consume(draft.misleadingPaths());
      bh.consume(draft.correctiveActions());
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void baseline(Blackhole bh) {
    for (int i = 0; i < BATCH; i++) {
      RecordDraft draft = draft(i);
      bh.consume(draft.impact());
      bh.consume(draft.rootCause());
      bh.consume(draft.misleadingPaths());
      bh.consume(draft.correctiveActions());
    }
  }
}
