package dev.recur.benchmarks;

import dev.recur.analyzers.sections.SectionExtractor;
import dev.recur.core.Impact;
import dev.recur.core.Incident;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.RootCause;
import dev.recur.core.Severity;
import dev.recur.core.SourceDocument;
import dev.recur.core.When;
import dev.recur.corpus.generate.GeneratedPostmortem;
import dev.recur.corpus.generate.GoldLabel;
import dev.recur.corpus.generate.PostmortemGenerator;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import dev.recur.corpus.index.IndexFields;
import dev.recur.corpus.search.CorpusQuery;
import dev.recur.corpus.search.CorpusSearch;
import dev.recur.corpus.search.SearchRequest;
import dev.recur.corpus.similar.SimilarIncidents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Latency of {@code recur search} and {@code recur similar} over an index of {@code docs} generated
 * postmortems (default 100,000), sampled per call so JMH reports p50 and p99: {@code search} parses
 * a query from a seeded mix (free text, phrases, keyword, range, date and section filters) and
 * returns the top 10 with snippets and facet counts; {@code similar} finds the 10 incidents most
 * like a seeded indexed one, with explanations; {@code baselineTermQuery} is one bare Lucene term
 * query, top 10, on the same index. The index is built once (sections by the real section step;
 * signature, window, impact and red herrings from the generator's ground truth, so the build takes
 * minutes rather than an hour) under {@code benchmarks/target/} and reused by later runs. Targets:
 * search p99 at most 20 ms, similar p99 at most 50 ms. Run: {@code java -jar
 * benchmarks/target/benchmarks.jar SearchBenchmark -wi 2 -i 3 -f 1}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
@Threads(1)
@State(Scope.Benchmark)
public class SearchBenchmark {

  /** The queries a search operation cycles through, as users would type them. */
  static final List<String> QUERIES =
      List.of(
          "\"load balancer\" fault:misconfiguration",
          "timeout impact:>=50",
          "disk full duration:>2h",
          "certificate expired after:2024-01",
          "database herring:ddos",
          "section:root_cause:configuration",
          "dns OR cert",
          "component:database duration:<1h",
          "memory leak",
          "network partition before:2024-07",
          "rollback deploy component:application",
          "fault:capacity,hardware impact:20..80",
          "\"connection pool\" OR exhausted",
          "kubernetes node",
          "cache herring:database -fault:network",
          "outage service:api");

  /** How many generated postmortems the index holds. */
  @Param({"100000"})
  public int docs;

  private Corpus corpus;
  private CorpusSearcher snapshot;
  private List<String> similarSources;
  private int next;

  /** Opens the benchmark index, building it first when it is not there yet. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path dir =
        Path.of(System.getProperty("recur.bench.index", "benchmarks/target/search-index"))
            .resolve(GeneratedInputs.SEED + "-" + docs);
    Path done = dir.resolve("complete");
    if (!Files.exists(done)) {
      build(dir, docs);
      Files.writeString(done, "built\n");
    }
    corpus = Corpus.openReadOnly(dir, Pipeline.builder().build());
    snapshot = corpus.searcher();
    if (snapshot.size() != docs) {
      throw new IllegalStateException(
          dir + " holds " + snapshot.size() + " documents, not " + docs + "; delete it");
    }
    Random random = new Random(GeneratedInputs.SEED);
    similarSources = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      similarSources.add(
          new PostmortemGenerator(GeneratedInputs.SEED).generate(random.nextInt(docs)).fileName());
    }
  }

  /** Releases the snapshot and the index. */
  @TearDown(Level.Trial)
  public void tearDown() {
    snapshot.close();
    corpus.close();
  }

  /** One search: parse, match, rank, top 10, snippets, facet counts. */
  @Benchmark
  public void search(Blackhole bh) {
    String query = QUERIES.get(next++ % QUERIES.size());
    bh.consume(CorpusSearch.search(snapshot, SearchRequest.of(CorpusQuery.parse(query), 10)));
  }

  /** One similar-incidents lookup of an indexed postmortem, top 10 with explanations. */
  @Benchmark
  public void similar(Blackhole bh) {
    String source = similarSources.get(next++ % similarSources.size());
    bh.consume(SimilarIncidents.like(snapshot, source, 10));
  }

  /** Baseline: one bare term query, top 10, on the same index. */
  @Benchmark
  public void baselineTermQuery(Blackhole bh) throws IOException {
    bh.consume(
        snapshot.indexSearcher().search(new TermQuery(new Term(IndexFields.TEXT, "outag")), 10));
  }

  /** Writes {@code count} generated postmortems into a new index at {@code dir}, on every core. */
  static void build(Path dir, int count) throws IOException {
    if (Files.exists(dir)) {
      try (var files = Files.walk(dir)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Pipeline sections = Pipeline.builder().add(new SectionExtractor()).build();
    PostmortemGenerator generator = new PostmortemGenerator(GeneratedInputs.SEED);
    try (Corpus target = Corpus.open(dir, sections)) {
      java.util.stream.IntStream.range(0, count)
          .parallel()
          .forEach(
              i -> {
                GeneratedPostmortem g = generator.generate(i);
                SourceDocument doc = SourceDocument.of(g.fileName(), g.text());
                target.put(doc, withGold(sections.parse(doc), g.gold()));
              });
      target.commit();
    }
  }

  /** The parsed sections plus the generator's ground truth for every other field. */
  static Postmortem withGold(Postmortem parsed, GoldLabel gold) {
    Optional<When> start = gold.start().map(SearchBenchmark::when);
    Optional<When> end = gold.end().map(SearchBenchmark::when);
    Incident incident =
        new Incident(
            start,
            end,
            gold.timezone(),
            gold.durationMinutes().isPresent()
                ? Optional.of(gold.durationMinutes().getAsInt())
                : Optional.empty(),
            gold.statedDurationMinutes().isPresent()
                ? Optional.of(gold.statedDurationMinutes().getAsInt())
                : Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    Impact impact =
        new Impact(
            gold.impactPercent().isPresent()
                ? Optional.of(gold.impactPercent().getAsDouble())
                : Optional.empty(),
            Optional.empty(),
            gold.affectedService(),
            Severity.UNKNOWN);
    List<MisleadingPath> herrings = new ArrayList<>();
    for (String h : gold.misleadingPaths()) {
      herrings.add(new MisleadingPath(h, ""));
    }
    return new Postmortem(
        parsed.id(),
        parsed.source(),
        parsed.title(),
        parsed.sections(),
        Optional.of(incident),
        List.of(),
        Optional.of(impact),
        Optional.of(
            new RootCause(gold.rootCauseFault(), gold.rootCauseComponent(), 1, Optional.empty())),
        herrings,
        List.of(),
        parsed.diagnostics());
  }

  private static When when(String text) {
    try {
      return When.parse(text);
    } catch (IllegalArgumentException e) {
      return When.parse(text.substring(0, Math.min(10, text.length())));
    }
  }
}
