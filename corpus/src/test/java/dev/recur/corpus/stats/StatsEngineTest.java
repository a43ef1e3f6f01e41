package dev.recur.corpus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.ActionCategory;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Statistics over six hand-made incidents whose figures were worked out by hand (the arithmetic is
 * in the comments).
 */
class StatsEngineTest {

  private static final int NONE = IncidentColumns.ABSENT;

  static long at(String instant) {
    return Instant.parse(instant).toEpochMilli();
  }

  /** The fixture: three load-balancer misconfigurations and three full disks. */
  static IncidentColumns fixture() {
    IncidentColumns.Builder b = IncidentColumns.builder(2);
    b.row(
            0,
            "misconfiguration",
            "load-balancer",
            "checkout",
            at("2024-01-10T10:00:00Z"),
            120,
            30f,
            5,
            100,
            EnumSet.of(ActionCategory.MONITORING, ActionCategory.VALIDATION))
        .herring("database", 20)
        .herring("ddos", NONE);
    b.row(
            1,
            "misconfiguration",
            "load-balancer",
            "checkout",
            at("2024-01-20T10:00:00Z"),
            60,
            50f,
            15,
            NONE,
            EnumSet.of(ActionCategory.MONITORING))
        .herring("database", 40);
    b.row(
            2,
            "misconfiguration",
            "load-balancer",
            "search",
            at("2024-04-01T00:00:00Z"),
            300,
            Float.NaN,
            NONE,
            NONE,
            EnumSet.of(ActionCategory.VALIDATION, ActionCategory.OTHER))
        .herring("database", NONE);
    b.row(
            3,
            "capacity",
            "storage",
            "search",
            at("2024-02-15T12:00:00Z"),
            45,
            100f,
            NONE,
            NONE,
            EnumSet.of(ActionCategory.CAPACITY))
        .herring("traffic-spike", 30);
    b.row(
        4,
        "capacity",
        "storage",
        "search",
        IncidentColumns.NO_START,
        90,
        10f,
        NONE,
        NONE,
        EnumSet.of(ActionCategory.CAPACITY));
    b.row(
        5,
        "capacity",
        "storage",
        "search",
        at("2024-06-30T00:00:00Z"),
        NONE,
        Float.NaN,
        NONE,
        NONE,
        EnumSet.of(ActionCategory.CAPACITY));
    return b.build();
  }

  /** Names rows "pm-N" and lists one action per category. */
  static final IncidentDetails DETAILS =
      new IncidentDetails() {
        @Override
        public IncidentRef ref(int row) {
          return new IncidentRef(
              "id" + row, "pm-" + row + ".md", Optional.of("Incident " + row), Optional.empty());
        }

        @Override
        public String rootCauseText(int row) {
          return "";
        }

        @Override
        public List<String> actions(int row, ActionCategory category) {
          return List.of(category.id() + " action of " + row);
        }
      };

  static RecurrenceStats compute(StatsOptions options) throws IOException {
    return RecurrenceAnalysis.compute(fixture(), DETAILS, List.of(), options);
  }

  static SignatureStats find(RecurrenceStats stats, String label) {
    return stats.signatures().stream()
        .filter(s -> s.signature().label().equals(label))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no signature " + label + " in " + stats.signatures()));
  }

  @Test
  void countsAndDatesPerSignature() throws IOException {
    RecurrenceStats stats = compute(StatsOptions.defaults());
    assertEquals(6, stats.incidents());
    assertEquals(5, stats.dated());
    assertEquals(2, stats.signatures().size());
    SignatureStats lb = find(stats, "misconfiguration/load-balancer");
    assertEquals(3, lb.count());
    assertEquals(Optional.of(Instant.parse("2024-01-10T10:00:00Z")), lb.firstSeen());
    assertEquals(Optional.of(Instant.parse("2024-04-01T00:00:00Z")), lb.lastSeen());
    assertEquals(
        List.of(new LabelCount("2024-01", 2), new LabelCount("2024-04", 1)), lb.perPeriod());
  }

  @Test
  void equalCountsRankTheMostRecentSignatureFirst() throws IOException {
    // both signatures have 3 incidents; the disks were last full on 30 June, after 1 April
    RecurrenceStats stats = compute(StatsOptions.defaults());
    assertEquals("capacity/storage", stats.signatures().get(0).signature().label());
  }

