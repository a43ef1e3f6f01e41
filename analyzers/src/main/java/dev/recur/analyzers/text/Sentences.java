package dev.recur.analyzers.text;

import dev.recur.analyzers.TextModels;
import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.StringUtil;

/**
 * Splits plain text into sentences with OpenNLP's English sentence model, caching the result in the
 * parse's {@link RecordDraft} so that every extractor reading the same section pays once.
 *
 * <p>Lines are first grouped into blocks: a list item, a timeline entry or a short line without
 * final punctuation is a block of its own, while a hard-wrapped paragraph is joined back into one
 * block; OpenNLP then splits each block. Sentences are trimmed and never empty. The methods are
 * safe to call from any extractor, but a draft belongs to one parse on one thread, as always.
 */
public final class Sentences {

  /** Lines at least this long that end without punctuation are taken as hard-wrapped. */
  static final int WRAPPED_LINE_LENGTH = 50;

  private static final RecordDraft.Key<SentenceDetectorME> DETECTOR =
      new RecordDraft.Key<>("sentence detector");

  private static final RecordDraft.Key<Map<String, List<String>>> CACHE =
      new RecordDraft.Key<>("sentences by text");

  private static final RecordDraft.Key<Set<String>> BULLETED_LINES =
      new RecordDraft.Key<>("bulleted lines");

  private static final RecordDraft.Key<String> DOCUMENT_TEXT =
      new RecordDraft.Key<>("document plain text");

  /**
   * The detector's sentences of each block, per parse: a nested section's text is also part of the
   * text of the section around it, so its blocks would otherwise go through the model twice (about
   * 40% of the detected blocks of a generated document).
   */
  private static final RecordDraft.Key<Map<String, String[]>> BLOCKS =
      new RecordDraft.Key<>("detected sentences by block");

  private Sentences() {}

  /**
   * The sentences of one section's {@link Section#text() text} (its body, markup already stripped,
   * heading excluded), in order; computed once per parse and text.
   *
   * @param draft the parse in progress; holds the cache and the per-parse detector
   * @param section a section of {@code draft}
   * @param models the shared OpenNLP models
   * @return an unmodifiable list, empty when the section has no text
   */
  public static List<String> of(RecordDraft draft, Section section, TextModels models) {
    return ofText(draft, section.text(), models);
  }

  /**
   * The sentences of the whole document, markup stripped (headings included as short sentences of
   * their own); computed once per parse.
   */
  public static List<String> ofDocument(RecordDraft draft, TextModels models) {
    return ofText(draft, documentText(draft), models);
  }

  /** The whole document as plain text ({@link Markup#strip}), computed once per parse. */
  public static String documentText(RecordDraft draft) {
    return draft.shared(DOCUMENT_TEXT, () -> Markup.strip(draft.text()));
  }

  /**
   * The sentences of any plain text, such as a part of a section, cached per parse by the text
   * itself.
   */
  public static List<String> ofText(RecordDraft draft, String plainText, TextModels models) {
    Map<String, List<String>> cache = draft.shared(CACHE, HashMap::new);
    List<String> cached = cache.get(plainText);
    if (cached != null) {
      return cached;
    }
    SentenceDetectorME detector = draft.shared(DETECTOR, models::sentenceDetector);
    Map<String, String[]> blocks = draft.shared(BLOCKS, HashMap::new);
    Set<String> bulleted = draft.shared(BULLETED_LINES, () -> Markup.bulletedLines(draft.text()));
    List<String> sentences =
        split(plainText, bulleted, block -> blocks.computeIfAbsent(block, detector::sentDetect));
    cache.put(plainText, sentences);
    return sentences;
  }

  /**
   * Splits without caching; the detector is used from this thread only. {@code bulleted} holds the
   * lines that open a list item ({@link Markup#bulletedLines}).
   */
  static List<String> split(String text, Set<String> bulleted, SentenceDetectorME detector) {
    return split(text, bulleted, detector::sentDetect);
  }

