package dev.recur.corpus.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recur.core.ActionCategory;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The columnar engine against a straightforward computation (lists, sorts and maps, one statistic
 * at a time) on seeded random corpora: ties in start, sub-second starts, undated rows, missing
 * values, repeated red herrings, every grouping and period, and {@code since}.
 */
class StatsEngineRandomisedTest {

  private static final long SEED = 0x5EED_57A7L;
  private static final int CORPORA = 40;
  private static final String[] FAULTS = {"misconfiguration", "capacity", "expiry", "unknown"};
  private static final String[] COMPONENTS = {"load-balancer", "storage", "dns", "other"};
  private static final String[] SERVICES = {"checkout", "search", "unspecified"};
  private static final String[] HERRINGS = {"database", "ddos", "network", "cache", "dns"};
  private static final int[] BOUNDS = {0, 30, 60, 120, 240, 480, 1440, 4320};
  private static final long BASE = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
  private static final int NONE = IncidentColumns.ABSENT;

  /** One generated incident, as the reference sees it. */
  private record Row(
      int id,
      long start,
      String fault,
      String component,
      String service,
      int duration,
      float impact,
      int ttd,
      int ttr,
      Set<ActionCategory> actions,
      Map<String, Integer> herrings) {}

  @Test
  void columnarEngineMatchesTheStraightforwardComputation() throws IOException {
    for (int k = 0; k < CORPORA; k++) {
      long seed = SEED + k;
      SplittableRandom rnd = new SplittableRandom(seed);
      List<Row> rows = corpus(rnd, rnd.nextInt(1, 400));
      IncidentColumns cols = columns(rows);
      StatsOptions options = options(rnd);
      int[][] candidates = new int[1][];
      RecurrenceStats fast =
          new StatsEngine(cols, StatsEngineTest.DETAILS, options)
              .compute(
                  (found, signatureOf) -> {
                    candidates[0] = found;
                    return List.of();
                  });
      check(rows, options, fast, candidates[0], "seed " + seed + ", options " + options);
    }
  }

  private static List<Row> corpus(SplittableRandom rnd, int n) {
    List<Row> rows = new ArrayList<>();
    long span = 3L * 365 * 24 * 60;
    for (int i = 0; i < n; i++) {
      long start;
      int kind = rnd.nextInt(10);
      if (kind == 0) {
        start = IncidentColumns.NO_START;
      } else if (kind == 1 && !rows.isEmpty()) {
        // the same start as an earlier incident, or a fraction of a second away from it
        long other = rows.get(rnd.nextInt(rows.size())).start;
        start = other == IncidentColumns.NO_START ? BASE : other + rnd.nextInt(0, 900);
      } else {
        start = BASE + rnd.nextLong(span) * 60_000L + (kind == 2 ? rnd.nextInt(60_000) : 0);
      }
      Set<ActionCategory> actions = EnumSet.noneOf(ActionCategory.class);
      for (ActionCategory c : ActionCategory.values()) {
        if (rnd.nextInt(4) == 0) {
          actions.add(c);
        }
      }
      Map<String, Integer> herrings = new LinkedHashMap<>();
      for (int h = rnd.nextInt(4); h > 0; h--) {
        int minutes = rnd.nextBoolean() ? NONE : rnd.nextInt(1, 120);
        herrings.merge(
            HERRINGS[rnd.nextInt(HERRINGS.length)],
            minutes,
            (a, b) -> b == NONE ? a : a == NONE ? b : a + b);
      }
      rows.add(
          new Row(
              i,
              start,
              FAULTS[rnd.nextInt(FAULTS.length)],
              COMPONENTS[rnd.nextInt(COMPONENTS.length)],
              SERVICES[rnd.nextInt(SERVICES.length)],
              rnd.nextInt(5) == 0 ? NONE : rnd.nextInt(0, 6000),
              rnd.nextInt(3) == 0 ? Float.NaN : (float) (rnd.nextDouble() * 100),
              rnd.nextInt(2) == 0 ? NONE : rnd.nextInt(0, 90),
              rnd.nextInt(2) == 0 ? NONE : rnd.nextInt(0, 900),
              actions,
              herrings));
    }
    return rows;
  }

