package dev.recur.benchmarks;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.index.Corpus;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.Tokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Indexing throughput in documents per second on one thread, each operation being 200 generated
 * postmortems written into a fresh in-memory index and committed: {@code fullPipeline} parses,
 * extracts and indexes through {@link Corpus} (every field, facets, the stored record); {@code
 * indexOnly} indexes records parsed in setup, so it is the corpus's own cost; {@code parseOnly} is
 * the pipeline without the index; {@code baselineLucene} is bare Lucene indexing of the same raw
 * text with {@link StandardAnalyzer} and no extraction; {@code openNlpFloor} is only OpenNLP's
 * sentence detection and tokenization of the raw text, the least any pipeline that reads every
 * sentence with OpenNLP does before extracting or indexing anything. The target is {@code
 * fullPipeline} at 50% or more of {@code baselineLucene}; {@code openNlpFloor} against the baseline
 * shows how much of that budget the required OpenNLP reading alone takes. Run: {@code java -jar
 * benchmarks/target/benchmarks.jar IndexingBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class IndexingBenchmark {

  private static final int BATCH = 200;

  private TextModels models;
  private Pipeline pipeline;
  private List<SourceDocument> docs;
  private List<Postmortem> records;

  /** Builds the pipeline, the seeded documents and their parsed records once. */
  @Setup(Level.Trial)
  public void setUp() {
    models = TextModels.english();
    pipeline = DefaultPipeline.create(models);
    docs = GeneratedInputs.documents(BATCH);
    records = docs.stream().map(pipeline::parse).toList();
  }

  /** Parse, extract and index through the corpus API. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void fullPipeline(Blackhole bh) throws IOException {
    try (Corpus corpus = Corpus.open(new ByteBuffersDirectory(), pipeline)) {
      for (SourceDocument d : docs) {
        bh.consume(corpus.put(d));
      }
      corpus.commit();
    }
  }

  /** Index records parsed beforehand through the corpus API: the cost of the index alone. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void indexOnly(Blackhole bh) throws IOException {
    try (Corpus corpus = Corpus.open(new ByteBuffersDirectory(), pipeline)) {
      for (int i = 0; i < BATCH; i++) {
        bh.consume(corpus.put(docs.get(i), records.get(i)));
      }
      corpus.commit();
    }
  }

  /** Parse and extract only, to split the full figure between analysis and indexing. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void parseOnly(Blackhole bh) {
    for (SourceDocument d : docs) {
      bh.consume(pipeline.parse(d));
    }
  }

  /** Baseline: bare Lucene indexing of the raw text with StandardAnalyzer, no extraction. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void baselineLucene(Blackhole bh) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
    config.setRAMBufferSizeMB(48);
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(dir, config)) {
      for (SourceDocument d : docs) {
        Document doc = new Document();
        doc.add(new StringField("id", d.source(), Field.Store.YES));
        doc.add(new TextField("text", d.text(), Field.Store.NO));
        bh.consume(writer.addDocument(doc));
      }
      writer.commit();
    }
  }

  /**
   * Sentence detection and tokenization of the raw text with the pipeline's OpenNLP models and
   * nothing else: a floor under any pipeline built on them (the tokenizer remembers chunk splits
   * across documents, exactly as the pipeline's does).
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void openNlpFloor(Blackhole bh) {
    SentenceDetectorME detector = models.sentenceDetector();
    Tokenizer tokenizer = models.tokenizer();
    for (SourceDocument d : docs) {
      for (String sentence : detector.sentDetect(d.text())) {
        bh.consume(tokenizer.tokenize(sentence));
      }
    }
  }
}
