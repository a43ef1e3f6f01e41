package dev.recur.corpus.search;

import dev.recur.analyzers.text.Markup;

/**
 * The text of a stored document as a reader sees it, for snippets: Markdown and HTML markup removed
 * ({@link Markup#strip}) and table rows turned into cells separated by a middle dot. Linear time.
 */
final class PlainText {

  private static final String CELL_SEPARATOR = " · ";

  private PlainText() {}

  /** The plain text of about the first {@code limit} characters' worth of {@code text}. */
  static String of(String text, int limit) {
    // Markup only ever shrinks the text, so twice the limit of raw text is plenty.
    int cut = Math.min(text.length(), 2 * limit);
    if (cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    String plain = Markup.strip(text.substring(0, cut));
    StringBuilder out = new StringBuilder(plain.length());
    int from = 0;
    while (from <= plain.length()) {
      int nl = plain.indexOf('\n', from);
      int to = nl < 0 ? plain.length() : nl;
      appendLine(out, plain, from, to);
      if (nl < 0) {
        break;
      }
      out.append('\n');
      from = nl + 1;
    }
    return out.toString();
  }

  /** One line; a table row ({@code | a | b |}) becomes its non-empty cells. */
  private static void appendLine(StringBuilder out, String s, int from, int to) {
    if (from == to || s.charAt(from) != '|') {
      out.append(s, from, to);
      return;
    }
    boolean first = true;
    int cell = from + 1;
    for (int i = from + 1; i <= to; i++) {
      if (i == to || s.charAt(i) == '|') {
        String value = s.substring(cell, i).strip();
        if (!value.isEmpty()) {
          if (!first) {
            out.append(CELL_SEPARATOR);
          }
          out.append(value);
          first = false;
        }
        cell = i + 1;
      }
    }
  }
}
