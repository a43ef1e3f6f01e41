package dev.recur.analyzers.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class PostmortemAnalyzerTest {

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void canonicalModeWritesEverySpellingAsItsCanonicalWords() throws IOException {
    try (Analyzer a = PostmortemAnalyzer.canonical()) {
      assertEquals(terms(a, "load balancer"), terms(a, "LB"));
      assertEquals(terms(a, "load balancer"), terms(a, "the ALB"));
      assertEquals(terms(a, "database"), terms(a, "the db"));
      assertEquals(terms(a, "misconfiguration"), terms(a, "misconfig"));
      assertEquals(terms(a, "kubernetes"), terms(a, "k8s"));
      assertEquals(terms(a, "certificate"), terms(a, "cert"));
      assertEquals(terms(a, "dns"), terms(a, "Domain Name System"));
    }
  }

  /** Each token as {@code term@start-end+increment}. */
  static List<String> tokens(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(
            term
                + "@"
                + offset.startOffset()
                + "-"
                + offset.endOffset()
                + "+"
                + inc.getPositionIncrement());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void canonicalFormWithoutFlatteningIsWhatFlatteningGives() throws IOException {
    String rules;
    try (InputStream in =
        PostmortemAnalyzer.class.getResourceAsStream(PostmortemAnalyzer.SYNONYMS_RESOURCE)) {
      rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // A rule with two canonical forms makes the analyzer flatten its token graph.
    String flattened = rules + "\nzzqx => zzqa, zzqb\n";
    StringBuilder text = new StringBuilder();
    for (String line : rules.split("\n")) {
      int arrow = line.indexOf("=>");
      if (!line.startsWith("#") && arrow > 0) {
        for (String spelling : line.substring(0, arrow).split(",")) {
          text.append("The ").append(spelling.strip()).append(" broke again. ");
        }
      }
    }
    try (Analyzer plain = PostmortemAnalyzer.canonical();
        Analyzer flat =
            PostmortemAnalyzer.withSynonyms(
                new StringReader(flattened), PostmortemAnalyzer.Mode.CANONICAL)) {
      assertEquals(tokens(flat, text.toString()), tokens(plain, text.toString()));
      assertEquals(List.of("zzqa@0-4+1", "zzqb@0-4+0"), tokens(flat, "zzqx"));
    }
  }

  @Test
  void indexingKeepsWordsAsWritten() throws IOException {
    try (Analyzer index = PostmortemAnalyzer.forIndexing()) {
      String text = "The LB misconfig took the DB down; we rolled back the k8s config.";
      assertEquals(
          List.of("lb", "misconfig", "took", "db", "down", "roll", "back", "k8", "config"),
          terms(index, text));
    }
  }

  @Test
  void queryExpandsAnAbbreviationToItsWordsAndOtherSpellings() throws IOException {
    try (Analyzer query = PostmortemAnalyzer.forQuerying()) {
      Set<String> lb = new HashSet<>(terms(query, "LB"));
      assertTrue(
          lb.containsAll(List.of("lb", "load", "balanc", "alb", "loadbalanc")), lb::toString);
      Set<String> db = new HashSet<>(terms(query, "db"));
      assertTrue(db.containsAll(List.of("db", "databas")), db::toString);
    }
  }

  @Test
  void queryExpandsCanonicalWordsToEverySpelling() throws IOException {
    try (Analyzer query = PostmortemAnalyzer.forQuerying()) {
      Set<String> lb = new HashSet<>(terms(query, "load balancer"));
      assertTrue(lb.containsAll(List.of("lb", "alb", "elb", "load", "balanc")), lb::toString);
      Set<String> conf = new HashSet<>(terms(query, "misconfiguration"));
      assertTrue(conf.containsAll(List.of("misconfig", "misconfigur")), conf::toString);
    }
  }

  @Test
  void everyIndexedFormIsAmongTheQueryExpansion() throws IOException {
    try (Analyzer index = PostmortemAnalyzer.forIndexing();
        Analyzer canonical = PostmortemAnalyzer.canonical();
        Analyzer query = PostmortemAnalyzer.forQuerying()) {
      for (String word : List.of("LB", "ALB", "load balancer", "k8s", "db", "certs", "OOM")) {
        Set<String> expanded = new HashSet<>(terms(query, word));
        assertTrue(expanded.containsAll(terms(index, word)), word + " -> " + expanded);
        assertTrue(expanded.containsAll(terms(canonical, word)), word + " -> " + expanded);
      }
    }
  }

  @Test
  void stopWordsGoAndWordsAreStemmed() throws IOException {
    try (Analyzer a = PostmortemAnalyzer.forIndexing()) {
      assertEquals(List.of("timeout", "connect"), terms(a, "The timeouts of the connections"));
    }
  }

  @Test
  void customRulesReplaceTheBundledOnes() throws IOException {
    try (Analyzer a =
        PostmortemAnalyzer.withSynonyms(
            new StringReader("papi => payments api\n"), PostmortemAnalyzer.Mode.CANONICAL)) {
      assertEquals(List.of("payment", "api"), terms(a, "PAPI"));
      assertEquals(List.of("lb"), terms(a, "LB"));
    }
    try (Analyzer a =
        PostmortemAnalyzer.withSynonyms(
            new StringReader("papi => payments api\n"), PostmortemAnalyzer.Mode.QUERY)) {
      assertEquals(Set.of("papi", "payment", "api"), new HashSet<>(terms(a, "PAPI")));
      assertEquals(Set.of("papi", "payment", "api"), new HashSet<>(terms(a, "payments api")));
    }
  }

  @Test
  void badRuleNamesItsProblem() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PostmortemAnalyzer.withSynonyms(
                new StringReader("a => b => c\n"), PostmortemAnalyzer.Mode.QUERY));
  }

  @Test
  void randomTextNeverThrows() throws IOException {
    long seed = System.nanoTime();
    for (PostmortemAnalyzer.Mode mode : PostmortemAnalyzer.Mode.values()) {
      randomText(mode, seed);
    }
  }

  private static final List<String> RULE_WORDS =
      List.of("lb", "LBs", "load", "balancer", "out", "of", "memory", "oom", "the");

  private static void randomText(PostmortemAnalyzer.Mode mode, long seed) throws IOException {
    Random random = new Random(seed);
    try (Analyzer a =
        PostmortemAnalyzer.withSynonyms(
            new StringReader("lb, lbs => load balancer\nout of memory => oom\n"), mode)) {
      for (int i = 0; i < 200; i++) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(200);
        for (int j = 0; j < n; j++) {
          int pick = random.nextInt(8);
          if (pick == 0) {
            // rule words, so that the synonym graphs are exercised too
            text.append(' ').append(RULE_WORDS.get(random.nextInt(RULE_WORDS.size()))).append(' ');
          } else {
            text.append(pick == 1 ? ' ' : (char) random.nextInt(0x3000));
          }
        }
        try {
          terms(a, text.toString());
        } catch (RuntimeException e) {
          throw new AssertionError("mode " + mode + ", seed " + seed + ": " + e, e);
        }
      }
    }
  }
}
