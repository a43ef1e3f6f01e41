package dev.recur.corpus.stats;

import dev.recur.core.ActionCategory;
import dev.recur.corpus.index.IndexFields;
import java.io.IOException;
import java.util.Arrays;
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
 * are translated to global dictionary ids once per distinct value, so the per-document work is a
 * handful of doc-values advances.
 */
final class IndexColumns {

  private IndexColumns() {}

  static IncidentColumns read(IndexReader reader) throws IOException {
    IncidentColumns.Builder b = IncidentColumns.builder(reader.numDocs());
    for (LeafReaderContext leaf : reader.leaves()) {
      readLeaf(leaf, b);
    }
    return b.build();
  }

  private static void readLeaf(LeafReaderContext context, IncidentColumns.Builder b)
      throws IOException {
    LeafReader leaf = context.reader();
    SortedDocValues fault = DocValues.getSorted(leaf, IndexFields.FAULT);
    SortedDocValues component = DocValues.getSorted(leaf, IndexFields.COMPONENT);
    SortedDocValues service = DocValues.getSorted(leaf, IndexFields.SERVICE);
    int[] faultIds = ids(fault, b.faults);
    int[] componentIds = ids(component, b.components);
    int[] serviceIds = ids(service, b.services);
    int unknownFault = b.faults.id(IncidentColumns.UNKNOWN_FAULT);
    int otherComponent = b.components.id(IncidentColumns.OTHER_COMPONENT);
    int unspecifiedService = b.services.id(IncidentColumns.UNSPECIFIED_SERVICE);
    NumericDocValues start = DocValues.getNumeric(leaf, IndexFields.START);
    NumericDocValues duration = DocValues.getNumeric(leaf, IndexFields.DURATION);
    NumericDocValues impact = DocValues.getNumeric(leaf, IndexFields.IMPACT);
    NumericDocValues ttd = DocValues.getNumeric(leaf, IndexFields.TTD);
    NumericDocValues ttr = DocValues.getNumeric(leaf, IndexFields.TTR);
    SortedSetDocValues herrings = DocValues.getSortedSet(leaf, IndexFields.HERRING);
    SortedSetDocValues costs = DocValues.getSortedSet(leaf, IndexFields.HERRING_COST);
    SortedSetDocValues actions = DocValues.getSortedSet(leaf, IndexFields.ACTION);
    int[] herringIds = ids(herrings, b.herrings);
    int[] costHerring = new int[(int) costs.getValueCount()];
    int[] costMinutes = new int[costHerring.length];
    for (int ord = 0; ord < costHerring.length; ord++) {
      String value = costs.lookupOrd(ord).utf8ToString();
      int eq = value.lastIndexOf('=');
      costHerring[ord] = eq < 0 ? -1 : b.herrings.id(value.substring(0, eq));
      costMinutes[ord] = eq < 0 ? IncidentColumns.ABSENT : minutes(value.substring(eq + 1));
    }
    int[] actionBits = new int[(int) actions.getValueCount()];
    for (int ord = 0; ord < actionBits.length; ord++) {
      actionBits[ord] = IncidentColumns.bit(category(actions.lookupOrd(ord)));
    }
    Bits live = leaf.getLiveDocs();
    int[] herringBuffer = new int[8];
    int[] costBuffer = new int[8];
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      int mask = 0;
      if (actions.advanceExact(doc)) {
        for (int i = 0; i < actions.docValueCount(); i++) {
          mask |= actionBits[(int) actions.nextOrd()];
        }
      }
      b.row(
          context.docBase + doc,
          fault.advanceExact(doc) ? faultIds[fault.ordValue()] : unknownFault,
          component.advanceExact(doc) ? componentIds[component.ordValue()] : otherComponent,
          service.advanceExact(doc) ? serviceIds[service.ordValue()] : unspecifiedService,
          start.advanceExact(doc) ? start.longValue() : IncidentColumns.NO_START,
          duration.advanceExact(doc) ? clampMinutes(duration.longValue()) : IncidentColumns.ABSENT,
          impact.advanceExact(doc)
              ? (float) Double.longBitsToDouble(impact.longValue())
              : Float.NaN,
          ttd.advanceExact(doc) ? clampMinutes(ttd.longValue()) : IncidentColumns.ABSENT,
          ttr.advanceExact(doc) ? clampMinutes(ttr.longValue()) : IncidentColumns.ABSENT,
          mask);
      int chased = 0;
      if (herrings.advanceExact(doc)) {
        for (int i = 0; i < herrings.docValueCount(); i++) {
          int id = herringIds[(int) herrings.nextOrd()];
          if (chased == herringBuffer.length) {
            herringBuffer = Arrays.copyOf(herringBuffer, chased * 2);
          }
          herringBuffer[chased++] = id;
        }
      }
      int costed = 0;
      if (chased > 0 && costs.advanceExact(doc)) {
        costed = costs.docValueCount();
        if (costed > costBuffer.length) {
          costBuffer = new int[costed];
        }
        for (int i = 0; i < costed; i++) {
          costBuffer[i] = (int) costs.nextOrd();
        }
      }
      for (int i = 0; i < chased; i++) {
        int minutes = IncidentColumns.ABSENT;
        for (int j = 0; j < costed; j++) {
          if (costHerring[costBuffer[j]] == herringBuffer[i]) {
            minutes = costMinutes[costBuffer[j]];
          }
        }
        b.herring(herringBuffer[i], minutes);
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
