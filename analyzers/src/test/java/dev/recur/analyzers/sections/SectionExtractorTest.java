package dev.recur.analyzers.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.SourceDocument;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden cases: one small document per heading style, written for these tests. */
class SectionExtractorTest {

  static RecordDraft parse(String text) {
    RecordDraft draft = new RecordDraft(SourceDocument.of("fixture.md", text));
    new SectionExtractor().contribute(draft);
    return draft;
  }

  static List<String> kinds(RecordDraft draft) {
    return draft.sections().stream()
        .map(s -> s.kind() == SectionKind.OTHER ? "other:" + s.heading() : s.kind().id())
        .toList();
  }

  static Section only(RecordDraft draft, SectionKind kind) {
    List<Section> found = draft.sections(kind);
    assertEquals(1, found.size(), () -> kind + " sections in " + kinds(draft));
    return found.get(0);
  }

  @Test
  void atxHeadingsWithAndWithoutSpace() {
    String text =
        "# Queue backlog on the billing cluster\n\nIntro line.\n\n"
            + "## Summary\nThe billing queue stalled.\n\n"
            + "#Timeline\n- 09:10 consumers stopped\n\n"
            + "### Root cause ###\nA poison message.\n";
    RecordDraft draft = parse(text);
    assertEquals(Optional.of("Queue backlog on the billing cluster"), draft.title());
    assertEquals(
        List.of("other:Queue backlog on the billing cluster", "summary", "timeline", "root_cause"),
        kinds(draft));
    Section cause = only(draft, SectionKind.ROOT_CAUSE);
    assertEquals("Root cause", cause.heading());
    assertEquals("A poison message.", cause.text());
    assertEquals(text.indexOf("### Root"), cause.start());
    assertEquals(text.length() - 1, cause.end());
  }

  @Test
  void setextHeading() {
    String text =
        "Cache stampede report\n=====================\n\nWhat happened\n-------------\n"
            + "Keys expired together.\n\nFollow-up\n---------\n- jitter the TTLs\n";
    RecordDraft draft = parse(text);
    assertEquals(Optional.of("Cache stampede report"), draft.title());
    Section follow = only(draft, SectionKind.CORRECTIVE_ACTIONS);
    assertEquals("Follow-up", follow.heading());
    assertEquals("jitter the TTLs", follow.text());
    assertEquals("Keys expired together.", only(draft, SectionKind.SUMMARY).text());
  }

  @Test
  void boldLabelLines() {
    String text =
        "**Incident review: mail relay**\n\n**Overview:**\nOutbound mail queued for hours.\n\n"
            + "**Why it happened**\nA certificate on the relay lapsed.\n\n"
            + "**Action Items:**\n1. Alert before expiry.\n";
    RecordDraft draft = parse(text);
    assertEquals(Optional.of("Incident review: mail relay"), draft.title());
    assertEquals(
        List.of("other:Incident review: mail relay", "summary", "root_cause", "corrective_actions"),
        kinds(draft));
    assertEquals("A certificate on the relay lapsed.", only(draft, SectionKind.ROOT_CAUSE).text());
  }

  @Test
  void boldLabelInsideListItem() {
    String text =
        "**Issue Summary:**\n- **Duration:** two hours\n- **Impact:** 40% of uploads failed.\n"
            + "  More detail on a second line.\n\n**Timeline:**\n- **Detection:** a pager alert\n"
            + "- **10:15 AM:** restarted the workers\n- **Escalation:** storage team paged\n";
    RecordDraft draft = parse(text);
    assertEquals(
        List.of("summary", "other:Duration", "impact", "timeline", "detection", "escalation"),
        kinds(draft));
    Section impact = only(draft, SectionKind.IMPACT);
    assertEquals("40% of uploads failed.\nMore detail on a second line.", impact.text());
    Section summary = only(draft, SectionKind.SUMMARY);
    assertTrue(
        summary.start() < impact.start() && impact.end() <= summary.end(),
        "Impact nests in the summary");
    Section timeline = only(draft, SectionKind.TIMELINE);
    assertTrue(timeline.text().contains("10:15 AM: restarted the workers"), timeline.text());
  }

  @Test
  void timestampedEntriesStayInTheTimeline() {
    String text =
        "## Timeline\n- **09:00 AM:** alert fired\n- **Sunday, May 13th, 2023:** nothing\n"
            + "* 14:40: theory\n#### 00:30:\nlate\n#### August 15, 2024\n- On March 3 at 10:00: x\n";
    RecordDraft draft = parse(text);
    assertEquals(List.of("timeline"), kinds(draft));
  }

