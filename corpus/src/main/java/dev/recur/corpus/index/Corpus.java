package dev.recur.corpus.index;

import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A searchable archive of postmortems in a Lucene index: one document per source, identified by its
 * source so that a changed file replaces its old version, with the record stored as JSON. Writes
 * are atomic at {@link #commit()}: a process killed mid-ingest leaves the index at its last commit.
 * Readers get consistent near-real-time snapshots from {@link #searcher()} while writers keep
 * adding. Thread-safe: any number of threads may put, delete and search at once.
 */
public final class Corpus implements AutoCloseable {

  /** How a {@link #put} changed the corpus. */
  public enum PutOutcome {
    /** The source was not in the corpus before. */
    ADDED,
    /** The source was there with other content; the old version is gone. */
    REPLACED,
    /**
     * Nothing was written: the source was there with the same content, or it is new but its text is
     * indexed already under another source (the same file under another path, a copy in another
     * folder), which stays the one incident it is.
     */
    UNCHANGED
  }

  /** Sources written since the last refresh, beyond which a writer refreshes to bound memory. */
  static final int PENDING_LIMIT = 20_000;

  /** The indexing buffer; flushed to a new segment when full. */
  static final double RAM_BUFFER_MB = 96;

  private static final String DELETED = "";
  private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;

  private final Directory directory;
  private final Optional<IndexWriter> writer;
  private final SearcherManager manager;
  private final Pipeline pipeline;
  private final String version;
  private final FacetsConfig facets = IndexFields.facetsConfig();
  // The content hash of each source written since the last refresh; DELETED for deletions.
  private final Map<String, String> pending = new ConcurrentHashMap<>();
  private final ReentrantLock[] stripes = new ReentrantLock[64];
  // The source of each record id (content hash of the text) added since the last refresh, and the
  // locks that keep two sources with the same text from both being added.
  private final Map<String, String> pendingIds = new ConcurrentHashMap<>();
  private final ReentrantLock[] idStripes = new ReentrantLock[64];
  private final ReentrantLock refreshing = new ReentrantLock();
  private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime());
  private final AtomicReference<CorpusSearcher.FacetStateCache> facetCache =
      new AtomicReference<>();

  private Corpus(Directory directory, Optional<IndexWriter> writer, Pipeline pipeline)
      throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.version = PostmortemDocuments.version(pipeline);
    this.manager =
        writer.isPresent()
            ? new SearcherManager(writer.get(), null)
            : new SearcherManager(directory, null);
    for (int i = 0; i < stripes.length; i++) {
      stripes[i] = new ReentrantLock();
      idStripes[i] = new ReentrantLock();
    }
  }

  /**
   * Opens the corpus at {@code dir} for reading and writing, creating it (and the folder) when
   * absent. Only one process may have a corpus open for writing.
   *
   * @param pipeline reads the documents {@link #put(SourceDocument)} is given
   * @throws UncheckedIOException when the folder cannot be created or another writer holds it
   */
  public static Corpus open(Path dir, Pipeline pipeline) {
    try {
      Files.createDirectories(dir);
      return open(FSDirectory.open(dir), pipeline);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + dir + ": " + describe(e), e);
    }
  }

  /**
   * Opens a corpus for reading and writing in any Lucene directory; closing the corpus closes it.
   */
  public static Corpus open(Directory directory, Pipeline pipeline) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(IndexFields.indexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    // Fewer, larger flushes: less merging during a large ingest, well within a 1 GB heap.
    config.setRAMBufferSizeMB(RAM_BUFFER_MB);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    try {
      return new Corpus(directory, Optional.of(writer), pipeline);
    } catch (IOException | RuntimeException e) {
      writer.close();
      directory.close();
      throw e;
    }
  }

  /**
   * Opens the last commit of the corpus at {@code dir} for reading only; any number of processes
   * may do so while one writes. The snapshot does not move until {@link #reopen()}.
   *
   * @throws UncheckedIOException when there is no index at {@code dir}
   */
  public static Corpus openReadOnly(Path dir, Pipeline pipeline) {
    Directory directory = null;
    try {
      if (!Files.isDirectory(dir)) {
        throw new IndexNotFoundException("no index");
      }
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexNotFoundException("no index");
      }
      return new Corpus(directory, Optional.empty(), pipeline);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new UncheckedIOException(
          e instanceof IndexNotFoundException
              ? "no index at " + dir + "; create one with `recur ingest --index " + dir + " PATH`"
              : "cannot open the index at " + dir + ": " + describe(e),
          e);
    }
  }

  /** The pipeline that reads documents put into this corpus. */
  public Pipeline pipeline() {
    return pipeline;
  }

  /** Whether this corpus was opened for writing. */
  public boolean isWritable() {
    return writer.isPresent();
  }

  /**
   * Parses and indexes a document, replacing any earlier version from the same source. When the
   * source is already indexed with the same content (text and date hint), read by the same version
   * of the schema and pipeline, nothing is parsed or written; nor when the source is new but the
   * same text is indexed under another source. Visible to searchers after the next refresh, durable
   * after the next commit.
   */
  public PutOutcome put(SourceDocument document) {
    return write(document, Optional.empty()).outcome();
  }

  /**
   * Indexes a record already parsed from {@code document}, as {@link #put(SourceDocument)} does.
   */
  public PutOutcome put(SourceDocument document, Postmortem record) {
    if (!record.source().equals(document.source())) {
      throw new IllegalArgumentException(
          "the record's source '"
              + record.source()
              + "' is not the document's '"
              + document.source()
              + "'");
    }
    return write(document, Optional.of(record)).outcome();
  }

  /**
   * What a write did, with the record it indexed; no record when nothing was written (the document
   * was unchanged, or a copy of one indexed).
   */
  record Written(PutOutcome outcome, Optional<Postmortem> record) {
    private static final Written UNCHANGED = new Written(PutOutcome.UNCHANGED, Optional.empty());
  }

  /** Indexes {@code document} as {@link #put(SourceDocument)} does, parsing it unless given. */
  Written write(SourceDocument document, Optional<Postmortem> parsed) {
    IndexWriter w = requireWriter();
    String source = document.source();
    String hash = PostmortemDocuments.fingerprint(document, version);
    ReentrantLock lock = stripe(source);
    PutOutcome outcome;
    Postmortem record;
    lock.lock();
    try {
      Optional<String> previous = currentHash(source);
      if (previous.isPresent() && previous.get().equals(hash)) {
        return Written.UNCHANGED;
      }
      if (previous.isPresent()) {
        record = parsed.orElseGet(() -> pipeline.parse(document));
        w.updateDocument(new Term(IndexFields.SOURCE, source), document(document, record, hash));
        pendingIds.put(document.contentId(), source);
        outcome = PutOutcome.REPLACED;
      } else {
        // A new source whose text is indexed already (the same file under another path, a copy in
        // another folder) is one incident, not two: counting it twice would skew every statistic.
        String id = document.contentId();
        ReentrantLock idLock = idStripes[Math.floorMod(id.hashCode(), idStripes.length)];
        idLock.lock();
        try {
          if (isIndexed(id)) {
            return Written.UNCHANGED;
          }
          // Nothing to delete: the snapshot plus the pending writes know every source indexed,
          // and the stripe lock keeps this source's writes in order. A delete term per new
          // document would cost a lookup in every segment at the next flush.
          record = parsed.orElseGet(() -> pipeline.parse(document));
          w.addDocument(document(document, record, hash));
          pendingIds.put(id, source);
        } finally {
          idLock.unlock();
        }
        outcome = PutOutcome.ADDED;
      }
      pending.put(source, hash);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index " + source + ": " + describe(e), e);
    } finally {
      lock.unlock();
    }
    if (pending.size() >= PENDING_LIMIT && refreshing.tryLock()) {
      try {
        refresh();
      } finally {
        refreshing.unlock();
      }
    }
    return new Written(outcome, Optional.of(record));
  }

  private Document document(SourceDocument document, Postmortem record, String hash) {
    return PostmortemDocuments.toDocument(document, record, hash, facets);
  }

  /** Whether a live document, or one added since the last refresh, has record id {@code id}. */
  private boolean isIndexed(String id) throws IOException {
    if (pendingIds.containsKey(id)) {
      return true;
    }
    IndexSearcher searcher = manager.acquire();
    try {
      BytesRef term = new BytesRef(id);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (liveDoc(leaf, IndexFields.ID, term) >= 0) {
          return true;
        }
      }
      return false;
    } finally {
      manager.release(searcher);
    }
  }

  /** The first live document of {@code leaf} holding {@code term} in {@code field}, or -1. */
  private static int liveDoc(LeafReaderContext leaf, String field, BytesRef term)
      throws IOException {
    Terms terms = leaf.reader().terms(field);
    if (terms == null) {
      return -1;
    }
    TermsEnum te = terms.iterator();
    if (!te.seekExact(term)) {
      return -1;
    }
    PostingsEnum docs = te.postings(null, PostingsEnum.NONE);
    Bits live = leaf.reader().getLiveDocs();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live == null || live.get(doc)) {
        return doc;
      }
    }
    return -1;
  }

  private ReentrantLock stripe(String source) {
    return stripes[Math.floorMod(source.hashCode(), stripes.length)];
  }

  private Optional<String> currentHash(String source) throws IOException {
    String written = pending.get(source);
    if (written != null) {
      return written.equals(DELETED) ? Optional.empty() : Optional.of(written);
    }
    IndexSearcher searcher = manager.acquire();
    try {
      return indexedHash(searcher.getIndexReader(), new BytesRef(source));
    } finally {
      manager.release(searcher);
    }
  }

  /**
   * The fingerprint of the live document from {@code source}, read from the terms and doc values:
   * asked once per put, it must not cost a scored search and a stored-fields block.
   */
  private static Optional<String> indexedHash(IndexReader reader, BytesRef source)
      throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      int doc = liveDoc(leaf, IndexFields.SOURCE, source);
      if (doc >= 0) {
        SortedDocValues hash = DocValues.getSorted(leaf.reader(), IndexFields.CONTENT_HASH);
        return hash.advanceExact(doc)
            ? Optional.of(hash.lookupOrd(hash.ordValue()).utf8ToString())
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Deletes the documents whose record id or source is {@code idOrSource}.
   *
   * @return the sources deleted, empty when nothing matched
   */
  public List<String> delete(String idOrSource) {
    IndexWriter w = requireWriter();
    try {
      refresh();
      List<String> sources = new ArrayList<>();
      try (CorpusSearcher s = searcher()) {
        for (int doc : s.find(idOrSource)) {
          sources.add(s.source(doc));
        }
      }
      for (String source : sources) {
        // Under the source's lock, so that a put of the same source sees the deletion or precedes
        // it, never interleaves (a put that saw no document adds without deleting).
        ReentrantLock lock = stripe(source);
        lock.lock();
        try {
          w.deleteDocuments(new Term(IndexFields.SOURCE, source));
          pending.put(source, DELETED);
          pendingIds.values().removeIf(source::equals);
        } finally {
          lock.unlock();
        }
      }
      if (!sources.isEmpty()) {
        // The text of a deleted source may come back under another one: the duplicate check must
        // no longer see it.
        refresh();
      }
      return List.copyOf(sources);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + idOrSource + ": " + describe(e), e);
    }
  }

  /** Makes every change so far durable, atomically, and visible to new searchers. */
  public void commit() {
    try {
      requireWriter().commit();
      refresh();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot commit the index: " + describe(e), e);
    }
  }

  /**
   * Makes every change so far visible to searchers acquired from now on (for a read-only corpus:
   * moves to the newest commit).
   */
  public void refresh() {
    Map<String, String> written = Map.copyOf(pending);
    Map<String, String> writtenIds = Map.copyOf(pendingIds);
    try {
      manager.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh the index: " + describe(e), e);
    }
    lastRefresh.set(System.nanoTime());
    // Later writes of the same source keep their entry: the refreshed reader may predate them.
    written.forEach(pending::remove);
    writtenIds.forEach(pendingIds::remove);
  }

  /** For a read-only corpus, moves to the newest commit; the same as {@link #refresh()}. */
  public void reopen() {
    refresh();
  }

  /**
   * A consistent snapshot of the corpus for searching; close it when done. Changes become visible
   * in new snapshots within about a second, or at once after {@link #refresh()}.
   */
  public CorpusSearcher searcher() {
    try {
      if (writer.isPresent() && System.nanoTime() - lastRefresh.get() > REFRESH_INTERVAL_NANOS) {
        lastRefresh.set(System.nanoTime());
        manager.maybeRefresh();
      }
      return new CorpusSearcher(manager, facetCache);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index: " + describe(e), e);
    }
  }

  /** The record of the document with this record id or source, as of a fresh snapshot. */
  public Optional<Postmortem> get(String idOrSource) {
    refreshIfWritable();
    try (CorpusSearcher s = searcher()) {
      List<Integer> docs = s.find(idOrSource);
      return docs.isEmpty() ? Optional.empty() : Optional.of(s.record(docs.get(0)));
    }
  }

  /** The number of documents, as of a fresh snapshot. */
  public int size() {
    refreshIfWritable();
    try (CorpusSearcher s = searcher()) {
      return s.size();
    }
  }

  private void refreshIfWritable() {
    if (writer.isPresent()) {
      refresh();
    }
  }

  /** Commits (when writable) and releases the index. */
  @Override
  public void close() {
    IOException failure = null;
    try {
      manager.close();
    } catch (IOException e) {
      failure = e;
    }
    if (writer.isPresent()) {
      try {
        writer.get().close();
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    try {
      directory.close();
    } catch (IOException e) {
      failure = failure == null ? e : failure;
    }
    if (failure != null) {
      throw new UncheckedIOException("cannot close the index: " + describe(failure), failure);
    }
  }

  private IndexWriter requireWriter() {
    return writer.orElseThrow(
        () ->
            new IllegalStateException(
                "this corpus was opened read-only; use Corpus.open to write"));
  }

  static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static void closeQuietly(Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // the open failure is what the caller needs to hear about
      }
    }
  }
}
