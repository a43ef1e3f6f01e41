package dev.recur.benchmarks;

import dev.recur.analyzers.sections.SectionExtractor;
import dev.recur.core.RecordDraft;
import dev.recur.core.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * The section step alone ({@link SectionExtractor}: headings, kinds, offsets, markup stripping) on
 * 200 seeded postmortems of about 3 KB in four layouts (ATX Markdown, bold labels in lists, plain
 * {@code Label:} lines, HTML), one document per operation: the score is documents per second on one
 * thread. {@code baselineSplitLines} is the floor any line-based parser pays: splitting the same
 * documents into lines. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * SectionParsingBenchmark -wi 2 -i 3 -f 1}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class SectionParsingBenchmark {

  private static final int DOCUMENTS = 200;
  private static final long SEED = 20240214L;

  private static final String[] SENTENCES = {
    "The load balancer sent most requests to one node after a configuration change.",
    "Engineers first suspected the database because latency rose on every query.",
    "A rollback to the previous settings restored normal traffic within minutes.",
    "About 30% of users saw errors or slow pages during the window.",
    "Monitoring raised an alert at 10:05 UTC when the error rate crossed 5%.",
    "We will add a canary stage and a config diff check to the release process.",
    "The on-call engineer escalated to the network team after 20 minutes.",
  };

  private final SectionExtractor extractor = new SectionExtractor();
  private List<SourceDocument> docs;
  private int next;

  /** Builds the seeded documents once. */
  @Setup(Level.Trial)
  public void setUp() {
    Random random = new Random(SEED);
    docs = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      docs.add(SourceDocument.of("doc-" + i, document(random, i % 4)));
    }
  }

  private static String paragraph(Random random, int sentences) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      sb.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
    }
    return sb.toString().strip();
  }

  private static String document(Random random, int layout) {
    String[] headings = {
      "Issue Summary",
      "Impact",
      "Timeline",
      "Root Cause and Resolution",
      "Corrective and Preventative Measures",
      "Tasks",
      "Lessons learned"
    };
    StringBuilder sb = new StringBuilder();
    switch (layout) {
      case 0 -> sb.append("# Postmortem: web outage\n\n");
      case 1 -> sb.append("**Postmortem: web outage**\n\n");
      case 2 -> sb.append("Postmortem: web outage\n\n");
      default -> sb.append("<h1>Postmortem: web outage</h1>\n");
    }
    for (String heading : headings) {
      switch (layout) {
        case 0 -> sb.append("## ").append(heading).append("\n\n");
        case 1 -> sb.append("**").append(heading).append(":**\n");
        case 2 -> sb.append(heading).append(":\n");
        default -> sb.append("<h2>").append(heading).append("</h2>\n");
      }
      int items = 3 + random.nextInt(4);
      for (int k = 0; k < items; k++) {
        String body = paragraph(random, 1 + random.nextInt(2));
        switch (layout) {
          case 0 -> sb.append("- **").append(10 + k).append(":05 AM:** ").append(body).append('\n');
          case 1 -> sb.append("- **Item ").append(k).append(":** ").append(body).append('\n');
          case 2 -> sb.append(body).append('\n');
          default -> sb.append("<p>").append(body).append(" <b>note</b> &amp; more</p>\n");
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Finds the sections of one document. */
  @Benchmark
  public void sections(Blackhole bh) {
    RecordDraft draft = new RecordDraft(docs.get(next++ % DOCUMENTS));
    extractor.contribute(draft);
    bh.consume(draft.sections());
  }

  /** Splits one document into lines: the floor for any line-by-line parser. */
  @Benchmark
  public void baselineSplitLines(Blackhole bh) {
    String text = docs.get(next++ % DOCUMENTS).text();
    bh.consume(text.split("\n", -1));
  }
}
