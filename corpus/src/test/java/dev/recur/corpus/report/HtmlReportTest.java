package dev.recur.corpus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static final Instant NOW = Instant.parse("2024-04-01T00:00:00Z");

  @Test
  void everyPieceOfPostmortemTextIsEscaped() {
    String html =
        HtmlReport.render(ReportFixtures.hostile(), "archive " + ReportFixtures.SCRIPT, NOW);
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("<script"), "a raw script tag leaked into the report");
    assertFalse(lower.contains("<img"), "a raw img tag leaked into the report");
    assertFalse(
        html.contains("'alert(1)'"), "a raw single-quoted attribute leaked into the report");
    assertTrue(
        html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;&#x2F;script&gt;"),
        "escaped script text is shown");
    assertTrue(html.contains("Add alerts &lt;script&gt;"), "escaped action text is shown");
  }

  @Test
  void reportIsSelfContained() {
    String html = HtmlReport.render(ReportFixtures.hostile(), "sample", NOW);
    String lower = html.toLowerCase(Locale.ROOT);
    assertFalse(lower.contains("http:"), "no network address");
    assertFalse(lower.contains("https:"), "no network address");
    assertFalse(
        Pattern.compile("<[^>]*\\ssrc\\s*=").matcher(lower).find(),
        "nothing loaded from elsewhere");
    assertFalse(lower.contains("<link"), "no linked stylesheet or font");
    assertFalse(lower.contains("@import"), "no imported stylesheet");
    assertFalse(lower.contains("url("), "no fetched resource in CSS");
    assertTrue(lower.contains("content-security-policy"), "a policy forbids fetching anything");
  }

  @Test
  void chartsAreInlineSvgForEverySection() {
    String html = HtmlReport.render(ReportFixtures.hostile(), "sample", NOW);
    assertEquals(4, count(html, "<svg "), "periods, signatures, durations and red herrings");
    assertTrue(html.contains("aria-label=\"Incidents per period, stacked by fault\""));
    assertTrue(html.contains("Promised before"));
    assertTrue(html.contains("Incident families"));
    // the stacked bar for January has one rect per fault
    assertEquals(1, count(html, "<title>2024-01: 2 × misconfiguration</title></rect>"));
    assertEquals(1, count(html, "<title>2024-01: 1 × capacity</title></rect>"));
    assertTrue(html.contains("Most chased red herring: <b>database</b> (3 incidents)"));
  }

  @Test
  void gridStepsStayFew() {
    assertEquals(1, Svg.niceStep(5));
    assertEquals(2, Svg.niceStep(7));
    assertEquals(5, Svg.niceStep(24));
    assertEquals(50, Svg.niceStep(220));
    for (int max = 1; max < 100_000; max += 37) {
      assertTrue(max / Svg.niceStep(max) <= 5, "max " + max);
    }
  }

  static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
