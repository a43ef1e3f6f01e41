package dev.recur.corpus.similar;

import dev.recur.analyzers.lucene.PostmortemAnalyzer;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Postmortem;
import dev.recur.core.RootCause;
import dev.recur.core.SectionKind;
import dev.recur.corpus.index.CorpusSearcher;
import dev.recur.corpus.index.IndexFields;
import dev.recur.corpus.index.PostmortemDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the past incidents most like a given one. Text similarity comes from Lucene's
 * more-like-this over the root cause, resolution and summary sections (over the whole text only
 * when the record has none of those sections); structure adds to it: the same {@code
 * fault/component} signature and shared red herrings. Each result says why it is similar. Stateless
 * and thread-safe.
 */
public final class SimilarIncidents {

  /** The section kinds whose text defines what an incident was about. */
  public static final List<SectionKind> SIMILAR_SECTIONS =
      List.of(SectionKind.ROOT_CAUSE, SectionKind.RESOLUTION, SectionKind.SUMMARY);

  /** Weight of the same signature, against a best text match of 1. */
  static final double SIGNATURE_WEIGHT = 0.35;

  /**
   * Weight of the same component under another fault: the same part of the system broke, which
   * matters less than breaking the same way.
   */
  static final double COMPONENT_WEIGHT = 0.15;

  /** Weight of sharing every red herring of the query. */
  static final double HERRING_WEIGHT = 0.15;

  private static final float SIGNATURE_BOOST = 0.001f;

  /** Weight of the whole text's match against the sections' match. */
  private static final float WHOLE_TEXT_WEIGHT = 0.5f;

  private static final int MAX_QUERY_TERMS = 16;
  private static final int COMMON_FLOOR = 100;
  private static final int MAX_SHARED_TERMS = 6;
  private static final int MAX_K = 1000;

  /**
   * Words every postmortem uses for telling its story rather than for what broke; more-like-this
   * skips them, because in a small corpus their rarity would make them look distinctive.
   */
  static final String NARRATIVE_WORDS =
      "incident outage issue problem postmortem summary impact timeline detection detected resolution"
          + " resolved root cause causes caused team teams engineer engineers responder responders on-call"
          + " user users customer customers people we our us they them it its this that these those"
          + " first second third again then later after before during while once initially finally"
          + " one two three four five six seven eight nine ten several some many few all any every"
          + " hour hours minute minutes day days week weeks month months year years time times"
          + " morning afternoon evening night today yesterday utc gmt am pm"
          + " january february march april may june july august september october november december"
          + " monday tuesday wednesday thursday friday saturday sunday"
          + " also about around approximately roughly nearly over under up down out off"
          + " action actions item items task tasks follow follow-up lesson lessons learned"
          + " began started start end ended took take made make found find saw see looked look";

  private static final Set<String> NOISE = noiseTerms();

  /**
   * Reads the query document into the terms the index holds, every spelling of a synonym included
   * (the index keeps words as written, so an "LB" in the query must also find "load balancer"),
   * except in {@code section.root_cause}, which the index holds in canonical form. Shared: an
   * analyzer is thread-safe and reuses its token streams per thread.
   */
  private static final Analyzer ANALYZER =
      new PerFieldAnalyzerWrapper(
          PostmortemAnalyzer.forQuerying(),
          Map.of(IndexFields.section(SectionKind.ROOT_CAUSE), IndexFields.indexAnalyzer()));

  /** Only the start of a long document is read for term spellings; the terms repeat early. */
  private static final int SURFACE_CHARS = 20_000;

  private SimilarIncidents() {}

