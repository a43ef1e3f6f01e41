package dev.recur.benchmarks;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Pipeline;
import dev.recur.core.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole {@link DefaultPipeline} (sections and every extraction step) on 1,000 generated
 * postmortems of every layout and size, one document per operation: the score is documents per
 * second per thread, and the {@code bytes} counter is the UTF-8 bytes parsed per second (divide by
 * 10^6 for MB/s). {@code baselineDecode} is the floor: decoding the same bytes into a document
 * without analysing it. Run: {@code java -jar benchmarks/target/benchmarks.jar PipelineBenchmark}
 * (add {@code -t 2} for two threads).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class PipelineBenchmark {

  private static final int DOCUMENTS = 1000;

  private Pipeline pipeline;
  private List<SourceDocument> docs;
  private byte[][] raw;

  /** Builds the pipeline and the seeded documents once. */
  @Setup(Level.Trial)
  public void setUp() {
    pipeline = DefaultPipeline.create(TextModels.english());
    docs = GeneratedInputs.documents(DOCUMENTS);
    raw = new byte[docs.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = docs.get(i).text().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Per-thread cursor over the documents and the bytes it has consumed. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Cursor {
    int next;

    /** UTF-8 bytes handed to the pipeline, reported per second. */
    public long bytes;

    /** Resets the byte count for each iteration so that the rate is per iteration. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** Parses one document with the full pipeline. */
  @Benchmark
  public void pipeline(Cursor c, Blackhole bh) {
    int i = c.next++ % DOCUMENTS;
    bh.consume(pipeline.parse(docs.get(i)));
    c.bytes += raw[i].length;
  }

  /** Baseline: decodes the same bytes into a document, with no analysis. */
  @Benchmark
  public void baselineDecode(Cursor c, Blackhole bh) {
    int i = c.next++ % DOCUMENTS;
    bh.consume(SourceDocument.decode(docs.get(i).source(), raw[i]));
    c.bytes += raw[i].length;
  }
}
