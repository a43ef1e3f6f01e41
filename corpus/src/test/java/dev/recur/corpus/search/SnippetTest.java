package dev.recur.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.Pipeline;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetTest {

  @TempDir Path dir;

  private static final String MARKDOWN =
      """
      # Payments **outage** report

      ## Timeline

      | Time (UTC) | Event |
      |------------|-------|
      | 09:14 | **Alert** fired for the `ledger` replica lag |
      | 09:40 | Failover to the standby [ledger replica](https://example.test/runbook) |

      The *ledger* writes stalled because the __replica__ disk filled up.
      """;

  private static final String HTML =
      "<html><body><h1>Queue backlog</h1><p>The <b>ledger</b> consumer fell behind &amp; the"
          + " queue grew to <i>two million</i> messages.</p></body></html>";

  @Test
  void snippetsReadAsPlainTextWithTheMatchesMarked() {
    try (Corpus corpus = Corpus.open(dir, Pipeline.builder().build())) {
      corpus.put(SourceDocument.of("payments.md", MARKDOWN));
      corpus.put(SourceDocument.of("queue.html", HTML));
      corpus.commit();
      try (CorpusSearcher s = corpus.searcher()) {
        SearchResult result =
            CorpusSearch.search(
                s, SearchRequest.of(CorpusQuery.parse("ledger"), 10).highlightedWith("[", "]"));
        assertEquals(2, result.hits().size());
        for (SearchHit hit : result.hits()) {
          String snippet = hit.snippet();
          assertTrue(snippet.contains("[ledger]"), hit.source() + ": " + snippet);
          for (String markup : List.of("**", "|", "](", "# ", "`", "__", "<b>", "&amp;", "---")) {
            assertFalse(
                snippet.contains(markup), hit.source() + " shows " + markup + ": " + snippet);
          }
        }
        SearchHit payments =
            result.hits().stream().filter(h -> h.source().equals("payments.md")).findFirst().get();
        assertTrue(
            payments.snippet().contains("09:40 · Failover to the standby [ledger] replica"),
            payments.snippet());
      }
    }
  }

  @Test
  void aNumberedHeadingIsNoSnippetOnItsOwn() {
    try (Corpus corpus = Corpus.open(dir, Pipeline.builder().build())) {
      corpus.put(
          SourceDocument.of(
              "numbered.md",
              "# 1. Overview\n\nThe ledger writes stalled because the replica disk filled up.\n"));
      corpus.commit();
      try (CorpusSearcher s = corpus.searcher()) {
        SearchHit hit =
            CorpusSearch.search(s, SearchRequest.of(CorpusQuery.parse(""), 10)).hits().get(0);
        assertTrue(hit.snippet().contains("ledger writes stalled"), hit.snippet());
      }
    }
  }
}
