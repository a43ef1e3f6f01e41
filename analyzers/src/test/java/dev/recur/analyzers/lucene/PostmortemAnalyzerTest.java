package dev.recur.analyzers.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
  void abbreviationsBecomeTheirCanonicalWords() throws IOException {
    try (Analyzer a = PostmortemAnalyzer.forIndexing()) {
      assertEquals(terms(a, "load balancer"), terms(a, "LB"));
      assertEquals(terms(a, "database"), terms(a, "the db"));
      assertEquals(terms(a, "misconfiguration"), terms(a, "misconfig"));
      assertEquals(terms(a, "kubernetes"), terms(a, "k8s"));
      assertEquals(terms(a, "certificate"), terms(a, "cert"));
      assertEquals(terms(a, "dns"), terms(a, "Domain Name System"));
    }
  }

  @Test
  void queryAndIndexFormsAgree() throws IOException {
    try (Analyzer index = PostmortemAnalyzer.forIndexing();
        Analyzer query = PostmortemAnalyzer.forQuerying()) {
      String text = "The LB misconfig took the DB down; we rolled back the k8s config.";
      assertEquals(terms(index, text), terms(query, text));
      assertEquals(
          List.of(
              "load",
              "balanc",
              "misconfigur",
              "took",
              "databas",
              "down",
              "rollback",
              "kubernet",
              "configur"),
          terms(index, text));
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
        PostmortemAnalyzer.withSynonyms(new StringReader("papi => payments api\n"), true)) {
      assertEquals(List.of("payment", "api"), terms(a, "PAPI"));
      assertEquals(List.of("lb"), terms(a, "LB"));
    }
  }

  @Test
  void badRuleNamesItsProblem() {
    assertThrows(
        IllegalArgumentException.class,
        () -> PostmortemAnalyzer.withSynonyms(new StringReader("a => b => c\n"), true));
  }

  @Test
  void randomTextNeverThrows() throws IOException {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    try (Analyzer a = PostmortemAnalyzer.forIndexing()) {
      for (int i = 0; i < 200; i++) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(200);
        for (int j = 0; j < n; j++) {
          text.append(random.nextInt(4) == 0 ? ' ' : (char) random.nextInt(0x3000));
        }
        try {
          terms(a, text.toString());
        } catch (RuntimeException e) {
          throw new AssertionError("seed " + seed + ": " + e, e);
        }
      }
    }
  }
}