  @Test
  void plainLabelLines() {
    String text =
        "Issue Summary:\nDuration: 45 minutes\nImpact: Searches failed for every user.\n"
            + "Root Cause: a leaked file handle.\n\nTimeline:\nDetection: paged at 10:00\n\n"
            + "Corrective and Preventative Measures:\nImprovements/Fixes:\nAdd a handle gauge.\n"
            + "Tasks to Address the Issue:\nPatch the indexer.\n";
    RecordDraft draft = parse(text);
    assertEquals(
        List.of(
            "summary",
            "other:Duration",
            "impact",
            "root_cause",
            "timeline",
            "detection",
            "corrective_actions",
            "corrective_actions",
            "tasks"),
        kinds(draft));
    Section measures = draft.sections(SectionKind.CORRECTIVE_ACTIONS).get(0);
    assertTrue(measures.text().contains("Patch the indexer."), "the measures span their sub-lists");
  }

  @Test
  void allCapsLabels() {
    String text =
        "SUMMARY OF THE INCIDENT\nThe DNS zone went stale.\n\nROOT CAUSES\nA stuck transfer.\n\n"
            + "PREVENTIVE MEASURES\n1. Monitor serials.\n";
    assertEquals(List.of("summary", "root_cause", "corrective_actions"), kinds(parse(text)));
  }

  @Test
  void titlesThatStartWithACodeAreTitles() {
    assertEquals(
        Optional.of("0x1F. Postmortem"),
        parse("# 0x1F. Postmortem\n\n## Summary\nThe queue stalled.\n").title());
    assertEquals(
        Optional.of("5xx storm on the edge"),
        parse("5xx storm on the edge\n\nSummary:\nThe edge returned errors.\n").title());
    assertEquals(
        Optional.of("2FA outage"),
        parse("**2FA outage**\n\nRoot cause: an expired key.\n").title());
  }

  @Test
  void aHeadingOverTheWholeDocumentNamesTheIncident() {
    // A section word later in the first heading ("recommendation", "resolution", "causes") is
    // part of the incident's name when no other heading matches it in rank.
    RecordDraft leak =
        parse(
            "# Memory leak in the recommendation service\n\nMemory climbed until the containers"
                + " were killed.\n\n## Root cause\nAn event listener was never removed.\n");
    assertEquals(Optional.of("Memory leak in the recommendation service"), leak.title());
    assertEquals(
        List.of("other:Memory leak in the recommendation service", "root_cause"), kinds(leak));
    assertEquals(
        Optional.of("Intermittent resolution failures for customer domains"),
        parse("# Intermittent resolution failures for customer domains\n\nSome lookups failed.\n")
            .title());
    // Words that only qualify the section word keep it a section: a typo'd "Issue Symmary".
    assertEquals(
        List.of("summary"),
        kinds(parse("# Issue Symmary\n\nThe site was down for an hour after a bad push.\n")));
  }

  /** A report named for its genre, then its incident, is titled so; it is no root-cause section. */
  @Test
  void aReportNamedRootCauseAnalysisIsTitledNotACauseSection() {
    RecordDraft draft =
        parse(
            "# Root Cause Analysis: Elevated API errors on 12 March\n\n**Product:** Public API\n\n"
                + "## Summary\nRequests failed for an hour.\n\n"
                + "## Root Cause\nA health-check path was changed.\n");
    assertEquals(
        Optional.of("Root Cause Analysis: Elevated API errors on 12 March"), draft.title());
    assertEquals(
        List.of(
            "other:Root Cause Analysis: Elevated API errors on 12 March",
            "other:Product",
            "summary",
            "root_cause"),
        kinds(draft));
    // Without the incident's name the heading is the section it says.
    assertEquals(
        List.of("root_cause"),
        kinds(parse("# Root cause analysis\n\nA health-check path was changed.\n")));
  }

  @Test
  void aStatusTagBeforeTheIncidentsNameIsNoSection() {
    RecordDraft draft =
        parse(
            "**[Resolved] Matchmaking failures on EU servers**\n\nPlayers could not join"
                + " matches.\n\n**What we thought at first**\n\nMore players than usual.\n");
    assertEquals(Optional.of("[Resolved] Matchmaking failures on EU servers"), draft.title());
    // A tag before a section's own name leaves the section.
    assertEquals(
        List.of("root_cause", "resolution"),
        kinds(
            parse(
                "**[Update] Root cause**\n\nA certificate expired on the edge.\n\n"
                    + "**Resolution**\n\nWe renewed it.\n")));
  }

