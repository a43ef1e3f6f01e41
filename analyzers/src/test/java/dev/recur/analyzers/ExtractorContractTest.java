package dev.recur.analyzers;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.recur.analyzers.sections.SectionExtractor;
import dev.recur.core.Diagnostic;
import dev.recur.core.Extractor;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The hostile-input contract every extractor test inherits: the section step and the extractor
 * under test read random text, random bytes, empty text, a 1 MB line, 5,000 headings, deeply nested
 * lists and unclosed markup without throwing and without an {@code extractor-failed} diagnostic.
 * Randomness is seeded; a failure names the seed, and {@code -Drecur.seed=N} replays it. The
 * timeouts only catch hangs; they are far above any normal run.
 *
 * <p>A subclass returns its extractor from {@link #extractor()}; {@link #models()} gives it the
 * shared OpenNLP models when it needs them.
 */
public abstract class ExtractorContractTest {

  /** Random documents per run; small enough to keep the suite fast on a shared machine. */
  protected static final int RANDOM_DOCUMENTS = 150;

  private static TextModels models;

  /** The extractor under test. */
  protected abstract Extractor extractor();

  /** The English models, loaded once for all contract tests. */
  protected static synchronized TextModels models() {
    if (models == null) {
      models = TextModels.english();
    }
    return models;
  }

  /** The section step followed by the extractor under test (once, if it is the section step). */
  protected Pipeline pipeline() {
    Extractor under = extractor();
    Pipeline.Builder builder = Pipeline.builder();
    if (!SectionExtractor.NAME.equals(under.name())) {
      builder.add(new SectionExtractor());
    }
    return builder.add(under).build();
  }

  /** The seed of this run: {@code -Drecur.seed} when given, else a fresh one. */
  protected static long seed() {
    String given = System.getProperty("recur.seed");
    return given == null ? new Random().nextLong() : Long.parseLong(given);
  }

  /** Parses and fails, naming {@code what} and the seed, on an exception or failed step. */
  protected Postmortem assertSurvives(
      Pipeline pipeline, SourceDocument doc, String what, long seed) {
    Postmortem record;
    try {
      record = pipeline.parse(doc);
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(
          what + " threw with seed=" + seed + " (rerun with -Drecur.seed=" + seed + ")", e);
    }
    assertNotNull(record);
    for (Diagnostic d : record.diagnostics()) {
      if (d.code().equals("extractor-failed")) {
        fail(
            what
                + ": "
                + d.message()
                + " (seed="
                + seed
                + ", rerun with -Drecur.seed="
                + seed
                + ")");
      }
    }
    return record;
  }

  private static final String[] TOKENS = {
    "#",
    "## ",
    "### ",
    "#Heading",
    "**",
    "__",
    "*",
    "_",
    "- ",
    "* ",
    "1. ",
    "I. ",
    "  ",
    "\t",
    "<h2>",
    "</h2>",
    "<p>",
    "<strong>",
    "</strong>",
    "<span style=\"color:red\">",
    "<",
    ">",
    "</",
    "<!--",
    "-->",
    "[",
    "](",
    ")",
    "![",
    "]",
    ":",
    ": ",
    "::",
    ":wink:",
    "Root Cause",
    "Timeline",
    "Impact",
    "Summary",
    "Resolution",
    "Corrective and Preventative Measures",
    "Tasks",
    "10:15 AM",
    "03:45",
    "UTC",
    "GMT+1",
    "May 10, 2024",
    "for 2 hours",
    "30% of users",
    "the",
    "database",
    "load balancer",
    "was",
    "not",
    "ruled out",
    "DDoS",
    ".",
    ",",
    "!",
    "?",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "`",
    "```",
    "~~~",
    "&amp;",
    "&#",
    "&#x1F600;",
    "&nbsp;",
    "&",
    "|",
    "---",
    "===",
    "\u00A0",
    "\u200B",
    "\uD83D\uDE80",
    "\uD83D",
    "\uDE00",
    "\u0000",
    "\uFFFD",
    "ü",
    "字",
    "\u202E",
    "(",
    "((",
    "))",
    "\\",
    "\"",
    "'",
    "%",
    "-",
    "–",
    "—",
    "~",
  };

  /** Random text built from markup, heading words, times and awkward characters. */
  protected static String randomText(Random random, int tokens) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < tokens; i++) {
      if (random.nextInt(10) == 0) {
        sb.appendCodePoint(random.nextInt(0x30000));
      } else {
        sb.append(TOKENS[random.nextInt(TOKENS.length)]);
      }
    }
    return sb.toString();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void survivesRandomText() {
    long seed = seed();
    Random random = new Random(seed);
    Pipeline pipeline = pipeline();
    for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
      String text = randomText(random, random.nextInt(400));
      assertSurvives(pipeline, SourceDocument.of("random-" + i, text), "random text #" + i, seed);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void survivesRandomBytes() {
    long seed = seed();
    Random random = new Random(seed);
    Pipeline pipeline = pipeline();
    for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
      byte[] bytes = new byte[random.nextInt(3000)];
      random.nextBytes(bytes);
      if (random.nextBoolean()) {
        byte[] markup = randomText(random, 50).getBytes(StandardCharsets.UTF_8);
        System.arraycopy(markup, 0, bytes, 0, Math.min(markup.length, bytes.length));
      }
      assertSurvives(
          pipeline, SourceDocument.decode("bytes-" + i, bytes), "random bytes #" + i, seed);
    }
  }

  @Test
  void survivesEmptyAndBlankText() {
    Pipeline pipeline = pipeline();
    for (String text :
        List.of("", " ", "\n", "\n\n\n", "\r\n\r\n", "\t", "#", "**", ":", "-", "<")) {
      assertSurvives(pipeline, SourceDocument.of("blank", text), "blank text '" + text + "'", 0);
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void survivesOneMegabyteLine() {
    long seed = seed();
    Random random = new Random(seed);
    StringBuilder line = new StringBuilder(1 << 20);
    while (line.length() < (1 << 20)) {
      line.append(TOKENS[random.nextInt(TOKENS.length)].replace('\n', ' ').replace('\r', ' '));
    }
    assertSurvives(pipeline(), SourceDocument.of("long-line", line.toString()), "1 MB line", seed);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void survivesFiveThousandHeadings() {
    StringBuilder sb = new StringBuilder();
    String[] styles = {"# ", "## ", "**", "- **", "", "<h3>"};
    for (int i = 0; i < 5000; i++) {
      String style = styles[i % styles.length];
      sb.append(style).append(i % 2 == 0 ? "Root Cause" : "Timeline").append(':');
      sb.append(style.contains("**") ? "**" : "").append(style.equals("<h3>") ? "</h3>" : "");
      sb.append("\nAt 10:")
          .append(i % 60 < 10 ? "0" : "")
          .append(i % 60)
          .append(" the database was slow.\n\n");
    }
    assertSurvives(pipeline(), SourceDocument.of("headings", sb.toString()), "5,000 headings", 0);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void survivesDeeplyNestedLists() {
    StringBuilder sb = new StringBuilder("## Corrective actions\n");
    for (int i = 0; i < 3000; i++) {
      sb.append(" ".repeat(i % 400))
          .append(i % 3 == 0 ? "- " : "1. ")
          .append("**Step ")
          .append(i)
          .append(":** ");
      sb.append("fix ").append(">".repeat(i % 50)).append(" the cache\n");
    }
    assertSurvives(
        pipeline(), SourceDocument.of("nested", sb.toString()), "deeply nested lists", 0);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void survivesUnclosedMarkup() {
    Pipeline pipeline = pipeline();
    List<String> fragments =
        List.of(
            "<h2>Root Cause",
            "**Impact: all users",
            "```\n# not a heading\n",
            "[link](http://x",
            "![img](",
            "<span style=\"",
            "<!-- comment",
            "<script>alert(1)",
            "&#xFFFFFFFF;",
            "&#99999999999;",
            "[".repeat(10_000) + "](" + "(".repeat(10_000),
            "<".repeat(20_000),
            "*".repeat(20_000),
            "_".repeat(20_000) + "x",
            ":".repeat(20_000),
            "#".repeat(20_000),
            "|".repeat(5000) + "\n|---|");
    for (String f : fragments) {
      String text = "# Title\n\n" + f + "\n\nThe root cause was a typo at 10:00 UTC.\n" + f;
      assertSurvives(
          pipeline,
          SourceDocument.of("unclosed", text),
          "unclosed markup " + f.substring(0, Math.min(20, f.length())),
          0);
    }
  }
}
