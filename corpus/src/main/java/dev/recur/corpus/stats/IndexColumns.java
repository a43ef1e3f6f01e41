package dev.recur.corpus.stats;

import static org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;

import dev.recur.core.ActionCategory;
import dev.recur.corpus.index.IndexFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Reads {@link IncidentColumns} from the doc values {@link IndexFields} describes. Segment ordinals
 * are translated to global dictionary ids once per distinct value, and each field is read on its
 * own in document order, so the per-document work is a doc-values step and an array store.
 */
final class IndexColumns {

  private IndexColumns() {}

  static IncidentColumns read(IndexReader reader) throws IOException {
    IncidentColumns.Builder b = IncidentColumns.builder(reader.numDocs());
    List<LeafReaderContext> leaves = reader.leaves();
    // the dictionaries and the row ranges are settled in segment order, then the segments are
    // read side by side, the largest first, each into its own rows
    Segment[] segments = new Segment[leaves.size()];
    for (int i = 0; i < segments.length; i++) {
      segments[i] = new Segment(leaves.get(i), b);
    }
    Segment[] largestFirst = segments.clone();
    Arrays.sort(largestFirst, Comparator.comparingInt((Segment s) -> s.rows).reversed());
    Workers.run(largestFirst.length, i -> largestFirst[i].read(b));
    for (Segment segment : segments) {
      b.appendHerrings(
          segment.base,
          segment.herringCounts,
          segment.herringIds,
          segment.minutes,
          segment.herringTotal);
    }
    return b.build();
  }

  /**
   * One segment's share of the rows. Made in segment order, it maps the segment's ordinals to
   * dictionary ids and reserves the rows; {@link #read} then fills them column by column: each
   * doc-values field is walked once with {@code nextDoc}, which skips the documents without a value
   * in bulk, and its values land straight in the row arrays.
   */
  private static final class Segment {
    final LeafReaderContext context;
    final SortedDocValues fault;
    final SortedDocValues component;
    final SortedDocValues service;
    final SortedSetDocValues actions;
    final SortedSetDocValues herrings;
    final SortedSetDocValues costs;
    final int[] faultIds;
    final int[] componentIds;
    final int[] serviceIds;
    final int[] actionBits;
    final int[] herringIdOfOrd;
    final int[] costHerring;
    final int[] costMinutes;

    /** The row of each document, -1 for a deleted one; null when none is deleted. */
    final int[] rowOf;

    final int rows;
    final int base;
    int[] herringCounts;
    int[] herringIds;
    int[] minutes;
    int herringTotal;

    Segment(LeafReaderContext context, IncidentColumns.Builder b) throws IOException {
      this.context = context;
      LeafReader leaf = context.reader();
      fault = DocValues.getSorted(leaf, IndexFields.FAULT);
      component = DocValues.getSorted(leaf, IndexFields.COMPONENT);
      service = DocValues.getSorted(leaf, IndexFields.SERVICE);
      actions = DocValues.getSortedSet(leaf, IndexFields.ACTION);
      herrings = DocValues.getSortedSet(leaf, IndexFields.HERRING);
      costs = DocValues.getSortedSet(leaf, IndexFields.HERRING_COST);
      faultIds = ids(fault, b.faults);
      componentIds = ids(component, b.components);
      serviceIds = ids(service, b.services);
      actionBits = new int[(int) actions.getValueCount()];
      for (int ord = 0; ord < actionBits.length; ord++) {
        actionBits[ord] = IncidentColumns.bit(category(actions.lookupOrd(ord)));
      }
      herringIdOfOrd = ids(herrings, b.herrings);
      costHerring = new int[(int) costs.getValueCount()];
      costMinutes = new int[costHerring.length];
      for (int ord = 0; ord < costHerring.length; ord++) {
        String value = costs.lookupOrd(ord).utf8ToString();
        int eq = value.lastIndexOf('=');
        costHerring[ord] = eq < 0 ? -1 : b.herrings.id(value.substring(0, eq));
        costMinutes[ord] = eq < 0 ? IncidentColumns.ABSENT : minutes(value.substring(eq + 1));
      }
      int maxDoc = leaf.maxDoc();
      Bits live = leaf.getLiveDocs();
      // a deleted document has no row; the others keep their order
      int[] map = null;
      int count = maxDoc;
      if (live != null) {
        map = new int[maxDoc];
        count = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
          map[doc] = live.get(doc) ? count++ : -1;
        }
      }
      rowOf = map;
      rows = count;
      base =
          b.appendRows(
              rows,
              b.faults.id(IncidentColumns.UNKNOWN_FAULT),
              b.components.id(IncidentColumns.OTHER_COMPONENT),
              b.services.id(IncidentColumns.UNSPECIFIED_SERVICE));
    }

