package dev.recur.corpus.generate;

import dev.recur.corpus.generate.Doc.Block;
import dev.recur.corpus.generate.Doc.Bullets;
import dev.recur.corpus.generate.Doc.Code;
import dev.recur.corpus.generate.Doc.Entry;
import dev.recur.corpus.generate.Doc.Item;
import dev.recur.corpus.generate.Doc.Labeled;
import dev.recur.corpus.generate.Doc.Para;
import dev.recur.corpus.generate.Doc.Part;
import dev.recur.corpus.generate.Doc.Table;
import dev.recur.corpus.generate.Doc.Timeline;
import java.util.List;
import java.util.Locale;

/** Writes a {@link Doc} in one {@link Layout}; the variant number picks minor style choices. */
final class Renderer {

  private final Layout layout;
  private final int variant;
  private final StringBuilder out = new StringBuilder(4096);
  private final String bullet;

  Renderer(Layout layout, int variant) {
    this.layout = layout;
    this.variant = variant;
    this.bullet = variant % 4 == 3 ? "* " : "- ";
  }

  String render(String title, List<Part> parts) {
    title(title);
    int n = 1;
    for (Part part : parts) {
      if (!part.heading().isEmpty() && layout != Layout.PROSE) {
        heading(part.heading(), n++);
      }
      for (Block block : part.blocks()) {
        block(block);
      }
    }
    if (layout == Layout.HTML) {
      out.append("</body>\n</html>\n");
    }
    return out.toString();
  }

  private void title(String title) {
    switch (layout) {
      case BOLD_LABELS, BOLD_LIST_LABELS -> out.append("**").append(title).append("**\n\n");
      case ATX, NUMBERED, EMOJI -> out.append("# ").append(title).append("\n\n");
      case SETEXT ->
          out.append(title)
              .append('\n')
              .append("=".repeat(Math.max(3, title.length())))
              .append("\n\n");
      case PLAIN_LABELS -> out.append(title).append("\n\n");
      case ALL_CAPS -> out.append(title.toUpperCase(Locale.ROOT)).append("\n\n");
      case HTML ->
          out.append("<!DOCTYPE html>\n<html>\n<head><title>")
              .append(html(title))
              .append("</title></head>\n<body>\n<h1>")
              .append(html(title))
              .append("</h1>\n");
      case PROSE -> {
        if (variant % 2 == 0) {
          out.append(title).append("\n\n");
        }
      }
    }
  }

  private void heading(String h, int n) {
    switch (layout) {
      case BOLD_LABELS, BOLD_LIST_LABELS ->
          out.append("**").append(h).append(variant % 3 == 0 ? "**\n\n" : ":**\n\n");
      case ATX ->
          out.append(variant % 3 == 1 ? "# " : "## ")
              .append(h)
              .append(variant % 5 == 0 ? ":\n\n" : "\n\n");
      case SETEXT ->
          out.append(h).append('\n').append("-".repeat(Math.max(3, h.length()))).append("\n\n");
      case PLAIN_LABELS -> out.append(h).append(":\n\n");
      case ALL_CAPS ->
          out.append(h.toUpperCase(Locale.ROOT)).append(variant % 2 == 0 ? ":\n\n" : "\n\n");
      case HTML -> out.append("<h2>").append(html(h)).append("</h2>\n");
      case NUMBERED ->
          out.append(
              variant % 2 == 0 ? "## " + n + ". " + h + "\n\n" : "**" + n + ". " + h + "**\n\n");
      case EMOJI -> {
        String emoji = Phrases.EMOJI.get((n + variant) % Phrases.EMOJI.size());
        out.append(
            variant % 2 == 0
                ? "## " + emoji + " " + h + "\n\n"
                : "**" + emoji + " " + h + "**\n\n");
      }
      case PROSE -> {}
    }
  }

  private void block(Block block) {
    if (block instanceof Para p) {
      para(p.text());
    } else if (block instanceof Bullets b) {
      bullets(b);
    } else if (block instanceof Labeled l) {
      labeled(l);
    } else if (block instanceof Timeline t) {
      timeline(t);
    } else if (block instanceof Table t) {
      table(t.header(), t.rows());
    } else if (block instanceof Code c) {
      code(c.lines());
    }
  }

  private void para(String text) {
    if (layout == Layout.HTML) {
      out.append("<p>").append(html(text)).append("</p>\n");
    } else {
      out.append(text).append("\n\n");
    }
  }

  private void bullets(Bullets b) {
    if (layout == Layout.PROSE) {
      para(String.join(" ", b.items()));
      return;
    }
    if (layout == Layout.HTML) {
      out.append("<ul>\n");
      for (String item : b.items()) {
        out.append("  <li>").append(html(item)).append("</li>\n");
      }
      out.append("</ul>\n");
      return;
    }
    for (String item : b.items()) {
      out.append(b.checkbox() ? "- [ ] " : bullet).append(item).append('\n');
    }
    out.append('\n');
  }

