package dev.recur.analyzers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.recur.analyzers.TextModels;
import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentencesTest {

  static TextModels models;

  @BeforeAll
  static void load() {
    models = TextModels.english();
  }

  @Test
  void splitsProseWithOpenNlp() {
    RecordDraft draft = new RecordDraft(SourceDocument.of("x", ""));
    Section s =
        new Section(
            SectionKind.ROOT_CAUSE,
            "Root cause",
            0,
            0,
            "The pool was exhausted. Dr. Smith found it and raised the limit.");
    assertEquals(
        List.of("The pool was exhausted.", "Dr. Smith found it and raised the limit."),
        Sentences.of(draft, s, models));
  }

  @Test
  void aSplitBeforeLowerCaseIsUndone() {
    RecordDraft draft = new RecordDraft(SourceDocument.of("x", ""));
    Section s =
        new Section(
            SectionKind.SUMMARY,
            "Summary",
            0,
            0,
            "From 10:31 UTC every visitor to marlowebooks.com received a 502 page. Orders were"
                + " fine.");
    assertEquals(
        List.of(
            "From 10:31 UTC every visitor to marlowebooks.com received a 502 page.",
            "Orders were fine."),
        Sentences.of(draft, s, models));
  }

  /** People who write in lower case end their sentences all the same; an abbreviation does not. */
  @Test
  void aLowerCaseSentenceAfterAFullStopStandsAlone() {
    String text =
        "the outage was the primary hitting its connection ceiling. we first thought it was a DDoS"
            + " but the WAF logs were clean. e.g. the cache was fine, etc. and nothing else. a rule"
            + " blocked egress on port 25. we lost an hour.";
    assertEquals(
        List.of(
            "the outage was the primary hitting its connection ceiling.",
            "we first thought it was a DDoS but the WAF logs were clean.",
            "e.g. the cache was fine, etc. and nothing else.",
            "a rule blocked egress on port 25.",
            "we lost an hour."),
        Sentences.ofText(new RecordDraft(SourceDocument.of("x", "")), text, models));
  }

  @Test
  void listItemsAreSentencesAndWrappedLinesJoin() {
    String text =
        "Enhance monitoring\nAdd load tests\nThe migration script held an exclusive lock on the orders\n"
            + "table for the whole run.";
    assertEquals(
        List.of(
            "Enhance monitoring",
            "Add load tests",
            "The migration script held an exclusive lock on the orders table for the whole run."),
        Sentences.ofText(new RecordDraft(SourceDocument.of("x", "")), text, models));
  }

  @Test
  void aListItemWithoutFinalPunctuationIsASentenceOfItsOwn() {
    String markdown =
        "## Root cause\n\n"
            + "* The cache warmer reread every key at start-up and starved the primary of reads\n"
            + "* Recovery came when the warmer was switched off, after an hour of searching\n"
            + "  through the proxy logs first\n";
    RecordDraft draft = new RecordDraft(SourceDocument.of("x", markdown));
    String text = Markup.strip(markdown.substring(markdown.indexOf('*')));
    assertEquals(
        List.of(
            "The cache warmer reread every key at start-up and starved the primary of reads",
            "Recovery came when the warmer was switched off, after an hour of searching through"
                + " the proxy logs first"),
        Sentences.ofText(draft, text, models));
  }

  @Test
  void cachedPerParse() {
    RecordDraft draft = new RecordDraft(SourceDocument.of("x", "# T\n\nOne. Two."));
    List<String> first = Sentences.ofDocument(draft, models);
    assertSame(first, Sentences.ofDocument(draft, models));
    assertEquals(List.of("T", "One.", "Two."), first);
  }

  @Test
  void theShortcutKnowsTheModelsSentenceEnds() throws java.io.IOException {
    try (var in =
        TextModels.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      var model = new opennlp.tools.sentdetect.SentenceModel(in);
      assertEquals(Sentences.SENTENCE_ENDS, new String(model.getFactory().getEOSCharacters()));
    }
  }

  @Test
  void blocksWithoutASentenceEndOrOnlyAtTheEndReadAsTheDetectorReadsThem() {
    var detector = models.sentenceDetector();
    for (String block :
        List.of(
            "10:05 AM alert fired",
            "\u00A0 odd spaces \u2003",
            "a; b: c",
            "x\u3002y",
            "\u00A0",
            "Root cause: the pool was exhausted",
            // Sentence ends only at the end: the detector is skipped there too.
            "The disk was full.",
            "Why did it fail?!",
            "Wait...",
            ".",
            "Mr. Smith was paged.",
            "It ended (finally).",
            "Done.\u00A0 ",
            "It failed.) Then")) {
      List<String> expected = new java.util.ArrayList<>();
      for (String s : detector.sentDetect(block)) {
        if (!s.strip().isEmpty()) {
          expected.add(s.strip());
        }
      }
      assertEquals(expected, Sentences.split(block, java.util.Set.of(), detector), block);
    }
  }
}
