package dev.recur.corpus.report;

import java.util.Locale;

/** Builds one inline SVG element; every text passes through {@link Html#esc}. */
final class Svg {

  private final StringBuilder out = new StringBuilder(4096);

  Svg(int width, int height, String label) {
    open(
        "svg",
        "width",
        width,
        "height",
        height,
        "viewBox",
        "0 0 " + width + " " + height,
        "role",
        "img",
        "aria-label",
        label);
    out.append('>');
  }

  Svg rect(double x, double y, double w, double h, String fill, String title) {
    open("rect", "x", x, "y", y, "width", Math.max(w, 0), "height", Math.max(h, 0), "fill", fill);
    out.append('>');
    if (!title.isEmpty()) {
      out.append("<title>").append(Html.esc(title)).append("</title>");
    }
    out.append("</rect>");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke) {
    open("line", "x1", x1, "y1", y1, "x2", x2, "y2", y2, "stroke", stroke);
    out.append("/>");
    return this;
  }

  Svg circle(double cx, double cy, double r, String fill, String title) {
    open("circle", "cx", cx, "cy", cy, "r", r, "fill", fill);
    out.append("><title>").append(Html.esc(title)).append("</title></circle>");
    return this;
  }

  /** Text anchored {@code start}, {@code middle} or {@code end}. */
  Svg text(double x, double y, String text, String anchor, String cssClass) {
    open("text", "x", x, "y", y, "text-anchor", anchor, "class", cssClass);
    out.append('>').append(Html.esc(text)).append("</text>");
    return this;
  }

  /** Text rotated about its anchor, for crowded axis labels. */
  Svg rotatedText(double x, double y, double degrees, String text, String cssClass) {
    open(
        "text",
        "x",
        x,
        "y",
        y,
        "text-anchor",
        "end",
        "class",
        cssClass,
        "transform",
        "rotate(" + f(degrees) + " " + f(x) + " " + f(y) + ")");
    out.append('>').append(Html.esc(text)).append("</text>");
    return this;
  }

  /**
   * The value axis of a bar chart: a light gridline with its value every {@link #niceStep} from 0
   * at {@code top + height} up to {@code max} at {@code top}, labelled left of {@code left}.
   */
  Svg valueGrid(int left, int right, int top, int height, int max) {
    int step = niceStep(max);
    for (int t = 0; t <= max; t += step) {
      double y = top + height - (double) t / max * height;
      line(left, y, right, y, "#eee").text(left - 6, y + 4, Integer.toString(t), "end", "axis");
    }
    return this;
  }

  /** A gridline step giving at most about five lines up to {@code max}. */
  static int niceStep(int max) {
    int step = 1;
    while (max / step > 5) {
      step = step == 1 ? 2 : step == 2 ? 5 : step * 2;
      if (Integer.toString(step).charAt(0) == '4') {
        step = step / 4 * 5;
      }
    }
    return step;
  }

  String build() {
    return out + "</svg>";
  }

  /** Opens {@code <tag} with name-value pairs: numbers as {@link #f}, other values escaped. */
  private void open(String tag, Object... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      Object value = attributes[i + 1];
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(value instanceof Number n ? f(n.doubleValue()) : Html.esc(value.toString()))
          .append('"');
    }
  }

  private static String f(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
