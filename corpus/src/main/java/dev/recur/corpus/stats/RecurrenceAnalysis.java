package dev.recur.corpus.stats;

import dev.recur.corpus.index.Corpus;
import dev.recur.corpus.index.CorpusSearcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;

/**
 * The entry point of recurrence statistics: what keeps happening in a corpus, computed from the
 * index's doc values (and, for incident families, its root-cause term vectors), never by re-reading
 * documents; only the few incidents a listing names are fetched from stored fields. Thread-safe:
 * each call works on its own snapshot.
 */
public final class RecurrenceAnalysis {

  private RecurrenceAnalysis() {}

  /**
   * The statistics of the documents in {@code reader}, an index written as {@code IndexFields}
   * says.
   */
  public static RecurrenceStats compute(IndexReader reader, StatsOptions options)
      throws IOException {
    IncidentColumns columns = IndexColumns.read(reader);
    IndexDetails details = new IndexDetails(reader, columns);
    RootCauseFamilies families = new RootCauseFamilies(reader);
    return new StatsEngine(columns, details, options)
        .compute(
            (candidates, signatureOf) ->
                families.find(
                    candidates, options.familySimilarity(), columns, details, signatureOf));
  }

  /**
   * The statistics of a fresh snapshot of {@code corpus}.
   *
   * @throws UncheckedIOException when the index cannot be read
   */
  public static RecurrenceStats compute(Corpus corpus, StatsOptions options) {
    try (CorpusSearcher searcher = corpus.searcher()) {
      return compute(searcher.indexSearcher().getIndexReader(), options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
    }
  }

  /** Computes the statistics over prepared columns; families come from the caller. */
  static RecurrenceStats compute(
      IncidentColumns columns,
      IncidentDetails details,
      List<IncidentFamily> families,
      StatsOptions options)
      throws IOException {
    return new StatsEngine(columns, details, options)
        .compute((candidates, signatureOf) -> families);
  }
}