  @Test
  void firstLinesThatStartWithATimeAreNoTitles() {
    for (String first :
        List.of(
            "10:05 alert fired",
            "2024-05-03 14:00 deploy began",
            "9am pager went off",
            "14h05 rollback",
            "45min in, traffic recovered",
            "3rd of May, 10:00")) {
      assertEquals(Optional.empty(), parse(first + "\n\nSummary:\nIt broke.\n").title(), first);
    }
  }

  @Test
  void htmlHeadings() {
    String text =
        "<h1>Login outage</h1>\n<h2>Impact:</h2>\n<p>&emsp;:small_blue_diamond:Every user was "
            + "logged out &amp; could not sign in.</p>\n<h2 class=\"x\">Resolution</h2>\n"
            + "<p>Keys were <b>rotated</b> back.</p>\n";
    RecordDraft draft = parse(text);
    assertEquals(Optional.of("Login outage"), draft.title());
    assertEquals(List.of("other:Login outage", "impact", "resolution"), kinds(draft));
    assertEquals(
        "Every user was logged out & could not sign in.", only(draft, SectionKind.IMPACT).text());
    assertEquals("Keys were rotated back.", only(draft, SectionKind.RESOLUTION).text());
  }

  @Test
  void numberedHeadings() {
    String text =
        "1. Summary\nThe API returned 502s.\n\n2. Timeline\n10:00 deploy\n\nIII. Lessons learned\n"
            + "Canary first.\n\n4) Conclusion\nDone.\n\n1. Restart the proxy\n";
    assertEquals(
        List.of("summary", "timeline", "lessons_learned", "conclusion"), kinds(parse(text)));
  }

  @Test
  void numberedAtxAndBoldHeadingsAreHeadingsNotTimestamps() {
    String text =
        "# API outage\n\n## 1. Incident Summary\nThe API returned 502s.\n\n"
            + "## 2) Timeline\n- 10:00 UTC deploy\n\n### 2.1. Impact\nHalf of the users.\n\n"
            + "**3. Root Cause**\nA typo.\n\n**4. Action Items:** add a linter\n\n"
            + "## IV. Lessons learned\nCanary first.\n";
    RecordDraft draft = parse(text);
    assertEquals(
        List.of(
            "other:API outage",
            "summary",
            "timeline",
            "impact",
            "root_cause",
            "corrective_actions",
            "lessons_learned"),
        kinds(draft));
    assertEquals("Incident Summary", only(draft, SectionKind.SUMMARY).heading());
  }

  @Test
  void timesAndDatesOpeningAHeadingStayTimeline() {
    String text =
        "## Timeline\n### 10:15 UTC\nAlert fired.\n### 15 March 2024\nRolled back.\n"
            + "### 1.5 hours later\nRecovered.\n";
    assertEquals(List.of("timeline"), kinds(parse(text)));
  }

  @Test
  void headingsWithEmojiShortcodesAndPunctuation() {
    String text =
        "# Postmortem :clipboard:.\n\n\uD83D\uDEA8 Issue Summary:\nThe cache fell over.\n\n"
            + "### Root cause and Resolution;\nA leak; rolled back.\n\n"
            + "## :wrench: Corrective measures!\n- cap memory\n\n\uD83D\uDCCB Actionable To-Dos:\n- add alerts\n";
    assertEquals(
        List.of(
            "other:Postmortem",
            "summary",
            "root_cause",
            "resolution",
            "corrective_actions",
            "tasks"),
        kinds(parse(text)));
  }

  @Test
  void combinedHeadingYieldsBothKinds() {
    String text =
        "## Root Cause and Resolution\nThe pool was too small; we raised it.\n\n"
            + "## Mitigation and prevention\nFailed over; add a replica.\n";
    RecordDraft draft = parse(text);
    assertEquals(
        List.of("root_cause", "resolution", "resolution", "corrective_actions"), kinds(draft));
    Section cause = draft.sections(SectionKind.ROOT_CAUSE).get(0);
    Section fix = draft.sections(SectionKind.RESOLUTION).get(0);
    assertEquals(cause.start(), fix.start());
    assertEquals(cause.end(), fix.end());
  }

