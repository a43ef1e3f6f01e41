package dev.recur.analyzers.cause;

import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.cause.Statement.Clause;
import dev.recur.analyzers.taxonomy.Words;
import dev.recur.analyzers.text.Markup;
import dev.recur.analyzers.text.Sentences;
import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.tokenize.Tokenizer;

/**
 * The statements of one parse, computed once and shared by the impact, root-cause, red-herring and
 * action extractors: every sentence of every section (and of any text before the first section),
 * tokenized by OpenNLP, split into clauses and given a stance. A sentence that a nested section
 * repeats is kept once, under the more specific section.
 */
public final class Statements {

  private static final RecordDraft.Key<List<Statement>> STATEMENTS =
      new RecordDraft.Key<>("cause statements");
  private static final RecordDraft.Key<Tokenizer> TOKENIZER =
      new RecordDraft.Key<>("cause tokenizer");

  /** Sentences longer than this are cut before tokenizing; no real sentence is this long. */
  static final int MAX_SENTENCE_CHARS = 2_000;

  private static final Set<String> TURN_TOKENS =
      Set.of(";", "—", "–", "but", "however", "instead", "rather", "whereas", "although", "though");

  private Statements() {}

  /** The statements of {@code draft}'s document, in document order. */
  public static List<Statement> of(RecordDraft draft, TextModels models) {
    return draft.shared(STATEMENTS, () -> build(draft, models));
  }

  /** The words of one piece of text, tokenized with the parse's tokenizer. */
  public static Words words(RecordDraft draft, TextModels models, String text) {
    Tokenizer tokenizer = draft.shared(TOKENIZER, models::tokenizer);
    return Words.of(tokenizer.tokenize(cut(text)));
  }

  private static List<Statement> build(RecordDraft draft, TextModels models) {
    Tokenizer tokenizer = draft.shared(TOKENIZER, models::tokenizer);
    List<Section> sections = draft.sections();
    Map<String, SectionKind> kinds = new LinkedHashMap<>();
    Map<String, Integer> spans = new HashMap<>();
    if (sections.isEmpty()) {
      for (String s : Sentences.ofDocument(draft, models)) {
        kinds.putIfAbsent(s, SectionKind.OTHER);
      }
    } else {
      int first = sections.stream().mapToInt(Section::start).min().orElse(0);
      if (first > 0) {
        String preamble =
            Markup.strip(draft.text().substring(0, Math.min(first, draft.text().length())));
        for (String s : Sentences.ofText(draft, preamble, models)) {
          kinds.putIfAbsent(s, SectionKind.OTHER);
        }
      }
      for (Section section : sections) {
        for (String s : Sentences.of(draft, section, models)) {
          // A sentence repeated by a nested section belongs to the innermost one, unless that one
          // is only a label of no known kind ("Pro Tip:" inside "Root Cause:"), which says nothing
          // about what its sentences are for: they stay with the section around them.
          int span = section.end() - section.start();
          Integer known = spans.get(s);
          if (known == null
              || kinds.get(s) == SectionKind.OTHER
              || (span < known && section.kind() != SectionKind.OTHER)) {
            kinds.put(s, section.kind());
            spans.put(s, span);
          }
        }
      }
    }
    List<Statement> out = new ArrayList<>(kinds.size());
    for (Map.Entry<String, SectionKind> e : kinds.entrySet()) {
      out.add(statement(tokenizer, e.getValue(), out.size(), e.getKey()));
    }
    return List.copyOf(out);
  }

  static Statement statement(Tokenizer tokenizer, SectionKind kind, int index, String text) {
    String[] tokens = tokenizer.tokenize(cut(text));
    Words all = Words.of(tokens);
    List<Clause> clauses = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= tokens.length; i++) {
      boolean turn = i < tokens.length && TURN_TOKENS.contains(tokens[i].toLowerCase(Locale.ROOT));
      if (turn || i == tokens.length) {
        if (i > from) {
          // Most sentences are one clause: its words are the sentence's, built once, so that the
          // cue lookups the steps make on either are made and remembered once.
          Words words =
              from == 0 && i == tokens.length ? all : Words.of(Arrays.copyOfRange(tokens, from, i));
          if (words.size() > 0) {
            clauses.add(new Clause(words, Hedges.stance(words)));
          }
        }
        // The turn word itself opens the next clause, so "but" and "instead" stay readable there.
        from = i;
      }
    }
    return new Statement(kind, index, cut(text), all, clauses);
  }

  private static String cut(String text) {
    return text.length() <= MAX_SENTENCE_CHARS ? text : text.substring(0, MAX_SENTENCE_CHARS);
  }
}
