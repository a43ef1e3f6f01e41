package dev.recur.corpus.report;

import java.util.Locale;

/** Builds one inline SVG element; every text passes through {@link Html#esc}. */
final class Svg {

  private final StringBuilder out = new StringBuilder(4096);

  Svg(int width, int height, String label) {
    out.append("<svg width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.esc(label))
        .append("\">");
  }

  Svg rect(double x, double y, double w, double h, String fill, String title) {
    out.append("<rect x=\"")
        .append(f(x))
        .append("\" y=\"")
        .append(f(y))
        .append("\" width=\"")
        .append(f(Math.max(w, 0)))
        .append("\" height=\"")
        .append(f(Math.max(h, 0)))
        .append("\" fill=\"")
        .append(fill)
        .append("\">");
    if (!title.isEmpty()) {
      out.append("<title>").append(Html.esc(title)).append("</title>");
    }
    out.append("</rect>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    out.append("<line x1=\"")
        .append(f(x1))
        .append("\" y1=\"")
        .append(f(y1))
        .append("\" x2=\"")
        .append(f(x2))
        .append("\" y2=\"")
        .append(f(y2))
        .append("\" stroke=\"")
        .append(stroke)
        .append("\"/>");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String title) {
    out.append("<circle cx=\"")
        .append(f(cx))
        .append("\" cy=\"")
        .append(f(cy))
        .append("\" r=\"")
        .append(f(r))
        .append("\" fill=\"")
        .append(fill)
        .append("\"><title>")
        .append(Html.esc(title))
        .append("</title></circle>");
    return this;
  }

  /** Text anchored {@code start}, {@code middle} or {@code end}. */
  Svg text(double x, double y, String text, String anchor, String cssClass) {
    out.append("<text x=\"")
        .append(f(x))
        .append("\" y=\"")
        .append(f(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" class=\"")
        .append(cssClass)
        .append("\">")
        .append(Html.esc(text))
        .append("</text>");
    return this;
  }

  /** Text rotated about its anchor, for crowded axis labels. */
  Svg rotatedText(double x, double y, double degrees, String text, String cssClass) {
    out.append("<text x=\"")
        .append(f(x))
        .append("\" y=\"")
        .append(f(y))
        .append("\" text-anchor=\"end\" class=\"")
        .append(cssClass)
        .append("\" transform=\"rotate(")
        .append(f(degrees))
        .append(' ')
        .append(f(x))
        .append(' ')
        .append(f(y))
        .append(")\">")
        .append(Html.esc(text))
        .append("</text>");
    return this;
  }

  String build() {
    return out + "</svg>";
  }

  private static String f(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
