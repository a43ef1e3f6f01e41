package dev.recur.corpus.report;

import dev.recur.corpus.stats.DurationBucket;
import dev.recur.corpus.stats.HerringStats;
import dev.recur.corpus.stats.IncidentFamily;
import dev.recur.corpus.stats.IncidentRef;
import dev.recur.corpus.stats.LabelCount;
import dev.recur.corpus.stats.PeriodBreakdown;
import dev.recur.corpus.stats.PromisedBefore;
import dev.recur.corpus.stats.RecurrenceStats;
import dev.recur.corpus.stats.SignatureStats;
import dev.recur.corpus.stats.Summary;
import dev.recur.corpus.stats.Trend;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders {@link RecurrenceStats} as one self-contained HTML page: inline CSS, charts drawn as
 * inline SVG, no scripts and nothing fetched from the network (a Content-Security-Policy forbids
 * it). Every piece of postmortem text is HTML-escaped. Thread-safe and stateless.
 */
public final class HtmlReport {

  /** At most this many signatures get a row in the recurrence strip chart. */
  static final int TOP_SIGNATURES = 12;

  static final int TOP_HERRINGS = 12;
  static final int LISTED_PROMISES = 40;
  static final int LISTED_FAMILIES = 20;
  private static final int WIDTH = 1100;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Fault colours in the taxonomy's order, so a fault keeps its colour from report to report. */
  private static final Map<String, String> FAULT_COLOURS = new LinkedHashMap<>();

  static {
    String[][] pairs = {
      {"misconfiguration", "#d94f3d"},
      {"software-bug", "#4e79a7"},
      {"deployment", "#f28e2b"},
      {"capacity", "#59a14f"},
      {"hardware", "#9c755f"},
      {"network", "#76b7b2"},
      {"dependency", "#edc948"},
      {"security", "#b07aa1"},
      {"expiry", "#ff9da7"},
      {"human-error", "#8c564b"},
      {"data", "#17becf"},
      {"unknown", "#bab0ac"},
    };
    for (String[] p : pairs) {
      FAULT_COLOURS.put(p[0], p[1]);
    }
  }

  private static final String[] SPARE_COLOURS = {
    "#6b6ecf", "#b5cf6b", "#e7969c", "#7b4173", "#637939"
  };

  private static final String CSS =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;"
          + "margin:24px auto;max-width:1140px;color:#222;background:#fff;line-height:1.4}"
          + "h1{font-size:28px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 8px;"
          + "border-bottom:2px solid #eee;padding-bottom:4px}"
          + ".lede{font-size:16px;color:#444}.muted{color:#777;font-size:13px}"
          + "table{border-collapse:collapse;font-size:13px;width:100%}"
          + "th,td{border-bottom:1px solid #eee;padding:4px 6px;text-align:left;vertical-align:top}"
          + "th{background:#fafafa}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
          + "td.d{white-space:nowrap}"
          + ".legend span{display:inline-block;margin-right:14px;font-size:13px}"
          + ".legend i{display:inline-block;width:12px;height:12px;margin-right:4px;"
          + "vertical-align:-1px;border-radius:2px}"
          + ".axis{font-size:11px;fill:#555}.lbl{font-size:12px;fill:#222}.val{font-size:11px;fill:#333}"
          + ".rising{color:#c0392b;font-weight:600}.falling{color:#2e7d32}"
          + ".card{border:1px solid #e5e5e5;border-radius:6px;padding:10px 14px;margin:10px 0}"
          + ".card ul{margin:4px 0 4px 18px;padding:0}.tag{display:inline-block;background:#f2f2f2;"
          + "border-radius:3px;padding:0 6px;margin-right:6px;font-size:12px}";

  private HtmlReport() {}

