package dev.recur.corpus.index;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.core.CorrectiveAction;
import dev.recur.core.Extractor;
import dev.recur.core.Impact;
import dev.recur.core.Incident;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.PostmortemJson;
import dev.recur.core.RootCause;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.Severity;
import dev.recur.core.SourceDocument;
import dev.recur.core.When;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a postmortem and the text it was read from into the Lucene document described by {@link
 * IndexFields}. Stateless and thread-safe.
 */
public final class PostmortemDocuments {

  /**
   * Analysed, with offsets in the postings so the highlighter need not re-analyse; stored by a
   * separate stored field of the same name, because this one is fed pre-analysed tokens.
   */
  static final FieldType TEXT_TYPE = textType();

  /** A section kind's text: analysed, not stored. */
  static final FieldType SECTION_TYPE = TextField.TYPE_NOT_STORED;

  /**
   * Texts longer than this are analysed field by field instead of once; it bounds the tokens held
   * for one document.
   */
  static final int MAX_SHARED_ANALYSIS_CHARS = 1 << 20;

  /**
   * Analyses the whole text for every field but the root cause, as {@link
   * IndexFields#indexAnalyzer()} would, remembering each word's stem per thread. Thread-safe; its
   * token streams are per thread.
   */
  private static final Analyzer TEXT_ANALYZER = new IndexTextAnalyzer();

  /**
   * Not stored, with term vectors, so incident families can compare root causes without
   * re-analysis.
   */
  static final FieldType ROOT_CAUSE_TYPE = rootCauseType();

  /** The name of each section kind's field, by ordinal. */
  private static final String[] SECTION_FIELDS =
      Arrays.stream(SectionKind.values()).map(IndexFields::section).toArray(String[]::new);

  /** No token ranges: an empty field. */
  private static final int[] NONE = new int[0];

  private PostmortemDocuments() {}

