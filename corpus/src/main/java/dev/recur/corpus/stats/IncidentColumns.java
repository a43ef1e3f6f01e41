package dev.recur.corpus.stats;

import dev.recur.core.ActionCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A columnar, read-only view of the per-incident values the statistics need, one row per indexed
 * record: the signature parts as dictionary ordinals, start, duration, impact, response times, red
 * herrings with their cost, and the corrective-action categories as a bit mask. Built once from the
 * index's doc values so that a million rows fit in a few dozen megabytes and are scanned in
 * milliseconds.
 */
final class IncidentColumns {

  static final long NO_START = Long.MIN_VALUE;
  static final int ABSENT = -1;
  static final String UNKNOWN_FAULT = "unknown";
  static final String OTHER_COMPONENT = "other";
  static final String UNSPECIFIED_SERVICE = "unspecified";

  final int size;
  final String[] faultNames;
  final String[] componentNames;
  final String[] serviceNames;
  final String[] herringNames;
  final int[] fault;
  final int[] component;
  final int[] service;
  final long[] start;
  final int[] duration;
  final float[] impact;
  final int[] timeToDetect;
  final int[] timeToResolve;
  final int[] actionMask;

  /** Row {@code r}'s red herrings are {@code herring[herringStart[r] .. herringStart[r + 1])}. */
  final int[] herringStart;

  final int[] herring;

  /** Minutes spent per herring entry, {@link #ABSENT} when unknown. */
  final int[] herringMinutes;

  /** The index's document id of each row, to fetch stored fields for the few rows listed. */
  final int[] docId;

  private IncidentColumns(Builder b) {
    size = b.size;
    faultNames = b.faults.names();
    componentNames = b.components.names();
    serviceNames = b.services.names();
    herringNames = b.herrings.names();
    fault = Arrays.copyOf(b.fault, size);
    component = Arrays.copyOf(b.component, size);
    service = Arrays.copyOf(b.service, size);
    start = Arrays.copyOf(b.start, size);
    duration = Arrays.copyOf(b.duration, size);
    impact = Arrays.copyOf(b.impact, size);
    timeToDetect = Arrays.copyOf(b.timeToDetect, size);
    timeToResolve = Arrays.copyOf(b.timeToResolve, size);
    actionMask = Arrays.copyOf(b.actionMask, size);
    docId = Arrays.copyOf(b.docId, size);
    herringStart = Arrays.copyOf(b.herringStart, size + 1);
    herring = Arrays.copyOf(b.herring, b.herringCount);
    herringMinutes = Arrays.copyOf(b.herringMinutes, b.herringCount);
  }

  static Builder builder(int expectedRows) {
    return new Builder(expectedRows);
  }

  /** The bit of {@code category} in {@link #actionMask}. */
  static int bit(ActionCategory category) {
    return 1 << category.ordinal();
  }

  /** Interns strings into dense ordinals in first-seen order. */
  static final class Dictionary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int id(String name) {
      Integer id = ids.get(name);
      if (id == null) {
        id = names.size();
        ids.put(name, id);
        names.add(name);
      }
      return id;
    }

