package dev.recur.analyzers.sections;

import dev.recur.analyzers.text.Markup;
import dev.recur.core.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds heading candidates line by line and gives each a rank: the smaller the rank, the stronger
 * the heading, and a section runs until the next heading at least as strong. ATX and HTML headings
 * rank by level (1–6), setext by its underline, stand-alone bold, ALL-CAPS, numbered and plain-word
 * headings rank 7, a {@code Label:} line on its own 8, and a label followed by its content (often
 * inside a list item) 9 plus its list depth. Only a bounded prefix of each line is read, so
 * scanning is linear in the text.
 */
final class HeadingScanner {

  /** Only this many characters at the start of a line are examined for a heading. */
  static final int LINE_PREFIX = 400;

  /** A label (the part before the colon) longer than this is prose, not a label. */
  static final int MAX_LABEL_CHARS = 60;

  static final int MAX_LABEL_WORDS = 7;

  /**
   * Content after an unknown plain label that opens in lower case and runs to this many words
   * continues the label's sentence.
   */
  static final int MIN_PROSE_WORDS = 5;

  /** Stand-alone headings longer than this are sentences. */
  static final int MAX_HEADING_WORDS = 15;

  static final int MAX_LIST_DEPTH = 8;

  /**
   * A question-form heading ("which team was the incident escalated to") has at most this many
   * words.
   */
  static final int MAX_QUESTION_WORDS = 10;

  private static final java.util.Set<String> QUESTION_OPENERS =
      java.util.Set.of("what", "how", "when", "which", "who", "why", "where");

  static final double RANK_STANDALONE = 7;
  static final double RANK_LABEL_LINE = 8;
  static final double RANK_INLINE = 9;

  /** How a heading was written; decides where its body starts. */
  enum Style {
    ATX,
    SETEXT,
    HTML,
    BOLD,
    LABEL_LINE,
    INLINE_LABEL,
    CAPS,
    NUMBERED,
    PLAIN
  }

  /** A heading found in the text. Mutable while the scan adjusts ranks; confined to one parse. */
  static final class Heading {
    final int start;
    final int bodyStart;
    double rank;
    final String text;
    final List<SectionKind> kinds;
    final Style style;
    final boolean inList;

    Heading(
        int start,
        int bodyStart,
        double rank,
        String text,
        List<SectionKind> kinds,
        Style style,
        boolean inList) {
      this.start = start;
      this.bodyStart = bodyStart;
      this.rank = rank;
      this.text = text;
      this.kinds = kinds;
      this.style = style;
      this.inList = inList;
    }

    boolean standaloneLabel() {
      return style == Style.LABEL_LINE || style == Style.BOLD;
    }
  }

  private static final Pattern LIST_MARKER =
      Pattern.compile(
          "^(?:[-*+\u2022\u25AA\u25CF]|\\d{1,3}[.)]|[ivxIVX]{1,4}[.)]|[a-hA-H][.)])[ \t]+");

  private static final Pattern HTML_HEADING =
      Pattern.compile(
          "^(?:<(?![hH][1-6])[a-zA-Z][^<>]{0,100}>[ \t]*){0,3}<[hH]([1-6])(?:[ \t][^<>]{0,200})?>");

  private static final Pattern MONTH_OR_DAY =
      Pattern.compile(
          "^(?:(?:on|at|by|around|from|since|approximately|approx|about|before|after|until|"
              + "circa)\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|"
              + "february|march|april|june|july|august|september|october|november|december|"
              + "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|"
              + "friday|saturday|sunday)\\.?(?:\\s+\\d|,|\\s*$)");

  /**
   * A first word that is a number, a clock time, a date or a length, with its trailing punctuation:
   * {@code 10:05}, {@code 2024-05-03,}, {@code 14h05}, {@code 9am}, {@code 3rd}, {@code 45min},
   * {@code 1400z}, {@code 12.} A word with other letters is a code or a name.
   */
  private static final Pattern NUMERIC_WORD =
      Pattern.compile(
          "\\d[\\d:/.,\\-]{0,24}(?:h\\d{2}|am|pm|a\\.m\\.?|p\\.m\\.?|z|utc|gmt|st|nd|rd|th|"
              + "h|hrs?|hours?|m|mins?|minutes?|s|secs?|seconds?|d|days?)?[\\p{Punct}]{0,3}");

