package dev.recur.corpus.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.SourceDocument;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import dev.recur.corpus.index.LabelledPipeline;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSearchTest {

  @TempDir static Path dir;
  static Corpus corpus;

  static String incident(
      String title,
      String fault,
      String component,
      String service,
      String start,
      int minutes,
      double impact,
      String herring,
      String summary,
      String rootCause) {
    return """
        # %s
        fault: %s
        component: %s
        service: %s
        start: %s
        duration: %d
        impact: %s
        herring: %s
        ## summary
        %s
        ## root cause
        %s
        """
        .formatted(
            title, fault, component, service, start, minutes, impact, herring, summary, rootCause);
  }

  @BeforeAll
  static void index() {
    corpus = Corpus.open(dir, LabelledPipeline.create());
    put(
        "lb-jan.md",
        incident(
            "Checkout errors",
            "misconfiguration",
            "load-balancer",
            "checkout",
            "2024-01-10T09:00Z",
            180,
            60,
            "database",
            "Half of all checkout requests failed after the LB pool weights changed.",
            "A misconfig in the load balancer sent traffic to a drained pool."));
    put(
        "lb-may.md",
        incident(
            "Login failures",
            "misconfiguration",
            "load-balancer",
            "auth",
            "2024-05-02T14:00Z",
            45,
            20,
            "ddos",
            "Users could not log in for forty five minutes.",
            "Health check path on the load balancer pointed at a removed endpoint; requests hit a timeout."));
    put(
        "disk-mar.md",
        incident(
            "Search outage",
            "capacity",
            "storage",
            "search",
            "2024-03-15T02:00Z",
            300,
            100,
            "database",
            "The search cluster stopped accepting writes.",
            "The data disk was full because log rotation had stopped."));
    put(
        "cert-aug.md",
        incident(
            "API certificate expired",
            "expiry",
            "certificate",
            "api",
            "2024-08-20T00:00Z",
            90,
            100,
            "code-deploy",
            "Every API client saw TLS handshake errors.",
            "The cert for the public API expired; renewal had silently failed."));
    put(
        "dns-2023.md",
        incident(
            "Resolution failures",
            "network",
            "dns",
            "auth",
            "2023-11-01T08:00Z",
            30,
            10,
            "database",
            "Some users saw timeouts resolving our domain.",
            "A stale DNS record pointed at an old address."));
    corpus.commit();
  }

  static void put(String source, String text) {
    corpus.put(SourceDocument.of(source, text));
  }

  @AfterAll
  static void close() {
    corpus.close();
  }

  static SearchResult run(String query) {
    return run(SearchRequest.of(CorpusQuery.parse(query), 10));
  }

  static SearchResult run(SearchRequest request) {
    try (CorpusSearcher s = corpus.searcher()) {
      return CorpusSearch.search(s, request);
    }
  }

  static Set<String> sources(String query) {
    return run(query).hits().stream().map(SearchHit::source).collect(Collectors.toSet());
  }

  static List<String> order(SearchRequest request) {
    return run(request).hits().stream().map(SearchHit::source).toList();
  }

  @Test
  void freeTextFindsSynonymsAndPhrases() {
    assertEquals(Set.of("lb-jan.md", "lb-may.md"), sources("\"load balancer\""));
    assertEquals(Set.of("lb-jan.md", "lb-may.md"), sources("LB"));
    assertEquals(Set.of("cert-aug.md"), sources("certificate expired"));
    assertEquals(Set.of("lb-may.md", "dns-2023.md"), sources("timeouts"));
    assertEquals(Set.of("lb-may.md", "dns-2023.md", "disk-mar.md"), sources("timeout OR disk"));
  }

  @Test
  void keywordFiltersMatchExactValuesAndCommasMeanAny() {
    assertEquals(Set.of("lb-jan.md", "lb-may.md"), sources("fault:misconfiguration"));
    assertEquals(Set.of("lb-jan.md", "lb-may.md"), sources("component:load-balancer"));
    assertEquals(Set.of("lb-may.md", "dns-2023.md"), sources("service:auth"));
    assertEquals(Set.of("lb-jan.md", "disk-mar.md", "dns-2023.md"), sources("herring:database"));
    assertEquals(Set.of("cert-aug.md", "disk-mar.md"), sources("fault:expiry,capacity"));
    assertEquals(Set.of("lb-may.md"), sources("fault:misconfiguration -herring:database"));
    assertEquals(Set.of("disk-mar.md"), sources("signature:capacity/storage"));
    assertEquals(Set.of("lb-jan.md"), sources("source:lb-jan.md"));
  }

  @Test
  void filterValuesTheIndexNeverSawAreNamedWithTheValuesItHas() {
    SearchResult result = run("fault:misconfigration,expiry -component:lb id:nosuchid");
    assertEquals(
        List.of("fault:misconfigration", "component:lb"),
        result.absent().stream().map(a -> a.filter() + ":" + a.value()).toList());
    SearchResult.AbsentValue typo = result.absent().get(0);
    assertEquals("fault", typo.filter());
    assertEquals("misconfigration", typo.value());
    assertTrue(
        typo.present().containsAll(List.of("misconfiguration", "expiry")),
        typo.present().toString());
    assertEquals(List.of(), run("fault:expiry component:load-balancer").absent());
  }

  @Test
  void numericFiltersUseRanges() {
    assertEquals(Set.of("lb-jan.md", "disk-mar.md", "cert-aug.md"), sources("impact:>=50"));
    assertEquals(Set.of("dns-2023.md"), sources("impact:<20"));
    assertEquals(Set.of("lb-may.md", "lb-jan.md"), sources("impact:20..60"));
    assertEquals(Set.of("lb-jan.md", "disk-mar.md"), sources("duration:>2h"));
    assertEquals(Set.of("lb-may.md", "dns-2023.md"), sources("duration:<=45m"));
    assertEquals(Set.of("cert-aug.md"), sources("duration:1h30m"));
    assertEquals(Set.of("disk-mar.md"), sources("duration:>=5h impact:100"));
  }

  @Test
  void dateFiltersCoverYearsMonthsAndDays() {
    assertEquals(
        Set.of("lb-jan.md", "lb-may.md", "disk-mar.md"), sources("after:2024-01 before:2024-07"));
    assertEquals(Set.of("dns-2023.md"), sources("before:2024"));
    assertEquals(Set.of("cert-aug.md"), sources("after:2024-08-20"));
  }

  @Test
  void sectionFilterSearchesOneSectionKind() {
    assertEquals(Set.of("lb-may.md"), sources("section:root_cause:timeout"));
    // "timeouts" is in the summary of dns-2023, not its root cause
    assertEquals(Set.of(), sources("section:root_cause:timeouts fault:network"));
    assertEquals(Set.of("dns-2023.md"), sources("section:summary:timeouts"));
    assertEquals(
        Set.of("lb-jan.md", "lb-may.md"),
        sources("\"load balancer\" fault:misconfiguration component:load-balancer"));
  }

  @Test
  void sortsByDateDurationAndImpact() {
    SearchRequest all = SearchRequest.of(CorpusQuery.parse(""), 10);
    assertEquals(
        List.of("cert-aug.md", "lb-may.md", "disk-mar.md", "lb-jan.md", "dns-2023.md"),
        order(all.sortedBy(SortBy.DATE, false)));
    assertEquals(
        List.of("dns-2023.md", "lb-jan.md", "disk-mar.md", "lb-may.md", "cert-aug.md"),
        order(all.sortedBy(SortBy.DATE, true)));
    assertEquals("disk-mar.md", order(all.sortedBy(SortBy.DURATION, false)).get(0));
    assertEquals("dns-2023.md", order(all.sortedBy(SortBy.DURATION, true)).get(0));
    assertEquals("dns-2023.md", order(all.sortedBy(SortBy.IMPACT, true)).get(0));
  }

  @Test
  void hitsCarrySnippetsAndFactsAndFacetsCountAllMatches() {
    SearchResult result = run("\"load balancer\"");
    assertEquals(2, result.totalHits());
    SearchHit first = result.hits().get(0);
    assertTrue(first.snippet().contains("**"), first.snippet());
    assertEquals("misconfiguration", first.fault());
    assertTrue(first.score() > 0);
    assertEquals(
        List.of(new SearchResult.FacetCount("misconfiguration", 2)), result.facets().get("fault"));
    assertEquals(2, result.facets().get("herring").size());
    SearchResult everything = run("");
    assertEquals(5, everything.totalHits());
    assertEquals(
        new SearchResult.FacetCount("database", 3), everything.facets().get("herring").get(0));
    assertEquals(new SearchResult.FacetCount("auth", 2), everything.facets().get("service").get(0));
  }

  @Test
  void limitCapsTheHitsNotTheTotal() {
    SearchResult result = run(SearchRequest.of(CorpusQuery.parse(""), 2));
    assertEquals(2, result.hits().size());
    assertEquals(5, result.totalHits());
  }

  @Test
  void malformedQueriesPointAtTheProblem() {
    assertProblem("duration:>2x", "duration:>2x — expected a length like 90m or 2h");
    assertProblem("impact:>=lots", "impact:>=lots — expected a percentage like 50 or >=50");
    assertProblem("impact:150", "within 0..100");
    assertProblem(
        "after:2024-13", "after:2024-13 — expected a date like 2024, 2024-03 or 2024-03-15");
    assertProblem("colour:red", "unknown field 'colour'");
    assertProblem("section:rootcause:timeout", "unknown section kind 'rootcause'");
    assertProblem("section:root_cause", "expected section:KIND:TEXT");
    assertProblem("\"load balancer", "never closed");
    assertProblem("load AND", "the query ends where a word was expected");
    assertProblem("AND", "AND, OR and NOT need a word on each side");
    assertProblem("*", "a word cannot start with * or ?");
    // Limits of one query, quoted short: hundreds of words that expand to synonyms, or more
    // clauses than Lucene allows.
    assertProblem(
        "lb ".repeat(500), "lb lb lb lb lb lb lb lb lb lb lb lb lb l... — too many words");
    assertProblem(String.join(" OR ", Collections.nCopies(1100, "w")), "too many words");
    // Brackets nested thousands deep would overflow the parser's stack: refused before it reads.
    assertProblem("(".repeat(3000) + "x" + ")".repeat(3000), "nests brackets 3000 deep");
    assertProblem("(".repeat(5000) + "x", "nests brackets 5000 deep");
    CorpusQuery.parse("((load OR balancer) AND (nginx OR \"(((((\"))");
    assertProblem("impact:60..30", "starts after it ends");
    assertProblem("fault:", "expected a value");
  }

  static void assertProblem(String query, String expected) {
    QuerySyntaxException e =
        assertThrows(QuerySyntaxException.class, () -> CorpusQuery.parse(query));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void urlsAndQuotedColonsAreText() {
    CorpusQuery.parse("https://status.example.com");
    CorpusQuery.parse("\"error: timeout\"");
  }
}