  @Test
  void intervalsBetweenRecurrences() throws IOException {
    SignatureStats lb = find(compute(StatsOptions.defaults()), "misconfiguration/load-balancer");
    // 10 Jan 10:00 -> 20 Jan 10:00 = 10 days = 14,400 min;
    // 20 Jan 10:00 -> 1 Apr 00:00 = 11 d 14 h + 29 (Feb 2024) + 31 (Mar) = 71 d 14 h = 103,080 min
    assertEquals(2, lb.intervalsMinutes().n());
    assertEquals(Optional.of(14_400.0), lb.intervalsMinutes().min());
    assertEquals(Optional.of((14_400.0 + 103_080.0) / 2), lb.intervalsMinutes().median());
  }

  @Test
  void durationsImpactAndResponseTimes() throws IOException {
    SignatureStats lb = find(compute(StatsOptions.defaults()), "misconfiguration/load-balancer");
    // durations 60, 120, 300: median 120, p90 = 3rd of 3 (ceil 2.7) = 300, mean (MTTR) 160
    assertEquals(Optional.of(120.0), lb.durationMinutes().median());
    assertEquals(Optional.of(300.0), lb.durationMinutes().p90());
    assertEquals(Optional.of(160.0), lb.durationMinutes().mean());
    // impact known for two incidents: 30 and 50
    assertEquals(Optional.of(40.0), lb.impactPercent().median());
    assertEquals(Optional.of(50.0), lb.impactPercent().max());
    assertEquals(Optional.of(10.0), lb.timeToDetectMinutes().median());
    assertEquals(1, lb.timeToResolveMinutes().n());
    assertEquals(Optional.of(100.0), lb.timeToResolveMinutes().median());
    SignatureStats disks = find(compute(StatsOptions.defaults()), "capacity/storage");
    // the undated incident still counts; its duration (90) and impact (10) too
    assertEquals(3, disks.count());
    assertEquals(Optional.of(67.5), disks.durationMinutes().median());
    assertEquals(Optional.of(55.0), disks.impactPercent().median());
    assertEquals(1, disks.intervalsMinutes().n());
  }

  @Test
  void trendComparesTheTwoHalvesOfTheSpan() throws IOException {
    // span 10 Jan 10:00 .. 30 Jun 00:00 = 171 d 14 h; midpoint 5 Apr 05:00
    RecurrenceStats stats = compute(StatsOptions.defaults());
    SignatureStats lb = find(stats, "misconfiguration/load-balancer");
    assertEquals(3, lb.earlierHalf());
    assertEquals(0, lb.laterHalf());
    assertEquals(Trend.FALLING, lb.trend());
    SignatureStats disks = find(stats, "capacity/storage");
    assertEquals(1, disks.earlierHalf());
    assertEquals(1, disks.laterHalf());
    assertEquals(Trend.STEADY, disks.trend());
  }

  @Test
  void trendRules() {
    assertEquals(Trend.RISING, Trend.of(1, 3));
    assertEquals(Trend.RISING, Trend.of(0, 3));
    assertEquals(Trend.STEADY, Trend.of(0, 2));
    assertEquals(Trend.STEADY, Trend.of(2, 3));
    assertEquals(Trend.FALLING, Trend.of(4, 2));
    assertThrows(IllegalArgumentException.class, () -> Trend.of(-1, 0));
  }

  @Test
  void overallDurationsAndHistogram() throws IOException {
    RecurrenceStats stats = compute(StatsOptions.defaults());
    // 45, 60, 90, 120, 300
    assertEquals(5, stats.durationMinutes().n());
    assertEquals(Optional.of(90.0), stats.durationMinutes().median());
    assertEquals(Optional.of(123.0), stats.durationMinutes().mean());
    int[] expected = {0, 1, 2, 1, 1, 0, 0, 0};
    for (int i = 0; i < expected.length; i++) {
      assertEquals(
          expected[i],
          stats.durationHistogram().get(i).count(),
          stats.durationHistogram().get(i).label());
    }
  }

  @Test
  void periodsAreStackedByFaultWithGapsFilled() throws IOException {
    RecurrenceStats stats = compute(StatsOptions.defaults());
    List<String> labels = stats.periods().stream().map(PeriodBreakdown::period).toList();
    assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"), labels);
    assertEquals(List.of(new LabelCount("misconfiguration", 2)), stats.periods().get(0).byFault());
    assertEquals(0, stats.periods().get(2).total());
    RecurrenceStats quarterly = compute(StatsOptions.builder().period(Period.QUARTER).build());
    assertEquals(
        List.of(new LabelCount("2024-Q1", 2), new LabelCount("2024-Q2", 1)),
        find(quarterly, "misconfiguration/load-balancer").perPeriod());
    assertEquals(List.of(3, 2), quarterly.periods().stream().map(PeriodBreakdown::total).toList());
  }