  private void labeled(Labeled l) {
    for (Item item : l.items()) {
      String label =
          layout == Layout.ALL_CAPS ? item.label().toUpperCase(Locale.ROOT) : item.label();
      switch (layout) {
        case HTML -> {
          out.append("<p><strong>")
              .append(html(label))
              .append(":</strong> ")
              .append(html(item.text()));
          for (String s : item.sub()) {
            out.append("<br>\n").append(html(s));
          }
          out.append("</p>\n");
        }
        case BOLD_LABELS -> {
          out.append("**").append(label).append(":** ").append(item.text()).append('\n');
          for (String s : item.sub()) {
            out.append("  ").append(bullet).append(s).append('\n');
          }
          out.append('\n');
        }
        case BOLD_LIST_LABELS, NUMBERED, EMOJI -> {
          out.append(bullet)
              .append("**")
              .append(label)
              .append(":** ")
              .append(item.text())
              .append('\n');
          for (String s : item.sub()) {
            out.append("  ").append(bullet).append(s).append('\n');
          }
        }
        case PROSE -> para(join(item.text(), item.sub()));
        default -> {
          out.append(label).append(": ").append(item.text()).append('\n');
          for (String s : item.sub()) {
            out.append(s).append('\n');
          }
          out.append('\n');
        }
      }
    }
    if (layout == Layout.BOLD_LIST_LABELS || layout == Layout.NUMBERED || layout == Layout.EMOJI) {
      out.append('\n');
    }
  }

  private static String join(String text, List<String> sub) {
    StringBuilder b = new StringBuilder(text);
    for (String s : sub) {
      b.append(b.length() == 0 ? "" : " ").append(s).append('.');
    }
    return b.toString();
  }

  private void timeline(Timeline t) {
    Doc.TimelineStyle style = t.style();
    boolean timed = t.entries().stream().noneMatch(e -> e.time().isEmpty());
    if (!timed && style != Doc.TimelineStyle.PROSE) {
      style = Doc.TimelineStyle.BULLET;
    }
    if (layout == Layout.PROSE) {
      style = Doc.TimelineStyle.PROSE;
    }
    switch (style) {
      case TABLE ->
          table(
              List.of("Time", "Event"),
              t.entries().stream().map(e -> List.of(e.time(), e.text())).toList());
      case PROSE -> {
        StringBuilder b = new StringBuilder();
        for (Entry e : t.entries()) {
          if (b.length() > 0) {
            b.append(' ');
          }
          if (e.time().isEmpty()) {
            b.append(e.text()).append('.');
          } else {
            b.append("At ").append(e.time()).append(", ").append(lowerFirst(e.text())).append('.');
          }
        }
        para(b.toString());
      }
      default -> {
        if (layout == Layout.HTML) {
          out.append("<ul>\n");
          for (Entry e : t.entries()) {
            out.append("  <li>");
            if (!e.time().isEmpty()) {
              out.append("<b>").append(html(e.time())).append("</b>: ");
            }
            out.append(html(e.text())).append("</li>\n");
          }
          out.append("</ul>\n");
          return;
        }
        for (Entry e : t.entries()) {
          if (e.time().isEmpty()) {
            out.append(bullet).append(e.text()).append(".\n");
            continue;
          }
          switch (style) {
            case BULLET ->
                out.append(bullet).append(e.time()).append(": ").append(e.text()).append(".\n");
            case BOLD_BULLET ->
                out.append(bullet)
                    .append("**")
                    .append(e.time())
                    .append(":** ")
                    .append(e.text())
                    .append(".\n");
            case DASH_BULLET ->
                out.append(bullet).append(e.time()).append(" – ").append(e.text()).append('\n');
            default -> out.append(e.time()).append(": ").append(e.text()).append(".\n\n");
          }
        }
        if (style != Doc.TimelineStyle.PLAIN_LINES) {
          out.append('\n');
        }
      }
    }
  }

  private void table(List<String> header, List<List<String>> rows) {
    if (layout == Layout.HTML) {
      out.append("<table>\n  <tr>");
      header.forEach(h -> out.append("<th>").append(html(h)).append("</th>"));
      out.append("</tr>\n");
      for (List<String> row : rows) {
        out.append("  <tr>");
        row.forEach(c -> out.append("<td>").append(html(c)).append("</td>"));
        out.append("</tr>\n");
      }
      out.append("</table>\n");
      return;
    }
    if (layout == Layout.PROSE) {
      rows.forEach(r -> para(String.join(": ", r) + "."));
      return;
    }
    out.append("| ").append(String.join(" | ", header)).append(" |\n|");
    header.forEach(h -> out.append("---|"));
    out.append('\n');
    for (List<String> row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    out.append('\n');
  }

  private void code(List<String> lines) {
    if (layout == Layout.HTML) {
      out.append("<pre>\n");
      lines.forEach(l -> out.append(html(l)).append('\n'));
      out.append("</pre>\n");
    } else if (layout == Layout.PROSE) {
      lines.forEach(l -> out.append(l).append('\n'));
      out.append('\n');
    } else {
      out.append("```\n");
      lines.forEach(l -> out.append(l).append('\n'));
      out.append("```\n\n");
    }
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  private static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
