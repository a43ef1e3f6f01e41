package dev.recur.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.SourceDocument;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import dev.recur.corpus.index.LabelledPipeline;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index keeps words as written and queries expand synonyms, so each spelling finds the others
 * in both directions, in the whole text and in one section.
 */
class SynonymSearchTest {

  @TempDir static Path dir;
  static Corpus corpus;

  static String incident(String summary, String rootCause) {
    return """
        # An incident
        fault: misconfiguration
        component: other
        ## summary
        %s
        ## root cause
        %s
        """
        .formatted(summary, rootCause);
  }

  @BeforeAll
  static void index() {
    corpus = Corpus.open(dir, LabelledPipeline.create());
    put("abbrev.md", "Requests failed at the LB.", "The LB pool weights were wrong.");
    put("words.md", "Requests failed at the load balancer.", "Its weights were wrong.");
    put("vendor.md", "The ALB returned errors.", "A listener rule was wrong.");
    put("db.md", "Writes to the db stalled.", "The DB ran out of connections.");
    put("database.md", "Writes to the database stalled.", "Replication lag grew.");
    put("unrelated.md", "The disk filled up.", "Log rotation had stopped.");
    corpus.commit();
  }

  static void put(String source, String summary, String rootCause) {
    corpus.put(SourceDocument.of(source, incident(summary, rootCause)));
  }

  @AfterAll
  static void close() {
    corpus.close();
  }

  static SearchResult run(String query) {
    try (CorpusSearcher s = corpus.searcher()) {
      return CorpusSearch.search(s, SearchRequest.of(CorpusQuery.parse(query), 10));
    }
  }

  static Set<String> sources(String query) {
    return run(query).hits().stream().map(SearchHit::source).collect(Collectors.toSet());
  }

  @Test
  void wordsFindTheAbbreviationAndTheAbbreviationFindsTheWords() {
    Set<String> balancers = Set.of("abbrev.md", "words.md", "vendor.md");
    assertEquals(balancers, sources("load balancer"));
    assertEquals(balancers, sources("\"load balancer\""));
    assertEquals(balancers, sources("LB"));
    assertEquals(balancers, sources("alb"));
    assertEquals(Set.of("db.md", "database.md"), sources("database"));
    assertEquals(Set.of("db.md", "database.md"), sources("db"));
    assertEquals(Set.of("db.md", "database.md"), sources("databases stalled"));
  }

  @Test
  void sectionSearchExpandsBothWays() {
    assertEquals(Set.of("abbrev.md"), sources("section:root_cause:\"load balancer\""));
    assertEquals(Set.of("abbrev.md"), sources("section:root_cause:lb"));
    assertEquals(Set.of("db.md"), sources("section:root_cause:database"));
    assertEquals(Set.of("abbrev.md", "words.md", "vendor.md"), sources("section:summary:lb"));
  }

  @Test
  void snippetHighlightsTheSpellingTheDocumentUses() {
    for (SearchHit hit : run("\"load balancer\"").hits()) {
      String expected =
          switch (hit.source()) {
            case "abbrev.md" -> "**LB**";
            case "vendor.md" -> "**ALB**";
            default -> "**load";
          };
      assertTrue(hit.snippet().contains(expected), hit.source() + ": " + hit.snippet());
    }
  }
}
