package dev.recur.corpus.index;

import dev.recur.analyzers.lucene.PostmortemAnalyzer;
import dev.recur.core.SectionKind;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The names of the fields in a Recur index and how each is indexed: the contract between the writer
 * ({@link PostmortemDocuments}) and everything that reads the index (search, similar incidents,
 * recurrence statistics). Names are stable; a new field may be added, an existing one is never
 * renamed or re-typed.
 *
 * <p>Every document is one postmortem. The index kinds used below:
 *
 * <ul>
 *   <li><b>keyword</b>: a {@code StringField} (exact term, not stored) plus, for single-valued
 *       fields, a {@code SortedDocValuesField} and, for multi-valued ones, a {@code
 *       SortedSetDocValuesField} under the same name. Values are lower case.
 *   <li><b>facet</b>: a {@code SortedSetDocValuesFacetField} with the field's name as dimension, in
 *       {@link #FACETS_FIELD}; count with {@code DefaultSortedSetDocValuesReaderState(reader,
 *       IndexFields.facetsConfig())} or {@link CorpusSearcher#facetState()}.
 *   <li><b>long</b>: a {@code LongPoint} for ranges plus a {@code NumericDocValuesField} for
 *       sorting and statistics, both under the same name; absent when unknown.
 *   <li><b>double</b>: a {@code DoublePoint} plus a {@code DoubleDocValuesField} (numeric doc
 *       values holding {@code Double.doubleToRawLongBits}; read with {@code
 *       Double.longBitsToDouble}), both under the same name; absent when unknown.
 *   <li><b>text</b>: analysed with {@link #indexAnalyzer()} (BM25); search them with {@code
 *       PostmortemAnalyzer.forQuerying()}, which expands synonyms.
 * </ul>
 */
public final class IndexFields {

  private IndexFields() {}

  /**
   * The version of this schema, part of every document's {@link #CONTENT_HASH}: bump it whenever a
   * field is added or indexed differently, so that the next ingest rewrites every document. Version
   * 3: {@link #TITLE} and every section field are in every document, empty where the record has
   * none, so that their norms are dense (same postings, statistics and scores as version 2).
   */
  public static final int SCHEMA_VERSION = 3;

  /** keyword, stored: the record id, the content hash of the text ({@code Postmortem.id}). */
  public static final String ID = "id";

  /**
   * keyword, stored: where the document came from; the identity of a document in the index, so that
   * a changed file replaces its old version.
   */
  public static final String SOURCE = "source";

  /**
   * keyword, stored: the fingerprint of what the document was built from: its source text, its
   * archive date hint, {@link #SCHEMA_VERSION} and the pipeline's version and steps. Equal
   * fingerprints for a source mean re-ingesting it is a no-op; after an upgrade that changes the
   * schema or the extraction, every document is read again.
   */
  public static final String CONTENT_HASH = "content_hash";

  /** stored only: the record as {@code PostmortemJson}, exactly what {@code recur parse} prints. */
  public static final String RECORD = "record";

  /** text: the document title; empty (no terms, a norm of 0) when the record has none. */
  public static final String TITLE = "title";

  /**
   * text, stored, offsets in postings: the whole document text as read; the default field of
   * free-text search and the field snippets are cut from.
   */
  public static final String TEXT = "text";

  /**
   * Prefix of the per-section text fields: {@code section.root_cause}, {@code section.summary}, and
   * so on for every {@link SectionKind} id (text, not stored). Sections of the same kind are
   * concatenated; a document without a section of some kind has that kind's field empty (no terms,
   * a norm of 0), so that every document has every section field's norm. A section field holds the
   * tokens of {@link #TEXT} within the section's offsets, without its heading (kept for {@code
   * other} sections), so the text is analysed only once. {@code section.root_cause} instead holds
   * the section's body analysed in the canonical synonym form ({@link #indexAnalyzer()}) and stores
   * term vectors (terms and their frequencies), which the recurrence statistics compare to find
   * incident families.
   */
  public static final String SECTION_PREFIX = "section.";

  /** keyword + facet: {@code rootCause.fault} ({@code unknown} when the record has none). */
  public static final String FAULT = "fault";

  /** keyword + facet: {@code rootCause.component} ({@code other} when the record has none). */
  public static final String COMPONENT = "component";

  /** keyword + facet: the signature {@code fault/component}. */
  public static final String SIGNATURE = "signature";

  /** keyword + facet: {@code impact.affectedService}, lower case, trimmed; absent when unknown. */
  public static final String SERVICE = "service";

  /**
   * keyword + facet: {@code impact.severity}, such as {@code partial-outage}; absent when unknown.
   */
  public static final String SEVERITY = "severity";

  /**
   * keyword + facet: {@code incident.timezone}, lower case ({@code utc}, {@code gmt+1}); absent
   * when unknown.
   */
  public static final String ZONE = "zone";

  /**
   * keyword (multi-valued, sorted-set doc values) + facet: each {@code misleadingPaths.hypothesis}.
   */
  public static final String HERRING = "herring";

  /**
   * sorted-set doc values only, multi-valued: {@code hypothesis=minutes} for each red herring whose
   * cost in time is known, such as {@code database=45}.
   */
  public static final String HERRING_COST = "herring_cost";

  /**
   * keyword (multi-valued, sorted-set doc values) + facet: each distinct {@code
   * correctiveActions.category}, such as {@code monitoring}.
   */
  public static final String ACTION = "action";

  /** long: {@code incident.start} in epoch milliseconds (UTC when no offset is known). */
  public static final String START = "start";

  /** long: {@code incident.end} in epoch milliseconds (UTC when no offset is known). */
  public static final String END = "end";

  /** long: {@code incident.durationMinutes}. */
  public static final String DURATION = "duration";

  /** long: {@code incident.timeToDetectMinutes}. */
  public static final String TTD = "ttd";

  /** long: {@code incident.timeToEscalateMinutes}. */
  public static final String TTE = "tte";

  /** long: {@code incident.timeToResolveMinutes}. */
  public static final String TTR = "ttr";

  /** double: {@code impact.usersPercent}, 0 to 100. */
  public static final String IMPACT = "impact";

  /** long: {@code impact.usersAffected}. */
  public static final String USERS_AFFECTED = "users_affected";

  /** double: {@code rootCause.confidence}. */
  public static final String CONFIDENCE = "confidence";

  /** The index field holding every facet dimension (Lucene's default). */
  public static final String FACETS_FIELD = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

  /** The facet dimensions, each named like its keyword field. */
  public static final List<String> FACET_DIMENSIONS =
      List.of(FAULT, COMPONENT, SIGNATURE, SERVICE, SEVERITY, ZONE, HERRING, ACTION);

  /** The dimensions a document may carry several values of. */
  public static final List<String> MULTI_VALUED_DIMENSIONS = List.of(HERRING, ACTION);

  /** The long fields: points and numeric doc values. */
  public static final List<String> LONG_FIELDS =
      List.of(START, END, DURATION, TTD, TTE, TTR, USERS_AFFECTED);

  /** The double fields: points and numeric doc values of the raw long bits. */
  public static final List<String> DOUBLE_FIELDS = List.of(IMPACT, CONFIDENCE);

  /** The text field of one section kind, such as {@code section.root_cause}. */
  public static String section(SectionKind kind) {
    return SECTION_PREFIX + kind.id();
  }

  /**
   * The analyzer documents are written with: words as written ({@code
   * PostmortemAnalyzer.forIndexing()}), except {@code section.root_cause}, which holds the
   * canonical synonym form ({@code PostmortemAnalyzer.canonical()}) so that root causes compare by
   * what they say. Analyse a text the way the index holds it with this analyzer (more-like-this,
   * highlighting); parse queries with {@code PostmortemAnalyzer.forQuerying()}.
   */
  public static Analyzer indexAnalyzer() {
    return new PerFieldAnalyzerWrapper(
        PostmortemAnalyzer.forIndexing(),
        Map.of(section(SectionKind.ROOT_CAUSE), PostmortemAnalyzer.canonical()));
  }

  /**
   * The facets configuration the writer uses; readers must count with the same one. A new instance
   * each call, because {@link FacetsConfig} is mutable.
   */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : MULTI_VALUED_DIMENSIONS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }
}