  private static IncidentColumns columns(List<Row> rows) {
    IncidentColumns.Builder b = IncidentColumns.builder(1);
    for (Row r : rows) {
      b.row(
          r.id,
          r.fault,
          r.component,
          r.service,
          r.start,
          r.duration,
          r.impact,
          r.ttd,
          r.ttr,
          r.actions);
      for (Map.Entry<String, Integer> h : r.herrings.entrySet()) {
        b.herring(h.getKey(), h.getValue());
      }
    }
    return b.build();
  }

  private static StatsOptions options(SplittableRandom rnd) {
    Set<Dimension> dimensions = EnumSet.noneOf(Dimension.class);
    while (dimensions.isEmpty()) {
      for (Dimension d : Dimension.values()) {
        if (rnd.nextBoolean()) {
          dimensions.add(d);
        }
      }
    }
    StatsOptions.Builder b =
        StatsOptions.builder()
            .dimensions(dimensions)
            .period(Period.values()[rnd.nextInt(Period.values().length)])
            .maxPromisedBefore(new int[] {0, 1, 3, 1000}[rnd.nextInt(4)])
            .familyCandidates(rnd.nextInt(0, 60));
    if (rnd.nextInt(4) == 0) {
      b.since(Instant.ofEpochMilli(BASE + rnd.nextLong(3L * 365 * 24 * 60) * 60_000L));
    }
    return b.build();
  }

  private static void check(
      List<Row> all, StatsOptions options, RecurrenceStats fast, int[] candidates, String context)
      throws IOException {
    List<Row> rows =
        all.stream()
            .filter(
                r ->
                    options.since().isEmpty()
                        || (r.start != IncidentColumns.NO_START
                            && r.start >= options.since().get().toEpochMilli()))
            .toList();
    long min =
        rows.stream()
            .mapToLong(Row::start)
            .filter(s -> s != IncidentColumns.NO_START)
            .min()
            .orElse(0);
    // start order: whole seconds after the earliest start, then row; undated last
    List<Row> ordered = new ArrayList<>(rows);
    ordered.sort(
        Comparator.comparingLong(
                (Row r) ->
                    r.start == IncidentColumns.NO_START ? Long.MAX_VALUE : (r.start - min) / 1000)
            .thenComparingInt(Row::id));
    List<Row> dated = ordered.stream().filter(r -> r.start != IncidentColumns.NO_START).toList();
    assertEquals(rows.size(), fast.incidents(), context);
    assertEquals(dated.size(), fast.dated(), context);
    long from = dated.isEmpty() ? 0 : dated.get(0).start;
    long to = dated.isEmpty() ? 0 : dated.get(dated.size() - 1).start;
    assertEquals(instant(dated.isEmpty(), from), fast.from(), context);
    assertEquals(instant(dated.isEmpty(), to), fast.to(), context);

    Map<Signature, List<Row>> groups = new LinkedHashMap<>();
    for (Row r : ordered) {
      groups.computeIfAbsent(signature(r, options), s -> new ArrayList<>()).add(r);
    }
    long midpoint = from + (to - from) / 2;
    List<SignatureStats> signatures = new ArrayList<>();
    for (Map.Entry<Signature, List<Row>> g : groups.entrySet()) {
      signatures.add(signatureStats(g.getKey(), g.getValue(), midpoint, options.period()));
    }
    signatures.sort(StatsEngine.SIGNATURE_ORDER);
    assertEquals(signatures.size(), fast.signatures().size(), context);
    for (int i = 0; i < signatures.size(); i++) {
      assertEquals(signatures.get(i), fast.signatures().get(i), context + ", signature " + i);
    }

    assertEquals(periods(dated, options.period()), fast.periods(), context);
    int[] durations = rows.stream().mapToInt(Row::duration).filter(d -> d != NONE).toArray();
    assertEquals(
        summary(Arrays.stream(durations).asDoubleStream().toArray()), fast.durationMinutes());
    int[] buckets = new int[BOUNDS.length];
    for (int d : durations) {
      int b = BOUNDS.length - 1;
      while (d < BOUNDS[b]) {
        b--;
      }
      buckets[b]++;
    }
    assertArrayEquals(
        buckets,
        fast.durationHistogram().stream().mapToInt(DurationBucket::count).toArray(),
        context);
    assertEquals(herrings(ordered, options), fast.herrings(), context);
    checkPromised(groups, options, fast, context);

    List<Integer> expected = new ArrayList<>();
    for (int i = dated.size() - 1; i >= 0 && expected.size() < options.familyCandidates(); i--) {
      expected.add(dated.get(i).id);
    }
    for (Row r : rows) {
      if (r.start == IncidentColumns.NO_START && expected.size() < options.familyCandidates()) {
        expected.add(r.id);
      }
    }
    assertEquals(expected, Arrays.stream(candidates).boxed().toList(), context);
  }

