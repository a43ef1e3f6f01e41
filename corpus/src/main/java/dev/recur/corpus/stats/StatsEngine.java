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

  /** Signatures: the most frequent first, then the most recently seen, then by label. */
  static final Comparator<SignatureStats> SIGNATURE_ORDER =
      Comparator.comparingInt(SignatureStats::count)
          .reversed()
          .thenComparing(
              (SignatureStats s) -> s.lastSeen().orElse(Instant.MIN), Comparator.reverseOrder())
          .thenComparing(s -> s.signature().label());

  /** Counted labels: the largest count first, then by label. */
  static final Comparator<LabelCount> COUNT_ORDER =
      Comparator.comparingInt(LabelCount::count).reversed().thenComparing(LabelCount::label);

  /** Red herrings: the most chased first, then the costliest, then by hypothesis. */
  static final Comparator<HerringStats> HERRING_ORDER =
      Comparator.comparingInt(HerringStats::timesChased)
          .reversed()
          .thenComparing(Comparator.comparingLong(HerringStats::minutesSpent).reversed())
          .thenComparing(HerringStats::hypothesis);

  /** Above this many periods the timeline lists only periods that have incidents. */
  private static final int MAX_FILLED_PERIODS = 1_200;

  /** Rows are copied into their groups in this many chunks, side by side... */
  private static final int CHUNKS = 4;

  /** ...unless they are fewer than this. */
  private static final int MIN_CHUNK = 1 << 16;

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

  /**
   * Finds incident families among candidate rows; the text index does the comparing. It runs
   * alongside the scan, on another thread, and is the only user of the incident details meanwhile.
   */
  interface FamilySource {
    /** The families among {@code candidates} (rows, newest first). */
    List<IncidentFamily> find(int[] candidates, IntFunction<String> signatureOf) throws IOException;
  }

  /** Computes every statistic; {@code families} is asked about the most recent candidates only. */
  RecurrenceStats compute(FamilySource families) throws IOException {
    int[] rows = selectRows();
    long[] order = startOrder(rows);
    int datedCount = 0;
    long firstKey = Long.MAX_VALUE;
    long lastKey = Long.MIN_VALUE;
    long earliest = Long.MAX_VALUE;
    long latest = Long.MIN_VALUE;
    for (long key : order) {
      if ((key >>> 32) != UNDATED) {
        datedCount++;
        firstKey = Math.min(firstKey, key);
        lastKey = Math.max(lastKey, key);
        long start = cols.start[(int) key];
        earliest = Math.min(earliest, start);
        latest = Math.max(latest, start);
      }
    }
    int dated = datedCount;
    long from = dated == 0 ? 0 : cols.start[(int) firstKey];
    long to = dated == 0 ? 0 : cols.start[(int) lastKey];
    long midpoint = from + (to - from) / 2;
    PeriodTable periods =
        new PeriodTable(options.period(), dated == 0 ? 0 : earliest, dated == 0 ? 0 : latest);

    Grouping grouping = group(rows, order);
    // the groups, largest first, and the whole-selection figures are computed side by side
    Integer[] bySize = new Integer[grouping.count];
    Arrays.setAll(bySize, g -> g);
    Arrays.sort(bySize, Comparator.comparingInt(grouping::size).reversed());
    GroupResult[] groups = new GroupResult[grouping.count];
    Whole whole = new Whole();
    int[] candidates = familyCandidates(order, dated);
    Workers.run(
        Whole.TASKS + grouping.count,
        task -> {
          if (task < Whole.TASKS) {
            whole.compute(task, rows, dated, periods, grouping, families, candidates);
          } else {
            int g = bySize[task - Whole.TASKS];
            groups[g] = signatureStats(grouping, g, midpoint, periods);
          }
        });
    // the listing keeps the newest pairs; offering them group by group, as found, makes the
    // choice among pairs tied at the cut the same on every run
    PriorityQueue<Pair> promised =
        new PriorityQueue<>(Comparator.comparingLong((Pair p) -> p.laterStart));
    int promisedTotal = 0;
    int keep = options.maxPromisedBefore();
    List<SignatureStats> signatures = new ArrayList<>(grouping.count);
    for (GroupResult group : groups) {
      signatures.add(group.stats);
      promisedTotal += group.promised;
      for (Pair pair : group.pairs) {
        if (promised.size() < keep) {
          promised.add(pair);
        } else if (promised.peek().laterStart < pair.laterStart) {
          promised.poll();
          promised.add(pair);
        }
      }
    }
    signatures.sort(SIGNATURE_ORDER);

    return new RecurrenceStats(
        options,
        rows.length,
        dated,
        dated == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(from)),
        dated == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(to)),
        signatures,
        whole.periods,
        whole.durations,
        whole.histogram,
        whole.herrings,
        promisedList(promised, grouping),
        promisedTotal,
        whole.families);
  }

  /** The figures over the whole selection, each one task, the longest first. */
  private final class Whole {
    static final int TASKS = 4;
    List<IncidentFamily> families;
    List<HerringStats> herrings;
    List<PeriodBreakdown> periods;
    List<DurationBucket> histogram;
    Summary durations;

    void compute(
        int task,
        int[] rows,
        int dated,
        PeriodTable table,
        Grouping grouping,
        FamilySource source,
        int[] candidates)
        throws IOException {
      switch (task) {
        case 0 -> families = source.find(candidates, row -> signature(row).label());
        case 1 -> herrings = herrings(rows, grouping);
        case 2 -> periods = periods(rows, dated, table);
        default -> {
          int[] all = new int[rows.length];
          int n = 0;
          for (int row : rows) {
            if (cols.duration[row] != IncidentColumns.ABSENT) {
              all[n++] = cols.duration[row];
            }
          }
          histogram = histogram(all, n);
          durations = Summary.ofInts(all, n);
        }
      }
    }
  }

  /** What the scan of one group yields: its statistics and its newest "promised before" pairs. */
  private record GroupResult(SignatureStats stats, List<Pair> pairs, int promised) {}

  /**
   * The newest dated rows first, then the undated ones in row order, at most {@code
   * familyCandidates}: the largest start keys are kept in a bounded min-heap rather than by sorting
   * every row.
   */
  private int[] familyCandidates(long[] order, int dated) {
    int[] out = new int[Math.min(options.familyCandidates(), order.length)];
    int newest = Math.min(out.length, dated);
    long[] heap = new long[newest];
    int size = 0;
    for (long key : order) {
      if (newest == 0 || (key >>> 32) == UNDATED) {
        continue;
      }
      if (size < newest) {
        heap[size] = key;
        siftUp(heap, size++);
      } else if (key > heap[0]) {
        heap[0] = key;
        siftDown(heap, size);
      }
    }
    Arrays.sort(heap);
    for (int i = 0; i < newest; i++) {
      out[i] = (int) heap[newest - 1 - i];
    }
    int i = newest;
    for (int k = 0; k < order.length && i < out.length; k++) {
      if ((order[k] >>> 32) == UNDATED) {
        out[i++] = (int) order[k];
      }
    }
    return out;
  }

  private static void siftUp(long[] heap, int i) {
    long v = heap[i];
    while (i > 0 && heap[(i - 1) >>> 1] > v) {
      heap[i] = heap[(i - 1) >>> 1];
      i = (i - 1) >>> 1;
    }
    heap[i] = v;
  }

  private static void siftDown(long[] heap, int size) {
    long v = heap[0];
    int i = 0;
    while (2 * i + 1 < size) {
      int c = 2 * i + 1;
      if (c + 1 < size && heap[c + 1] < heap[c]) {
        c++;
      }
      if (heap[c] >= v) {
        break;
      }
      heap[i] = heap[c];
      i = c;
    }
    heap[i] = v;
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

  /** The start key of an undated row, above every dated one. */
  private static final long UNDATED = Integer.MAX_VALUE;

  /**
   * Each row's place in start order (ties by row, undated rows last), as a long that compares like
   * that order: the start, as seconds after the earliest one, above the row. A span too long for 31
   * bits of seconds (68 years) falls back to ranking the starts.
   */
  private long[] startOrder(int[] rows) {
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
        long key = start == IncidentColumns.NO_START ? UNDATED : (start - min) / 1000;
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
            start == IncidentColumns.NO_START ? UNDATED : Arrays.binarySearch(starts, start);
        packed[i] = (rank << 32) | rows[i];
      }
    }
    return packed;
  }

  /**
   * The rows of each signature, laid out group after group with the columns the per-signature pass
   * reads copied alongside, so that the pass reads memory in order instead of jumping across the
   * whole table. Groups are numbered in the order of their first incident.
   */
  private static final class Grouping {
    int count;
    int[] offsets;
    int[] groupOfRow;
    int[] representative;

    /**
     * Per slot: the start key above the slot's index within its group; each group's task sorts its
     * own part.
     */
    long[] order;

    int[] row;
    long[] start;
    int[] actionMask;
    int[] duration;
    float[] impact;
    int[] timeToDetect;
    int[] timeToResolve;

    int size(int g) {
      return offsets[g + 1] - offsets[g];
    }
  }

  /** Scratch space for one group's samples. */
  private static final class Buffers {
    final double[] intervals;
    final int[] duration;
    final double[] impact;
    final int[] timeToDetect;
    final int[] timeToResolve;

    Buffers(int size) {
      intervals = new double[size];
      duration = new int[size];
      impact = new double[size];
      timeToDetect = new int[size];
      timeToResolve = new int[size];
    }
  }

  private Grouping group(int[] rows, long[] order) throws IOException {
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
    // first pass, in row order: a provisional id per row and each group's earliest start key
    int[] provisional = new int[rows.length];
    int count = 0;
    long[] earliest = new long[16];
    long lastKey = Long.MIN_VALUE;
    int lastId = -1;
    for (int i = 0; i < rows.length; i++) {
      int row = rows[i];
      long key =
          ((byFault ? cols.fault[row] : 0) * components + (byComponent ? cols.component[row] : 0))
                  * services
              + (byService ? cols.service[row] : 0);
      int id;
      if (key == lastKey) {
        id = lastId;
      } else {
        id = dense == null ? ids.getOrDefault(key, -1) : dense[(int) key];
        if (id < 0) {
          id = count++;
          if (dense == null) {
            ids.put(key, id);
          } else {
            dense[(int) key] = id;
          }
          if (id == earliest.length) {
            earliest = Arrays.copyOf(earliest, id * 2);
          }
          earliest[id] = Long.MAX_VALUE;
        }
        lastKey = key;
        lastId = id;
      }
      provisional[i] = id;
      earliest[id] = Math.min(earliest[id], order[i]);
    }
    // groups are numbered by their first incident in start order, as a sorted scan would meet them
    long[] firsts = Arrays.copyOf(earliest, count);
    Arrays.sort(firsts);
    int[] renumber = new int[count];
    for (int id = 0; id < count; id++) {
      renumber[id] = Arrays.binarySearch(firsts, earliest[id]);
    }
    Grouping grouping = new Grouping();
    grouping.count = count;
    grouping.representative = new int[count];
    for (int g = 0; g < count; g++) {
      grouping.representative[g] = (int) firsts[g];
    }
    // the rows are cut into chunks that are copied side by side, each into its own slots
    int chunks = rows.length < MIN_CHUNK ? 1 : CHUNKS;
    int[] chunkSizes = new int[chunks * count];
    grouping.groupOfRow = new int[cols.size];
    for (int c = 0; c < chunks; c++) {
      for (int i = chunkStart(c, chunks, rows.length);
          i < chunkStart(c + 1, chunks, rows.length);
          i++) {
        int g = renumber[provisional[i]];
        provisional[i] = g;
        grouping.groupOfRow[rows[i]] = g;
        chunkSizes[c * count + g]++;
      }
    }
    grouping.offsets = new int[count + 1];
    // chunkFill[c * count + g] is where chunk c's first row of group g goes
    int[] chunkFill = new int[chunks * count];
    for (int g = 0; g < count; g++) {
      int slot = grouping.offsets[g];
      for (int c = 0; c < chunks; c++) {
        chunkFill[c * count + g] = slot;
        slot += chunkSizes[c * count + g];
      }
      grouping.offsets[g + 1] = slot;
    }
    int n = rows.length;
    grouping.order = new long[n];
    grouping.row = new int[n];
    grouping.start = new long[n];
    grouping.actionMask = new int[n];
    grouping.duration = new int[n];
    grouping.impact = new float[n];
    grouping.timeToDetect = new int[n];
    grouping.timeToResolve = new int[n];
    Workers.run(
        chunks,
        c -> {
          int[] fill = chunkFill;
          int base = c * grouping.count;
          for (int i = chunkStart(c, chunks, n); i < chunkStart(c + 1, chunks, n); i++) {
            int g = provisional[i];
            int slot = fill[base + g]++;
            int row = rows[i];
            // rows arrive in increasing order, so a slot's index within its group breaks ties by
            // row
            grouping.order[slot] = (order[i] & 0xffffffff00000000L) | (slot - grouping.offsets[g]);
            grouping.row[slot] = row;
            grouping.start[slot] = cols.start[row];
            grouping.actionMask[slot] = cols.actionMask[row];
            grouping.duration[slot] = cols.duration[row];
            grouping.impact[slot] = cols.impact[row];
            grouping.timeToDetect[slot] = cols.timeToDetect[row];
            grouping.timeToResolve[slot] = cols.timeToResolve[row];
          }
        });
    return grouping;
  }

  /** Where chunk {@code c} of {@code chunks} begins among {@code n} rows. */
  private static int chunkStart(int c, int chunks, int n) {
    return (int) ((long) n * c / chunks);
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

  /** Sorts group {@code g} by start and scans it once; touches nothing shared but to read. */
  private GroupResult signatureStats(Grouping grouping, int g, long midpoint, PeriodTable periods) {
    int from = grouping.offsets[g];
    int to = grouping.offsets[g + 1];
    Arrays.sort(grouping.order, from, to);
    Buffers buffers = new Buffers(to - from);
    List<LabelCount> perPeriod = new ArrayList<>();
    long first = IncidentColumns.NO_START;
    long last = IncidentColumns.NO_START;
    int intervals = 0;
    int durations = 0;
    int impacts = 0;
    int detected = 0;
    int resolved = 0;
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
      int slot = from + (int) grouping.order[i];
      // the samples are taken in start order, which fixes the summation order of the means
      if (grouping.duration[slot] != IncidentColumns.ABSENT) {
        buffers.duration[durations++] = grouping.duration[slot];
      }
      if (!Float.isNaN(grouping.impact[slot])) {
        buffers.impact[impacts++] = grouping.impact[slot];
      }
      if (grouping.timeToDetect[slot] != IncidentColumns.ABSENT) {
        buffers.timeToDetect[detected++] = grouping.timeToDetect[slot];
      }
      if (grouping.timeToResolve[slot] != IncidentColumns.ABSENT) {
        buffers.timeToResolve[resolved++] = grouping.timeToResolve[slot];
      }
      long start = grouping.start[slot];
      if (start == IncidentColumns.NO_START) {
        continue;
      }
      int row = grouping.row[slot];
      if (last != IncidentColumns.NO_START) {
        // starts less than a second apart may be out of order; such a gap counts as zero
        buffers.intervals[intervals++] = Math.max(0, start - last) / 60_000.0;
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
        int p = periods.index(start);
        runBegin = periods.startMillis(p);
        runEnd = periods.startMillis(p + 1);
        if (runCount > 0) {
          perPeriod.add(new LabelCount(periods.label(runPeriod), runCount));
        }
        runPeriod = p;
        runCount = 0;
      }
      runCount++;
      int mask = grouping.actionMask[slot] & ~otherBit;
      while (mask != 0) {
        int c = Integer.numberOfTrailingZeros(mask);
        mask &= mask - 1;
        if (lastPromiser[c] >= 0) {
          if (keep > 0) {
            int ring = found % keep;
            ringEarlier[ring] = lastPromiser[c];
            ringLater[ring] = row;
            ringCategory[ring] = c;
          }
          found++;
        }
        lastPromiser[c] = row;
      }
    }
    if (runCount > 0) {
      perPeriod.add(new LabelCount(periods.label(runPeriod), runCount));
    }
    List<Pair> pairs = new ArrayList<>(Math.min(found, keep));
    for (int k = 0; k < Math.min(found, keep); k++) {
      pairs.add(
          new Pair(g, ringCategory[k], ringEarlier[k], ringLater[k], cols.start[ringLater[k]]));
    }
    SignatureStats stats =
        new SignatureStats(
            signature(grouping.representative[g]),
            to - from,
            first == IncidentColumns.NO_START
                ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(first)),
            last == IncidentColumns.NO_START
                ? Optional.empty()
                : Optional.of(Instant.ofEpochMilli(last)),
            perPeriod,
            Summary.ofSorting(buffers.intervals, intervals),
            Summary.ofInts(buffers.duration, durations),
            Summary.ofSorting(buffers.impact, impacts),
            Summary.ofInts(buffers.timeToDetect, detected),
            Summary.ofInts(buffers.timeToResolve, resolved),
            Trend.of(earlier, later),
            earlier,
            later);
    return new GroupResult(stats, pairs, found);
  }

  private static List<DurationBucket> histogram(int[] durations, int n) {
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

  /**
   * Incidents per period stacked by fault. Counting goes into a period × fault table in row order;
   * a span too long to tabulate is counted by sorting (period, fault) pairs instead.
   */
  private List<PeriodBreakdown> periods(int[] rows, int dated, PeriodTable periods) {
    if (dated == 0) {
      return List.of();
    }
    int faults = cols.faultNames.length;
    List<PeriodBreakdown> out = new ArrayList<>();
    if (periods.tabulated() && (long) periods.size() * faults <= MAX_DENSE_CELLS) {
      int[] counts = new int[periods.size() * faults];
      for (int row : rows) {
        long start = cols.start[row];
        if (start != IncidentColumns.NO_START) {
          counts[(periods.index(start) - periods.first()) * faults + cols.fault[row]]++;
        }
      }
      boolean fill = periods.size() - 1 < MAX_FILLED_PERIODS;
      int[] byFault = new int[faults];
      for (int p = 0; p < periods.size(); p++) {
        System.arraycopy(counts, p * faults, byFault, 0, faults);
        int total = 0;
        for (int count : byFault) {
          total += count;
        }
        if (total > 0 || fill) {
          out.add(breakdown(periods.label(periods.first() + p), total, byFault));
        }
      }
      return out;
    }
    long[] pairs = new long[dated];
    int n = 0;
    for (int row : rows) {
      long start = cols.start[row];
      if (start != IncidentColumns.NO_START) {
        pairs[n++] = ((long) periods.index(start) << 32) | cols.fault[row];
      }
    }
    Arrays.sort(pairs);
    int[] byFault = new int[faults];
    int total = 0;
    for (int i = 0; i < n; i++) {
      byFault[(int) pairs[i]]++;
      total++;
      if (i + 1 == n || (pairs[i + 1] >> 32) != (pairs[i] >> 32)) {
        out.add(breakdown(periods.label((int) (pairs[i] >> 32)), total, byFault));
        Arrays.fill(byFault, 0);
        total = 0;
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
    counts.sort(COUNT_ORDER);
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
      bySignature.sort(COUNT_ORDER);
      out.add(
          new HerringStats(
              cols.herringNames[herring],
              chased[herring],
              bySignature,
              timed[herring],
              minutes[herring]));
    }
    out.sort(HERRING_ORDER);
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
