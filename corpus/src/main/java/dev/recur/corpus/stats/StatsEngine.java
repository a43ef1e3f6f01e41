package dev.recur.corpus.stats;

import dev.recur.core.ActionCategory;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.IntFunction;

/**
 * The columnar scan behind {@link RecurrenceAnalysis}: groups rows by signature, orders each group
 * by start once, and derives every per-signature statistic in a single pass over the group. Work is
 * O(n log n) in the number of rows for the one sort and linear otherwise; listings are bounded by
 * the options.
 */
final class StatsEngine {

  private static final int[] BUCKET_BOUNDS = {0, 30, 60, 120, 240, 480, 1440, 4320};
  private static final String[] BUCKET_LABELS = {
    "< 30 min", "30–60 min", "1–2 h", "2–4 h", "4–8 h", "8–24 h", "1–3 days", "≥ 3 days"
  };

  /** Above this many periods the timeline lists only periods that have incidents. */
  private static final int MAX_FILLED_PERIODS = 1_200;

  /** Above this many cells, herring × signature counts go to a map instead of an array. */
  private static final long MAX_DENSE_CELLS = 1L << 22;

  private final IncidentColumns cols;
  private final IncidentDetails details;
  private final StatsOptions options;

  StatsEngine(IncidentColumns cols, IncidentDetails details, StatsOptions options) {
    this.cols = cols;
    this.details = details;
    this.options = options;
  }

  /** Finds incident families among candidate rows; the text index does the comparing. */
  interface FamilySource {
    /** The families among {@code candidates} (rows, newest first). */
    List<IncidentFamily> find(int[] candidates, IntFunction<String> signatureOf) throws IOException;
  }