  /**
   * The report page.
   *
   * @param stats what to show
   * @param corpusName what the corpus is, shown in the heading (a path, an index name)
   * @param generatedAt when the report was made, shown in the footer
   */
  public static String render(RecurrenceStats stats, String corpusName, Instant generatedAt) {
    Objects.requireNonNull(stats, "stats");
    Objects.requireNonNull(corpusName, "corpusName");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Map<String, String> colours = colours(stats);
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Recur — what keeps happening in ")
        .append(Html.esc(corpusName))
        .append("</title>")
        .append("<style>")
        .append(CSS)
        .append("</style></head><body>\n");
    header(h, stats, corpusName);
    periodsSection(h, stats, colours);
    signaturesSection(h, stats, colours);
    durationsSection(h, stats);
    herringsSection(h, stats);
    promisedSection(h, stats);
    familiesSection(h, stats);
    h.append("<p class=\"muted\">Generated by Recur on ")
        .append(Html.esc(DAY.format(generatedAt)))
        .append(" from ")
        .append(Html.esc(corpusName))
        .append(". Signatures group incidents by ")
        .append(Html.esc(dimensions(stats)))
        .append("; periods are ")
        .append(Html.esc(stats.options().period().id()))
        .append("s in UTC. A signature is rising when ")
        .append("the later half of the analysed span holds at least ")
        .append(Trend.MIN_INCIDENTS)
        .append(" of its incidents and at least twice as many as the earlier half.</p>\n");
    h.append("</body></html>\n");
    return h.toString();
  }

  private static String dimensions(RecurrenceStats stats) {
    return String.join(
        " × ", stats.options().dimensions().stream().sorted().map(d -> d.id()).toList());
  }

  private static Map<String, String> colours(RecurrenceStats stats) {
    Map<String, String> colours = new HashMap<>(FAULT_COLOURS);
    int spare = 0;
    for (PeriodBreakdown p : stats.periods()) {
      for (LabelCount c : p.byFault()) {
        if (!colours.containsKey(c.label())) {
          colours.put(c.label(), SPARE_COLOURS[spare++ % SPARE_COLOURS.length]);
        }
      }
    }
    return colours;
  }

  private static void header(StringBuilder h, RecurrenceStats stats, String corpusName) {
    h.append("<h1>What keeps happening</h1>\n<p class=\"lede\">")
        .append(stats.incidents())
        .append(" incidents in ")
        .append(Html.esc(corpusName));
    if (stats.from().isPresent() && stats.to().isPresent()) {
      h.append(", from ")
          .append(DAY.format(stats.from().get()))
          .append(" to ")
          .append(DAY.format(stats.to().get()));
    }
    List<SignatureStats> recurring = stats.recurring();
    h.append(". ")
        .append(plural(stats.signatures().size(), "signature"))
        .append(", ")
        .append(recurring.size())
        .append(" of them recurring.");
    if (!recurring.isEmpty()) {
      SignatureStats top = recurring.get(0);
      h.append(" Most frequent: <b>")
          .append(Html.esc(top.signature().label()))
          .append("</b>, ")
          .append(plural(top.count(), "time"));
      top.intervalsMinutes()
          .median()
          .ifPresent(m -> h.append(", typically ").append(Html.minutes(m)).append(" apart"));
      h.append('.');
    }
    if (!stats.herrings().isEmpty()) {
      HerringStats herring = stats.herrings().get(0);
      h.append(" Most chased red herring: <b>")
          .append(Html.esc(herring.hypothesis()))
          .append("</b> (")
          .append(herring.timesChased())
          .append(" incidents).");
    }
    stats
        .durationMinutes()
        .median()
        .ifPresent(m -> h.append(" Median duration ").append(Html.minutes(m)).append('.'));
    h.append("</p>\n");
  }

