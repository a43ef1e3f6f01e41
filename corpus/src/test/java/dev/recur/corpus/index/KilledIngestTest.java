package dev.recur.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.SourceDocument;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KilledIngestTest {

  @TempDir Path dir;

  @Test
  void processKilledMidIngestLeavesTheLastCommit() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                KillableIngest.class.getName(),
                dir.toString(),
                "300")
            .redirectErrorStream(true);
    Process child = builder.start();
    StringBuilder seen = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      boolean writing = false;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        seen.append(line).append('\n');
        // wait until uncommitted segments are being written, then kill without warning
        if (line.startsWith("WRITING") && !line.equals("WRITING 0")) {
          writing = true;
          break;
        }
      }
      assertTrue(writing, "the child never got to writing:\n" + seen);
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    } finally {
      child.destroyForcibly();
    }
    try (Corpus reopened = Corpus.open(dir, LabelledPipeline.create())) {
      assertEquals(300, reopened.size(), "only the committed documents survive");
      try (CorpusSearcher s = reopened.searcher()) {
        assertEquals(
            300, s.indexSearcher().count(new TermQuery(new Term(IndexFields.FAULT, "capacity"))));
        assertTrue(s.find("committed-299.md").size() == 1);
        assertTrue(s.find("uncommitted-1.md").isEmpty());
      }
      // the lock died with the process: the corpus is writable again
      assertEquals(
          Corpus.PutOutcome.UNCHANGED,
          reopened.put(SourceDocument.of("committed-7.md", KillableIngest.text(7))));
      reopened.put(SourceDocument.of("after.md", KillableIngest.text(-1)));
      reopened.commit();
      assertEquals(301, reopened.size());
    }
  }
}