  private static Set<String> noiseTerms() {
    Set<String> out = new HashSet<>();
    try (Analyzer analyzer = PostmortemAnalyzer.forIndexing();
        TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, NARRATIVE_WORDS)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse the narrative words", e);
    }
    for (int i = 0; i <= 100; i++) {
      out.add(Integer.toString(i));
      out.add(String.format(Locale.ROOT, "%02d", i));
    }
    return Set.copyOf(out);
  }

  /**
   * The {@code k} incidents most like the indexed document whose record id or source is {@code
   * idOrSource}, itself excluded.
   *
   * @throws IllegalArgumentException when no document has that id or source
   */
  public static List<SimilarIncident> like(CorpusSearcher snapshot, String idOrSource, int k) {
    List<Integer> docs = snapshot.find(idOrSource);
    if (docs.isEmpty()) {
      throw new IllegalArgumentException(
          "no document with id or source '" + idOrSource + "' in the corpus");
    }
    int doc = docs.get(0);
    // The stored text is read only when the record has none of the similar sections.
    return like(snapshot, snapshot.record(doc), () -> snapshot.text(doc), k, true);
  }

  /**
   * The {@code k} incidents most like {@code record}, read from {@code text}, which need not be in
   * the corpus. Documents from the record's own source, and copies of its text (same record id),
   * are left out.
   */
  public static List<SimilarIncident> like(
      CorpusSearcher snapshot, Postmortem record, String text, int k) {
    Objects.requireNonNull(text, "text");
    return like(snapshot, record, () -> text, k, false);
  }

  private static List<SimilarIncident> like(
      CorpusSearcher snapshot, Postmortem record, Supplier<String> text, int k, boolean indexed) {
    if (k < 1 || k > MAX_K) {
      throw new IllegalArgumentException("[k] must be within 1.." + MAX_K + ", got " + k);
    }
    try {
      return find(snapshot, record, text, k, indexed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot search the index: " + e.getMessage(), e);
    }
  }

  private static List<SimilarIncident> find(
      CorpusSearcher snapshot, Postmortem record, Supplier<String> text, int k, boolean indexed)
      throws IOException {
    IndexReader reader = snapshot.indexSearcher().getIndexReader();
    Analyzer analyzer = ANALYZER;

    Map<String, Collection<Object>> sections = new LinkedHashMap<>();
    Map<SectionKind, String> texts = PostmortemDocuments.sectionTexts(record);
    for (SectionKind kind : SIMILAR_SECTIONS) {
      String body = texts.get(kind);
      if (body != null && !body.isBlank()) {
        sections.put(IndexFields.section(kind), List.of(body));
      }
    }
    // A term only the query document has cannot lead to another document.
    int minDocFreq = indexed ? 2 : 1;
    BooleanQuery.Builder candidates = new BooleanQuery.Builder();
    Map<Term, Float> queryTerms = new HashMap<>();
    if (!sections.isEmpty()) {
      addMoreLikeThis(candidates, queryTerms, reader, analyzer, sections, minDocFreq);
    }
    // The whole text is the fallback only: its words are mostly the story around the incident,
    // and its query would cost several times as much to run as that of the sections.
    if (queryTerms.isEmpty()) {
      sections = Map.of(IndexFields.TEXT, List.of(text.get()));
      addMoreLikeThis(candidates, queryTerms, reader, analyzer, sections, minDocFreq);
    }

    RootCause cause =
        record
            .rootCause()
            .orElse(
                new RootCause(
                    RootCause.UNKNOWN_FAULT, RootCause.OTHER_COMPONENT, 0, Optional.empty()));
    boolean knownSignature = !cause.fault().equals(RootCause.UNKNOWN_FAULT);
    String signature = PostmortemDocuments.normal(cause.signature());
    if (knownSignature) {
      candidates.add(
          new BoostQuery(
              new ConstantScoreQuery(new TermQuery(new Term(IndexFields.SIGNATURE, signature))),
              SIGNATURE_BOOST),
          Occur.SHOULD);
    }
    candidates.add(new TermQuery(new Term(IndexFields.SOURCE, record.source())), Occur.MUST_NOT);
    // A copy of an indexed document under another name is that document, as ingest treats it.
    candidates.add(new TermQuery(new Term(IndexFields.ID, record.id())), Occur.MUST_NOT);

    Set<String> herrings = new LinkedHashSet<>();
    for (MisleadingPath path : record.misleadingPaths()) {
      herrings.add(PostmortemDocuments.normal(path.hypothesis()));
    }

    TopDocs top = snapshot.indexSearcher().search(candidates.build(), Math.max(50, 5 * k));
    top = rescoreOnWholeText(snapshot, top, queryTerms);
    List<Candidate> scored = new ArrayList<>();
    double bestText = 0;
    for (ScoreDoc sd : top.scoreDocs) {
      Candidate c = candidate(reader, sd, signature, knownSignature, herrings);
      scored.add(c);
      bestText = Math.max(bestText, c.textScore);
    }
    for (Candidate c : scored) {
      c.textSimilarity = bestText > 0 ? Math.min(1, c.textScore / bestText) : 0;
      c.score =
          c.textSimilarity
              + (c.sameSignature ? SIGNATURE_WEIGHT : c.sameComponent ? COMPONENT_WEIGHT : 0)
              + (herrings.isEmpty()
                  ? 0
                  : HERRING_WEIGHT * c.sharedHerrings.size() / herrings.size());
    }
    scored.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingInt(c -> c.doc));

    Map<String, String> surface = surfaceForms(analyzer, sections);
    List<Map.Entry<Term, Float>> byBoost = new ArrayList<>(queryTerms.entrySet());
    byBoost.sort(
        Map.Entry.<Term, Float>comparingByValue().reversed().thenComparing(e -> e.getKey().text()));
    List<SimilarIncident> out = new ArrayList<>();
    for (Candidate c : scored.subList(0, Math.min(k, scored.size()))) {
      CorpusSearcher.Heading found = snapshot.heading(c.doc);
      out.add(
          new SimilarIncident(
              found.id(),
              found.source(),
              found.title(),
              c.score,
              c.textSimilarity,
              c.signature,
              c.sameSignature,
              c.sameComponent,
              c.sharedHerrings,
              sharedTerms(reader, c.doc, byBoost, surface)));
    }
    return out;
  }

  /**
   * Adds to each candidate's score how well its whole text matches the query's terms, so that an
   * incident whose sections were cut differently still counts its words. Only the candidates are
   * scored, which costs a fraction of searching the corpus with the whole text.
   */
  private static TopDocs rescoreOnWholeText(
      CorpusSearcher snapshot, TopDocs top, Map<Term, Float> queryTerms) throws IOException {
    if (top.scoreDocs.length == 0 || queryTerms.isEmpty()) {
      return top;
    }
    Map<String, Float> words = new HashMap<>();
    queryTerms.forEach((term, boost) -> words.merge(term.text(), boost, Math::max));
    BooleanQuery.Builder text = new BooleanQuery.Builder();
    words.forEach(
        (word, boost) ->
            text.add(
                new BoostQuery(new TermQuery(new Term(IndexFields.TEXT, word)), boost),
                Occur.SHOULD));
    QueryRescorer rescorer =
        new QueryRescorer(text.build()) {
          @Override
          protected float combine(
              float firstPassScore, boolean secondPassMatches, float secondPassScore) {
            return firstPassScore + (secondPassMatches ? WHOLE_TEXT_WEIGHT * secondPassScore : 0);
          }
        };
    return rescorer.rescore(snapshot.indexSearcher(), top, top.scoreDocs.length);
  }

  private static void addMoreLikeThis(
      BooleanQuery.Builder into,
      Map<Term, Float> queryTerms,
      IndexReader reader,
      Analyzer analyzer,
      Map<String, Collection<Object>> fields,
      int minDocFreq)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(fields.keySet().toArray(new String[0]));
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(minDocFreq);
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    // A word in more than a tenth of a large corpus says little and costs most to score.
    mlt.setMaxDocFreq(Math.max(COMMON_FLOOR, reader.numDocs() / 10));
    mlt.setBoost(true);
    mlt.setMaxNumTokensParsed(3000);
    mlt.setStopWords(NOISE);
    Query like = mlt.like(fields);
    if (like instanceof BooleanQuery bq) {
      if (bq.clauses().isEmpty()) {
        return;
      }
      for (BooleanClause clause : bq.clauses()) {
        Query q = clause.getQuery();
        float b = 1f;
        if (q instanceof BoostQuery boosted) {
          b = boosted.getBoost();
          q = boosted.getQuery();
        }
        if (q instanceof TermQuery tq) {
          queryTerms.merge(tq.getTerm(), b, Math::max);
        }
      }
    }
    into.add(like, Occur.SHOULD);
  }

  private static final class Candidate {
    int doc;
    double textScore;
    double textSimilarity;
    double score;
    String signature;
    boolean sameSignature;
    boolean sameComponent;
    List<String> sharedHerrings;
  }

  private static Candidate candidate(
      IndexReader reader,
      ScoreDoc sd,
      String signature,
      boolean knownSignature,
      Set<String> herrings)
      throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(sd.doc, reader.leaves()));
    int local = sd.doc - leaf.docBase;
    Candidate c = new Candidate();
    c.doc = sd.doc;
    SortedDocValues sig = DocValues.getSorted(leaf.reader(), IndexFields.SIGNATURE);
    c.signature =
        sig.advanceExact(local) ? sig.lookupOrd(sig.ordValue()).utf8ToString() : "unknown/other";
    c.sameSignature = knownSignature && c.signature.equals(signature);
    String component = signature.substring(signature.indexOf('/') + 1);
    c.sameComponent =
        c.sameSignature
            || (!component.equals(RootCause.OTHER_COMPONENT)
                && c.signature.substring(c.signature.indexOf('/') + 1).equals(component));
    c.textScore = Math.max(0, sd.score - (c.sameSignature ? SIGNATURE_BOOST : 0));
    List<String> shared = new ArrayList<>();
    if (!herrings.isEmpty()) {
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), IndexFields.HERRING);
      if (values.advanceExact(local)) {
        for (int i = 0; i < values.docValueCount(); i++) {
          String h = values.lookupOrd(values.nextOrd()).utf8ToString();
          if (herrings.contains(h)) {
            shared.add(h);
          }
        }
      }
    }
    c.sharedHerrings = shared;
    return c;
  }

  /** The query's terms that occur in {@code doc}, as the query text spelled them. */
  private static List<String> sharedTerms(
      IndexReader reader,
      int doc,
      List<Map.Entry<Term, Float>> byBoost,
      Map<String, String> surface)
      throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    int local = doc - leaf.docBase;
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<Term, Float> entry : byBoost) {
      if (out.size() >= MAX_SHARED_TERMS) {
        break;
      }
      Term term = entry.getKey();
      PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
      if (postings != null && postings.advance(local) == local) {
        out.add(surface.getOrDefault(term.text(), term.text()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * For each indexed term of the texts the query was read from, the word it came from, lower case.
   */
  private static Map<String, String> surfaceForms(
      Analyzer analyzer, Map<String, Collection<Object>> fields) throws IOException {
    Map<String, String> out = new HashMap<>();
    List<String> texts = new ArrayList<>();
    fields
        .values()
        .forEach(
            values ->
                values.forEach(
                    v -> {
                      String t = v.toString();
                      texts.add(t.length() > SURFACE_CHARS ? t.substring(0, SURFACE_CHARS) : t);
                    }));
    for (String t : texts) {
      try (TokenStream ts = analyzer.tokenStream(IndexFields.TEXT, t)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          int start = Math.min(offset.startOffset(), t.length());
          int end = Math.min(Math.max(start, offset.endOffset()), t.length());
          out.putIfAbsent(term.toString(), t.substring(start, end).toLowerCase(Locale.ROOT));
        }
        ts.end();
      }
    }
    return out;
  }
}