  /** Splits, asking {@code detect} for the sentences of each block that may hold several. */
  private static List<String> split(
      String text, Set<String> bulleted, Function<String, String[]> detect) {
    List<String> out = new ArrayList<>();
    for (String block : blocks(text, bulleted)) {
      if (!mayEndSentenceInside(block) || endsOnlyAtItsEnd(block)) {
        // The detector only weighs the model's end-of-sentence characters; a block without one
        // (a timeline line, a heading, a list item) is one sentence, at no model cost. So is a
        // block whose only ones end it ("The disk was full."): split there or not, the detector
        // returns the whole block, trimmed, as its one sentence. Half the blocks of a generated
        // document are such.
        String s = trimmed(block).strip();
        if (!s.isEmpty()) {
          out.add(s);
        }
        continue;
      }
      String[] sentences = detect.apply(block);
      for (int i = 0; i < sentences.length; i++) {
        String s = sentences[i].strip();
        // The model splits after a dot it takes for an end: "marlowebooks.com received a 502",
        // "e.g. the cache". A sentence that starts in lower case continues the one before, unless
        // the one before ends as a sentence does, a word and its stop: "the batch job held the
        // connections. we first thought it was a DDoS" is two, as people write in chat.
        while (i + 1 < sentences.length
            && startsInLowerCase(sentences[i + 1])
            && !endsAsASentence(s)) {
          s = s + " " + sentences[++i].strip();
        }
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code sentence} ends as a sentence does: a word or number of two characters or more,
   * not an abbreviation, then its stop ("held the connections.", "on port 25.", "all good!").
   * "e.g.", "etc.", "approx." and a dot inside a name ("marlowebooks.") do not.
   */
  static boolean endsAsASentence(String sentence) {
    int end = sentence.length();
    if (end < 2 || SENTENCE_ENDS.indexOf(sentence.charAt(end - 1)) < 0) {
      return false;
    }
    int from = sentence.lastIndexOf(' ', end - 1) + 1;
    String word = sentence.substring(from, end - 1).toLowerCase(Locale.ROOT);
    if (word.length() < 2 || ABBREVIATIONS.contains(word)) {
      return false;
    }
    // "port 25." ends a sentence as a word does; "e.g.", "v1.2." and "marlowebooks." hold a dot
    // or are no word.
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "etc", "vs", "approx", "incl", "ca", "no", "fig", "min", "mins", "sec", "secs", "hr",
          "hrs", "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "ltd", "co", "corp", "dept",
          "est", "resp", "cf", "al", "eg", "ie", "viz", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec");

  private static boolean startsInLowerCase(String sentence) {
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (!Character.isWhitespace(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  /** The end-of-sentence characters of the English sentence model (checked by a test). */
  static final String SENTENCE_ENDS = ".!?";

  /** {@code text} without the leading and trailing characters the detector counts as space. */
  private static String trimmed(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && StringUtil.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && StringUtil.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return text.substring(from, to);
  }

  /** Whether {@code block} holds one of the model's {@link #SENTENCE_ENDS}. */
  static boolean mayEndSentenceInside(String block) {
    for (int i = 0; i < block.length(); i++) {
      if (SENTENCE_ENDS.indexOf(block.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the model's end-of-sentence characters in {@code block} form one run at its very end,
   * after which only what the detector counts as space follows.
   */
  static boolean endsOnlyAtItsEnd(String block) {
    int end = block.length();
    while (end > 0 && StringUtil.isWhitespace(block.charAt(end - 1))) {
      end--;
    }
    int run = end;
    while (run > 0 && SENTENCE_ENDS.indexOf(block.charAt(run - 1)) >= 0) {
      run--;
    }
    if (run == end) {
      return false;
    }
    for (int i = 0; i < run; i++) {
      if (SENTENCE_ENDS.indexOf(block.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Groups lines into the blocks OpenNLP reads, joining hard-wrapped paragraph lines. A line in
   * {@code bulleted} opened a list item, so it starts a block of its own whatever the line before
   * it: list items often end without punctuation.
   */
  static List<String> blocks(String text, Set<String> bulleted) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String previous = null;
    for (String raw : text.split("\n", -1)) {
      String line = raw.strip();
      if (line.isEmpty()) {
        flush(current, blocks);
        previous = null;
        continue;
      }
      if (previous != null && (bulleted.contains(line) || !continues(previous, line))) {
        flush(current, blocks);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
      previous = line;
    }
    flush(current, blocks);
    return blocks;
  }

  private static boolean continues(String previous, String next) {
    char last = previous.charAt(previous.length() - 1);
    if (".!?:;".indexOf(last) >= 0) {
      return false;
    }
    if (Character.isDigit(next.charAt(0))) {
      return false;
    }
    return previous.length() >= WRAPPED_LINE_LENGTH;
  }

  private static void flush(StringBuilder current, List<String> blocks) {
    if (current.length() > 0) {
      blocks.add(current.toString());
      current.setLength(0);
    }
  }
}
