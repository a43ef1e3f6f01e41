package dev.recur.corpus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.ActionCategory;
import dev.recur.corpus.index.Corpus;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The same hand-computed figures as {@link StatsEngineTest}, read from a real index. */
class RecurrenceAnalysisTest {

  @Test
  void figuresFromTheIndexMatchTheHandComputedOnes() throws IOException {
    try (Corpus corpus = Fixtures.corpus(Fixtures.six())) {
      RecurrenceStats stats = RecurrenceAnalysis.compute(corpus, StatsOptions.defaults());
      assertEquals(6, stats.incidents());
      assertEquals(5, stats.dated());
      SignatureStats lb = StatsEngineTest.find(stats, "misconfiguration/load-balancer");
      assertEquals(3, lb.count());
      assertEquals(Optional.of(Instant.parse("2024-01-10T10:00:00Z")), lb.firstSeen());
      assertEquals(Optional.of(14_400.0), lb.intervalsMinutes().min());
      assertEquals(Optional.of(58_740.0), lb.intervalsMinutes().median());
      assertEquals(Optional.of(120.0), lb.durationMinutes().median());
      assertEquals(Optional.of(300.0), lb.durationMinutes().p90());
      assertEquals(Optional.of(160.0), lb.durationMinutes().mean());
      assertEquals(Optional.of(40.0), lb.impactPercent().median());
      assertEquals(Optional.of(10.0), lb.timeToDetectMinutes().median());
      assertEquals(Trend.FALLING, lb.trend());
      assertEquals(Optional.of(90.0), stats.durationMinutes().median());
      HerringStats database = stats.herrings().get(0);
      assertEquals("database", database.hypothesis());
      assertEquals(3, database.timesChased());
      assertEquals(60, database.minutesSpent());
      assertEquals(2, database.timedChases());
    }
  }

  @Test
  void promisedBeforeListsBothIncidentsWithTheirActions() throws IOException {
    try (Corpus corpus = Fixtures.corpus(Fixtures.six())) {
      RecurrenceStats stats = RecurrenceAnalysis.compute(corpus, StatsOptions.defaults());
      assertEquals(3, stats.promisedBeforeTotal());
      PromisedBefore latest = stats.promisedBefore().get(0);
      assertEquals(ActionCategory.CAPACITY, latest.category());
      assertEquals("pm-3.md", latest.earlier().source());
      assertEquals(Optional.of("Incident pm-3.md"), latest.earlier().title());
      assertEquals(List.of("Grow the log volume"), latest.earlierActions());
      assertEquals("pm-5.md", latest.later().source());
      assertEquals(List.of("Alert at 80% disk"), latest.laterActions());
      PromisedBefore validation = stats.promisedBefore().get(1);
      assertEquals(List.of("Dry-run every routing change"), validation.laterActions());
    }
  }

  @Test
  void familyLabelsUseTheWordsAsWritten() {
    assertEquals(
        "certificate renewal expired",
        RootCauseFamilies.label(
            List.of("certif", "renew", "expir", "certif"),
            "The certificate expired; renewal failed. Certificates, certificate renewals."));
    assertEquals("zzz", RootCauseFamilies.label(List.of("zzz"), "nothing matches"));
  }

  @Test
  void serviceDimensionComesFromTheIndex() throws IOException {
    try (Corpus corpus = Fixtures.corpus(Fixtures.six())) {
      RecurrenceStats stats =
          RecurrenceAnalysis.compute(
              corpus,
              StatsOptions.builder().dimensions(java.util.EnumSet.allOf(Dimension.class)).build());
      assertEquals(
          2, StatsEngineTest.find(stats, "misconfiguration/load-balancer/checkout").count());
    }
  }