  private static Optional<Instant> instant(boolean none, long millis) {
    return none ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  private static Signature signature(Row r, StatsOptions options) {
    return new Signature(
        options.groupsBy(Dimension.FAULT) ? Optional.of(r.fault) : Optional.empty(),
        options.groupsBy(Dimension.COMPONENT) ? Optional.of(r.component) : Optional.empty(),
        options.groupsBy(Dimension.SERVICE) ? Optional.of(r.service) : Optional.empty());
  }

  private static SignatureStats signatureStats(
      Signature signature, List<Row> group, long midpoint, Period period) {
    List<Row> dated = group.stream().filter(r -> r.start != IncidentColumns.NO_START).toList();
    TreeMap<Integer, Integer> perPeriod = new TreeMap<>();
    List<Double> intervals = new ArrayList<>();
    int earlier = 0;
    for (int i = 0; i < dated.size(); i++) {
      long start = dated.get(i).start;
      perPeriod.merge(period.index(start), 1, Integer::sum);
      if (i > 0) {
        intervals.add(Math.max(0, start - dated.get(i - 1).start) / 60_000.0);
      }
      earlier += start < midpoint ? 1 : 0;
    }
    int later = dated.size() - earlier;
    return new SignatureStats(
        signature,
        group.size(),
        dated.isEmpty() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(dated.get(0).start)),
        dated.isEmpty()
            ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(dated.get(dated.size() - 1).start)),
        perPeriod.entrySet().stream()
            .map(e -> new LabelCount(period.label(e.getKey()), e.getValue()))
            .toList(),
        summary(intervals.stream().mapToDouble(Double::doubleValue).toArray()),
        summary(
            group.stream()
                .mapToInt(Row::duration)
                .filter(v -> v != NONE)
                .asDoubleStream()
                .toArray()),
        summary(
            group.stream()
                .filter(r -> !Float.isNaN(r.impact))
                .mapToDouble(r -> r.impact)
                .toArray()),
        summary(
            group.stream().mapToInt(Row::ttd).filter(v -> v != NONE).asDoubleStream().toArray()),
        summary(
            group.stream().mapToInt(Row::ttr).filter(v -> v != NONE).asDoubleStream().toArray()),
        Trend.of(earlier, later),
        earlier,
        later);
  }

  /** Median, nearest-rank p90 and mean from a sorted copy; the sum is taken in the given order. */
  private static Summary summary(double[] values) {
    if (values.length == 0) {
      return Summary.empty();
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    return new Summary(
        n,
        Optional.of(sorted[0]),
        Optional.of(median),
        Optional.of(sorted[Math.max((int) Math.ceil(0.9 * n), 1) - 1]),
        Optional.of(sum / n),
        Optional.of(sorted[n - 1]));
  }

  private static List<PeriodBreakdown> periods(List<Row> dated, Period period) {
    TreeMap<Integer, Map<String, Integer>> byPeriod = new TreeMap<>();
    for (Row r : dated) {
      byPeriod
          .computeIfAbsent(period.index(r.start), p -> new TreeMap<>())
          .merge(r.fault, 1, Integer::sum);
    }
    List<PeriodBreakdown> out = new ArrayList<>();
    if (byPeriod.isEmpty()) {
      return out;
    }
    for (int p = byPeriod.firstKey(); p <= byPeriod.lastKey(); p++) {
      Map<String, Integer> faults = byPeriod.getOrDefault(p, Map.of());
      out.add(
          new PeriodBreakdown(
              period.label(p),
              faults.values().stream().mapToInt(Integer::intValue).sum(),
              faults.entrySet().stream()
                  .map(e -> new LabelCount(e.getKey(), e.getValue()))
                  .sorted(StatsEngine.COUNT_ORDER)
                  .toList()));
    }
    return out;
  }

  private static List<HerringStats> herrings(List<Row> rows, StatsOptions options) {
    Map<String, Map<String, Integer>> bySignature = new TreeMap<>();
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Long> minutes = new TreeMap<>();
    for (Row r : rows) {
      for (Map.Entry<String, Integer> h : r.herrings.entrySet()) {
        int[] c = counts.computeIfAbsent(h.getKey(), k -> new int[2]);
        c[0]++;
        if (h.getValue() != NONE) {
          c[1]++;
          minutes.merge(h.getKey(), (long) h.getValue(), Long::sum);
        }
        bySignature
            .computeIfAbsent(h.getKey(), k -> new TreeMap<>())
            .merge(signature(r, options).label(), 1, Integer::sum);
      }
    }
    List<HerringStats> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      out.add(
          new HerringStats(
              e.getKey(),
              e.getValue()[0],
              bySignature.get(e.getKey()).entrySet().stream()
                  .map(s -> new LabelCount(s.getKey(), s.getValue()))
                  .sorted(StatsEngine.COUNT_ORDER)
                  .toList(),
              e.getValue()[1],
              minutes.getOrDefault(e.getKey(), 0L)));
    }
    out.sort(StatsEngine.HERRING_ORDER);
    return out;
  }

  /**
   * Every pair is counted; the listing holds the pairs with the latest later incidents. Which of
   * several pairs tied at the cut is listed is not specified, so a capped listing is compared by
   * its later starts, a full one as a whole.
   */
  private static void checkPromised(
      Map<Signature, List<Row>> groups, StatsOptions options, RecurrenceStats fast, String context)
      throws IOException {
    List<PromisedBefore> pairs = new ArrayList<>();
    List<long[]> keys = new ArrayList<>();
    for (Map.Entry<Signature, List<Row>> g : groups.entrySet()) {
      Map<ActionCategory, Row> lastPromiser = new LinkedHashMap<>();
      for (Row r : g.getValue()) {
        if (r.start == IncidentColumns.NO_START) {
          continue;
        }
        for (ActionCategory c : r.actions) {
          if (c == ActionCategory.OTHER) {
            continue;
          }
          Row earlier = lastPromiser.put(c, r);
          if (earlier != null) {
            IncidentDetails d = StatsEngineTest.DETAILS;
            pairs.add(
                new PromisedBefore(
                    g.getKey(),
                    c,
                    d.ref(earlier.id),
                    d.actions(earlier.id, c),
                    d.ref(r.id),
                    d.actions(r.id, c)));
            keys.add(new long[] {r.start, earlier.start, c.ordinal()});
          }
        }
      }
    }
    assertEquals(pairs.size(), fast.promisedBeforeTotal(), context);
    int listed = Math.min(pairs.size(), options.maxPromisedBefore());
    assertEquals(listed, fast.promisedBefore().size(), context);
    Comparator<long[]> newestFirst =
        Comparator.comparingLong((long[] k) -> -k[0])
            .thenComparingLong(k -> -k[1])
            .thenComparingLong(k -> k[2]);
    List<long[]> sortedKeys = keys.stream().sorted(newestFirst).toList();
    List<Long> laterStarts = new ArrayList<>();
    for (PromisedBefore p : fast.promisedBefore()) {
      laterStarts.add(startOf(p.later(), groups));
    }
    assertEquals(sortedKeys.stream().limit(listed).map(k -> k[0]).toList(), laterStarts, context);
    if (listed == pairs.size()) {
      Comparator<PromisedBefore> byText = Comparator.comparing(PromisedBefore::toString);
      assertEquals(
          pairs.stream().sorted(byText).toList(),
          fast.promisedBefore().stream().sorted(byText).toList(),
          context);
    }
  }

  private static long startOf(IncidentRef ref, Map<Signature, List<Row>> groups) {
    int id = Integer.parseInt(ref.id().substring(2));
    return groups.values().stream()
        .flatMap(List::stream)
        .filter(r -> r.id == id)
        .findFirst()
        .orElseThrow()
        .start;
  }
}
