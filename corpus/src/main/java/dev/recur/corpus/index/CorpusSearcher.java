package dev.recur.corpus.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.recur.core.Postmortem;
import dev.recur.core.PostmortemJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * One consistent, point-in-time view of a {@link Corpus}: the Lucene {@link IndexSearcher} plus
 * helpers to read the stored records and the facet state. Close it to release the snapshot. Not to
 * be shared between threads once closed; the underlying searcher is thread-safe while open.
 */
public final class CorpusSearcher implements AutoCloseable {

  /** The facet reader state of the last reader it was built for, shared by a corpus's snapshots. */
  record FacetStateCache(IndexReader reader, SortedSetDocValuesReaderState state) {}

  private final SearcherManager manager;
  private final IndexSearcher searcher;
  private final AtomicReference<FacetStateCache> facetCache;
  private boolean closed;

  CorpusSearcher(SearcherManager manager, AtomicReference<FacetStateCache> facetCache)
      throws IOException {
    this.manager = manager;
    this.searcher = manager.acquire();
    this.facetCache = facetCache;
  }

  /** The Lucene searcher of this snapshot; its documents follow {@link IndexFields}. */
  public IndexSearcher indexSearcher() {
    return searcher;
  }

  /** The number of documents in this snapshot. */
  public int size() {
    return searcher.getIndexReader().numDocs();
  }

  /**
   * The facet counting state of this snapshot, built once per reader and shared; empty when no
   * document has facets yet (an empty corpus). Count with {@code new
   * SortedSetDocValuesFacetCounts(state, facetsCollector)}.
   */
  public Optional<SortedSetDocValuesReaderState> facetState() {
    IndexReader reader = searcher.getIndexReader();
    FacetStateCache cached = facetCache.get();
    if (cached != null && cached.reader() == reader) {
      return Optional.of(cached.state());
    }
    if (!hasFacets(reader)) {
      return Optional.empty();
    }
    try {
      SortedSetDocValuesReaderState state =
          new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
      facetCache.set(new FacetStateCache(reader, state));
      return Optional.of(state);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the facets: " + Corpus.describe(e), e);
    }
  }

  private static boolean hasFacets(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(IndexFields.FACETS_FIELD);
      if (info != null) {
        return true;
      }
    }
    return false;
  }

  /** The documents whose record id or source is {@code idOrSource}, in index order. */
  public List<Integer> find(String idOrSource) {
    BooleanQuery query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.ID, idOrSource)), BooleanClause.Occur.SHOULD)
            .add(
                new TermQuery(new Term(IndexFields.SOURCE, idOrSource)), BooleanClause.Occur.SHOULD)
            .build();
    try {
      TopDocs top = searcher.search(query, 100);
      List<Integer> docs = new ArrayList<>();
      for (ScoreDoc hit : top.scoreDocs) {
        docs.add(hit.doc);
      }
      docs.sort(null);
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index: " + Corpus.describe(e), e);
    }
  }

  /** The stored record of document {@code doc}. */
  public Postmortem record(int doc) {
    return PostmortemJson.fromJson(stored(doc, IndexFields.RECORD));
  }

  /**
   * What a list of results shows of a document: its record id, source and title.
   *
   * @param id the record id
   * @param source where the postmortem came from
   * @param title the record's title, when it has one
   */
  public record Heading(String id, String source, Optional<String> title) {
    public Heading {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(title, "title");
    }
  }

  /**
   * The heading of document {@code doc}, read in one stored-fields lookup and without decoding the
   * record beyond its title.
   */
  public Heading heading(int doc) {
    Document d = document(doc, Set.of(IndexFields.ID, IndexFields.SOURCE, IndexFields.RECORD));
    String json = required(d, doc, IndexFields.RECORD);
    try (JsonParser parser = PostmortemJson.mapper().getFactory().createParser(json)) {
      Optional<String> title = Optional.empty();
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          JsonToken value = parser.nextToken();
          if (name.equals("title")) {
            title = value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : title;
            break;
          }
          parser.skipChildren();
        }
      }
      return new Heading(
          required(d, doc, IndexFields.ID), required(d, doc, IndexFields.SOURCE), title);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the record of document " + doc + ": " + e, e);
    }
  }

  /**
   * The stored record of document {@code doc} as JSON, exactly as {@code recur parse} prints it.
   */
  public String recordJson(int doc) {
    return stored(doc, IndexFields.RECORD);
  }

  /** The source of document {@code doc}. */
  public String source(int doc) {
    return stored(doc, IndexFields.SOURCE);
  }

  /** The full text document {@code doc} was read from. */
  public String text(int doc) {
    return stored(doc, IndexFields.TEXT);
  }

  private String stored(int doc, String field) {
    return required(document(doc, Set.of(field)), doc, field);
  }

  private Document document(int doc, Set<String> fields) {
    try {
      return searcher.storedFields().document(doc, fields);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read document " + doc + ": " + Corpus.describe(e), e);
    }
  }

  private static String required(Document d, int doc, String field) {
    String value = d.get(field);
    if (value == null) {
      throw new IllegalStateException("document " + doc + " has no stored [" + field + "]");
    }
    return value;
  }

  /** Releases the snapshot; idempotent. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      manager.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the snapshot: " + Corpus.describe(e), e);
    }
  }
}