    /** Fills this segment's rows; touches no other rows and no dictionary. */
    void read(IncidentColumns.Builder b) throws IOException {
      LeafReader leaf = context.reader();
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        int row = rowOf == null ? doc : rowOf[doc];
        if (row >= 0) {
          b.docId[base + row] = context.docBase + doc;
        }
      }
      readOrdinals(fault, faultIds, b.fault, base, rowOf);
      readOrdinals(component, componentIds, b.component, base, rowOf);
      readOrdinals(service, serviceIds, b.service, base, rowOf);
      NumericDocValues start = DocValues.getNumeric(leaf, IndexFields.START);
      for (int doc = start.nextDoc(); doc != NO_MORE_DOCS; doc = start.nextDoc()) {
        int row = rowOf == null ? doc : rowOf[doc];
        if (row >= 0) {
          b.start[base + row] = start.longValue();
        }
      }
      NumericDocValues impact = DocValues.getNumeric(leaf, IndexFields.IMPACT);
      for (int doc = impact.nextDoc(); doc != NO_MORE_DOCS; doc = impact.nextDoc()) {
        int row = rowOf == null ? doc : rowOf[doc];
        if (row >= 0) {
          b.impact[base + row] = (float) Double.longBitsToDouble(impact.longValue());
        }
      }
      readMinutes(DocValues.getNumeric(leaf, IndexFields.DURATION), b.duration, base, rowOf);
      readMinutes(DocValues.getNumeric(leaf, IndexFields.TTD), b.timeToDetect, base, rowOf);
      readMinutes(DocValues.getNumeric(leaf, IndexFields.TTR), b.timeToResolve, base, rowOf);
      for (int doc = actions.nextDoc(); doc != NO_MORE_DOCS; doc = actions.nextDoc()) {
        int row = rowOf == null ? doc : rowOf[doc];
        if (row >= 0) {
          int mask = 0;
          for (int i = actions.docValueCount(); i > 0; i--) {
            mask |= actionBits[(int) actions.nextOrd()];
          }
          b.actionMask[base + row] = mask;
        }
      }
      readHerrings();
    }

    /**
     * The red herrings of the segment's rows with the minutes each cost: a cost value is {@code
     * hypothesis=minutes}, and when a document holds several for one herring the last one counts.
     */
    private void readHerrings() throws IOException {
      int[] counts = new int[rows];
      int[] ids = new int[64];
      int[] spent = new int[64];
      int n = 0;
      int[] costBuffer = new int[8];
      for (int doc = herrings.nextDoc(); doc != NO_MORE_DOCS; doc = herrings.nextDoc()) {
        int row = rowOf == null ? doc : rowOf[doc];
        if (row < 0) {
          continue;
        }
        int chased = herrings.docValueCount();
        if (n + chased > ids.length) {
          ids = Arrays.copyOf(ids, Math.max(ids.length * 2, n + chased));
          spent = Arrays.copyOf(spent, ids.length);
        }
        for (int i = 0; i < chased; i++) {
          ids[n + i] = herringIdOfOrd[(int) herrings.nextOrd()];
          spent[n + i] = IncidentColumns.ABSENT;
        }
        if (costs.advanceExact(doc)) {
          int costed = costs.docValueCount();
          if (costed > costBuffer.length) {
            costBuffer = new int[costed];
          }
          for (int j = 0; j < costed; j++) {
            costBuffer[j] = (int) costs.nextOrd();
          }
          for (int i = 0; i < chased; i++) {
            for (int j = 0; j < costed; j++) {
              if (costHerring[costBuffer[j]] == ids[n + i]) {
                spent[n + i] = costMinutes[costBuffer[j]];
              }
            }
          }
        }
        counts[row] = chased;
        n += chased;
      }
      herringCounts = counts;
      herringIds = ids;
      minutes = spent;
      herringTotal = n;
    }
  }

  /** A sorted field's values as dictionary ids; documents without one keep the default. */
  private static void readOrdinals(
      SortedDocValues values, int[] ids, int[] column, int base, int[] rowOf) throws IOException {
    for (int doc = values.nextDoc(); doc != NO_MORE_DOCS; doc = values.nextDoc()) {
      int row = rowOf == null ? doc : rowOf[doc];
      if (row >= 0) {
        column[base + row] = ids[values.ordValue()];
      }
    }
  }

  private static void readMinutes(NumericDocValues values, int[] column, int base, int[] rowOf)
      throws IOException {
    for (int doc = values.nextDoc(); doc != NO_MORE_DOCS; doc = values.nextDoc()) {
      int row = rowOf == null ? doc : rowOf[doc];
      if (row >= 0) {
        column[base + row] = clampMinutes(values.longValue());
      }
    }
  }

  private static int[] ids(SortedDocValues values, IncidentColumns.Dictionary dictionary)
      throws IOException {
    int[] ids = new int[values.getValueCount()];
    for (int ord = 0; ord < ids.length; ord++) {
      ids[ord] = dictionary.id(values.lookupOrd(ord).utf8ToString());
    }
    return ids;
  }

  private static int[] ids(SortedSetDocValues values, IncidentColumns.Dictionary dictionary)
      throws IOException {
    int[] ids = new int[(int) values.getValueCount()];
    for (int ord = 0; ord < ids.length; ord++) {
      ids[ord] = dictionary.id(values.lookupOrd(ord).utf8ToString());
    }
    return ids;
  }

  private static ActionCategory category(BytesRef id) {
    try {
      return ActionCategory.fromId(id.utf8ToString());
    } catch (IllegalArgumentException e) {
      return ActionCategory.OTHER;
    }
  }

  private static int minutes(String text) {
    try {
      long m = Long.parseLong(text.strip());
      return m < 0 ? IncidentColumns.ABSENT : clampMinutes(m);
    } catch (NumberFormatException e) {
      return IncidentColumns.ABSENT;
    }
  }

  private static int clampMinutes(long minutes) {
    return minutes < 0 ? IncidentColumns.ABSENT : (int) Math.min(minutes, Integer.MAX_VALUE);
  }
}
