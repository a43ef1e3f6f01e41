package dev.recur.benchmarks;

import dev.recur.core.ActionCategory;
import dev.recur.core.CorrectiveAction;
import dev.recur.core.Impact;
import dev.recur.core.Incident;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.RootCause;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.Severity;
import dev.recur.core.SourceDocument;
import dev.recur.core.When;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.IndexFields;
import dev.recur.corpus.stats.RecurrenceAnalysis;
import dev.recur.corpus.stats.StatsOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Recurrence statistics over an index of {@code docs} synthetic records (default one million), in
 * milliseconds per full computation: {@code statistics} is {@link RecurrenceAnalysis#compute} with
 * the default options (every per-signature figure, red herrings, promised-before with its listing
 * fetched from stored fields, and incident families over the 2,000 most recent root causes); {@code
 * statisticsWithService} groups by fault × component × service; {@code baselineFacetCount} only
 * counts the signature facet over all documents, the least any statistic must do. The target is
 * {@code statistics} ≤ 1 s. The index is built once, with seeded records put directly through the
 * {@link Corpus} API, and cached under {@code benchmarks/target/stats-index-DOCS} (or the folder in
 * system property {@code recur.statsIndex}), so reruns start at once. Run: {@code java -jar
 * benchmarks/target/benchmarks.jar StatsBenchmark -wi 2 -i 3 -f 1}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx4g"})
@State(Scope.Benchmark)
public class StatsBenchmark {

  private static final String[] FAULTS = {
    "misconfiguration", "software-bug", "deployment", "capacity", "hardware", "network",
    "dependency", "security", "expiry", "human-error", "data", "unknown"
  };
  private static final String[] COMPONENTS = {
    "load-balancer", "web-server", "application", "database", "cache", "dns", "network", "storage",
    "auth", "cdn", "queue", "certificate", "firewall", "os", "orchestration", "cloud-provider",
    "monitoring", "other"
  };
  private static final String[] HERRINGS = {
    "database", "ddos", "traffic-spike", "code-deploy", "network", "cache", "dns", "application"
  };
  private static final String[] WORDS = {
    "config",
    "pool",
    "weights",
    "drained",
    "node",
    "typo",
    "upstream",
    "certificate",
    "expired",
    "renewal",
    "cron",
    "disk",
    "full",
    "logs",
    "rotation",
    "query",
    "index",
    "missing",
    "lock",
    "timeout",
    "retry",
    "storm",
    "memory",
    "leak",
    "deploy",
    "rollback",
    "flag",
    "dns",
    "record",
    "ttl",
    "cache",
    "eviction",
    "replica",
    "lag",
    "failover",
    "quota",
    "limit",
    "kernel",
    "patch"
  };

  /** How many records the index holds. */
  @Param({"1000000"})
  public int docs;

  private DirectoryReader reader;
  private SortedSetDocValuesReaderState facetState;
  private StatsOptions defaults;
  private StatsOptions withService;

  /** Opens the cached index, building it first when it is missing or incomplete. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path dir =
        Path.of(System.getProperty("recur.statsIndex", defaultFolder() + "/stats-index-" + docs));
    Path done = dir.resolve("complete.txt");
    if (!Files.exists(done)) {
      build(dir, docs);
      Files.writeString(
          done, docs + " records, seed " + GeneratedInputs.SEED + "\n", StandardCharsets.UTF_8);
    }
    reader = DirectoryReader.open(FSDirectory.open(dir));
    if (reader.numDocs() != docs) {
      throw new IllegalStateException(
          dir + " holds " + reader.numDocs() + " records, not " + docs + "; delete it");
    }
    facetState = new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
    defaults = StatsOptions.defaults();
    withService =
        StatsOptions.builder()
            .dimensions(java.util.EnumSet.allOf(dev.recur.corpus.stats.Dimension.class))
            .build();
  }

  /** Closes the index. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    reader.close();
  }

  /** Every statistic with the default options. */
  @Benchmark
  public void statistics(Blackhole bh) throws IOException {
    bh.consume(RecurrenceAnalysis.compute(reader, defaults));
  }

  /** Every statistic, signatures split by affected service too. */
  @Benchmark
  public void statisticsWithService(Blackhole bh) throws IOException {
    bh.consume(RecurrenceAnalysis.compute(reader, withService));
  }

  /** Baseline: count the signature facet over every document. */
  @Benchmark
  public void baselineFacetCount(Blackhole bh) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    FacetsCollector fc = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    Facets facets = new SortedSetDocValuesFacetCounts(facetState, fc);
    FacetResult top = facets.getTopChildren(50, IndexFields.SIGNATURE);
    bh.consume(top);
  }

  private static String defaultFolder() {
    return Files.isDirectory(Path.of("benchmarks", "target")) ? "benchmarks/target" : "target";
  }

  /** Writes {@code count} seeded records with two threads; the corpus is thread-safe. */
  static void build(Path dir, int count) throws Exception {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    int threads = 2;
    try (Corpus corpus = Corpus.open(dir, Pipeline.builder().build())) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int part = t;
        parts.add(
            pool.submit(
                () -> {
                  for (int i = part; i < count; i += threads) {
                    Postmortem record = record(i);
                    corpus.put(SourceDocument.of(record.source(), text(record)), record);
                  }
                  return null;
                }));
      }
      for (Future<?> f : parts) {
        f.get();
      }
      pool.shutdown();
      corpus.commit();
    }
  }

  private static String text(Postmortem r) {
    return "# " + r.title().orElse("") + "\n\n## Root cause\n" + r.sections().get(0).text() + "\n";
  }

  /** Record {@code i} of the seeded synthetic archive: skewed signatures over three years. */
  static Postmortem record(int i) {
    SplittableRandom rnd = new SplittableRandom(GeneratedInputs.SEED * 1_000_003L + i);
    // squaring the uniform skews towards the first values, so some signatures dominate
    String fault = FAULTS[(int) (Math.pow(rnd.nextDouble(), 2) * FAULTS.length)];
    String component = COMPONENTS[(int) (Math.pow(rnd.nextDouble(), 2) * COMPONENTS.length)];
    LocalDateTime start =
        LocalDateTime.of(2022, 1, 1, 0, 0).plusMinutes(rnd.nextLong(3L * 365 * 24 * 60));
    int duration =
        (int) Math.min(10_000, Math.exp(3 + 2 * rnd.nextDouble() + 1.5 * rnd.nextDouble()));
    StringBuilder cause = new StringBuilder("The ").append(component).append(" failed: ");
    for (int w = 0; w < 8; w++) {
      cause.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
    }
    List<MisleadingPath> herrings = new ArrayList<>();
    for (int h = rnd.nextInt(4); h > 0; h--) {
      String name = HERRINGS[(int) (Math.pow(rnd.nextDouble(), 2) * HERRINGS.length)];
      herrings.add(
          new MisleadingPath(
              name,
              "suspected " + name,
              rnd.nextBoolean() ? Optional.of(5 + rnd.nextInt(120)) : Optional.empty()));
    }
    List<CorrectiveAction> actions = new ArrayList<>();
    ActionCategory[] categories = ActionCategory.values();
    for (int a = 1 + rnd.nextInt(3); a > 0; a--) {
      actions.add(
          new CorrectiveAction(
              "action " + a + " of " + i, categories[rnd.nextInt(categories.length)]));
    }
    String source = "synthetic/" + i + ".md";
    String rootCause = cause.toString().strip();
    return new Postmortem(
        "syn-" + i,
        source,
        Optional.of("Incident " + i),
        List.of(
            new Section(SectionKind.ROOT_CAUSE, "Root cause", 0, rootCause.length(), rootCause)),
        Optional.of(
            new Incident(
                Optional.of(When.of(start, Optional.of(ZoneOffset.UTC))),
                Optional.empty(),
                Optional.of("UTC"),
                Optional.of(duration),
                Optional.empty(),
                rnd.nextBoolean() ? Optional.of(rnd.nextInt(60)) : Optional.empty(),
                Optional.empty(),
                rnd.nextBoolean() ? Optional.of(duration) : Optional.empty())),
        List.of(),
        Optional.of(
            new Impact(
                Optional.of(Math.floor(rnd.nextDouble() * 1000) / 10),
                Optional.empty(),
                Optional.of("service-" + rnd.nextInt(40)),
                Severity.PARTIAL_OUTAGE)),
        Optional.of(new RootCause(fault, component, 0.8, Optional.of(rootCause))),
        herrings,
        actions,
        List.of());
  }
}
