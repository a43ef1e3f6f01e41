package dev.recur.corpus.stats;

import dev.recur.core.SectionKind;
import dev.recur.corpus.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Finds families of incidents whose root-cause sections read alike: TF-IDF vectors from the index's
 * term vectors, cosine similarity between every pair of candidates that share a term, pairs at or
 * above the threshold linked, and each connected group of two or more a family. Work is bounded by
 * the number of candidates the options allow.
 */
final class RootCauseFamilies {

  /** A root cause with fewer distinct terms than this says too little to compare. */
  static final int MIN_TERMS = 3;

  static final int LABEL_TERMS = 4;

  /** A term in more candidates than this (or a tenth of them, if more) does not propose pairs. */
  static final int COMMON_FLOOR = 50;

  private final IndexReader reader;
  private final String field;

  RootCauseFamilies(IndexReader reader) {
    this(reader, IndexFields.section(SectionKind.ROOT_CAUSE));
  }

  RootCauseFamilies(IndexReader reader, String field) {
    this.reader = reader;
    this.field = field;
  }

  /** One candidate's normalised TF-IDF vector, terms as dictionary ids. */
  private record Vector(int row, int[] terms, float[] weights) {}

  /**
   * The families among {@code candidates} (rows, newest first), largest first.
   *
   * @param signatureOf the signature label of a row
   */
  List<IncidentFamily> find(
      int[] candidates,
      double threshold,
      IncidentColumns cols,
      IncidentDetails details,
      IntFunction<String> signatureOf)
      throws IOException {
    TermVectors vectors = reader.termVectors();
    Map<String, Integer> termIds = new HashMap<>();
    List<String> termNames = new ArrayList<>();
    List<Vector> docs = new ArrayList<>();
    // each distinct term's document frequency is looked up once, not once per candidate
    Map<String, Float> idf = new HashMap<>();
    int numDocs = Math.max(1, reader.numDocs());
    for (int row : candidates) {
      Terms terms = vectors.get(cols.docId[row], field);
      if (terms == null) {
        continue;
      }
      List<Integer> ids = new ArrayList<>();
      List<Float> weights = new ArrayList<>();
      TermsEnum te = terms.iterator();
      double norm = 0;
      for (BytesRef term = te.next(); term != null; term = te.next()) {
        String text = term.utf8ToString();
        long tf = te.totalTermFreq();
        Float termIdf = idf.get(text);
        if (termIdf == null) {
          int df = Math.max(1, reader.docFreq(new Term(field, term)));
          termIdf = (float) (Math.log((numDocs + 1.0) / (df + 1.0)) + 1);
          idf.put(text, termIdf);
        }
        float w = (float) ((1 + Math.log(tf)) * termIdf);
        Integer id = termIds.get(text);
        if (id == null) {
          id = termNames.size();
          termIds.put(text, id);
          termNames.add(text);
        }
        ids.add(id);
        weights.add(w);
        norm += (double) w * w;
      }
      if (ids.size() < MIN_TERMS) {
        continue;
      }
      double length = Math.sqrt(norm);
      long[] packed = new long[ids.size()];
      for (int i = 0; i < packed.length; i++) {
        packed[i] =
            ((long) ids.get(i) << 32)
                | (Float.floatToIntBits((float) (weights.get(i) / length)) & 0xffffffffL);
      }
      // sorted by term id, so two vectors' dot product is a merge
      Arrays.sort(packed);
      int[] t = new int[packed.length];
      float[] w = new float[packed.length];
      for (int i = 0; i < packed.length; i++) {
        t[i] = (int) (packed[i] >>> 32);
        w[i] = Float.intBitsToFloat((int) packed[i]);
      }
      docs.add(new Vector(row, t, w));
    }
    return link(docs, termNames, threshold, details, signatureOf);
  }