  @Test
  void redHerringsCountChasesSignaturesAndMinutes() throws IOException {
    RecurrenceStats stats = compute(StatsOptions.defaults());
    HerringStats database = stats.herrings().get(0);
    assertEquals("database", database.hypothesis());
    assertEquals(3, database.timesChased());
    assertEquals(2, database.timedChases());
    assertEquals(60, database.minutesSpent());
    assertEquals(
        List.of(new LabelCount("misconfiguration/load-balancer", 3)), database.bySignature());
    // ddos and traffic-spike were chased once each; the timed one ranks first
    assertEquals("traffic-spike", stats.herrings().get(1).hypothesis());
    assertEquals(30, stats.herrings().get(1).minutesSpent());
    assertEquals("ddos", stats.herrings().get(2).hypothesis());
    assertEquals(0, stats.herrings().get(2).timedChases());
  }

  @Test
  void promisedBeforePairsTheLastPromiseWithTheRecurrence() throws IOException {
    RecurrenceStats stats = compute(StatsOptions.defaults());
    // LB: monitoring promised by 0 and again by 1; validation by 0 and again by 2 (other ignored);
    // disks: capacity by 3 and again by 5; the undated 4 cannot be ordered
    assertEquals(3, stats.promisedBeforeTotal());
    List<String> pairs =
        stats.promisedBefore().stream()
            .map(p -> p.earlier().id() + ">" + p.later().id() + ":" + p.category().id())
            .toList();
    assertEquals(List.of("id3>id5:capacity", "id0>id2:validation", "id0>id1:monitoring"), pairs);
    assertEquals(List.of("validation action of 0"), stats.promisedBefore().get(1).earlierActions());
    RecurrenceStats capped = compute(StatsOptions.builder().maxPromisedBefore(1).build());
    assertEquals(3, capped.promisedBeforeTotal());
    assertEquals(1, capped.promisedBefore().size());
    assertEquals("id5", capped.promisedBefore().get(0).later().id());
  }

  @Test
  void sinceDropsEarlierAndUndatedIncidents() throws IOException {
    RecurrenceStats stats =
        compute(StatsOptions.builder().since(Instant.parse("2024-02-01T00:00:00Z")).build());
    assertEquals(3, stats.incidents());
    assertEquals(1, find(stats, "misconfiguration/load-balancer").count());
    assertEquals(2, find(stats, "capacity/storage").count());
    assertEquals(1, stats.promisedBeforeTotal());
  }

  @Test
  void groupingByComponentAndService() throws IOException {
    RecurrenceStats byComponent =
        compute(StatsOptions.builder().dimensions(Set.of(Dimension.COMPONENT)).build());
    assertEquals(3, find(byComponent, "load-balancer").count());
    RecurrenceStats withService =
        compute(StatsOptions.builder().dimensions(EnumSet.allOf(Dimension.class)).build());
    assertEquals(2, find(withService, "misconfiguration/load-balancer/checkout").count());
    assertEquals(1, find(withService, "misconfiguration/load-balancer/search").count());
    assertEquals(3, withService.signatures().size());
    assertTrue(withService.recurring().size() == 2);
  }

  @Test
  void summaryOfOneSampleAndOfNone() {
    Summary s = Summary.of(5, 1, 3, 2, 4, 6, 7, 8, 9, 10);
    // 1..10: median 5.5, p90 = 9th smallest (ceil 9.0) = 9
    assertEquals(Optional.of(5.5), s.median());
    assertEquals(Optional.of(9.0), s.p90());
    assertEquals(Optional.of(1.0), s.min());
    assertEquals(0, Summary.of().n());
    assertTrue(Summary.of().median().isEmpty());
  }

  @Test
  void periodLabels() {
    long t = at("2023-11-15T03:45:00Z");
    assertEquals("2023-11", Period.MONTH.label(Period.MONTH.index(t)));
    assertEquals("2023-Q4", Period.QUARTER.label(Period.QUARTER.index(t)));
    assertEquals("2023", Period.YEAR.label(Period.YEAR.index(t)));
    assertEquals(Period.MONTH.index(t) + 1, Period.MONTH.index(at("2023-12-01T00:00:00Z")));
    for (Period p : Period.values()) {
      int i = p.index(t);
      assertTrue(p.startMillis(i) <= t && t < p.startMillis(i + 1), p + " bounds around " + t);
      assertEquals(i + 1, p.index(p.startMillis(i + 1)), p + " next bucket");
    }
    assertEquals("0999-03", Period.MONTH.label(999 * 12 + 2));
  }
}
