package dev.recur.corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.lucene.PostmortemAnalyzer;
import dev.recur.core.Postmortem;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.SourceDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

  static final Analyzer ANALYZER = PostmortemAnalyzer.forIndexing();

  /** Another instance, so that its streams can be open while {@link #ANALYZER}'s are reused. */
  static final Analyzer EXPECTED = PostmortemAnalyzer.forIndexing();

  /** Asserts that two streams give the same terms, offsets and position increments. */
  static void assertSameTokens(TokenStream expected, TokenStream actual, String message)
      throws IOException {
    try (expected;
        actual) {
      CharTermAttribute[] term = {
        expected.addAttribute(CharTermAttribute.class), actual.addAttribute(CharTermAttribute.class)
      };
      OffsetAttribute[] offset = {
        expected.addAttribute(OffsetAttribute.class), actual.addAttribute(OffsetAttribute.class)
      };
      PositionIncrementAttribute[] inc = {
        expected.addAttribute(PositionIncrementAttribute.class),
        actual.addAttribute(PositionIncrementAttribute.class)
      };
      expected.reset();
      actual.reset();
      for (int i = 0; expected.incrementToken(); i++) {
        String at = message + ", token " + i;
        assertTrue(actual.incrementToken(), at);
        assertEquals(term[0].toString(), term[1].toString(), at);
        assertEquals(offset[0].startOffset(), offset[1].startOffset(), at);
        assertEquals(offset[0].endOffset(), offset[1].endOffset(), at);
        assertEquals(inc[0].getPositionIncrement(), inc[1].getPositionIncrement(), at);
      }
      assertFalse(actual.incrementToken(), message + ": more tokens than expected");
      expected.end();
      actual.end();
    }
  }

  static List<String> terms(TokenStream stream) throws IOException {
    List<String> out = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      for (stream.reset(); stream.incrementToken(); ) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }

  @Test
  void replayOfEveryTokenIsWhatTheAnalyzerGives() throws IOException {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<String> words = List.of("the", "LB", "timeouts", "of", "db's", "K8s", "rolled", "back");
    for (int round = 0; round < 50; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(300);
      for (int i = 0; i < n; i++) {
        text.append(words.get(random.nextInt(words.size())))
            .append(random.nextInt(5) == 0 ? ".\n" : " ");
      }
      String t = text.toString();
      assertSameTokens(
          EXPECTED.tokenStream("text", t),
          AnalyzedText.of(ANALYZER, "text", t).all(),
          "seed " + seed);
    }
  }

  @Test
  void indexTextAnalyzerGivesWhatTheIndexingAnalyzerGives() throws IOException {
    Analyzer memo = new IndexTextAnalyzer();
    List<String> texts = new ArrayList<>();
    new dev.recur.corpus.generate.PostmortemGenerator(7)
        .stream(300).forEach(d -> texts.add(d.text()));
    texts.add(
        "The DB's LB's and K8S' pods: THE the The; it's O'Neil's \u2019s users\u2019 caf\u00e9s"
            + " \u0130stanbul \u00df STRASSE 12:05 3.5% v1.2.3 e-mail x".repeat(3)
            + " \u6f22\u5b57 \ud83d\ude00 running runs ran a an and or not no down up out off");
    texts.add("x".repeat(300) + " the " + "y".repeat(600) + " an");
    texts.add("the and of a");
    texts.add("");
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < IndexTextAnalyzer.MAX_WORDS + 500; i++) {
      many.append("word").append(i).append(i % 7 == 0 ? " the " : " ");
    }
    texts.add(many.toString());
    texts.add(many.toString());
    for (int i = 0; i < texts.size(); i++) {
      assertSameTokens(
          EXPECTED.tokenStream("text", texts.get(i)),
          memo.tokenStream("text", texts.get(i)),
          "text " + i);
    }
  }

  @Test
  void rangesReplayInTextOrderEachTokenOnce() throws IOException {
    AnalyzedText text = AnalyzedText.of(ANALYZER, "text", "alpha beta gamma delta epsilon zeta");
    assertEquals(6, text.size());
    assertEquals(
        List.of("alpha", "beta", "gamma", "delta", "zeta"),
        terms(text.replay(new int[] {2, 4, 5, 6, 0, 3})));
    assertEquals(List.of(), terms(text.replay(new int[] {3, 3})));
    assertSameTokens(
        EXPECTED.tokenStream("text", "                 delta"),
        text.replay(new int[] {3, 4}),
        "one token from the middle, at its offsets, moving on one position");
  }

  @Test
  void firstAtFindsTheTokenStartingAtOrAfterAnOffset() {
    AnalyzedText text = AnalyzedText.of(ANALYZER, "text", "alpha beta gamma");
    assertEquals(0, text.firstAt(0));
    assertEquals(1, text.firstAt(1));
    assertEquals(1, text.firstAt(6));
    assertEquals(3, text.firstAt(99));
  }

  @Test
  void headingEndIsPastTheHeadingAsWritten() {
    String text = "intro\n**Root cause:** the pool was drained\n## Impact\nhalf of users\n";
    int bold = text.indexOf("**Root");
    assertEquals(
        text.indexOf(":**"),
        PostmortemDocuments.headingEnd(
            text, new Section(SectionKind.ROOT_CAUSE, "Root cause", bold, 40, ""), 40));
    int atx = text.indexOf("## Impact");
    assertEquals(
        atx + "## Impact".length(),
        PostmortemDocuments.headingEnd(
            text,
            new Section(SectionKind.IMPACT, "Impact", atx, text.length(), ""),
            text.length()));
    // a heading not written near the start skips nothing
    assertEquals(
        atx,
        PostmortemDocuments.headingEnd(
            text,
            new Section(SectionKind.IMPACT, "Consequences", atx, text.length(), ""),
            text.length()));
  }

  @Test
  void sectionFieldsHoldTheSectionBodiesAsTheAnalyzerReadsThem() throws IOException {
    String text =
        """
        # Checkout outage
        fault: misconfiguration
        ## summary
        The LB sent every request to one pool.
        ## timeline
        10:00 alerts fired
        ## summary
        Checkout recovered after the rollback.
        ## root cause
        A misconfig in the load balancer weights.
        """;
    SourceDocument source = SourceDocument.of("a.md", text);
    Postmortem record = LabelledPipeline.create().parse(source);
    Document doc = PostmortemDocuments.toDocument(source, record, "f", IndexFields.facetsConfig());
    for (SectionKind kind : List.of(SectionKind.SUMMARY, SectionKind.TIMELINE)) {
      StringBuilder bodies = new StringBuilder();
      for (Section s : record.sections()) {
        if (s.kind() == kind) {
          bodies.append(s.text()).append('\n');
        }
      }
      IndexableField field = doc.getField(IndexFields.section(kind));
      assertEquals(
          terms(ANALYZER.tokenStream("text", bodies.toString())),
          terms(field.tokenStream(ANALYZER, null)),
          kind.id());
    }
    assertEquals(text, doc.get(IndexFields.TEXT));
  }
}
