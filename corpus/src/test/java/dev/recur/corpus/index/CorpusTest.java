package dev.recur.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.Extractor;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.PostmortemJson;
import dev.recur.core.RecordDraft;
import dev.recur.core.SourceDocument;
import dev.recur.corpus.index.Corpus.PutOutcome;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  static final Pipeline PIPELINE = LabelledPipeline.create();

  @TempDir Path dir;

  static SourceDocument doc(String source, String text) {
    return SourceDocument.of(source, text);
  }

  static String lbIncident(String extra) {
    return """
        # Checkout outage
        fault: misconfiguration
        component: load-balancer
        impact: 40
        service: Checkout
        start: 2024-03-05T10:00Z
        duration: 150
        herring: database=45
        herring: ddos
        action: monitoring=Alert on LB config drift
        action: change-management=Review LB changes
        ## summary
        The LB sent every request to one pool. %s
        ## root cause
        A misconfig in the load balancer weights after a routine change.
        """
        .formatted(extra);
  }

  @Test
  void addedDocumentIsSearchableAndRoundTripsItsRecord() throws Exception {
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      SourceDocument d = doc("a.md", lbIncident(""));
      assertEquals(PutOutcome.ADDED, corpus.put(d));
      corpus.commit();
      Postmortem expected = PIPELINE.parse(d);
      Postmortem stored = corpus.get("a.md").orElseThrow();
      assertEquals(PostmortemJson.toJson(expected), PostmortemJson.toJson(stored));
      assertEquals(stored, corpus.get(expected.id()).orElseThrow());
      try (CorpusSearcher s = corpus.searcher()) {
        var searcher = s.indexSearcher();
        assertEquals(
            1, searcher.count(new TermQuery(new Term(IndexFields.FAULT, "misconfiguration"))));
        assertEquals(1, searcher.count(new TermQuery(new Term(IndexFields.SERVICE, "checkout"))));
        assertEquals(1, searcher.count(new TermQuery(new Term(IndexFields.HERRING, "ddos"))));
        assertEquals(1, searcher.count(new TermQuery(new Term(IndexFields.ACTION, "monitoring"))));
        assertEquals(
            1,
            searcher.count(
                new TermQuery(
                    new Term(
                        IndexFields.section(dev.recur.core.SectionKind.ROOT_CAUSE),
                        "misconfigur"))));
        // the text keeps "LB" as written (queries expand synonyms); the root cause holds the
        // canonical words, so "misconfig" above was found as "misconfiguration"
        assertEquals(1, searcher.count(new TermQuery(new Term(IndexFields.TEXT, "lb"))));
        assertEquals(1, searcher.count(new TermQuery(new Term(IndexFields.TEXT, "misconfig"))));
        assertEquals(1, searcher.count(LongPoint.newRangeQuery(IndexFields.DURATION, 120, 180)));
        assertEquals(0, searcher.count(LongPoint.newRangeQuery(IndexFields.DURATION, 151, 999)));
        assertEquals(1, searcher.count(DoublePoint.newRangeQuery(IndexFields.IMPACT, 39.5, 40.5)));
        long start = java.time.Instant.parse("2024-03-05T10:00:00Z").toEpochMilli();
        assertEquals(1, searcher.count(LongPoint.newExactQuery(IndexFields.START, start)));
        LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
        NumericDocValues duration = DocValues.getNumeric(leaf.reader(), IndexFields.DURATION);
        assertTrue(duration.advanceExact(0));
        assertEquals(150, duration.longValue());
        NumericDocValues impact = DocValues.getNumeric(leaf.reader(), IndexFields.IMPACT);
        assertTrue(impact.advanceExact(0));
        assertEquals(40.0, Double.longBitsToDouble(impact.longValue()));
        SortedSetDocValues cost = DocValues.getSortedSet(leaf.reader(), IndexFields.HERRING_COST);
        assertTrue(cost.advanceExact(0));
        assertEquals("database=45", cost.lookupOrd(cost.nextOrd()).utf8ToString());
      }
    }
  }

  @Test
  void unchangedDocumentIsANoOpAndChangedOneReplacesIt() throws Exception {
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      assertEquals(PutOutcome.ADDED, corpus.put(doc("a.md", lbIncident("v1"))));
      assertEquals(PutOutcome.UNCHANGED, corpus.put(doc("a.md", lbIncident("v1"))));
      corpus.commit();
      assertEquals(PutOutcome.UNCHANGED, corpus.put(doc("a.md", lbIncident("v1"))));
      assertEquals(PutOutcome.REPLACED, corpus.put(doc("a.md", lbIncident("v2"))));
      assertEquals(1, corpus.size());
      try (CorpusSearcher s = corpus.searcher()) {
        assertEquals(0, s.indexSearcher().count(new TermQuery(new Term(IndexFields.TEXT, "v1"))));
        assertEquals(1, s.indexSearcher().count(new TermQuery(new Term(IndexFields.TEXT, "v2"))));
      }
      assertEquals(PutOutcome.ADDED, corpus.put(doc("b.md", lbIncident("b"))));
      // a new date hint is new content
      assertEquals(
          PutOutcome.REPLACED,
          corpus.put(
              doc("b.md", lbIncident("b")).withDateHint(Optional.of(LocalDate.of(2024, 1, 2)))));
      assertEquals(2, corpus.size());
    }
    try (Corpus reopened = Corpus.open(dir, PIPELINE)) {
      assertEquals(PutOutcome.UNCHANGED, reopened.put(doc("a.md", lbIncident("v2"))));
    }
  }

  @Test
  void upgradedPipelineReadsUnchangedDocumentsAgainOnce() throws Exception {
    SourceDocument d = doc("a.md", lbIncident(""));
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      assertEquals(PutOutcome.ADDED, corpus.put(d));
    }
    Pipeline upgraded = PIPELINE.toBuilder().add(new NotingStep()).build();
    try (Corpus corpus = Corpus.open(dir, upgraded)) {
      assertEquals(PutOutcome.REPLACED, corpus.put(d));
      assertEquals(1, corpus.size());
      assertTrue(
          corpus.get("a.md").orElseThrow().diagnostics().stream()
              .anyMatch(x -> x.code().equals("upgraded")),
          "the record was read again by the upgraded pipeline");
    }
    try (Corpus corpus = Corpus.open(dir, upgraded)) {
      assertEquals(PutOutcome.UNCHANGED, corpus.put(d));
    }
  }

  @Test
  void fingerprintCoversTextDateHintAndVersion() {
    SourceDocument d = doc("a.md", "some text");
    String version = PostmortemDocuments.version(PIPELINE);
    assertEquals(
        PostmortemDocuments.fingerprint(d, version),
        PostmortemDocuments.fingerprint(doc("b.md", "some text"), version));
    assertFalse(
        PostmortemDocuments.fingerprint(d, version)
            .equals(PostmortemDocuments.fingerprint(d, version + "x")));
    assertFalse(
        PostmortemDocuments.fingerprint(d, version)
            .equals(PostmortemDocuments.fingerprint(doc("a.md", "some text!"), version)));
    assertFalse(
        PostmortemDocuments.fingerprint(d, version)
            .equals(
                PostmortemDocuments.fingerprint(
                    d.withDateHint(Optional.of(LocalDate.of(2024, 1, 2))), version)));
    assertTrue(version.contains("schema=" + IndexFields.SCHEMA_VERSION), version);
    assertTrue(version.contains("labels:" + LabelledPipeline.class.getName()), version);
  }

  /** A step that a newer version of the pipeline might add. */
  private static final class NotingStep implements Extractor {
    @Override
    public String name() {
      return "noting";
    }

    @Override
    public void contribute(RecordDraft draft) {
      draft.diagnose("upgraded", "read by the newer pipeline");
    }
  }

  @Test
  void veryLongDocumentIsIndexedFieldByField() throws Exception {
    String filler = "Routine traffic continued without trouble. ".repeat(25_000);
    String text = lbIncident(filler);
    assertTrue(text.length() > PostmortemDocuments.MAX_SHARED_ANALYSIS_CHARS);
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      assertEquals(PutOutcome.ADDED, corpus.put(doc("long.md", text)));
      corpus.commit();
      try (CorpusSearcher s = corpus.searcher()) {
        var searcher = s.indexSearcher();
        for (String field :
            List.of(IndexFields.TEXT, IndexFields.section(dev.recur.core.SectionKind.SUMMARY))) {
          assertEquals(1, searcher.count(new TermQuery(new Term(field, "routin"))), field);
          assertEquals(1, searcher.count(new TermQuery(new Term(field, "pool"))), field);
        }
        assertEquals(text, s.text(s.find("long.md").get(0)));
      }
    }
  }

  @Test
  void absentSectionsAreEmptyFieldsWithDenseNormsAndNoStatistics() throws Exception {
    String summaryField = IndexFields.section(dev.recur.core.SectionKind.SUMMARY);
    String causeField = IndexFields.section(dev.recur.core.SectionKind.ROOT_CAUSE);
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      corpus.put(doc("full.md", lbIncident("")));
      corpus.put(doc("bare.md", "Nothing but a line about the weather."));
      corpus.commit();
      try (CorpusSearcher s = corpus.searcher()) {
        var reader = s.indexSearcher().getIndexReader();
        assertEquals(1, reader.leaves().size());
        var leaf = reader.leaves().get(0).reader();
        int bare = s.find("bare.md").get(0);
        for (String field : List.of(summaryField, causeField, IndexFields.TITLE)) {
          // statistics, hence scores, count only the documents that have the section
          assertEquals(1, reader.getDocCount(field), field);
          // but every document has a norm, 0 where the field is empty
          NumericDocValues norms = leaf.getNormValues(field);
          for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            assertTrue(norms.advanceExact(doc), field + " " + doc);
            assertEquals(doc == bare, norms.longValue() == 0, field + " " + doc);
          }
        }
        // and an empty root cause has no term vector
        var vectors = leaf.termVectors();
        assertEquals(null, vectors.get(bare, causeField));
        assertTrue(vectors.get(1 - bare, causeField) != null);
      }
    }
  }

  @Test
  void theSameTextUnderAnotherSourceIsTheSameIncident() throws Exception {
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      assertEquals(PutOutcome.ADDED, corpus.put(doc("archive/a.md", lbIncident("x"))));
      // not yet refreshed: the pending write is seen
      assertEquals(PutOutcome.UNCHANGED, corpus.put(doc("/abs/archive/a.md", lbIncident("x"))));
      corpus.commit();
      assertEquals(PutOutcome.UNCHANGED, corpus.put(doc("copy/a.md", lbIncident("x"))));
      assertEquals(1, corpus.size());
      // once the original is deleted, a copy is the incident
      assertEquals(List.of("archive/a.md"), corpus.delete("archive/a.md"));
      assertEquals(PutOutcome.ADDED, corpus.put(doc("copy/a.md", lbIncident("x"))));
      corpus.commit();
      assertEquals(1, corpus.size());
      assertTrue(corpus.get("copy/a.md").isPresent());
    }
  }

  @Test
  void concurrentCopiesOfOneTextAreIndexedOnce() throws Exception {
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      List<Thread> threads = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int n = t;
        Thread thread =
            new Thread(
                () -> {
                  for (int i = 0; i < 20; i++) {
                    corpus.put(doc("t" + n + "/" + i + ".md", lbIncident("same " + i)));
                  }
                });
        thread.start();
        threads.add(thread);
      }
      for (Thread t : threads) {
        t.join();
      }
      corpus.commit();
      assertEquals(20, corpus.size());
    }
  }

  @Test
  void deleteByIdOrSource() throws Exception {
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      corpus.put(doc("a.md", lbIncident("a")));
      corpus.put(doc("b.md", lbIncident("b")));
      corpus.put(doc("c.md", lbIncident("c")));
      assertEquals(List.of("a.md"), corpus.delete("a.md"));
      String idOfB = PIPELINE.parse(doc("b.md", lbIncident("b"))).id();
      assertEquals(List.of("b.md"), corpus.delete(idOfB));
      assertEquals(List.of(), corpus.delete("nothing-like-this"));
      corpus.commit();
      assertEquals(1, corpus.size());
      assertTrue(corpus.get("a.md").isEmpty());
      // a deleted source comes back as new
      assertEquals(PutOutcome.ADDED, corpus.put(doc("a.md", lbIncident("a"))));
    }
  }

  @Test
  void facetsCountCategoricalFields() throws Exception {
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      corpus.put(doc("a.md", lbIncident("a")));
      corpus.put(doc("b.md", lbIncident("b")));
      corpus.put(doc("c.md", "# Disk\nfault: capacity\ncomponent: storage\nherring: database\n"));
      corpus.put(doc("d.md", "# Nothing known\nsome words\n"));
      corpus.commit();
      try (CorpusSearcher s = corpus.searcher()) {
        FacetsCollector fc =
            s.indexSearcher().search(new MatchAllDocsQuery(), new FacetsCollectorManager());
        var counts = new SortedSetDocValuesFacetCounts(s.facetState().orElseThrow(), fc);
        FacetResult faults = counts.getTopChildren(10, IndexFields.FAULT);
        assertEquals(3, faults.childCount);
        assertEquals("misconfiguration", faults.labelValues[0].label);
        assertEquals(2, faults.labelValues[0].value.intValue());
        FacetResult herrings = counts.getTopChildren(10, IndexFields.HERRING);
        assertEquals("database", herrings.labelValues[0].label);
        assertEquals(3, herrings.labelValues[0].value.intValue());
        assertEquals(1, counts.getSpecificValue(IndexFields.SIGNATURE, "unknown/other").intValue());
        assertTrue(s.facetState().isPresent());
      }
    }
  }

  @Test
  void emptyCorpusHasNoFacetStateAndReadOnlyOpenNeedsAnIndex() {
    try (Corpus corpus = Corpus.open(dir, PIPELINE);
        CorpusSearcher s = corpus.searcher()) {
      assertFalse(s.facetState().isPresent());
      assertEquals(0, s.size());
    }
    var e =
        assertThrows(
            java.io.UncheckedIOException.class,
            () -> Corpus.openReadOnly(dir.resolve("missing"), PIPELINE));
    assertTrue(e.getMessage().contains("no index at"), e.getMessage());
  }

  @Test
  void readOnlyCorpusSeesTheLastCommitWhileAWriterHoldsTheIndex() throws Exception {
    try (Corpus writer = Corpus.open(dir, PIPELINE)) {
      writer.put(doc("a.md", lbIncident("a")));
      writer.commit();
      writer.put(doc("b.md", lbIncident("b")));
      try (Corpus reader = Corpus.openReadOnly(dir, PIPELINE)) {
        assertEquals(1, reader.size());
        assertThrows(IllegalStateException.class, () -> reader.put(doc("c.md", "x")));
        writer.commit();
        reader.reopen();
        assertEquals(2, reader.size());
      }
    }
  }

  @Test
  void snapshotStaysConsistentWhileAWriterIngests() throws Exception {
    try (Corpus corpus = Corpus.open(dir, PIPELINE)) {
      for (int i = 0; i < 50; i++) {
        corpus.put(doc("seed-" + i + ".md", lbIncident("seed " + i)));
      }
      corpus.commit();
      AtomicBoolean done = new AtomicBoolean();
      ExecutorService pool = Executors.newFixedThreadPool(3);
      try {
        Future<Integer> writerTask =
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    corpus.put(doc("new-" + i + ".md", lbIncident("new " + i)));
                    if (i % 50 == 0) {
                      corpus.refresh();
                    }
                  }
                  done.set(true);
                  return 200;
                });
        List<Future<Integer>> readers = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
          readers.add(
              pool.submit(
                  () -> {
                    int previous = 0;
                    int snapshots = 0;
                    while (!done.get() || snapshots < 3) {
                      try (CorpusSearcher s = corpus.searcher()) {
                        int size = s.size();
                        // within one snapshot, every view agrees
                        assertEquals(size, s.indexSearcher().count(new MatchAllDocsQuery()));
                        assertEquals(
                            size,
                            s.indexSearcher()
                                .count(
                                    new TermQuery(
                                        new Term(IndexFields.FAULT, "misconfiguration"))));
                        assertTrue(
                            size >= previous,
                            "snapshots never go back: " + previous + " then " + size);
                        assertTrue(size >= 50);
                        previous = size;
                        snapshots++;
                      }
                      Thread.sleep(10);
                    }
                    return snapshots;
                  }));
        }
        assertEquals(200, writerTask.get(60, TimeUnit.SECONDS));
        for (Future<Integer> reader : readers) {
          assertTrue(reader.get(60, TimeUnit.SECONDS) >= 3);
        }
      } finally {
        pool.shutdownNow();
      }
      corpus.commit();
      assertEquals(250, corpus.size());
    }
  }
}
