package dev.recur.analyzers.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.SourceDocument;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Big and pathological inputs: they complete and lose nothing. Sizes default to what a shared CI
 * machine runs in seconds; {@code mvn test -Dtest=SectionScaleTest -DargLine=-Drecur.largeMb=50}
 * runs the 50 MB case of the issue.
 */
class SectionScaleTest {

  static final String FIXTURE =
      "**Incident: queue lag**\n\n**Summary:**\n- **Duration:** 10:00 - 11:30 UTC\n"
          + "- **Impact:** 20% of jobs were late.\n\n## Timeline\n- **10:00 AM:** lag alert\n"
          + "- **10:40 AM:** consumers restarted, <b>no change</b>\n\n"
          + "### Root Cause and Resolution\nA [slow](http://x) consumer held a lock; we killed it.\n\n"
          + "Corrective and Preventative Measures:\nImprovements:\n1. **Lock timeout:** add one\n"
          + "Tasks:\n* write the runbook &amp; link it\n\n";

  /** Sections one copy of {@link #FIXTURE} yields, counted once by hand. */
  static final int SECTIONS_PER_COPY = 11;

  static List<Section> sections(String text) {
    RecordDraft draft = new RecordDraft(SourceDocument.of("big", text));
    new SectionExtractor().contribute(draft);
    return draft.sections();
  }

  @Test
  void oneCopyYieldsTheExpectedSections() {
    assertEquals(SECTIONS_PER_COPY, sections(FIXTURE).size(), () -> sections(FIXTURE).toString());
  }

  @Test
  void largeDocumentLosesNoSection() {
    int megabytes = Integer.getInteger("recur.largeMb", 2);
    int copies = megabytes * 1_000_000 / FIXTURE.length() + 1;
    String text = FIXTURE.repeat(copies);
    List<Section> found = sections(text);
    assertEquals(copies * SECTIONS_PER_COPY, found.size());
    Section last = found.get(found.size() - 1);
    assertEquals(SectionKind.TASKS, last.kind());
    assertEquals(text.strip().length(), last.end());
  }

  @Test
  void fiveMegabyteLineIsOneSection() {
    String line =
        "**Root Cause:** " + "a <i>slow</i> [lock](u) held by _one_ consumer; ".repeat(105_000);
    List<Section> found = sections(line);
    assertEquals(1, found.size());
    assertEquals(SectionKind.ROOT_CAUSE, found.get(0).kind());
    assertTrue(found.get(0).text().startsWith("a slow lock held by one consumer;"));
  }

  @Test
  void fiveThousandHeadingsAreAllFound() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      sb.append(i % 2 == 0 ? "## Timeline " : "**Resolution:** step ").append(i).append("\nbody\n");
    }
    assertEquals(5_000, sections(sb.toString()).size());
  }

  /**
   * Work grows linearly: eight times the text costs about eight times the CPU. The bound (24x) is
   * deliberately loose, while a quadratic step, which would cost 64x, still fails it. CPU time of
   * this thread, not wall-clock time, is compared, and each size is timed as the fastest of several
   * runs after a warm-up of both sizes: a single run of the large text once took 36x on a shared CI
   * machine because the JIT recompiled in the middle of it.
   */
  @Test
  void eightTimesTheTextCostsAboutEightTimesTheWork() {
    String small = FIXTURE.repeat(125_000 / FIXTURE.length());
    String large = small.repeat(8);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    sections(small);
    sections(large);
    long smallCpu = fastest(threads, small);
    long largeCpu = fastest(threads, large);
    assertTrue(
        largeCpu < 24 * Math.max(smallCpu, 1_000_000),
        "8x the text took " + largeCpu / 1e6 + " ms CPU against " + smallCpu / 1e6 + " ms");
  }

  private static long fastest(ThreadMXBean threads, String text) {
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      long before = threads.getCurrentThreadCpuTime();
      sections(text);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - before);
    }
    return best;
  }
}
