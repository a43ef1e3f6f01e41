package dev.recur.corpus.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import dev.recur.corpus.index.LabelledPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarIncidentsTest {

  static final List<String> FIXTURES =
      List.of(
          "deadlock.md",
          "ddos-real.md",
          "disk-full.txt",
          "cert-expired.md",
          "dns-ttl.md",
          "memory-leak.md",
          "nginx-typo.txt",
          "partition.md",
          "deploy-bug.md",
          "cache-stampede.md",
          "iam-permissions.md",
          "queue-backlog.txt");

  @TempDir Path dir;

  static String fixture(String name) throws IOException {
    try (InputStream in = SimilarIncidentsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static List<Path> seeds() throws IOException {
    Path seeds = Path.of(System.getProperty("recur.shared", "../shared"), "seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds);
    try (Stream<Path> files = Files.list(seeds)) {
      List<Path> out = files.filter(Files::isRegularFile).sorted().toList();
      Assumptions.assumeTrue(out.size() == 5, "expected five seeds in " + seeds);
      return out;
    }
  }

  static Set<String> sources(List<SimilarIncident> found) {
    return found.stream().map(SimilarIncident::source).collect(Collectors.toSet());
  }

  @Test
  void seedsAmongUnrelatedIncidentsFindEachOtherFirst() throws IOException {
    List<Path> seeds = seeds();
    Pipeline pipeline = DefaultPipeline.create(TextModels.english());
    try (Corpus corpus = Corpus.open(dir, pipeline)) {
      for (String name : FIXTURES) {
        corpus.put(SourceDocument.of(name, fixture(name)));
      }
      Set<String> seedSources = seeds.stream().map(Path::toString).collect(Collectors.toSet());
      for (Path seed : seeds) {
        corpus.put(SourceDocument.decode(seed.toString(), Files.readAllBytes(seed)));
      }
      corpus.commit();
      try (CorpusSearcher s = corpus.searcher()) {
        for (Path seed : seeds) {
          List<SimilarIncident> found = SimilarIncidents.like(s, seed.toString(), 4);
          Set<String> expected =
              seedSources.stream()
                  .filter(x -> !x.equals(seed.toString()))
                  .collect(Collectors.toSet());
          assertEquals(expected, sources(found), seed + ": " + found);
          assertFalse(found.get(0).sharedTerms().isEmpty(), found.get(0).explanation());
        }
      }
    }
  }

  @Test
  void newPostmortemOutsideTheCorpusFindsItsKin() throws IOException {
    List<Path> seeds = seeds();
    Pipeline pipeline = DefaultPipeline.create(TextModels.english());
    try (Corpus corpus = Corpus.open(dir, pipeline)) {
      for (String name : FIXTURES) {
        corpus.put(SourceDocument.of(name, fixture(name)));
      }
      for (Path seed : seeds) {
        corpus.put(SourceDocument.decode(seed.toString(), Files.readAllBytes(seed)));
      }
      corpus.commit();
      String fresh =
          """
          # Checkout unavailable

          Summary: customers could not reach checkout for three hours. Responders first looked at the
          database and a possible DDoS attack.

          Root cause: a change to the load balancer configuration sent all traffic to two backend
          servers, which overloaded.

          Resolution: the LB configuration was rolled back and traffic was distributed again.
          """;
      SourceDocument doc = SourceDocument.of("new-incident.md", fresh);
      Postmortem record = pipeline.parse(doc);
      try (CorpusSearcher s = corpus.searcher()) {
        List<SimilarIncident> found = SimilarIncidents.like(s, record, fresh, 5);
        Set<String> seedSources = seeds.stream().map(Path::toString).collect(Collectors.toSet());
        assertEquals(seedSources, sources(found), found.toString());
        assertTrue(found.get(0).explanation().contains("shared terms"), found.get(0).explanation());
      }
    }
  }

  @Test
  void structureAddsToTextAndExplainsItself() {
    Pipeline pipeline = LabelledPipeline.create();
    try (Corpus corpus = Corpus.open(dir, pipeline)) {
      corpus.put(
          SourceDocument.of(
              "q.md",
              """
          # Query
          fault: misconfiguration
          component: load-balancer
          herring: database
          herring: ddos
          ## root cause
          Weights on the pool were set wrong after a change, so one backend took all requests.
          """));
      // same words, other signature
      corpus.put(
          SourceDocument.of(
              "words.md",
              """
          # Words
          fault: capacity
          component: storage
          ## root cause
          Weights on the pool were set wrong after a change, so one backend took all requests.
          """));
      // same words, same signature, a shared herring
      corpus.put(
          SourceDocument.of(
              "both.md",
              """
          # Both
          fault: misconfiguration
          component: load-balancer
          herring: database
          ## root cause
          Weights on the pool were set wrong after a change, so one backend took all requests.
          """));
      corpus.put(
          SourceDocument.of(
              "other.md",
              """
          # Other
          fault: expiry
          component: certificate
          ## root cause
          The certificate expired overnight.
          """));
      corpus.commit();
      try (CorpusSearcher s = corpus.searcher()) {
        List<SimilarIncident> found = SimilarIncidents.like(s, "q.md", 3);
        assertEquals("both.md", found.get(0).source());
        assertEquals("words.md", found.get(1).source());
        SimilarIncident best = found.get(0);
        assertEquals(s.record(s.find("both.md").get(0)).title(), best.title());
        assertTrue(best.title().isPresent());
        assertTrue(best.sameSignature());
        assertEquals(List.of("database"), best.sharedHerrings());
        assertTrue(best.sharedTerms().contains("pool"), best.sharedTerms().toString());
        assertTrue(
            best.explanation()
                .startsWith(
                    "same signature misconfiguration/load-balancer; both chased database; shared terms: "),
            best.explanation());
        assertFalse(found.get(1).sameSignature());
        assertTrue(found.stream().noneMatch(f -> f.source().equals("q.md")));
        assertThrows(
            IllegalArgumentException.class, () -> SimilarIncidents.like(s, "missing.md", 3));
        assertThrows(IllegalArgumentException.class, () -> SimilarIncidents.like(s, "q.md", 0));
      }
    }
  }

  @Test
  void sameComponentUnderAnotherFaultRanksBetweenSameSignatureAndWordsAlone() {
    Pipeline pipeline = LabelledPipeline.create();
    String cause =
        """
        ## root cause
        The pool behind the edge tier stopped answering health checks and requests queued up.
        """;
    try (Corpus corpus = Corpus.open(dir, pipeline)) {
      corpus.put(
          SourceDocument.of(
              "q.md", "# Q\nfault: misconfiguration\ncomponent: load-balancer\n" + cause));
      corpus.put(
          SourceDocument.of(
              "signature.md", "# S\nfault: misconfiguration\ncomponent: load-balancer\n" + cause));
      // indexed before component.md: on equal text alone it would come first
      corpus.put(
          SourceDocument.of("words.md", "# W\nfault: capacity\ncomponent: storage\n" + cause));
      corpus.put(
          SourceDocument.of(
              "component.md", "# C\nfault: capacity\ncomponent: load-balancer\n" + cause));
      corpus.put(
          SourceDocument.of(
              "other.md",
              "# O\nfault: expiry\ncomponent: certificate\n## root cause\nThe certificate expired.\n"));
      corpus.commit();
      try (CorpusSearcher s = corpus.searcher()) {
        List<SimilarIncident> found = SimilarIncidents.like(s, "q.md", 3);
        assertEquals(
            List.of("signature.md", "component.md", "words.md"),
            found.stream().map(SimilarIncident::source).toList(),
            found.toString());
        SimilarIncident component = found.get(1);
        assertFalse(component.sameSignature());
        assertTrue(component.sameComponent());
        assertTrue(
            component.explanation().startsWith("same component load-balancer; "),
            component.explanation());
        assertFalse(found.get(2).sameComponent());
      }
    }
  }
}