  /** Each heading and the kinds it names, space-separated; none for a heading of no kind. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "How we prevent this | CORRECTIVE_ACTIONS",
        "Measures against such problem in future | CORRECTIVE_ACTIONS",
        "Next Steps | TASKS",
        "Summation | ROOT_CAUSE RESOLUTION",
        "Issue Symmary | SUMMARY",
        "Root casue | ROOT_CAUSE",
        "Misleading Investigation Paths | MISLEADING_PATHS",
        "What caused it | ROOT_CAUSE",
        "Why did it happen? | ROOT_CAUSE",
        "What actually broke | ROOT_CAUSE",
        "What we thought at first | MISLEADING_PATHS",
        "Why it took an hour | MISLEADING_PATHS",
        "What Misled Us | MISLEADING_PATHS",
        "Trigger | ROOT_CAUSE",
        "How it was fixed | RESOLUTION",
        "What we did | RESOLUTION",
        "What actually happened | ROOT_CAUSE",
        "What failed | ROOT_CAUSE",
        "What we're doing about it | CORRECTIVE_ACTIONS",
        "What we are changing | CORRECTIVE_ACTIONS",
        "The DNS detour | MISLEADING_PATHS",
        "First theory (wrong) | MISLEADING_PATHS",
        "Who was affected | IMPACT",
        "Users affected | IMPACT",
        "Affected service | IMPACT",
        "What it actually was | ROOT_CAUSE",
        "The real problem | ROOT_CAUSE",
        "What was really going on | ROOT_CAUSE",
        "Theory 1: the cache | MISLEADING_PATHS",
        "Hypotheses investigated | MISLEADING_PATHS",
        "What it actually was | ROOT_CAUSE",
        "The real problem | ROOT_CAUSE",
        "What was really going on | ROOT_CAUSE",
        "Theory 1: the cache | MISLEADING_PATHS",
        "Hypotheses investigated | MISLEADING_PATHS",
        "Debugging Process | ",
        "Use case | "
      })
  void headingsMeanTheirKindWhateverTheWording(String heading, String kinds) {
    List<SectionKind> expected =
        kinds == null
            ? List.of()
            : Arrays.stream(kinds.split(" ")).map(SectionKind::valueOf).toList();
    assertEquals(expected, HeadingLexicon.kinds(heading), heading);
  }

  @Test
  void unknownHeadingKeptAsOther() {
    RecordDraft draft = parse("## Summary\nx\n\n## Humorous Note\nA joke.\n");
    Section other = draft.sections(SectionKind.OTHER).get(0);
    assertEquals("Humorous Note", other.heading());
    assertEquals("A joke.", other.text());
  }

  @Test
  void plainWordHeadingsWithoutMarkup() {
    String text =
        "Incident report for the search outage\n\nSummary\nSearch was down.\n"
            + "Timeline (all hours, Pacific time)\n8:00 AM: deploy\nApparent reason\nA bad index.\n"
            + "Complete, action items in progress\nResolution and recovery\nReindexed.\n";
    RecordDraft draft = parse(text);
    assertEquals(Optional.of("Incident report for the search outage"), draft.title());
    assertEquals(List.of("summary", "timeline", "root_cause", "resolution"), kinds(draft));
  }

  @Test
  void questionFormTemplateHeadings() {
    String text =
        "Summary\n\nwhat was the root cause\n\n\tA stale package mirror.\n\n"
            + "which team was the incident escalated to\n\tPlatform.\n\n"
            + "How was it detected?\n\nA customer email.\n\nApache Internal Error (500) Fix\n\nbody\n";
    assertEquals(List.of("summary", "root_cause", "escalation", "detection"), kinds(parse(text)));
  }

  @Test
  void noHeadingsUsesParagraphCues() {
    String text =
        "Yesterday the checkout service had an outage for most of the afternoon.\n\n"
            + "10:00 first errors\n10:20 paged the team\n11:05 recovered\n\n"
            + "The root cause was an expired token on the payment gateway client.\n\n"
            + "We restored service by rotating the token.\n\n"
            + "To prevent this we will alert two weeks before expiry.\n";
    RecordDraft draft = parse(text);
    assertEquals(
        List.of("summary", "timeline", "root_cause", "resolution", "corrective_actions"),
        kinds(draft));
    assertEquals("", only(draft, SectionKind.ROOT_CAUSE).heading());
  }

  @Test
  void codeFencesHideHeadings() {
    String text = "## Resolution\n```\n# Timeline: not a heading\n```\nDone.\n";
    assertEquals(List.of("resolution"), kinds(parse(text)));
  }

  @Test
  void offsetsPointIntoTheOriginalText() {
    String text = "\r\n# T\r\n\r\n## Impact\r\nAll users.\r\n\r\n- **Root Cause:** a typo\r\n";
    RecordDraft draft = parse(text);
    Section impact = only(draft, SectionKind.IMPACT);
    assertEquals("## Impact", text.substring(impact.start(), impact.start() + 9));
    Section cause = only(draft, SectionKind.ROOT_CAUSE);
    assertTrue(text.substring(cause.start(), cause.end()).startsWith("- **Root Cause:**"));
    assertEquals("a typo", cause.text());
    assertFalse(text.substring(impact.start(), impact.end()).endsWith("\n"));
  }

  @Test
  void htmlTitleElementGivesTheTitleAndNoLabelSection() {
    String text =
        "<!DOCTYPE html>\n<html>\n"
            + "<head><meta charset=\"utf-8\"><title>Postmortem: queue stall on 2 May</title></head>\n"
            + "<body>\n<h1>Postmortem: queue stall on 2 May</h1>\n"
            + "<h2>Summary</h2>\n<p>Orders waited in the queue for an hour.</p>\n"
            + "<h2>Root cause</h2>\n<p>A consumer deadlock.</p>\n</body>\n</html>\n";
    RecordDraft draft = parse(text);
    assertEquals(Optional.of("Postmortem: queue stall on 2 May"), draft.title());
    assertEquals(
        List.of("other:Postmortem: queue stall on 2 May", "summary", "root_cause"), kinds(draft));
    Section summary = only(draft, SectionKind.SUMMARY);
    assertEquals(text.indexOf("<h2>Summary"), summary.start());
    assertEquals("Orders waited in the queue for an hour.", summary.text());
  }

  @Test
  void htmlTitleOnItsOwnLineInAMultiLineHead() {
    String text =
        "<html>\n<head>\n  <title>\n    Billing &amp; invoices outage\n  </title>\n"
            + "  <style>h1 { color: red; }</style>\n</head>\n<body>\n"
            + "<h1>Invoices were not sent, 9 June</h1>\n<h2>Impact</h2>\n<p>All invoices.</p>\n";
    RecordDraft draft = parse(text);
    assertEquals(Optional.of("Billing & invoices outage"), draft.title());
    assertEquals(List.of("other:Invoices were not sent, 9 June", "impact"), kinds(draft));
  }

  @Test
  void firstHtmlHeadingAfterBareMarkupIsTheTitle() {
    String text =
        "<html>\n<body>\n<h1>Search failures: index volume full</h1>\n"
            + "<p><strong>Date:</strong> 4 May 2024</p>\n"
            + "<h2>Summary</h2>\n<p>Search failed for an hour.</p>\n</body>\n</html>\n";
    RecordDraft draft = parse(text);
    assertEquals(Optional.of("Search failures: index volume full"), draft.title());
    assertEquals(
        List.of("other:Search failures: index volume full", "other:Date", "summary"), kinds(draft));
  }

  @Test
  void sentenceWithAColonIsProseNotALabel() {
    String text =
        "Summary\nThe cache was slow.\n\n"
            + "Root Cause\nA software defect: a counter map in the cache sidecar was never cleared,"
            + " so memory grew.\nOwner: Platform team\n\n"
            + "Resolution\nThe nodes were restarted.\n";
    RecordDraft draft = parse(text);
    assertEquals(List.of("summary", "root_cause", "other:Owner", "resolution"), kinds(draft));
    assertTrue(
        only(draft, SectionKind.ROOT_CAUSE).text().startsWith("A software defect: a counter"));
    assertEquals(Optional.empty(), draft.title());
  }

  @Test
  void shortFirstLineIsTheTitleButALongSentenceIsNot() {
    String titled = "\n?\nQueue stall in the billing workers\n\nSummary\nOrders waited.\n";
    assertEquals(Optional.of("Queue stall in the billing workers"), parse(titled).title());
    String sentence =
        "This is the write-up we were asked to do for the project after the web server went"
            + " down for most of the day\nSummary\nThe site was down.\n";
    assertEquals(Optional.empty(), parse(sentence).title());
  }
}