  private static final Pattern TIME_WORDS =
      Pattern.compile(
          "^(?:(?:on|at|by|around|from|since|approximately|approx|about|before|after|until|"
              + "circa|t\\s*[+-])\\s*\\d|noon\\b|midnight\\b|day\\s+\\d|t[+-]\\d|~\\s*\\d)");

  /**
   * A section number before a heading's words ("2. Timeline", "3.1. Impact", "2) Actions", "IV.
   * Root Cause"): an outline number, not the time or date that keeps a line in the timeline. A bare
   * number without its dot ("15 March") is left alone, as is "1.5 hours later".
   */
  private static final Pattern OUTLINE_NUMBER =
      Pattern.compile("^(?:\\d{1,3}(?:\\.\\d{1,3}){0,3}[.)]|[IVX]{1,4}\\.)[ \t]+(?=\\p{L})");

  /** A plain "label" opening with one of these is the start of a sentence ("We found: ..."). */
  private static final java.util.Set<String> PRONOUNS =
      java.util.Set.of(
          "i", "we", "it", "this", "that", "they", "he", "she", "you", "there", "here");

  private HeadingScanner() {}

  /**
   * Whether a label or heading starts with a time or date, as timeline entries do. A first word
   * that starts with a digit counts unless it is a code rather than a number ("0x19. Postmortem",
   * "5xx errors", "2FA outage"): see {@link #NUMERIC_WORD}.
   */
  static boolean looksLikeTimestamp(String label) {
    String s = label.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) {
      return false;
    }
    if (Character.isDigit(s.charAt(0))) {
      int space = 0;
      while (space < s.length() && space < 40 && !Character.isWhitespace(s.charAt(space))) {
        space++;
      }
      return NUMERIC_WORD.matcher(s.substring(0, space)).matches();
    }
    return MONTH_OR_DAY.matcher(s).find() || TIME_WORDS.matcher(s).find();
  }

  /** {@code heading} without a leading {@linkplain #OUTLINE_NUMBER section number}. */
  static String withoutOutlineNumber(String heading) {
    Matcher number = OUTLINE_NUMBER.matcher(heading);
    return number.find() ? heading.substring(number.end()) : heading;
  }

  /** How far into the text an HTML document's {@code <head>} or {@code <title>} is looked for. */
  static final int HTML_HEAD_SEARCH = 4096;

  /** An HTML head longer than this is not looked into; its lines are read as any other. */
  static final int MAX_HTML_HEAD_CHARS = 65_536;

  /**
   * The HTML document header, {@code <head>}…{@code </head>}, or a {@code <title>} element that
   * only markup precedes, as {@code [start, end)}; null when the text has none. Its lines hold
   * metadata, never headings.
   */
  static int[] htmlHead(String text) {
    int limit = Math.min(text.length(), HTML_HEAD_SEARCH);
    int open = indexOfTag(text, "<head", 0, limit);
    String close = "</head>";
    if (open < 0) {
      open = indexOfTag(text, "<title", 0, limit);
      close = "</title>";
      if (open < 0 || !clean(text.substring(0, open)).isEmpty()) {
        return null;
      }
    }
    int end =
        indexOfIgnoreCase(text, close, open, Math.min(text.length(), open + MAX_HTML_HEAD_CHARS));
    return end < 0 ? null : new int[] {open, end + close.length()};
  }

  /**
   * Whether the line [{@code start}, {@code end}) belongs to the {@linkplain #htmlHead header}: it
   * overlaps it and has nothing but markup outside it.
   */
  static boolean inHead(String text, int[] head, int start, int end) {
    if (head == null || end <= head[0] || start >= head[1]) {
      return false;
    }
    return (start >= head[0] || clean(text.substring(start, head[0])).isEmpty())
        && (end <= head[1]
            || clean(text.substring(head[1], Math.min(end, head[1] + LINE_PREFIX))).isEmpty());
  }

  /** The first {@code <name} followed by {@code >} or a space in [{@code from}, {@code to}). */
  private static int indexOfTag(String text, String name, int from, int to) {
    for (int at = indexOfIgnoreCase(text, name, from, to);
        at >= 0;
        at = indexOfIgnoreCase(text, name, at + 1, to)) {
      int after = at + name.length();
      if (after < text.length()
          && (text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)))) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The first case-insensitive {@code needle} in [{@code from}, {@code to}). Every needle here
   * starts with {@code <}, which has no case, so the fast {@link String#indexOf(int, int)} finds
   * the candidates and only they are compared (this runs over the first 64 KB of every document).
   */
  private static int indexOfIgnoreCase(String text, String needle, int from, int to) {
    char first = needle.charAt(0);
    if (Character.toLowerCase(first) != Character.toUpperCase(first)) {
      throw new IllegalArgumentException("needle must start with a caseless character: " + needle);
    }
    for (int at = text.indexOf(first, from);
        at >= 0 && at + needle.length() <= to;
        at = text.indexOf(first, at + 1)) {
      if (text.regionMatches(true, at, needle, 0, needle.length())) {
        return at;
      }
    }
    return -1;
  }

  /** Every heading in {@code text}, in document order. */
  static List<Heading> scan(String text) {
    List<Heading> headings = new ArrayList<>();
    boolean[] fence = fenceLines(text);
    int[] head = htmlHead(text);
    int n = text.length();
    int lineNo = 0;
    int pos = 0;
    boolean contentSinceHeading = true;
    boolean previousBlank = true;
    while (pos < n) {
      int end = lineEnd(text, pos);
      int next = nextLine(text, end);
      // Metadata such as <title>Postmortem: ...</title> reads like a label but heads nothing.
      if (!fence[Math.min(lineNo, fence.length - 1)] && !inHead(text, head, pos, end)) {
        int nextEnd = next < n ? lineEnd(text, next) : n;
        Heading h = classify(text, pos, end, next, nextEnd, previousBlank);
        if (h != null) {
          Heading last = headings.isEmpty() ? null : headings.get(headings.size() - 1);
          // A label line with no body of its own introduces the labels that follow it.
          if (last != null
              && !contentSinceHeading
              && last.standaloneLabel()
              && last.rank == h.rank) {
            last.rank -= 0.5;
          }
          headings.add(h);
          contentSinceHeading = h.style == Style.INLINE_LABEL;
          if (h.style == Style.SETEXT) {
            next = nextLine(text, nextEnd);
            lineNo++;
          }
        } else if (!isBlank(text, pos, end)) {
          contentSinceHeading = true;
        }
      } else if (!isBlank(text, pos, end)) {
        contentSinceHeading = true;
      }
      previousBlank = isBlank(text, pos, end);
      pos = next;
      lineNo++;
    }
    return headings;
  }

  /** Marks the lines inside closed code fences; an unclosed fence fences nothing. */
  static boolean[] fenceLines(String text) {
    List<Integer> fences = new ArrayList<>();
    int lines = 0;
    int n = text.length();
    for (int pos = 0; pos < n; ) {
      int end = lineEnd(text, pos);
      int i = pos;
      while (i < end && i - pos < 4 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (text.startsWith("```", i) || text.startsWith("~~~", i)) {
        fences.add(lines);
      }
      lines++;
      pos = nextLine(text, end);
    }
    boolean[] inside = new boolean[Math.max(1, lines)];
    for (int k = 0; k + 1 < fences.size(); k += 2) {
      for (int line = fences.get(k); line <= fences.get(k + 1); line++) {
        inside[line] = true;
      }
    }
    return inside;
  }

  static int lineEnd(String text, int pos) {
    int n = text.length();
    int i = pos;
    while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  static int nextLine(String text, int end) {
    int n = text.length();
    if (end >= n) {
      return n;
    }
    if (text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return end + 1;
  }

  static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The heading on the line [{@code start}, {@code end}), or null when it is not one. */
  private static Heading classify(
      String text, int start, int end, int next, int nextEnd, boolean previousBlank) {
    String raw = text.substring(start, Math.min(end, start + LINE_PREFIX));
    int indent = 0;
    int i = 0;
    while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
      indent += raw.charAt(i) == '\t' ? 4 : 1;
      i++;
    }
    String t = raw.substring(i).stripTrailing();
    if (t.isEmpty()) {
      return null;
    }
    if (!mayBeHeading(t, text, next, nextEnd)) {
      return null;
    }
    if (t.charAt(0) == '#') {
      return atx(t, start, next);
    }
    Matcher html = HTML_HEADING.matcher(t);
    if (html.find()) {
      String heading = clean(t);
      if (heading.isEmpty() || looksLikeTimestamp(heading)) {
        return null;
      }
      return new Heading(
          start, next, Integer.parseInt(html.group(1)), heading, kinds(heading), Style.HTML, false);
    }
    Heading setext = setext(text, t, start, next, nextEnd);
    if (setext != null) {
      return setext;
    }
    Matcher list = LIST_MARKER.matcher(t);
    boolean inList = list.find();
    boolean numbered = inList && !"-*+\u2022\u25AA\u25CF".contains(t.substring(0, 1));
    String rest = inList ? t.substring(list.end()) : t;
    if (t.startsWith(">")) {
      rest = t.substring(1).strip();
    }
    int depth = Math.min(MAX_LIST_DEPTH, indent / 2);
    String plain = clean(rest);
    if (plain.isEmpty()) {
      return null;
    }
    boolean bold = startsBold(rest);
    if (bold && wholeLineBold(rest)) {
      String heading = trimLabel(withoutOutlineNumber(plain));
      if (heading.isEmpty()
          || looksLikeTimestamp(heading)
          || HeadingLexicon.words(heading).size() > MAX_HEADING_WORDS) {
        return null;
      }
      double rank = inList ? RANK_INLINE + depth : RANK_STANDALONE;
      return new Heading(start, next, rank, heading, kinds(heading), Style.BOLD, inList);
    }
    Heading label =
        label(bold ? withoutOutlineNumber(plain) : plain, start, next, bold, inList, depth);
    if (label != null) {
      return label;
    }
    if (looksLikeTimestamp(plain)) {
      return null;
    }
    List<String> words = HeadingLexicon.words(HeadingLexicon.withoutParentheses(plain));
    String heading = trimLabel(plain);
    if (numbered && words.size() <= 4 && !endsSentence(plain)) {
      List<SectionKind> kinds = kinds(heading);
      if (!kinds.isEmpty()) {
        return new Heading(start, next, RANK_STANDALONE, heading, kinds, Style.NUMBERED, false);
      }
    }
    if (!inList && isAllCaps(plain) && words.size() <= 10 && !words.isEmpty()) {
      return new Heading(start, next, RANK_STANDALONE, heading, kinds(heading), Style.CAPS, false);
    }
    if (!inList
        && words.size() <= 6
        && HeadingLexicon.withoutParentheses(plain).indexOf(',') < 0
        && Character.isUpperCase(plain.codePointAt(0))
        && !endsSentence(plain)
        && !plain.endsWith(",")) {
      List<HeadingLexicon.Match> matches = HeadingLexicon.matches(words);
      if (!matches.isEmpty() && matches.get(0).from() <= leadingFillers(words) + 1) {
        return new Heading(
            start, next, RANK_STANDALONE, heading, kinds(heading), Style.PLAIN, false);
      }
    }
    // A question-form or lower-case heading from a template ("how was the issue detected"),
    // set apart by a blank line before it and a blank or indented line after it.
    if (!inList
        && previousBlank
        && !words.isEmpty()
        && (Character.isLowerCase(plain.codePointAt(0)) || QUESTION_OPENERS.contains(words.get(0)))
        && words.size() <= MAX_QUESTION_WORDS
        && ".!;,".indexOf(plain.charAt(plain.length() - 1)) < 0
        && introducesBlock(text, indent, next, nextEnd)) {
      String question =
          plain.endsWith("?") ? plain.substring(0, plain.length() - 1).strip() : heading;
      List<SectionKind> kinds = kinds(question);
      if (!kinds.isEmpty()) {
        return new Heading(start, next, RANK_STANDALONE, question, kinds, Style.PLAIN, false);
      }
    }
    return null;
  }

  /** Whether the line after a candidate heading is blank or indented deeper than it. */
  private static boolean introducesBlock(String text, int indent, int next, int nextEnd) {
    if (next >= text.length() || isBlank(text, next, nextEnd)) {
      return true;
    }
    int nextIndent = 0;
    for (int k = next; k < nextEnd && (text.charAt(k) == ' ' || text.charAt(k) == '\t'); k++) {
      nextIndent += text.charAt(k) == '\t' ? 4 : 1;
    }
    return nextIndent > indent;
  }

  /**
   * A cheap test that rules out most prose lines before any markup is stripped: a heading has a
   * marker at its start, a colon near its start, few words, or an underline.
   */
  private static boolean mayBeHeading(String t, String text, int next, int nextEnd) {
    char c = t.charAt(0);
    if ("#<*_>-+".indexOf(c) >= 0 || Character.isDigit(c)) {
      return true;
    }
    int colon = t.indexOf(':');
    if (colon >= 0 && colon <= MAX_LABEL_CHARS * 2) {
      return true;
    }
    int spaces = 0;
    for (int k = 0; k < t.length() && spaces <= MAX_HEADING_WORDS; k++) {
      if (t.charAt(k) == ' ') {
        spaces++;
      }
    }
    if (spaces <= MAX_HEADING_WORDS) {
      return true;
    }
    return next < nextEnd && (text.charAt(next) == '=' || text.charAt(next) == '-');
  }

  private static Heading atx(String t, int start, int next) {
    int level = 0;
    while (level < t.length() && t.charAt(level) == '#') {
      level++;
    }
    if (level > 6) {
      return null;
    }
    String heading = trimLabel(withoutOutlineNumber(clean(t)));
    if (heading.isEmpty() || looksLikeTimestamp(heading)) {
      return null;
    }
    return new Heading(start, next, level, heading, kinds(heading), Style.ATX, false);
  }

  private static Heading setext(String text, String t, int start, int next, int nextEnd) {
    if (next >= text.length() || nextEnd - next > LINE_PREFIX) {
      return null;
    }
    String under = text.substring(next, nextEnd).strip();
    if (under.length() < 2) {
      return null;
    }
    char c = under.charAt(0);
    if (c != '=' && c != '-') {
      return null;
    }
    for (int k = 0; k < under.length(); k++) {
      if (under.charAt(k) != c) {
        return null;
      }
    }
    if (LIST_MARKER.matcher(t).find() || t.startsWith("|")) {
      return null;
    }
    String heading = trimLabel(withoutOutlineNumber(clean(t)));
    if (heading.isEmpty()
        || HeadingLexicon.words(heading).size() > MAX_HEADING_WORDS
        || looksLikeTimestamp(heading)) {
      return null;
    }
    int body = nextLine(text, nextEnd);
    return new Heading(start, body, c == '=' ? 1 : 2, heading, kinds(heading), Style.SETEXT, false);
  }

  /** A {@code Label:} at the start of the line, alone or followed by its content. */
  private static Heading label(
      String plain, int start, int next, boolean bold, boolean inList, int depth) {
    int colon = -1;
    int limit = Math.min(plain.length(), MAX_LABEL_CHARS + 2);
    for (int k = 0; k < limit; k++) {
      char c = plain.charAt(k);
      if (c == ':' || c == '\uFF1A') {
        if (k + 1 == plain.length() || Character.isWhitespace(plain.charAt(k + 1))) {
          colon = k;
        }
        break;
      }
      if (c == '.' || c == '?' || c == '!' || c == ';') {
        break;
      }
    }
    if (colon <= 0) {
      return null;
    }
    String name = trimLabel(plain.substring(0, colon));
    String content = plain.substring(colon + 1).strip();
    List<String> words = HeadingLexicon.words(name);
    if (name.isEmpty()
        || words.isEmpty()
        || words.size() > MAX_LABEL_WORDS
        || !Character.isLetter(name.codePointAt(0))
        || looksLikeTimestamp(name)
        || name.toLowerCase(Locale.ROOT).contains("http")) {
      return null;
    }
    List<SectionKind> kinds = kinds(name);
    if (!bold
        && (PRONOUNS.contains(words.get(0))
            || kinds.isEmpty()
                && (words.size() > 5 || !Character.isUpperCase(name.codePointAt(0))))) {
      return null;
    }
    if (!bold && !inList && kinds.isEmpty() && continuesSentence(content)) {
      return null;
    }
    if (content.isEmpty()) {
      double rank = inList ? RANK_INLINE + depth : bold ? RANK_STANDALONE : RANK_LABEL_LINE;
      return new Heading(start, next, rank, name, kinds, Style.LABEL_LINE, inList);
    }
    double rank = RANK_INLINE + depth;
    if (!inList && isTitle(content)) {
      rank = bold ? RANK_STANDALONE : RANK_LABEL_LINE;
    } else if (content.endsWith(":")) {
      rank -= 0.5;
    }
    return new Heading(start, start, rank, name, kinds, Style.INLINE_LABEL, inList);
  }

  /**
   * Whether the words after a colon carry on the sentence before it ("A software bug: a memory leak
   * in the cache sidecar ..."): a long run that opens in lower case. A label's content is short
   * ("Status: resolved") or starts afresh ("Date: 10 May", "Owner: Payments team").
   */
  private static boolean continuesSentence(String content) {
    return !content.isEmpty()
        && Character.isLowerCase(content.codePointAt(0))
        && HeadingLexicon.words(content).size() >= MIN_PROSE_WORDS;
  }

  /** A short Title Case phrase after a label is a subtitle, not the section's content. */
  private static boolean isTitle(String content) {
    List<String> words = HeadingLexicon.words(content);
    if (words.isEmpty() || words.size() > 6 || endsSentence(content)) {
      return false;
    }
    int capital = 0;
    for (String w : content.split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      int cp = w.codePointAt(0);
      if (Character.isDigit(cp)) {
        return false;
      }
      if (Character.isUpperCase(cp)) {
        capital++;
      } else if (w.length() >= 4 && Character.isLetter(cp)) {
        return false;
      }
    }
    return capital >= 2;
  }

  private static List<SectionKind> kinds(String heading) {
    return HeadingLexicon.kinds(heading);
  }

  /** Plain text of a heading line: markup, emoji, shortcodes and leading bullets gone. */
  static String clean(String line) {
    return Markup.stripInline(line);
  }

  /** A label without trailing colons, dashes, asterisks and punctuation. */
  static String trimLabel(String s) {
    int end = s.length();
    while (end > 0) {
      char c = s.charAt(end - 1);
      if (c == ':'
          || c == '*'
          || c == '-'
          || c == ';'
          || c == '.'
          || c == '\uFF1A'
          || c == '#'
          || Character.isWhitespace(c)) {
        end--;
      } else {
        break;
      }
    }
    return s.substring(0, end).strip();
  }

  private static boolean startsBold(String rest) {
    String s = skipLeadingTagsAndEmoji(rest);
    return s.startsWith("**")
        || s.startsWith("__")
        || s.regionMatches(true, 0, "<strong", 0, 7)
        || s.regionMatches(true, 0, "<b>", 0, 3);
  }

  /** Whether the bold that opens the line also closes it (allowing a colon or full stop). */
  private static boolean wholeLineBold(String rest) {
    String s = rest.strip();
    while (!s.isEmpty() && ":;.\uFF1A".indexOf(s.charAt(s.length() - 1)) >= 0) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    String lower = s.toLowerCase(Locale.ROOT);
    return (s.endsWith("**")
            || s.endsWith("__")
            || lower.endsWith("</strong>")
            || lower.endsWith("</b>"))
        && s.length() > 4;
  }

  private static String skipLeadingTagsAndEmoji(String s) {
    int i = 0;
    int guard = 0;
    while (i < s.length() && guard++ < 20) {
      char c = s.charAt(i);
      if (c == '<'
          && !s.regionMatches(true, i, "<strong", 0, 7)
          && !s.regionMatches(true, i, "<b>", 0, 3)) {
        int close = s.indexOf('>', i);
        if (close < 0 || close - i > 200) {
          break;
        }
        i = close + 1;
      } else if (c == ' ' || (!Character.isLetterOrDigit(c) && c != '*' && c != '_' && c != '<')) {
        i++;
        guard--;
      } else {
        break;
      }
    }
    return s.substring(Math.min(i, s.length()));
  }

  private static boolean endsSentence(String s) {
    char c = s.charAt(s.length() - 1);
    return c == '.' || c == '!' || c == '?' || c == ';' || c == ',';
  }

  private static boolean isAllCaps(String s) {
    int letters = 0;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 3;
  }

  /** How many filler words ("the", "our", "a") open a heading before its cue. */
  private static int leadingFillers(List<String> words) {
    int k = 0;
    while (k < words.size()
        && List.of("the", "our", "a", "an", "incident", "issue").contains(words.get(k))) {
      k++;
    }
    return k;
  }
}