  @Test
  void nearDuplicateRootCausesFormAFamilyAcrossSignatures() throws IOException {
    List<Fixtures.Pm> records = new ArrayList<>(Fixtures.six());
    String[] certs = {
      "The TLS certificate of the payments gateway expired because the renewal cron job had been disabled.",
      "Payments gateway TLS certificate expired: the renewal cron job was disabled during a migration.",
      "An expired TLS certificate on the payments gateway; its renewal cron job had silently been disabled.",
    };
    for (int i = 0; i < certs.length; i++) {
      Fixtures.Pm pm =
          new Fixtures.Pm("cert-" + i + ".md").at("2024-0" + (i + 3) + "-05T08:00", 50);
      // the classifier filed them differently, which is what families see through
      pm.cause(i == 0 ? "expiry" : "dependency", i == 0 ? "certificate" : "cdn");
      pm.rootCause = certs[i];
      records.add(pm);
    }
    Fixtures.Pm other = new Fixtures.Pm("other.md").at("2024-05-01T00:00", 10);
    other.rootCause = "A database migration dropped an index and queries on orders timed out.";
    records.add(other);
    try (Corpus corpus = Fixtures.corpus(records)) {
      RecurrenceStats stats = RecurrenceAnalysis.compute(corpus, StatsOptions.defaults());
      assertEquals(1, stats.families().size(), () -> "families: " + stats.families());
      IncidentFamily family = stats.families().get(0);
      assertEquals(
          List.of("cert-0.md", "cert-1.md", "cert-2.md"),
          family.members().stream().map(IncidentRef::source).toList());
      assertEquals(2, family.signatures().size());
      assertTrue(family.terms().containsAll(List.of("certif", "renew")), family.terms().toString());
      assertTrue(family.meanSimilarity() >= 0.3);
      assertTrue(family.label().contains("certificate"), family.label());
      RecurrenceStats none =
          RecurrenceAnalysis.compute(corpus, StatsOptions.builder().familyCandidates(0).build());
      assertTrue(none.families().isEmpty());
    }
  }

  @Test
  void segmentsAndDeletedDocumentsGiveTheSameFiguresAsOneSegment() throws IOException {
    List<Fixtures.Pm> six = Fixtures.six();
    // undated fillers keep the deleted share low enough that the merge policy leaves it in place
    List<Fixtures.Pm> records = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      records.add(new Fixtures.Pm("filler-" + i + ".md"));
    }
    records.addAll(six);
    try (Corpus single = Fixtures.corpus(records);
        Corpus split = Fixtures.corpus(records.subList(0, 32))) {
      // a decoy in every segment, deleted afterwards, and the records spread over three commits
      List<Fixtures.Pm> decoys = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        Fixtures.Pm decoy =
            new Fixtures.Pm("decoy-" + i + ".md")
                .cause("misconfiguration", "load-balancer")
                .at("2024-0" + (i + 2) + "-03T08:00", 10 + i)
                .herring("dns", 7)
                .action(ActionCategory.MONITORING, "A promise that never was");
        decoys.add(decoy);
      }
      Fixtures.put(split, List.of(decoys.get(0), six.get(2), six.get(3)));
      Fixtures.put(split, List.of(six.get(4), decoys.get(1), six.get(5), decoys.get(2)));
      for (Fixtures.Pm decoy : decoys) {
        split.delete(decoy.source);
      }
      split.commit();
      try (var searcher = split.searcher()) {
        assertTrue(searcher.indexSearcher().getIndexReader().leaves().size() > 1);
        assertTrue(searcher.indexSearcher().getIndexReader().hasDeletions());
      }
      for (StatsOptions options :
          List.of(
              StatsOptions.defaults(),
              StatsOptions.builder()
                  .dimensions(java.util.EnumSet.allOf(Dimension.class))
                  .period(Period.QUARTER)
                  .build())) {
        RecurrenceStats expected = RecurrenceAnalysis.compute(single, options);
        RecurrenceStats actual = RecurrenceAnalysis.compute(split, options);
        assertEquals(expected.incidents(), actual.incidents());
        assertEquals(expected.signatures(), actual.signatures());
        assertEquals(expected.periods(), actual.periods());
        assertEquals(expected.durationMinutes(), actual.durationMinutes());
        assertEquals(expected.durationHistogram(), actual.durationHistogram());
        assertEquals(expected.herrings(), actual.herrings());
        assertEquals(expected.promisedBefore(), actual.promisedBefore());
        assertEquals(expected.promisedBeforeTotal(), actual.promisedBeforeTotal());
      }
    }
  }
}
