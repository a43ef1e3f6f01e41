package dev.recur.corpus.stats;

import dev.recur.core.ActionCategory;
import dev.recur.core.CorrectiveAction;
import dev.recur.core.Postmortem;
import dev.recur.core.PostmortemJson;
import dev.recur.core.RootCause;
import dev.recur.core.SectionKind;
import dev.recur.corpus.index.IndexFields;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;

/**
 * Fetches the stored record of the few rows a listing names; each record is read at most once.
 * Confined to one computation.
 */
final class IndexDetails implements IncidentDetails {

  private final IncidentColumns cols;
  private final StoredFields stored;
  private final Map<Integer, Postmortem> records = new HashMap<>();

  IndexDetails(IndexReader reader, IncidentColumns cols) throws IOException {
    this.cols = cols;
    this.stored = reader.storedFields();
  }

  private Postmortem record(int row) throws IOException {
    Postmortem cached = records.get(row);
    if (cached == null) {
      Document doc = stored.document(cols.docId[row]);
      cached = PostmortemJson.fromJson(doc.get(IndexFields.RECORD));
      records.put(row, cached);
    }
    return cached;
  }

  @Override
  public IncidentRef ref(int row) throws IOException {
    Postmortem record = record(row);
    long start = cols.start[row];
    return new IncidentRef(
        record.id(),
        record.source(),
        record.title(),
        start == IncidentColumns.NO_START
            ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(start)));
  }

  @Override
  public String rootCauseText(int row) throws IOException {
    Postmortem record = record(row);
    StringBuilder text = new StringBuilder();
    record.sections(SectionKind.ROOT_CAUSE).forEach(s -> text.append(s.text()).append('\n'));
    record.rootCause().flatMap(RootCause::evidence).ifPresent(text::append);
    return text.toString();
  }

  @Override
  public List<String> actions(int row, ActionCategory category) throws IOException {
    return record(row).correctiveActions().stream()
        .filter(a -> a.category() == category)
        .map(CorrectiveAction::text)
        .toList();
  }
}