    String[] names() {
      return names.toArray(new String[0]);
    }
  }

  /** Appends rows; the dictionaries turn values into ordinals, one lookup per distinct value. */
  static final class Builder {
    final Dictionary faults = new Dictionary();
    final Dictionary components = new Dictionary();
    final Dictionary services = new Dictionary();
    final Dictionary herrings = new Dictionary();
    private int size;
    // the column arrays are filled in place by bulk readers after appendRows
    int[] fault;
    int[] component;
    int[] service;
    long[] start;
    int[] duration;
    float[] impact;
    int[] timeToDetect;
    int[] timeToResolve;
    int[] actionMask;
    int[] docId;
    private int[] herringStart;
    private int herringCount;

    /** Rows whose red herrings are final; {@code herringStart} of later rows may be stale. */
    private int settled;

    private int[] herring = new int[16];
    private int[] herringMinutes = new int[16];

    private Builder(int expectedRows) {
      int n = Math.max(expectedRows, 4);
      fault = new int[n];
      component = new int[n];
      service = new int[n];
      start = new long[n];
      duration = new int[n];
      impact = new float[n];
      timeToDetect = new int[n];
      timeToResolve = new int[n];
      actionMask = new int[n];
      docId = new int[n];
      herringStart = new int[n + 1];
    }

    /**
     * Adds a row from dictionary ordinals; {@code start} is {@link #NO_START} and the minute counts
     * {@link #ABSENT} when unknown, {@code impact} NaN. Call {@link #herring} afterwards for the
     * row's red herrings.
     */
    Builder row(
        int docId,
        int faultId,
        int componentId,
        int serviceId,
        long start,
        int duration,
        float impact,
        int timeToDetect,
        int timeToResolve,
        int actionMask) {
      if (size == fault.length) {
        grow();
      }
      settle(size);
      this.docId[size] = docId;
      this.fault[size] = faultId;
      this.component[size] = componentId;
      this.service[size] = serviceId;
      this.start[size] = start;
      this.duration[size] = duration;
      this.impact[size] = impact;
      this.timeToDetect[size] = timeToDetect;
      this.timeToResolve[size] = timeToResolve;
      this.actionMask[size] = actionMask;
      size++;
      herringStart[size] = herringCount;
      settled = size;
      return this;
    }

    /** Adds a red herring to the last row; a herring already on the row only adds its minutes. */
    Builder herring(int herringId, int minutes) {
      if (size == 0) {
        throw new IllegalStateException("add a row before its red herrings");
      }
      settle(size - 1);
      for (int i = herringStart[size - 1]; i < herringCount; i++) {
        if (herring[i] == herringId) {
          if (minutes != ABSENT) {
            herringMinutes[i] = herringMinutes[i] == ABSENT ? minutes : herringMinutes[i] + minutes;
          }
          return this;
        }
      }
      if (herringCount == herring.length) {
        herring = Arrays.copyOf(herring, herringCount * 2);
        herringMinutes = Arrays.copyOf(herringMinutes, herringCount * 2);
      }
      herring[herringCount] = herringId;
      herringMinutes[herringCount] = minutes;
      herringCount++;
      herringStart[size] = herringCount;
      settled = size;
      return this;
    }

    /**
     * Appends {@code count} rows holding the given dictionary ids and nothing else (no start, no
     * minutes, no impact, no actions, no red herrings), for a reader to fill column by column;
     * returns the first new row.
     */
    int appendRows(int count, int faultId, int componentId, int serviceId) {
      while (size + count > fault.length) {
        grow();
      }
      int from = size;
      int to = size + count;
      Arrays.fill(fault, from, to, faultId);
      Arrays.fill(component, from, to, componentId);
      Arrays.fill(service, from, to, serviceId);
      Arrays.fill(start, from, to, NO_START);
      Arrays.fill(duration, from, to, ABSENT);
      Arrays.fill(impact, from, to, Float.NaN);
      Arrays.fill(timeToDetect, from, to, ABSENT);
      Arrays.fill(timeToResolve, from, to, ABSENT);
      Arrays.fill(actionMask, from, to, 0);
      size = to;
      return from;
    }

    /**
     * Gives rows {@code first ..} their red herrings: row {@code first + r} has {@code counts[r]}
     * entries, taken in order from {@code ids} and {@code minutes}, each herring at most once a
     * row. Rows get their red herrings in row order; the rows skipped have none.
     */
    void appendHerrings(int first, int[] counts, int[] ids, int[] minutes, int n) {
      if (first < settled || first + counts.length > size) {
        throw new IllegalStateException("red herrings go to later rows, in row order");
      }
      settle(first);
      if (herringCount + n > herring.length) {
        int capacity = Math.max(herring.length * 2, herringCount + n);
        herring = Arrays.copyOf(herring, capacity);
        herringMinutes = Arrays.copyOf(herringMinutes, capacity);
      }
      System.arraycopy(ids, 0, herring, herringCount, n);
      System.arraycopy(minutes, 0, herringMinutes, herringCount, n);
      for (int r = 0; r < counts.length; r++) {
        herringStart[first + r + 1] = herringStart[first + r] + counts[r];
      }
      herringCount += n;
      settled = first + counts.length;
    }

    /** Adds a row from values, interning the strings; for tests and small inputs. */
    Builder row(
        int docId,
        String fault,
        String component,
        String service,
        long start,
        int duration,
        float impact,
        int timeToDetect,
        int timeToResolve,
        Set<ActionCategory> actions) {
      int mask = 0;
      for (ActionCategory c : actions) {
        mask |= bit(c);
      }
      return row(
          docId,
          faults.id(fault),
          components.id(component),
          services.id(service),
          start,
          duration,
          impact,
          timeToDetect,
          timeToResolve,
          mask);
    }

    /** Adds a red herring by name to the last row. */
    Builder herring(String hypothesis, int minutes) {
      return herring(herrings.id(hypothesis), minutes);
    }

    private void grow() {
      int n = fault.length * 2;
      fault = Arrays.copyOf(fault, n);
      component = Arrays.copyOf(component, n);
      service = Arrays.copyOf(service, n);
      start = Arrays.copyOf(start, n);
      duration = Arrays.copyOf(duration, n);
      impact = Arrays.copyOf(impact, n);
      timeToDetect = Arrays.copyOf(timeToDetect, n);
      timeToResolve = Arrays.copyOf(timeToResolve, n);
      actionMask = Arrays.copyOf(actionMask, n);
      docId = Arrays.copyOf(docId, n);
      herringStart = Arrays.copyOf(herringStart, n + 1);
    }

    /** Settles the rows before {@code row} that got no red herrings. */
    private void settle(int row) {
      for (int r = settled + 1; r <= row; r++) {
        herringStart[r] = herringCount;
      }
      settled = Math.max(settled, row);
    }

    IncidentColumns build() {
      settle(size);
      return new IncidentColumns(this);
    }
  }
}
