package dev.recur.analyzers.text;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * Turns Markdown and HTML into the plain text a reader sees: tags, comments and scripts go, HTML
 * entities are decoded, links keep their text, images, emphasis markers, code fences and rules go,
 * list bullets and heading marks are dropped while line breaks stay. Every method runs in time
 * linear in its input and never throws on content.
 */
public final class Markup {

  private Markup() {}

  /** The plain text of a Markdown or HTML fragment, lines kept, runs of blank lines collapsed. */
  public static String strip(CharSequence text) {
    String s = decodeHtml(text);
    StringBuilder out = new StringBuilder(s.length());
    int blankRun = 0;
    int from = 0;
    int n = s.length();
    while (from <= n) {
      int nl = s.indexOf('\n', from);
      int to = nl < 0 ? n : nl;
      String line = stripLine(s, from, to);
      if (line.isBlank()) {
        blankRun++;
      } else {
        if (out.length() > 0) {
          out.append(blankRun > 0 ? "\n\n" : "\n");
        }
        out.append(line);
        blankRun = 0;
      }
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    return out.toString();
  }

  /**
   * The plain text, as {@link #strip} gives it, of the first line of every Markdown list item ("-
   * ", "* ", "+ " or "\u2022 " bullets): stripping drops the bullets, yet a reader still sees each
   * item start afresh, even when the item before it ends without punctuation.
   */
  public static Set<String> bulletedLines(CharSequence text) {
    String raw = text.toString();
    // Most documents have a few bullets or none; decoding HTML is paid only when there are some.
    if (bullets(raw, null) == 0) {
      return Set.of();
    }
    Set<String> lines = new HashSet<>();
    bullets(decodeHtml(raw), lines);
    return Set.copyOf(lines);
  }

  /**
   * Counts the lines of {@code s} that open a list item, adding each one's stripped text to {@code
   * into} unless that is null.
   */
  private static int bullets(String s, Set<String> into) {
    int count = 0;
    int from = 0;
    int n = s.length();
    while (from <= n) {
      int nl = s.indexOf('\n', from);
      int to = nl < 0 ? n : nl;
      int i = from;
      while (i < to && (isSpace(s.charAt(i)) || s.charAt(i) == '>')) {
        i++;
      }
      char c = i + 1 < to ? s.charAt(i) : ' ';
      if ((c == '-' || c == '*' || c == '+' || c == '\u2022') && isSpace(s.charAt(i + 1))) {
        count++;
        if (into != null) {
          String line = stripLine(s, from, to);
          if (!line.isEmpty()) {
            into.add(line);
          }
        }
      }
      if (nl < 0) {
        break;
      }
      from = nl + 1;
    }
    return count;
  }

  /**
   * The plain text of one line (a heading, a label): like {@link #strip} but also drops the {@code
   * :shortcode:} emoji and leading decorations such as emoji and bullets.
   */
  public static String stripInline(CharSequence line) {
    String s = strip(line).replace('\n', ' ');
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || cp == '(' || cp == '[' || cp == '"' || cp == '\'') {
        break;
      }
      i += Character.charCount(cp);
    }
    return s.substring(i).strip();
  }

  /**
   * Decodes HTML: tags, comments, scripts and styles are removed, entities decoded, block tags
   * become line breaks. Text without {@code <} or {@code &} is returned as it is.
   */
  public static String decodeHtml(CharSequence text) {
    String s = text.toString().replace("\r\n", "\n").replace('\r', '\n');
    if (s.indexOf('<') < 0 && s.indexOf('&') < 0) {
      return s;
    }
    if (!mayHoldHtml(s)) {
      return plainSpaces(s);
    }
    s = escapePlaceholders(s);
    StringBuilder out = new StringBuilder(s.length());
    char[] buffer = new char[8192];
    try (Reader reader = new HTMLStripCharFilter(new StringReader(s))) {
      int read;
      while ((read = reader.read(buffer)) > 0) {
        out.append(buffer, 0, read);
      }
    } catch (IOException e) {
      // A StringReader does no I/O; this cannot happen.
      throw new UncheckedIOException(e);
    }
    return plainSpaces(out.toString());
  }

  /**
   * {@code s} with the {@code <} of every placeholder written as {@code &lt;}, so that the HTML
   * filter keeps it as text: "run nginx -t on &lt;host&gt;" is ops writing, not a tag, and the
   * filter would drop every such word. A placeholder is a tag-like word that names no HTML, SVG or
   * MathML element. Linear: each {@code <} reads at most a short name after it.
   */
  static String escapePlaceholders(String s) {
    StringBuilder out = null;
    int copied = 0;
    for (int at = s.indexOf('<'); at >= 0; at = s.indexOf('<', at + 1)) {
      int from = at + 1 < s.length() && s.charAt(at + 1) == '/' ? at + 2 : at + 1;
      int end = from;
      while (end < s.length()
          && end - from <= MAX_TAG_NAME
          && (Character.isLetterOrDigit(s.charAt(end))
              || s.charAt(end) == '-'
              || s.charAt(end) == '_')) {
        end++;
      }
      if (end == from || !Character.isLetter(s.charAt(from)) || end - from > MAX_TAG_NAME) {
        continue;
      }
      boolean closed =
          end < s.length()
              && (s.charAt(end) == '>' || s.charAt(end) == '/' || isSpace(s.charAt(end)));
      if (!closed || HTML_ELEMENTS.contains(s.substring(from, end).toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s.length() + 16);
      }
      out.append(s, copied, at).append("&lt;");
      copied = at + 1;
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  /** The longest element name {@link #escapePlaceholders} reads. */
  private static final int MAX_TAG_NAME = 24;

  /** Element names of HTML, SVG and MathML, which the HTML filter may remove as tags. */
  private static final Set<String> HTML_ELEMENTS =
      Set.of(
          "a",
          "abbr",
          "acronym",
          "address",
          "applet",
          "area",
          "article",
          "aside",
          "audio",
          "b",
          "base",
          "basefont",
          "bdi",
          "bdo",
          "big",
          "blink",
          "blockquote",
          "body",
          "br",
          "button",
          "canvas",
          "caption",
          "center",
          "cite",
          "code",
          "col",
          "colgroup",
          "data",
          "datalist",
          "dd",
          "del",
          "details",
          "dfn",
          "dialog",
          "dir",
          "div",
          "dl",
          "dt",
          "em",
          "embed",
          "fieldset",
          "figcaption",
          "figure",
          "font",
          "footer",
          "form",
          "frame",
          "frameset",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "head",
          "header",
          "hgroup",
          "hr",
          "html",
          "i",
          "iframe",
          "img",
          "input",
          "ins",
          "kbd",
          "label",
          "legend",
          "li",
          "link",
          "main",
          "map",
          "mark",
          "marquee",
          "menu",
          "meta",
          "meter",
          "nav",
          "nobr",
          "noframes",
          "noscript",
          "object",
          "ol",
          "optgroup",
          "option",
          "output",
          "p",
          "param",
          "picture",
          "pre",
          "progress",
          "q",
          "rp",
          "rt",
          "ruby",
          "s",
          "samp",
          "script",
          "search",
          "section",
          "select",
          "slot",
          "small",
          "source",
          "span",
          "strike",
          "strong",
          "style",
          "sub",
          "summary",
          "sup",
          "table",
          "tbody",
          "td",
          "template",
          "textarea",
          "tfoot",
          "th",
          "thead",
          "time",
          "title",
          "tr",
          "track",
          "tt",
          "u",
          "ul",
          "var",
          "video",
          "wbr",
          "xmp",
          "svg",
          "g",
          "path",
          "circle",
          "rect",
          "line",
          "polyline",
          "polygon",
          "ellipse",
          "text",
          "tspan",
          "defs",
          "use",
          "symbol",
          "clippath",
          "lineargradient",
          "radialgradient",
          "stop",
          "mask",
          "pattern",
          "filter",
          "foreignobject",
          "image",
          "marker",
          "math",
          "mi",
          "mn",
          "mo",
          "mrow",
          "msup",
          "msub",
          "mfrac",
          "msqrt",
          "mtext");

  /** {@code s} with no-break, em and en spaces as plain spaces. */
  private static String plainSpaces(String s) {
    return s.replace('\u00A0', ' ').replace('\u2003', ' ').replace('\u2002', ' ');
  }

  /**
   * Whether {@code s} may hold a tag, comment or entity: a {@code <} before a letter, {@code /},
   * {@code !} or {@code ?}, or an {@code &} before a letter or {@code #}. Text with only a bare
   * {@code &} or {@code <} ("runbook & alerts", "p99 < 200 ms") decodes to itself, and skips the
   * HTML filter, whose every instance allocates a 32 KB buffer.
   */
  private static boolean mayHoldHtml(String s) {
    for (int at = s.indexOf('<'); at >= 0 && at + 1 < s.length(); at = s.indexOf('<', at + 1)) {
      char c = s.charAt(at + 1);
      if (Character.isLetter(c) || c == '/' || c == '!' || c == '?') {
        return true;
      }
    }
    for (int at = s.indexOf('&'); at >= 0 && at + 1 < s.length(); at = s.indexOf('&', at + 1)) {
      char c = s.charAt(at + 1);
      if (Character.isLetter(c) || c == '#') {
        return true;
      }
    }
    return false;
  }

  /** One line of Markdown, with its block markers and inline markup removed. */
  private static String stripLine(String s, int from, int to) {
    int i = from;
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    if (i == to) {
      return "";
    }
    if (isFenceOrRule(s, i, to)) {
      return "";
    }
    // Block markers: quotes, ATX heading marks, bullets. Numbers of ordered lists stay.
    boolean again = true;
    while (again && i < to) {
      again = false;
      char c = s.charAt(i);
      if (c == '>') {
        i = skipSpaces(s, i + 1, to);
        again = true;
      } else if (c == '#') {
        int j = i;
        while (j < to && s.charAt(j) == '#' && j - i < 6) {
          j++;
        }
        if (j == to || s.charAt(j) != '#') {
          i = skipSpaces(s, j, to);
        }
      } else if ((c == '-' || c == '*' || c == '+' || c == '\u2022')
          && i + 1 < to
          && isSpace(s.charAt(i + 1))) {
        i = skipSpaces(s, i + 1, to);
        again = true;
      }
    }
    int end = to;
    // Closing ATX marks ("## Title ##").
    int k = end;
    while (k > i && isSpace(s.charAt(k - 1))) {
      k--;
    }
    int hashes = k;
    while (hashes > i && s.charAt(hashes - 1) == '#') {
      hashes--;
    }
    if (hashes < k && hashes > i && isSpace(s.charAt(hashes - 1))) {
      end = hashes;
    }
    return inline(s, i, end).strip();
  }

  /** Inline Markdown: links, images, emphasis, code, broken tags, shortcodes. Linear time. */
  private static String inline(String s, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    int[] nextClose = null;
    int[] nextParen = null;
    int skipAt = -1;
    int skipTo = -1;
    int lastGt = Integer.MIN_VALUE;
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      if (i == skipAt) {
        i = skipTo;
        skipAt = -1;
        continue;
      }
      switch (c) {
        case '[', '!' -> {
          if (c == '!' && (i + 1 >= to || s.charAt(i + 1) != '[')) {
            out.append(c);
            i++;
            break;
          }
          if (nextClose == null) {
            nextClose = nextIndex(s, from, to, ']');
            nextParen = nextIndex(s, from, to, ')');
          }
          if (c == '[' && i + 2 < to && s.charAt(i + 1) == '!' && s.charAt(i + 2) == '[') {
            // A linked image, [![alt](src)](href): both go.
            int inner = nextClose[i + 3 - from];
            int image = inner < 0 ? -1 : linkTargetEnd(s, inner, to, nextClose, nextParen, from);
            if (image > 0 && image < to && s.charAt(image) == ']') {
              int outer = linkTargetEnd(s, image, to, nextClose, nextParen, from);
              if (outer > 0) {
                i = outer;
                break;
              }
            }
          }
          int open = c == '!' ? i + 1 : i;
          int close = nextClose[open + 1 - from];
          int target = close < 0 ? -1 : linkTargetEnd(s, close, to, nextClose, nextParen, from);
          if (target < 0) {
            out.append(c);
            i++;
          } else if (c == '!') {
            i = target; // images go altogether
          } else {
            skipAt = close;
            skipTo = target;
            i++;
          }
        }
        case '*', '_', '~' -> {
          int j = i;
          while (j < to && s.charAt(j) == c) {
            j++;
          }
          boolean before = i > from && !isSpace(s.charAt(i - 1));
          boolean after = j < to && !isSpace(s.charAt(j));
          boolean marker;
          if (c == '_') {
            marker = !(i > from && isWord(s.charAt(i - 1)) && j < to && isWord(s.charAt(j)));
          } else if (c == '~') {
            marker = j - i >= 2;
          } else {
            marker = before || after || j - i >= 2;
          }
          if (!marker) {
            out.append(s, i, j);
          }
          i = j;
        }
        case '`' -> i++;
        case '<' -> {
          if (lastGt == Integer.MIN_VALUE) {
            lastGt = lastIndexIn(s, from, to, '>');
          }
          if (i + 1 < to
              && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/')
              && lastGt < i) {
            int j = i + 1;
            if (s.charAt(j) == '/') {
              j++;
            }
            while (j < to && j - i < 20 && Character.isLetterOrDigit(s.charAt(j))) {
              j++;
            }
            if (j == to || isSpace(s.charAt(j)) || s.charAt(j) == '/') {
              i = to; // an unclosed tag runs to the end of its line
              break;
            }
          }
          out.append(c);
          i++;
        }
        case ':' -> {
          int j = i + 1;
          boolean code = i == from || !Character.isLetterOrDigit(s.charAt(i - 1));
          if (code && j < to && Character.isLowerCase(s.charAt(j))) {
            while (j < to && j - i <= 40 && isShortcodeChar(s.charAt(j))) {
              j++;
            }
            if (j < to && s.charAt(j) == ':' && j > i + 1) {
              i = j + 1;
              break;
            }
          }
          out.append(c);
          i++;
        }
        default -> {
          // Plain text is copied a run at a time, up to the next character that may start markup.
          int j = i + 1;
          while (j < to && j != skipAt && !mayStartMarkup(s.charAt(j))) {
            j++;
          }
          out.append(s, i, j);
          i = j;
        }
      }
    }
    return out.toString();
  }

  /** The characters {@link #inline} reads as the start of markup; all others are copied. */
  private static boolean mayStartMarkup(char c) {
    return switch (c) {
      case '[', '!', '*', '_', '~', '`', '<', ':' -> true;
      default -> false;
    };
  }

  /** After a {@code ]} at {@code close}: the end of {@code (url)} or {@code [ref]}, or -1. */
  private static int linkTargetEnd(
      String s, int close, int to, int[] nextClose, int[] nextParen, int from) {
    int j = close + 1;
    if (j >= to) {
      return -1;
    }
    if (s.charAt(j) == '(') {
      int end = nextParen[j + 1 - from];
      return end < 0 ? -1 : end + 1;
    }
    if (s.charAt(j) == '[') {
      int end = nextClose[j + 1 - from];
      return end < 0 ? -1 : end + 1;
    }
    return -1;
  }

  /** For each position, the index of the next {@code target} at or after it, or -1. */
  private static int[] nextIndex(String s, int from, int to, char target) {
    int[] next = new int[to - from + 2];
    int last = -1;
    next[to - from + 1] = -1;
    next[to - from] = -1;
    for (int i = to - 1; i >= from; i--) {
      if (s.charAt(i) == target) {
        last = i;
      }
      next[i - from] = last;
    }
    return next;
  }

  private static int lastIndexIn(String s, int from, int to, char target) {
    for (int i = to - 1; i >= from; i--) {
      if (s.charAt(i) == target) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isFenceOrRule(String s, int i, int to) {
    char c = s.charAt(i);
    if ((c == '`' || c == '~') && s.startsWith(String.valueOf(c).repeat(3), i)) {
      return true;
    }
    if (c == '-' || c == '*' || c == '_' || c == '=') {
      int count = 0;
      for (int j = i; j < to; j++) {
        char d = s.charAt(j);
        if (d == c) {
          count++;
        } else if (!isSpace(d)) {
          return false;
        }
      }
      return count >= 3;
    }
    if (c == '|' || c == ':') {
      boolean dash = false;
      for (int j = i; j < to; j++) {
        char d = s.charAt(j);
        if (d == '-') {
          dash = true;
        } else if (d != '|' && d != ':' && !isSpace(d)) {
          return false;
        }
      }
      return dash;
    }
    return false;
  }

  private static int skipSpaces(String s, int i, int to) {
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u00A0';
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static boolean isShortcodeChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
  }
}
