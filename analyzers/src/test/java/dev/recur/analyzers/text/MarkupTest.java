package dev.recur.analyzers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void linksKeepTheirTextAndImagesGo() {
    assertEquals(
        "See the runbook and the dashboard.",
        Markup.strip("See [the runbook](https://x/y_(z) and ![chart](c.png)the [dashboard][d]."));
  }

  @Test
  void bulletedLinesAreTheFirstLinesOfListItems() {
    assertEquals(
        java.util.Set.of("Raise the pool limit", "Alert on saturation", "Quoted item", "Dot"),
        Markup.bulletedLines(
            "- Raise the **pool** limit\n  wrapped rest\n* Alert on saturation\n"
                + "> + Quoted item\n\u2022 Dot\n-5 degrees\n**Bold** start\n1. Numbered\n- \n-"));
  }

  @Test
  void placeholdersStayButTagsGo() {
    assertEquals(
        "Run nginx -t on <host> before every reload; check <pod-name> and </upstream>.",
        Markup.strip(
            "Run nginx -t on <host> before every reload; check <pod-name> and </upstream>."));
    assertEquals("Bold text and a line", Markup.strip("<b>Bold</b> text and a <span>line</span>"));
    // Linear on a long run of would-be tags.
    String many = "<host> ".repeat(100_000);
    assertTrue(many.strip().equals(Markup.strip(many)), "placeholders kept");
  }

  @Test
  void imageInsideLinkLeavesNoDebris() {
    assertEquals("Badge:", Markup.strip("Badge: [![build](b.svg)](https://ci)"));
  }

  @Test
  void emphasisAndCodeMarkersGoButSnakeCaseStays() {
    assertEquals(
        "Bold, italic, strike, code and wp_settings stay; 2 * 3 too.",
        Markup.strip("**Bold**, *italic*, ~~strike~~, `code` and wp_settings stay; 2 * 3 too."));
  }

  @Test
  void htmlTagsGoAndEntitiesAreDecoded() {
    assertEquals(
        "Tom & Jerry <3\n\nnext",
        Markup.strip("<p>Tom &amp; Jerry &lt;3</p><!-- hidden --><script>x()</script>\nnext"));
  }

  @Test
  void brokenTagRunsToTheEndOfItsLine() {
    assertEquals("Kept\nalso kept", Markup.strip("Kept <span style=\"color:\nalso kept"));
  }

  @Test
  void blockMarkersGoLinesStay() {
    assertEquals(
        "Title\nquoted\nitem one\n1. numbered\n\ncode line",
        Markup.strip(
            "## Title ##\n> quoted\n- item one\n1. numbered\n\n---\n```java\ncode line\n```\n"));
  }

  @Test
  void shortcodesGoInHeadings() {
    assertEquals("Impact", Markup.stripInline(":boom: **Impact**"));
    assertEquals("Timeline", Markup.stripInline("\uD83D\uDD75\uFE0F - Timeline"));
  }

  @Test
  void linearOnPathologicalRuns() {
    String brackets = "[".repeat(200_000) + "](" + "(".repeat(200_000);
    assertEquals(brackets.length(), Markup.strip(brackets).length());
  }

  @Test
  void bareAmpersandsAndAngleBracketsAreText() {
    assertEquals(
        "runbook & alerts, p99 < 200 ms, 10:00 <- 11:00",
        Markup.decodeHtml("runbook & alerts, p99 < 200 ms, 10:00 <- 11:00"));
    assertEquals("a & b\u00A0c".replace('\u00A0', ' '), Markup.decodeHtml("a & b\u00A0c"));
    assertEquals("Tom & Jerry", Markup.decodeHtml("Tom &amp; Jerry"));
    assertEquals("x  y", Markup.decodeHtml("x <b> y"));
  }
}