  /**
   * The fingerprint of a source document as read by a given version of the code: its text, its
   * archive date hint and {@code version} (from {@link #version(Pipeline)}). Two reads with equal
   * fingerprints index to the same document.
   */
  public static String fingerprint(SourceDocument document, String version) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(document.text().getBytes(StandardCharsets.UTF_8));
      document
          .dateHint()
          .ifPresent(d -> sha.update(("\u0000" + d).getBytes(StandardCharsets.UTF_8)));
      sha.update(("\u0000\u0000" + version).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /**
   * What a document's record depends on besides its text: the index schema, the default pipeline's
   * version and the steps of {@code pipeline}, by name and class. A change to any of them makes
   * every fingerprint new, so an upgrade re-reads unchanged documents.
   */
  public static String version(Pipeline pipeline) {
    StringBuilder out =
        new StringBuilder("schema=")
            .append(IndexFields.SCHEMA_VERSION)
            .append(";pipeline=")
            .append(DefaultPipeline.VERSION)
            .append(";steps=");
    for (Extractor step : pipeline.extractors()) {
      out.append(step.name()).append(':').append(step.getClass().getName()).append(',');
    }
    return out.toString();
  }

  /**
   * The document for {@code record}, read from {@code document}, with its {@link #fingerprint} and
   * with its facet fields already translated by {@code facets} (which must be {@link
   * IndexFields#facetsConfig()} or equal to it).
   */
  public static Document toDocument(
      SourceDocument document, Postmortem record, String fingerprint, FacetsConfig facets) {
    Document doc = new Document();
    keyword(doc, IndexFields.ID, record.id(), true);
    keyword(doc, IndexFields.SOURCE, record.source(), true);
    keyword(doc, IndexFields.CONTENT_HASH, fingerprint, true);
    doc.add(new StoredField(IndexFields.RECORD, PostmortemJson.toJson(record)));
    // Empty when there is none: no postings, but every document has a norm (see textFields).
    doc.add(new TextField(IndexFields.TITLE, record.title().orElse(""), Field.Store.NO));
    textFields(doc, document.text(), record);

    RootCause cause =
        record
            .rootCause()
            .orElse(
                new RootCause(
                    RootCause.UNKNOWN_FAULT, RootCause.OTHER_COMPONENT, 0, Optional.empty()));
    categorical(doc, IndexFields.FAULT, cause.fault());
    categorical(doc, IndexFields.COMPONENT, cause.component());
    categorical(doc, IndexFields.SIGNATURE, cause.signature());
    if (record.rootCause().isPresent()) {
      doubleField(doc, IndexFields.CONFIDENCE, cause.confidence());
    }

    record.impact().ifPresent(impact -> impactFields(doc, impact));
    record.incident().ifPresent(incident -> incidentFields(doc, incident));

    Set<String> herrings = new LinkedHashSet<>();
    Set<String> costs = new LinkedHashSet<>();
    for (MisleadingPath path : record.misleadingPaths()) {
      String hypothesis = normal(path.hypothesis());
      if (!hypothesis.isEmpty()) {
        herrings.add(hypothesis);
        path.minutesSpent().ifPresent(m -> costs.add(hypothesis + "=" + m));
      }
    }
    herrings.forEach(h -> multiCategorical(doc, IndexFields.HERRING, h));
    costs.forEach(
        c -> doc.add(new SortedSetDocValuesField(IndexFields.HERRING_COST, new BytesRef(c))));

    Set<String> actions = new LinkedHashSet<>();
    for (CorrectiveAction action : record.correctiveActions()) {
      actions.add(action.category().id());
    }
    actions.forEach(a -> multiCategorical(doc, IndexFields.ACTION, a));

    try {
      return facets.build(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the facet fields of " + record.source(), e);
    }
  }

  /**
   * The whole text and the text of each section kind. The text is analysed once and its tokens are
   * replayed into the section fields, each section kind taking the tokens within its sections'
   * offsets (without the heading, except for {@code other} sections, whose heading says what they
   * are). The root cause is analysed on its own, in canonical synonyms ({@link
   * IndexFields#indexAnalyzer()}). A very long text is left to the index writer field by field, so
   * that its tokens are never all held at once.
   *
   * <p>Every section field, like the title, is added to every document, empty where the record has
   * no such section: an empty field has no postings and no term vector, so no statistic, score or
   * search result changes, but every document has a norm for it and the segment's norms are dense.
   * Sparse norms cost the postings writer a walk through their doc-id set for every posting it
   * writes, at each flush and merge.
   */
  private static void textFields(Document doc, String text, Postmortem record) {
    doc.add(new StoredField(IndexFields.TEXT, text));
    Map<SectionKind, String> texts = sectionTexts(record);
    doc.add(
        new Field(
            SECTION_FIELDS[SectionKind.ROOT_CAUSE.ordinal()],
            texts.getOrDefault(SectionKind.ROOT_CAUSE, ""),
            ROOT_CAUSE_TYPE));
    if (text.length() > MAX_SHARED_ANALYSIS_CHARS) {
      doc.add(new Field(IndexFields.TEXT, text, TEXT_TYPE));
      for (SectionKind kind : SectionKind.values()) {
        if (kind != SectionKind.ROOT_CAUSE) {
          doc.add(
              new TextField(
                  SECTION_FIELDS[kind.ordinal()], texts.getOrDefault(kind, ""), Field.Store.NO));
        }
      }
      return;
    }
    AnalyzedText tokens = AnalyzedText.of(TEXT_ANALYZER, IndexFields.TEXT, text);
    doc.add(new Field(IndexFields.TEXT, tokens.all(), TEXT_TYPE));
    Map<SectionKind, int[]> ranges = new EnumMap<>(SectionKind.class);
    for (Section section : record.sections()) {
      if (section.kind() == SectionKind.ROOT_CAUSE) {
        continue;
      }
      int end = Math.min(section.end(), text.length());
      int from =
          tokens.firstAt(
              section.kind() == SectionKind.OTHER
                  ? Math.min(section.start(), end)
                  : headingEnd(text, section, end));
      int to = tokens.firstAt(end);
      int[] kindRanges = ranges.get(section.kind());
      int[] grown =
          kindRanges == null ? new int[2] : Arrays.copyOf(kindRanges, kindRanges.length + 2);
      grown[grown.length - 2] = from;
      grown[grown.length - 1] = Math.max(from, to);
      ranges.put(section.kind(), grown);
    }
    for (SectionKind kind : SectionKind.values()) {
      if (kind != SectionKind.ROOT_CAUSE) {
        int[] r = ranges.get(kind);
        doc.add(
            new Field(
                SECTION_FIELDS[kind.ordinal()], tokens.replay(r == null ? NONE : r), SECTION_TYPE));
      }
    }
  }

  /**
   * Where the heading of {@code section} ends in {@code text}: just past the heading's last word,
   * looked for near the section's start (the heading as written may carry markup around it); the
   * section's start when the heading is empty or not found there.
   */
  static int headingEnd(String text, Section section, int end) {
    int start = Math.min(section.start(), end);
    String heading = section.heading();
    int cut = heading.length();
    while (cut > 0 && !Character.isLetterOrDigit(heading.charAt(cut - 1))) {
      cut--;
    }
    int wordStart = cut;
    while (wordStart > 0 && !Character.isWhitespace(heading.charAt(wordStart - 1))) {
      wordStart--;
    }
    int length = cut - wordStart;
    if (length == 0) {
      return start;
    }
    // Bounded: markup before the heading is short, so the search never runs through the body.
    int last = Math.min(end, start + 2 * heading.length() + 16) - length;
    for (int at = start; at <= last; at++) {
      if (text.regionMatches(true, at, heading, wordStart, length)) {
        return at + length;
      }
    }
    return start;
  }

  /** The text of each section kind the record has, sections of one kind joined by blank lines. */
  public static Map<SectionKind, String> sectionTexts(Postmortem record) {
    Map<SectionKind, StringBuilder> joined = new EnumMap<>(SectionKind.class);
    for (Section section : record.sections()) {
      StringBuilder text = joined.computeIfAbsent(section.kind(), k -> new StringBuilder());
      if (text.length() > 0) {
        text.append("\n\n");
      }
      if (section.kind() == SectionKind.OTHER && !section.heading().isBlank()) {
        text.append(section.heading()).append('\n');
      }
      text.append(section.text());
    }
    Map<SectionKind, String> out = new EnumMap<>(SectionKind.class);
    joined.forEach((kind, text) -> out.put(kind, text.toString()));
    return out;
  }

  /** The lower-case, trimmed form every keyword value is indexed in. */
  public static String normal(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static void impactFields(Document doc, Impact impact) {
    impact.usersPercent().ifPresent(p -> doubleField(doc, IndexFields.IMPACT, p));
    impact.usersAffected().ifPresent(n -> longField(doc, IndexFields.USERS_AFFECTED, n));
    impact
        .affectedService()
        .map(PostmortemDocuments::normal)
        .filter(s -> !s.isEmpty())
        .ifPresent(s -> categorical(doc, IndexFields.SERVICE, s));
    if (impact.severity() != Severity.UNKNOWN) {
      categorical(doc, IndexFields.SEVERITY, impact.severity().id());
    }
  }

  private static void incidentFields(Document doc, Incident incident) {
    incident
        .start()
        .flatMap(When::epochMillis)
        .ifPresent(t -> longField(doc, IndexFields.START, t));
    incident.end().flatMap(When::epochMillis).ifPresent(t -> longField(doc, IndexFields.END, t));
    incident
        .timezone()
        .map(String::strip)
        .filter(z -> !z.isEmpty())
        .ifPresent(z -> categorical(doc, IndexFields.ZONE, z));
    for (var entry :
        List.of(
            Map.entry(IndexFields.DURATION, incident.durationMinutes()),
            Map.entry(IndexFields.TTD, incident.timeToDetectMinutes()),
            Map.entry(IndexFields.TTE, incident.timeToEscalateMinutes()),
            Map.entry(IndexFields.TTR, incident.timeToResolveMinutes()))) {
      entry.getValue().ifPresent(m -> longField(doc, entry.getKey(), m));
    }
  }

  private static void keyword(Document doc, String field, String value, boolean stored) {
    doc.add(new StringField(field, value, stored ? Field.Store.YES : Field.Store.NO));
    doc.add(new SortedDocValuesField(field, new BytesRef(value)));
  }

  private static void categorical(Document doc, String field, String value) {
    String v = normal(value);
    if (v.isEmpty()) {
      return;
    }
    keyword(doc, field, v, false);
    doc.add(new SortedSetDocValuesFacetField(field, v));
  }

  private static void multiCategorical(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    doc.add(new SortedSetDocValuesFacetField(field, value));
  }

  private static void longField(Document doc, String field, long value) {
    doc.add(new LongPoint(field, value));
    doc.add(new NumericDocValuesField(field, value));
  }

  private static void doubleField(Document doc, String field, double value) {
    doc.add(new DoublePoint(field, value));
    doc.add(new DoubleDocValuesField(field, value));
  }

  private static FieldType textType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static FieldType rootCauseType() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setStoreTermVectors(true);
    type.freeze();
    return type;
  }
}
