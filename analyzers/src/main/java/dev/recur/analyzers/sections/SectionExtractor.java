package dev.recur.analyzers.sections;

import dev.recur.analyzers.sections.HeadingScanner.Heading;
import dev.recur.analyzers.sections.HeadingScanner.Style;
import dev.recur.analyzers.text.Markup;
import dev.recur.core.Extractor;
import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first step of every parse: finds the title and the sections of a postmortem in any layout
 * (Markdown, HTML, bold or plain labels, numbered or ALL-CAPS headings) and names each section with
 * a canonical {@link SectionKind} by what its heading means. A section spans its nested sections
 * (Impact inside Issue Summary is its own section and also part of the summary); a combined heading
 * such as "Root Cause and Resolution" yields one section per kind with the same offsets; a heading
 * that names no kind is kept as {@link SectionKind#OTHER}. A document without such headings gets
 * sections from paragraph cues. Stateless and thread-safe; linear in the text.
 */
public final class SectionExtractor implements Extractor {

  /** The step name, by which a pipeline can replace or drop this step. */
  public static final String NAME = "sections";

  private static final int MAX_TITLE_CHARS = 200;

  private static final Set<SectionKind> FILLED_BY_CUES =
      EnumSet.of(SectionKind.ROOT_CAUSE, SectionKind.RESOLUTION, SectionKind.CORRECTIVE_ACTIONS);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void contribute(RecordDraft draft) {
    String text = draft.text();
    List<Heading> headings = HeadingScanner.scan(text);
    int[] head = HeadingScanner.htmlHead(text);
    int firstLine = firstContentLine(text, head);
    Title title =
        htmlTitle(text, head, firstLine).orElseGet(() -> title(text, firstLine, headings));
    title.text.ifPresent(draft::title);
    List<Section> sections = sections(text, headings, title);
    Set<SectionKind> found = EnumSet.noneOf(SectionKind.class);
    sections.forEach(section -> found.add(section.kind()));
    found.remove(SectionKind.OTHER);
    List<Section> cued =
        found.containsAll(FILLED_BY_CUES) ? List.of() : ParagraphCues.sections(text, title.lineEnd);
    List<Section> merged = new ArrayList<>(sections);
    for (Section section : cued) {
      // With headings, a cue only fills in a kind the headings lack, and only the kinds a
      // paragraph states unmistakably ("The root cause was ...").
      if (found.isEmpty()
          || !found.contains(section.kind()) && FILLED_BY_CUES.contains(section.kind())) {
        merged.add(section);
      }
    }
    merged.sort(Comparator.comparingInt(Section::start));
    draft.sections(merged);
  }

  private record Title(Optional<String> text, Heading heading, int lineEnd) {}

  /**
   * An HTML document's declared {@code <title>}, when its header has one with words in it. The text
   * after the header is the body, where paragraph cues may start.
   */
  private static Optional<Title> htmlTitle(String text, int[] head, int firstLine) {
    if (head == null) {
      return Optional.empty();
    }
    String header = text.substring(head[0], head[1]);
    String lower = header.toLowerCase(Locale.ROOT);
    int open = lower.indexOf("<title");
    int from = open < 0 ? -1 : lower.indexOf('>', open);
    int to = from < 0 ? -1 : lower.indexOf("</title", from);
    if (to < 0) {
      return Optional.empty();
    }
    String inner = header.substring(from + 1, Math.min(to, from + 1 + MAX_TITLE_CHARS));
    String title = HeadingScanner.clean(inner).replaceAll("\\s+", " ");
    if (title.isEmpty()) {
      return Optional.empty();
    }
    int bodyStart = firstLine < 0 ? text.length() : firstLine;
    return Optional.of(new Title(Optional.of(title), null, bodyStart));
  }

  /**
   * The title is the first line when it is a heading that names no section kind, or a short plain
   * line such as "Postmortem: Outage on May 5th".
   */
  private static Title title(String text, int firstLine, List<Heading> headings) {
    if (firstLine < 0) {
      return new Title(Optional.empty(), null, 0);
    }
    int end = HeadingScanner.lineEnd(text, firstLine);
    int after = HeadingScanner.nextLine(text, end);
    Heading first = headings.isEmpty() ? null : headings.get(0);
    if (first != null && first.start == firstLine) {
      if (first.style == Style.INLINE_LABEL) {
        String name = first.text.toLowerCase(Locale.ROOT);
        if (first.kinds.isEmpty() && isTitleWord(name)) {
          String line =
              HeadingScanner.clean(
                  text.substring(firstLine, Math.min(end, firstLine + MAX_TITLE_CHARS)));
          return new Title(Optional.of(line), first, after);
        }
        return new Title(Optional.empty(), null, firstLine);
      }
      if (first.kinds.isEmpty()
          || overWholeDocument(first, headings)
          || onlyItsStatusTagNamesAKind(first)
          || namesItsGenre(first)) {
        return new Title(Optional.of(first.text), first, first.bodyStart);
      }
      return new Title(Optional.empty(), null, firstLine);
    }
    if (end - firstLine > MAX_TITLE_CHARS) {
      return new Title(Optional.empty(), null, firstLine);
    }
    String line = HeadingScanner.clean(text.substring(firstLine, end));
    if (line.isEmpty()
        || line.endsWith(".")
        || HeadingScanner.looksLikeTimestamp(line)
        || HeadingLexicon.words(line).size() > HeadingScanner.MAX_HEADING_WORDS) {
      return new Title(Optional.empty(), null, firstLine);
    }
    return new Title(Optional.of(line), null, after);
  }

  /**
   * "# Memory leak in the recommendation service" over the whole document: a first heading that no
   * other heading matches in rank, and whose section word is not its first ("Summary", "Root cause
   * and fix" are sections), names the incident, not a part of the write-up.
   */
  private static boolean overWholeDocument(Heading first, List<Heading> headings) {
    for (Heading h : headings) {
      if (h != first && h.rank <= first.rank) {
        return false;
      }
    }
    List<String> words = HeadingLexicon.words(first.text);
    List<HeadingLexicon.Match> matches = HeadingLexicon.matches(words);
    if (matches.isEmpty()) {
      return false;
    }
    // "Issue Symmary", "Incident timeline: ...": words that only qualify the section word.
    for (String w : words.subList(0, matches.get(0).from())) {
      if (!SECTION_QUALIFIERS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "[Resolved] Matchmaking failures on EU servers" as a document's first line: a status page's tag
   * names the incident's state, not a section, when the rest of the heading names none.
   */
  private static boolean onlyItsStatusTagNamesAKind(Heading first) {
    Matcher tag = STATUS_TAG.matcher(first.text);
    if (!tag.lookingAt()) {
      return false;
    }
    String rest = first.text.substring(tag.end());
    return !rest.isBlank() && HeadingLexicon.kinds(rest).isEmpty();
  }

  /**
   * "Root Cause Analysis: Elevated API errors on 12 March" as a document's first heading: a report
   * named for its genre, then for its incident. It heads the whole write-up, whose root cause is
   * one section among several, not a section on the cause.
   */
  private static boolean namesItsGenre(Heading first) {
    return REPORT_GENRE.matcher(first.text).lookingAt();
  }

  private static final Pattern REPORT_GENRE =
      Pattern.compile(
          "\\s{0,4}(?:root[ -]cause analysis|rca)(?: report)?\\s{0,4}[:|\u2013\u2014-]\\s{0,4}\\w",
          Pattern.CASE_INSENSITIVE);

  /** A bracketed tag that opens a heading, such as "[Resolved]" or "[Update]". */
  private static final Pattern STATUS_TAG = Pattern.compile("\\s{0,4}\\[[^\\]\\n]{1,30}\\]");

  /** Words that may stand before a section word in a section heading. */
  private static final Set<String> SECTION_QUALIFIERS =
      Set.of(
          "issue",
          "incident",
          "outage",
          "the",
          "our",
          "a",
          "an",
          "brief",
          "short",
          "full",
          "detailed",
          "technical",
          "final",
          "executive");

  private static boolean isTitleWord(String label) {
    for (String w :
        List.of(
            "postmortem", "post mortem", "post-mortem", "incident", "report", "outage", "rca")) {
      if (label.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** Sections from headings: each runs to the next heading of equal or smaller rank. */
  private static List<Section> sections(String text, List<Heading> headings, Title title) {
    int n = text.length();
    int[] ends = new int[headings.size()];
    Deque<Integer> open = new ArrayDeque<>();
    for (int k = 0; k < headings.size(); k++) {
      Heading h = headings.get(k);
      while (!open.isEmpty() && headings.get(open.peek()).rank >= h.rank) {
        ends[open.pop()] = h.start;
      }
      open.push(k);
    }
    while (!open.isEmpty()) {
      ends[open.pop()] = n;
    }
    List<Section> sections = new ArrayList<>();
    for (int k = 0; k < headings.size(); k++) {
      Heading h = headings.get(k);
      int end = ends[k];
      while (end > h.start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      String body = body(text, h, end);
      if (h.kinds.isEmpty() || h == title.heading) {
        sections.add(new Section(SectionKind.OTHER, h.text, h.start, end, body));
      } else {
        for (SectionKind kind : h.kinds) {
          sections.add(new Section(kind, h.text, h.start, end, body));
        }
      }
    }
    return sections;
  }

  /** The section's content without its heading, as plain text. */
  private static String body(String text, Heading h, int end) {
    if (h.style != Style.INLINE_LABEL) {
      return h.bodyStart >= end ? "" : Markup.strip(text.substring(h.bodyStart, end));
    }
    String all = Markup.strip(text.substring(h.start, end));
    int window = Math.min(all.length(), h.text.length() + 40);
    int colon = -1;
    for (int i = 0; i < window; i++) {
      char c = all.charAt(i);
      if (c == ':' || c == '\uFF1A') {
        colon = i;
        break;
      }
      if (c == '\n') {
        break;
      }
    }
    return colon < 0 ? all : all.substring(colon + 1).strip();
  }

  /**
   * The first line with words in it: blank lines, the HTML header and lines of bare markup ({@code
   * <!DOCTYPE html>}, {@code <body>}) come before a document's first line, not in it.
   */
  private static int firstContentLine(String text, int[] head) {
    int n = text.length();
    for (int pos = 0; pos < n; ) {
      int end = HeadingScanner.lineEnd(text, pos);
      if (!HeadingScanner.isBlank(text, pos, end)
          && !HeadingScanner.inHead(text, head, pos, end)
          && !HeadingScanner.clean(
                  text.substring(pos, Math.min(end, pos + HeadingScanner.LINE_PREFIX)))
              .isEmpty()) {
        return pos;
      }
      pos = HeadingScanner.nextLine(text, end);
    }
    return -1;
  }
}