  private static void periodsSection(
      StringBuilder h, RecurrenceStats stats, Map<String, String> colours) {
    h.append("<h2>Incidents per ")
        .append(stats.options().period().id())
        .append(", by fault</h2>\n");
    List<PeriodBreakdown> periods = stats.periods();
    if (periods.isEmpty()) {
      h.append("<p class=\"muted\">No incident has a known date.</p>\n");
      return;
    }
    int height = 300;
    int left = 44;
    int top = 12;
    int bottom = 70;
    int plotH = height - top - bottom;
    double slot = (double) (WIDTH - left - 10) / periods.size();
    int max = Math.max(1, periods.stream().mapToInt(PeriodBreakdown::total).max().orElse(1));
    Svg svg =
        new Svg(WIDTH, height, "Incidents per period, stacked by fault")
            .valueGrid(left, WIDTH - 10, top, plotH, max);
    int labelEvery = Math.max(1, (int) Math.ceil(periods.size() / 40.0));
    for (int i = 0; i < periods.size(); i++) {
      PeriodBreakdown p = periods.get(i);
      double x = left + i * slot + slot * 0.1;
      double y = top + plotH;
      for (LabelCount c : p.byFault()) {
        double bh = (double) c.count() / max * plotH;
        y -= bh;
        svg.rect(
            x,
            y,
            slot * 0.8,
            bh,
            colours.getOrDefault(c.label(), "#999"),
            p.period() + ": " + c.count() + " × " + c.label());
      }
      if (p.total() > 0 && slot >= 14) {
        svg.text(x + slot * 0.4, y - 3, Integer.toString(p.total()), "middle", "val");
      }
      if (i % labelEvery == 0) {
        svg.rotatedText(x + slot * 0.4, top + plotH + 14, -45, p.period(), "axis");
      }
    }
    svg.line(left, top + plotH, WIDTH - 10, top + plotH, "#999");
    h.append(svg.build()).append("\n<div class=\"legend\">");
    periods.stream()
        .flatMap(p -> p.byFault().stream())
        .map(LabelCount::label)
        .distinct()
        .sorted()
        .forEach(
            f ->
                h.append("<span><i style=\"background:")
                    .append(colours.getOrDefault(f, "#999"))
                    .append("\"></i>")
                    .append(Html.esc(f))
                    .append("</span>"));
    h.append("</div>\n");
  }