  /** Computes every statistic; {@code families} is asked about the most recent candidates only. */
  RecurrenceStats compute(FamilySource families) throws IOException {
    int[] rows = selectRows();
    int[] ordered = orderByStart(rows);
    int dated = 0;
    while (dated < ordered.length && cols.start[ordered[dated]] != IncidentColumns.NO_START) {
      dated++;
    }
    long from = dated == 0 ? 0 : cols.start[ordered[0]];
    long to = dated == 0 ? 0 : cols.start[ordered[dated - 1]];
    long midpoint = from + (to - from) / 2;

    Grouping grouping = group(ordered);
    List<SignatureStats> signatures = new ArrayList<>(grouping.count);
    PriorityQueue<Pair> promised =
        new PriorityQueue<>(Comparator.comparingLong((Pair p) -> p.laterStart));
    int[] promisedTotal = {0};
    double[] buffer = new double[grouping.largest() + 1];
    for (int g = 0; g < grouping.count; g++) {
      signatures.add(signatureStats(grouping, g, midpoint, buffer, promised, promisedTotal));
    }
    signatures.sort(
        Comparator.comparingInt(SignatureStats::count)
            .reversed()
            .thenComparing(
                (SignatureStats s) -> s.lastSeen().orElse(Instant.MIN), Comparator.reverseOrder())
            .thenComparing(s -> s.signature().label()));

    double[] all = new double[rows.length];
    int n = 0;
    for (int row : rows) {
      if (cols.duration[row] != IncidentColumns.ABSENT) {
        all[n++] = cols.duration[row];
      }
    }
    List<DurationBucket> histogram = histogram(all, n);
    Summary durations = Summary.ofSorting(all, n);

    return new RecurrenceStats(
        options,
        rows.length,
        dated,
        dated == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(from)),
        dated == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(to)),
        signatures,
        periods(ordered, dated),
        durations,
        histogram,
        herrings(rows, grouping),
        promisedList(promised, grouping),
        promisedTotal[0],
        families.find(familyCandidates(ordered, dated), row -> signature(row).label()));
  }

  /** The newest dated rows first, then the undated ones, at most {@code familyCandidates}. */
  private int[] familyCandidates(int[] ordered, int dated) {
    int[] out = new int[Math.min(options.familyCandidates(), ordered.length)];
    for (int i = 0; i < out.length; i++) {
      out[i] = i < dated ? ordered[dated - 1 - i] : ordered[i];
    }
    return out;
  }

  /** The rows to analyse, honouring {@code since}. */
  int[] selectRows() {
    if (options.since().isEmpty()) {
      int[] all = new int[cols.size];
      Arrays.setAll(all, i -> i);
      return all;
    }
    long since = options.since().get().toEpochMilli();
    int[] keep = new int[cols.size];
    int n = 0;
    for (int r = 0; r < cols.size; r++) {
      if (cols.start[r] != IncidentColumns.NO_START && cols.start[r] >= since) {
        keep[n++] = r;
      }
    }
    return Arrays.copyOf(keep, n);
  }

  /**
   * Rows sorted by start (ties by row), undated rows last. The start, as seconds after the earliest
   * one, and the row pack into one long so that a primitive sort does the work; a span too long for
   * 31 bits of seconds (68 years) falls back to ranking the starts.
   */
  private int[] orderByStart(int[] rows) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int dated = 0;
    for (int row : rows) {
      long start = cols.start[row];
      if (start != IncidentColumns.NO_START) {
        min = Math.min(min, start);
        max = Math.max(max, start);
        dated++;
      }
    }
    long[] packed = new long[rows.length];
    if (dated == 0 || (max - min) / 1000 < Integer.MAX_VALUE - 1) {
      for (int i = 0; i < rows.length; i++) {
        long start = cols.start[rows[i]];
        long key = start == IncidentColumns.NO_START ? Integer.MAX_VALUE : (start - min) / 1000;
        packed[i] = (key << 32) | rows[i];
      }
    } else {
      long[] starts = new long[dated];
      int n = 0;
      for (int row : rows) {
        if (cols.start[row] != IncidentColumns.NO_START) {
          starts[n++] = cols.start[row];
        }
      }
      Arrays.sort(starts);
      for (int i = 0; i < rows.length; i++) {
        long start = cols.start[rows[i]];
        long rank =
            start == IncidentColumns.NO_START
                ? Integer.MAX_VALUE
                : Arrays.binarySearch(starts, start);
        packed[i] = (rank << 32) | rows[i];
      }
    }
    Arrays.sort(packed);
    return unpack(packed);
  }

  private static int[] unpack(long[] packed) {
    int[] ordered = new int[packed.length];
    for (int i = 0; i < packed.length; i++) {
      ordered[i] = (int) packed[i];
    }
    return ordered;
  }

  /** Rows of each signature, each group in start order. */
  private static final class Grouping {
    int count;
    int[] offsets;
    int[] rows;
    int[] groupOfRow;
    int[] representative;

    int size(int g) {
      return offsets[g + 1] - offsets[g];
    }

    int largest() {
      int max = 0;
      for (int g = 0; g < count; g++) {
        max = Math.max(max, size(g));
      }
      return max;
    }
  }

  private Grouping group(int[] ordered) {
    boolean byFault = options.groupsBy(Dimension.FAULT);
    boolean byComponent = options.groupsBy(Dimension.COMPONENT);
    boolean byService = options.groupsBy(Dimension.SERVICE);
    long components = cols.componentNames.length + 1L;
    long services = cols.serviceNames.length + 1L;
    Map<Long, Integer> ids = new HashMap<>();
    // a dense key table when the key space is small, which it is unless services are many
    long keySpace = (cols.faultNames.length + 1L) * components * services;
    int[] dense = keySpace <= MAX_DENSE_CELLS ? new int[(int) keySpace] : null;
    if (dense != null) {
      Arrays.fill(dense, -1);
    }
    Grouping grouping = new Grouping();
    grouping.groupOfRow = new int[cols.size];
    int[] sizes = new int[16];
    int[] representative = new int[16];
    long lastKey = Long.MIN_VALUE;
    int lastId = -1;
    for (int row : ordered) {
      long key =
          ((byFault ? cols.fault[row] : 0) * components + (byComponent ? cols.component[row] : 0))
                  * services
              + (byService ? cols.service[row] : 0);
      int id;
      if (key == lastKey) {
        id = lastId;
      } else {
        Integer known =
            dense == null ? ids.get(key) : (dense[(int) key] < 0 ? null : dense[(int) key]);
        if (known == null) {
          id = ids.size();
          ids.put(key, id);
          if (dense != null) {
            dense[(int) key] = id;
          }
          if (id == sizes.length) {
            sizes = Arrays.copyOf(sizes, id * 2);
            representative = Arrays.copyOf(representative, id * 2);
          }
          representative[id] = row;
        } else {
          id = known;
        }
        lastKey = key;
        lastId = id;
      }
      grouping.groupOfRow[row] = id;
      sizes[id]++;
    }
    grouping.count = ids.size();
    grouping.representative = representative;
    grouping.offsets = new int[grouping.count + 1];
    for (int g = 0; g < grouping.count; g++) {
      grouping.offsets[g + 1] = grouping.offsets[g] + sizes[g];
    }
    int[] fill = Arrays.copyOf(grouping.offsets, grouping.count);
    grouping.rows = new int[ordered.length];
    for (int row : ordered) {
      grouping.rows[fill[grouping.groupOfRow[row]]++] = row;
    }
    return grouping;
  }

  Signature signature(int row) {
    return new Signature(
        options.groupsBy(Dimension.FAULT)
            ? Optional.of(cols.faultNames[cols.fault[row]])
            : Optional.empty(),
        options.groupsBy(Dimension.COMPONENT)
            ? Optional.of(cols.componentNames[cols.component[row]])
            : Optional.empty(),
        options.groupsBy(Dimension.SERVICE)
            ? Optional.of(cols.serviceNames[cols.service[row]])
            : Optional.empty());
  }

  /** A "promised before" pair found during the scan, ordered by the later incident's start rank. */
  private record Pair(int group, int category, int earlier, int later, long laterStart) {}

  private SignatureStats signatureStats(
      Grouping grouping,
      int g,
      long midpoint,
      double[] buffer,
      PriorityQueue<Pair> promised,
      int[] promisedTotal) {
    int from = grouping.offsets[g];
    int to = grouping.offsets[g + 1];
    Period period = options.period();
    List<LabelCount> perPeriod = new ArrayList<>();
    long first = IncidentColumns.NO_START;
    long last = IncidentColumns.NO_START;
    int intervals = 0;
    int earlier = 0;
    int later = 0;
    int runPeriod = Integer.MIN_VALUE;
    // rows come in start order, so the period changes only when a start passes these bounds
    long runBegin = Long.MAX_VALUE;
    long runEnd = Long.MIN_VALUE;
    int runCount = 0;
    int keep = options.maxPromisedBefore();
    // within a group pairs come oldest first, so its newest `keep` pairs are the last ones found
    int[] ringEarlier = new int[keep];
    int[] ringLater = new int[keep];
    int[] ringCategory = new int[keep];
    int found = 0;
    int[] lastPromiser = new int[ActionCategory.values().length];
    Arrays.fill(lastPromiser, -1);
    int otherBit = IncidentColumns.bit(ActionCategory.OTHER);
    for (int i = from; i < to; i++) {
      int row = grouping.rows[i];
      long start = cols.start[row];
      if (start == IncidentColumns.NO_START) {
        continue;
      }
      if (last != IncidentColumns.NO_START) {
        // starts less than a second apart may be out of order; such a gap counts as zero
        buffer[intervals++] = Math.max(0, start - last) / 60_000.0;
      } else {
        first = start;
      }
      last = start;
      if (start < midpoint) {
        earlier++;
      } else {
        later++;
      }
      if (start >= runEnd || start < runBegin) {
        int p = period.index(start);
        runBegin = period.startMillis(p);
        runEnd = period.startMillis(p + 1);
        if (runCount > 0) {
          perPeriod.add(new LabelCount(period.label(runPeriod), runCount));
        }
        runPeriod = p;
        runCount = 0;
      }
      runCount++;
      int mask = cols.actionMask[row] & ~otherBit;
      while (mask != 0) {
        int c = Integer.numberOfTrailingZeros(mask);
        mask &= mask - 1;
        if (lastPromiser[c] >= 0) {
          if (keep > 0) {
            int slot = found % keep;
            ringEarlier[slot] = lastPromiser[c];
            ringLater[slot] = row;
            ringCategory[slot] = c;
          }
          found++;
        }
        lastPromiser[c] = row;
      }
    }
    if (runCount > 0) {
      perPeriod.add(new LabelCount(period.label(runPeriod), runCount));
    }
    promisedTotal[0] += found;
    for (int k = 0; k < Math.min(found, keep); k++) {
      Pair pair =
          new Pair(g, ringCategory[k], ringEarlier[k], ringLater[k], cols.start[ringLater[k]]);
      if (promised.size() < keep) {
        promised.add(pair);
      } else if (promised.peek().laterStart < pair.laterStart) {
        promised.poll();
        promised.add(pair);
      }
    }
    Summary intervalSummary = Summary.ofSorting(buffer, intervals);
    return new SignatureStats(
        signature(grouping.representative[g]),
        to - from,
        first == IncidentColumns.NO_START
            ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(first)),
        last == IncidentColumns.NO_START
            ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(last)),
        perPeriod,
        intervalSummary,
        summarise(grouping, from, to, cols.duration, buffer),
        summariseImpact(grouping, from, to, buffer),
        summarise(grouping, from, to, cols.timeToDetect, buffer),
        summarise(grouping, from, to, cols.timeToResolve, buffer),
        Trend.of(earlier, later),
        earlier,
        later);
  }

  private static Summary summarise(
      Grouping grouping, int from, int to, int[] column, double[] buffer) {
    int n = 0;
    for (int i = from; i < to; i++) {
      int v = column[grouping.rows[i]];
      if (v != IncidentColumns.ABSENT) {
        buffer[n++] = v;
      }
    }
    return Summary.ofSorting(buffer, n);
  }

  private Summary summariseImpact(Grouping grouping, int from, int to, double[] buffer) {
    int n = 0;
    for (int i = from; i < to; i++) {
      float v = cols.impact[grouping.rows[i]];
      if (!Float.isNaN(v)) {
        buffer[n++] = v;
      }
    }
    return Summary.ofSorting(buffer, n);
  }

  private static List<DurationBucket> histogram(double[] durations, int n) {
    int[] counts = new int[BUCKET_BOUNDS.length];
    for (int i = 0; i < n; i++) {
      int b = BUCKET_BOUNDS.length - 1;
      while (durations[i] < BUCKET_BOUNDS[b]) {
        b--;
      }
      counts[b]++;
    }
    List<DurationBucket> buckets = new ArrayList<>(counts.length);
    for (int b = 0; b < counts.length; b++) {
      buckets.add(
          new DurationBucket(
              BUCKET_LABELS[b],
              BUCKET_BOUNDS[b],
              b + 1 < BUCKET_BOUNDS.length ? Optional.of(BUCKET_BOUNDS[b + 1]) : Optional.empty(),
              counts[b]));
    }
    return buckets;
  }

  private List<PeriodBreakdown> periods(int[] ordered, int dated) {
    if (dated == 0) {
      return List.of();
    }
    Period period = options.period();
    int firstPeriod = period.index(cols.start[ordered[0]]);
    int lastPeriod = period.index(cols.start[ordered[dated - 1]]);
    boolean fill = (long) lastPeriod - firstPeriod < MAX_FILLED_PERIODS;
    List<PeriodBreakdown> out = new ArrayList<>();
    int[] byFault = new int[cols.faultNames.length];
    int current = firstPeriod;
    long currentEnd = period.startMillis(firstPeriod + 1);
    int total = 0;
    for (int i = 0; i <= dated; i++) {
      int p;
      if (i == dated) {
        p = Integer.MAX_VALUE;
      } else if (cols.start[ordered[i]] < currentEnd) {
        p = current;
      } else {
        p = period.index(cols.start[ordered[i]]);
        currentEnd = period.startMillis(p + 1);
      }
      if (p != current) {
        out.add(breakdown(period.label(current), total, byFault));
        Arrays.fill(byFault, 0);
        total = 0;
        if (fill && p != Integer.MAX_VALUE) {
          for (int gap = current + 1; gap < p; gap++) {
            out.add(new PeriodBreakdown(period.label(gap), 0, List.of()));
          }
        }
        current = p;
      }
      if (i < dated) {
        byFault[cols.fault[ordered[i]]]++;
        total++;
      }
    }
    return out;
  }

  private PeriodBreakdown breakdown(String label, int total, int[] byFault) {
    List<LabelCount> counts = new ArrayList<>();
    for (int f = 0; f < byFault.length; f++) {
      if (byFault[f] > 0) {
        counts.add(new LabelCount(cols.faultNames[f], byFault[f]));
      }
    }
    counts.sort(
        Comparator.comparingInt(LabelCount::count).reversed().thenComparing(LabelCount::label));
    return new PeriodBreakdown(label, total, counts);
  }

  private List<HerringStats> herrings(int[] rows, Grouping grouping) {
    int h = cols.herringNames.length;
    int[] chased = new int[h];
    int[] timed = new int[h];
    long[] minutes = new long[h];
    boolean dense = (long) h * grouping.count <= MAX_DENSE_CELLS;
    int[] cells = dense ? new int[h * grouping.count] : new int[0];
    Map<Long, Integer> sparse = dense ? Map.of() : new HashMap<>();
    for (int row : rows) {
      for (int i = cols.herringStart[row]; i < cols.herringStart[row + 1]; i++) {
        int herring = cols.herring[i];
        chased[herring]++;
        if (cols.herringMinutes[i] != IncidentColumns.ABSENT) {
          timed[herring]++;
          minutes[herring] += cols.herringMinutes[i];
        }
        int g = grouping.groupOfRow[row];
        if (dense) {
          cells[herring * grouping.count + g]++;
        } else {
          sparse.merge(((long) herring << 32) | g, 1, Integer::sum);
        }
      }
    }
    List<HerringStats> out = new ArrayList<>();
    for (int herring = 0; herring < h; herring++) {
      if (chased[herring] == 0) {
        continue;
      }
      List<LabelCount> bySignature = new ArrayList<>();
      for (int g = 0; g < grouping.count; g++) {
        int count =
            dense
                ? cells[herring * grouping.count + g]
                : sparse.getOrDefault(((long) herring << 32) | g, 0);
        if (count > 0) {
          bySignature.add(new LabelCount(signature(grouping.representative[g]).label(), count));
        }
      }
      bySignature.sort(
          Comparator.comparingInt(LabelCount::count).reversed().thenComparing(LabelCount::label));
      out.add(
          new HerringStats(
              cols.herringNames[herring],
              chased[herring],
              bySignature,
              timed[herring],
              minutes[herring]));
    }
    out.sort(
        Comparator.comparingInt(HerringStats::timesChased)
            .reversed()
            .thenComparing(Comparator.comparingLong(HerringStats::minutesSpent).reversed())
            .thenComparing(HerringStats::hypothesis));
    return out;
  }

  private List<PromisedBefore> promisedList(PriorityQueue<Pair> promised, Grouping grouping)
      throws IOException {
    List<Pair> pairs = new ArrayList<>(promised);
    pairs.sort(
        Comparator.comparingLong((Pair p) -> cols.start[p.later])
            .reversed()
            .thenComparing(Comparator.comparingLong((Pair p) -> cols.start[p.earlier]).reversed())
            .thenComparingInt(Pair::category));
    ActionCategory[] categories = ActionCategory.values();
    List<PromisedBefore> out = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      ActionCategory category = categories[p.category];
      out.add(
          new PromisedBefore(
              signature(grouping.representative[p.group]),
              category,
              details.ref(p.earlier),
              details.actions(p.earlier, category),
              details.ref(p.later),
              details.actions(p.later, category)));
    }
    return out;
  }
}