  private List<IncidentFamily> link(
      List<Vector> docs,
      List<String> termNames,
      double threshold,
      IncidentDetails details,
      IntFunction<String> signatureOf)
      throws IOException {
    int n = docs.size();
    // postings: for each term, the candidates holding it and their weights
    int[] postingCount = new int[termNames.size()];
    for (Vector v : docs) {
      for (int t : v.terms) {
        postingCount[t]++;
      }
    }
    int[][] postingDoc = new int[termNames.size()][];
    for (int t = 0; t < postingDoc.length; t++) {
      postingDoc[t] = new int[postingCount[t]];
    }
    int[] fill = new int[termNames.size()];
    for (int d = 0; d < n; d++) {
      Vector v = docs.get(d);
      for (int i = 0; i < v.terms.length; i++) {
        int t = v.terms[i];
        postingDoc[t][fill[t]++] = d;
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    double[] simSum = new double[n];
    int[] simCount = new int[n];
    List<int[]> links = new ArrayList<>();
    List<Double> linkSims = new ArrayList<>();
    // Pairs are found through the terms few candidates share: near-duplicates share their rare
    // terms, and a term most candidates hold would make the pair search quadratic.
    int commonAt = Math.max(COMMON_FLOOR, n / 10);
    boolean[] seen = new boolean[n];
    int[] touched = new int[n];
    for (int d = 0; d < n; d++) {
      Vector v = docs.get(d);
      int touchedCount = 0;
      for (int i = 0; i < v.terms.length; i++) {
        int[] pd = postingDoc[v.terms[i]];
        if (pd.length > commonAt) {
          continue;
        }
        // postings are in candidate order, so the pairs (d, e > d) are a suffix
        for (int k = pd.length - 1; k >= 0 && pd[k] > d; k--) {
          if (!seen[pd[k]]) {
            seen[pd[k]] = true;
            touched[touchedCount++] = pd[k];
          }
        }
      }
      for (int k = 0; k < touchedCount; k++) {
        int e = touched[k];
        seen[e] = false;
        double similarity = dot(v, docs.get(e));
        if (similarity >= threshold) {
          union(parent, d, e);
          links.add(new int[] {d, e});
          linkSims.add(similarity);
        }
      }
    }
    for (int i = 0; i < links.size(); i++) {
      int root = find(parent, links.get(i)[0]);
      simSum[root] += Math.min(1.0, linkSims.get(i));
      simCount[root]++;
    }
    Map<Integer, List<Integer>> groups = new HashMap<>();
    for (int d = 0; d < n; d++) {
      groups.computeIfAbsent(find(parent, d), r -> new ArrayList<>()).add(d);
    }
    List<IncidentFamily> families = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> group : groups.entrySet()) {
      List<Integer> members = group.getValue();
      if (members.size() < 2) {
        continue;
      }
      List<String> terms = sharedTerms(docs, members, termNames);
      List<IncidentRef> refs = new ArrayList<>();
      Set<String> signatures = new LinkedHashSet<>();
      for (int d : members) {
        refs.add(details.ref(docs.get(d).row));
        signatures.add(signatureOf.apply(docs.get(d).row));
      }
      refs.sort(
          Comparator.comparing((IncidentRef r) -> r.start().map(Object::toString).orElse("~"))
              .thenComparing(IncidentRef::source));
      int root = group.getKey();
      StringBuilder memberText = new StringBuilder();
      for (int d : members) {
        memberText.append(details.rootCauseText(docs.get(d).row)).append('\n');
      }
      families.add(
          new IncidentFamily(
              terms.isEmpty()
                  ? "(no shared terms)"
                  : label(terms.subList(0, Math.min(LABEL_TERMS, terms.size())), memberText),
              terms,
              refs,
              List.copyOf(signatures),
              simCount[root] == 0 ? 0 : simSum[root] / simCount[root]));
    }
    families.sort(
        Comparator.comparingInt((IncidentFamily f) -> f.members().size())
            .reversed()
            .thenComparing(Comparator.comparingDouble(IncidentFamily::meanSimilarity).reversed())
            .thenComparing(IncidentFamily::label));
    return families;
  }

  /**
   * The label terms as people wrote them: each indexed (stemmed) term becomes the word of the
   * members' root-cause text it most often stands for, or stays as it is when none matches.
   */
  static String label(List<String> terms, CharSequence text) {
    Map<String, Integer> words = new HashMap<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) && word.length() < 40) {
        word.append(Character.toLowerCase(c));
      } else if (!Character.isLetterOrDigit(c)) {
        if (word.length() > 0) {
          words.merge(word.toString(), 1, Integer::sum);
        }
        word.setLength(0);
      }
    }
    List<String> out = new ArrayList<>();
    for (String term : terms) {
      String best = term;
      int bestCount = 0;
      for (Map.Entry<String, Integer> w : words.entrySet()) {
        boolean better =
            w.getValue() > bestCount
                || (w.getValue() == bestCount && w.getKey().compareTo(best) < 0);
        if (w.getKey().startsWith(term) && better) {
          best = w.getKey();
          bestCount = w.getValue();
        }
      }
      if (!out.contains(best)) {
        out.add(best);
      }
    }
    return String.join(" ", out);
  }

  /** The cosine of two normalised vectors sorted by term id. */
  private static double dot(Vector a, Vector b) {
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.terms.length && j < b.terms.length) {
      if (a.terms[i] == b.terms[j]) {
        sum += (double) a.weights[i++] * b.weights[j++];
      } else if (a.terms[i] < b.terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /** Terms held by at least half of the members, by summed weight. */
  private static List<String> sharedTerms(
      List<Vector> docs, List<Integer> members, List<String> termNames) {
    Map<Integer, Integer> holders = new HashMap<>();
    Map<Integer, Double> weight = new HashMap<>();
    for (int d : members) {
      Vector v = docs.get(d);
      for (int i = 0; i < v.terms.length; i++) {
        holders.merge(v.terms[i], 1, Integer::sum);
        weight.merge(v.terms[i], (double) v.weights[i], Double::sum);
      }
    }
    int needed = (members.size() + 1) / 2;
    return holders.entrySet().stream()
        .filter(e -> e.getValue() >= Math.max(2, needed))
        .map(Map.Entry::getKey)
        .sorted(
            Comparator.comparingDouble((Integer t) -> weight.get(t))
                .reversed()
                .thenComparing(termNames::get))
        .limit(8)
        .map(termNames::get)
        .toList();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