  private static void signaturesSection(
      StringBuilder h, RecurrenceStats stats, Map<String, String> colours) {
    h.append("<h2>Top recurring signatures</h2>\n");
    List<SignatureStats> recurring = stats.recurring();
    if (recurring.isEmpty()) {
      h.append("<p class=\"muted\">No signature occurred more than once.</p>\n");
      return;
    }
    List<SignatureStats> top = recurring.subList(0, Math.min(TOP_SIGNATURES, recurring.size()));
    Map<String, Integer> periodIndex = new HashMap<>();
    for (int i = 0; i < stats.periods().size(); i++) {
      periodIndex.put(stats.periods().get(i).period(), i);
    }
    int periods = Math.max(1, stats.periods().size());
    int rowH = 30;
    int left = 300;
    int right = 20;
    Svg svg = new Svg(WIDTH, top.size() * rowH + 30, "Top recurring signatures over time");
    double slot = (double) (WIDTH - left - right) / periods;
    for (int r = 0; r < top.size(); r++) {
      SignatureStats s = top.get(r);
      double y = 20 + r * rowH;
      svg.text(
          left - 10,
          y + 4,
          shorten(s.signature().label(), 40) + " (" + s.count() + ")",
          "end",
          "lbl");
      svg.line(left, y, WIDTH - right, y, "#ddd");
      String colour = colours.getOrDefault(s.signature().fault().orElse(""), "#4e79a7");
      for (LabelCount c : s.perPeriod()) {
        Integer i = periodIndex.get(c.label());
        if (i != null) {
          svg.circle(
              left + (i + 0.5) * slot,
              y,
              Math.min(rowH / 2.0 - 1, 3.5 + 2.2 * Math.sqrt(c.count())),
              colour,
              c.label() + ": " + c.count() + " × " + s.signature().label());
        }
      }
    }
    if (!stats.periods().isEmpty()) {
      double y = 20 + top.size() * rowH - 6;
      svg.text(left, y, stats.periods().get(0).period(), "start", "axis");
      svg.text(
          WIDTH - right,
          y,
          stats.periods().get(stats.periods().size() - 1).period(),
          "end",
          "axis");
    }
    h.append(svg.build())
        .append("\n<table><tr><th>signature</th><th>count</th><th>first seen</th>")
        .append("<th>last seen</th><th>median interval</th><th>shortest interval</th>")
        .append(
            "<th>median duration</th><th>p90 duration</th><th>MTTR</th><th>impact median / max</th>")
        .append("<th>detect / resolve (median)</th><th>trend</th></tr>\n");
    for (SignatureStats s : top) {
      h.append("<tr><td>")
          .append(Html.esc(s.signature().label()))
          .append("</td><td class=\"n\">")
          .append(s.count())
          .append("</td><td class=\"d\">")
          .append(day(s.firstSeen()))
          .append("</td><td class=\"d\">")
          .append(day(s.lastSeen()))
          .append("</td><td class=\"n\">")
          .append(time(s.intervalsMinutes(), Summary::median))
          .append("</td><td class=\"n\">")
          .append(time(s.intervalsMinutes(), Summary::min))
          .append("</td><td class=\"n\">")
          .append(time(s.durationMinutes(), Summary::median))
          .append("</td><td class=\"n\">")
          .append(time(s.durationMinutes(), Summary::p90))
          .append("</td><td class=\"n\">")
          .append(time(s.durationMinutes(), Summary::mean))
          .append("</td><td class=\"n\">")
          .append(s.impactPercent().median().map(v -> Html.num(v) + "%").orElse("–"))
          .append(" / ")
          .append(s.impactPercent().max().map(v -> Html.num(v) + "%").orElse("–"))
          .append("</td><td class=\"n\">")
          .append(time(s.timeToDetectMinutes(), Summary::median))
          .append(" / ")
          .append(time(s.timeToResolveMinutes(), Summary::median))
          .append("</td><td class=\"")
          .append(s.trend().id())
          .append("\">")
          .append(s.trend().id())
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void durationsSection(StringBuilder h, RecurrenceStats stats) {
    h.append("<h2>How long incidents last</h2>\n");
    Summary d = stats.durationMinutes();
    if (d.n() == 0) {
      h.append("<p class=\"muted\">No incident has a known duration.</p>\n");
      return;
    }
    h.append("<p>")
        .append(d.n())
        .append(" incidents with a known duration: median ")
        .append(time(d, Summary::median))
        .append(", 90th percentile ")
        .append(time(d, Summary::p90))
        .append(", mean (MTTR) ")
        .append(time(d, Summary::mean))
        .append(", longest ")
        .append(time(d, Summary::max))
        .append(".</p>\n");
    List<DurationBucket> buckets = stats.durationHistogram();
    int height = 220;
    int left = 44;
    int top = 16;
    int bottom = 28;
    int plotH = height - top - bottom;
    int max = Math.max(1, buckets.stream().mapToInt(DurationBucket::count).max().orElse(1));
    double slot = (double) (WIDTH - left - 10) / buckets.size();
    Svg svg =
        new Svg(WIDTH, height, "Duration distribution")
            .valueGrid(left, WIDTH - 10, top, plotH, max);
    for (int i = 0; i < buckets.size(); i++) {
      DurationBucket b = buckets.get(i);
      double bh = (double) b.count() / max * plotH;
      double x = left + i * slot + slot * 0.15;
      svg.rect(x, top + plotH - bh, slot * 0.7, bh, "#4e79a7", b.label() + ": " + b.count());
      svg.text(x + slot * 0.35, top + plotH - bh - 3, Integer.toString(b.count()), "middle", "val");
      svg.text(x + slot * 0.35, top + plotH + 16, b.label(), "middle", "axis");
    }
    svg.line(left, top + plotH, WIDTH - 10, top + plotH, "#999");
    h.append(svg.build()).append('\n');
  }

  private static void herringsSection(StringBuilder h, RecurrenceStats stats) {
    h.append("<h2>Red herrings: what was suspected first and ruled out</h2>\n");
    List<HerringStats> herrings = stats.herrings();
    if (herrings.isEmpty()) {
      h.append("<p class=\"muted\">No red herring was recorded.</p>\n");
      return;
    }
    List<HerringStats> top = herrings.subList(0, Math.min(TOP_HERRINGS, herrings.size()));
    int rowH = 26;
    int left = 170;
    int max = top.get(0).timesChased();
    Svg svg = new Svg(WIDTH, top.size() * rowH + 10, "Red herrings by how often they were chased");
    double plotW = WIDTH - left - 260;
    for (int r = 0; r < top.size(); r++) {
      HerringStats s = top.get(r);
      double y = 6 + r * rowH;
      double w = (double) s.timesChased() / max * plotW;
      svg.text(left - 8, y + 15, shorten(s.hypothesis(), 24), "end", "lbl");
      svg.rect(
          left,
          y,
          w,
          rowH - 8,
          "#e07b39",
          s.hypothesis() + ": chased " + plural(s.timesChased(), "time"));
      String cost =
          s.timedChases() == 0
              ? ""
              : ", " + Html.minutes(s.minutesSpent()) + " lost in " + s.timedChases();
      svg.text(left + w + 6, y + 14, s.timesChased() + "×" + cost, "start", "val");
    }
    h.append(svg.build())
        .append("\n<table><tr><th>red herring</th><th>times chased</th>")
        .append("<th>in signatures</th><th>known time lost</th></tr>\n");
    for (HerringStats s : top) {
      h.append("<tr><td>")
          .append(Html.esc(s.hypothesis()))
          .append("</td><td class=\"n\">")
          .append(s.timesChased())
          .append("</td><td>");
      List<LabelCount> sigs = s.bySignature().subList(0, Math.min(4, s.bySignature().size()));
      for (int i = 0; i < sigs.size(); i++) {
        h.append(i == 0 ? "" : "; ")
            .append(Html.esc(sigs.get(i).label()))
            .append(" (")
            .append(sigs.get(i).count())
            .append(')');
      }
      if (s.bySignature().size() > sigs.size()) {
        h.append("; …");
      }
      h.append("</td><td class=\"n\">")
          .append(
              s.timedChases() == 0
                  ? "–"
                  : Html.minutes(s.minutesSpent()) + " (" + s.timedChases() + " timed)")
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void promisedSection(StringBuilder h, RecurrenceStats stats) {
    h.append(
            "<h2>Promised before</h2>\n<p class=\"muted\">Corrective actions of the same kind promised ")
        .append("after an earlier incident of the same signature, which came back anyway. ")
        .append(stats.promisedBeforeTotal())
        .append(" such repeats");
    List<PromisedBefore> listed =
        stats.promisedBefore().subList(0, Math.min(LISTED_PROMISES, stats.promisedBefore().size()));
    if (listed.size() < stats.promisedBeforeTotal()) {
      h.append(", the ").append(listed.size()).append(" most recent shown");
    }
    h.append(".</p>\n");
    for (PromisedBefore p : listed) {
      h.append("<div class=\"card\"><span class=\"tag\">")
          .append(Html.esc(p.category().id()))
          .append("</span><b>")
          .append(Html.esc(p.signature().label()))
          .append("</b><br>Promised after ");
      incident(h, p.earlier());
      actions(h, p.earlierActions());
      h.append("Came back in ");
      incident(h, p.later());
      h.append(" and was promised again:");
      actions(h, p.laterActions());
      h.append("</div>\n");
    }
  }

  private static void familiesSection(StringBuilder h, RecurrenceStats stats) {
    h.append(
            "<h2>Incident families</h2>\n<p class=\"muted\">Incidents whose root-cause text reads ")
        .append("alike, whatever their taxonomy signature.</p>\n");
    if (stats.families().isEmpty()) {
      h.append("<p class=\"muted\">No family of near-identical root causes was found.</p>\n");
      return;
    }
    for (IncidentFamily f :
        stats.families().subList(0, Math.min(LISTED_FAMILIES, stats.families().size()))) {
      h.append("<div class=\"card\"><b>")
          .append(Html.esc(f.label()))
          .append("</b> — ")
          .append(f.members().size())
          .append(" incidents");
      if (!f.signatures().isEmpty()) {
        h.append(", signatures: ").append(Html.esc(String.join("; ", f.signatures())));
      }
      h.append("<ul>");
      for (IncidentRef m : f.members()) {
        h.append("<li>");
        incident(h, m);
        h.append("</li>");
      }
      h.append("</ul></div>\n");
    }
  }

  private static void incident(StringBuilder h, IncidentRef ref) {
    h.append("<b>").append(Html.esc(ref.name())).append("</b>");
    ref.start().ifPresent(s -> h.append(" (").append(DAY.format(s)).append(')'));
    if (ref.title().isPresent()) {
      h.append(" <span class=\"muted\">").append(Html.esc(ref.source())).append("</span>");
    }
  }

  private static void actions(StringBuilder h, List<String> actions) {
    h.append("<ul>");
    for (String a : actions) {
      h.append("<li>").append(Html.esc(a)).append("</li>");
    }
    h.append("</ul>");
  }

  private static String day(Optional<Instant> instant) {
    return instant.map(DAY::format).orElse("–");
  }

  private static String time(Summary summary, Function<Summary, Optional<Double>> statistic) {
    return statistic.apply(summary).map(Html::minutes).orElse("–");
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
