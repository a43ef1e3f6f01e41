package dev.recur.analyzers.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.TextModels;
import dev.recur.core.Diagnostic;
import dev.recur.core.Incident;
import dev.recur.core.Postmortem;
import dev.recur.core.RecordDraft;
import dev.recur.core.SourceDocument;
import dev.recur.core.TimelineEntry;
import dev.recur.core.TimelineKind;
import dev.recur.core.When;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeExtractorTest {

  private static final TextModels MODELS = TextModels.english();
  private static final TimeExtractor EXTRACTOR = new TimeExtractor(MODELS);

  static Postmortem read(String text) {
    return read(SourceDocument.of("test.md", text));
  }

  static Postmortem read(SourceDocument doc) {
    RecordDraft draft = new RecordDraft(doc);
    EXTRACTOR.contribute(draft);
    return draft.build();
  }

  private static Incident incident(String text) {
    return read(text).incident().orElseThrow();
  }

  private static String start(Incident i) {
    return i.start().map(When::toString).orElse("null");
  }

  private static String end(Incident i) {
    return i.end().map(When::toString).orElse("null");
  }

  private static boolean diagnosed(Postmortem p, String code) {
    return p.diagnostics().stream().map(Diagnostic::code).anyMatch(code::equals);
  }

  @Test
  void startAndEndTimeBulletsWithUtc() {
    Incident i =
        incident(
            "# Outage\n- **Duration:**\n  - Start Time: November 15, 2023, 03:45 AM UTC\n"
                + "  - End Time: November 15, 2023, 06:20 AM UTC\n");
    assertEquals("2023-11-15T03:45Z", start(i));
    assertEquals("2023-11-15T06:20Z", end(i));
    assertEquals(Optional.of("UTC"), i.timezone());
    assertEquals(Optional.of(155), i.durationMinutes());
    assertEquals(Optional.empty(), i.statedDurationMinutes());
  }

  @Test
  void durationLineWithADateOnEachEnd() {
    Incident i = incident("Duration: Feb 27, 2024 10:00 AM - Feb 28, 2024 2:00 PM\n");
    assertEquals("2024-02-27T10:00", start(i));
    assertEquals("2024-02-28T14:00", end(i));
    assertEquals(Optional.of(1680), i.durationMinutes());
  }

  @Test
  void dateCarriedToTimeOnlyRange() {
    Incident i =
        incident(
            "# Checkout outage of March 3rd, 2024\n\nWe lost checkout for a while.\n\n"
                + "Duration: 10am - noon (UTC)\n");
    assertEquals("2024-03-03T10:00Z", start(i));
    assertEquals("2024-03-03T12:00Z", end(i));
    assertEquals(Optional.of(120), i.durationMinutes());
  }

  @Test
  void durationCrossesMidnight() {
    Incident i =
        incident("The outage began at 10:45 PM and was resolved by 1:15 AM, after a long night.\n");
    assertEquals("T22:45", start(i));
    assertEquals("T01:15", end(i));
    assertEquals(Optional.of(150), i.durationMinutes());
  }

  @Test
  void dateOnOneEndOfACrossingRangeMovesTheOtherEndToTheNextDay() {
    Incident i = incident("Duration: May 8, 2024, 10:00 PM - 2:00 AM (UTC)\n");
    assertEquals("2024-05-08T22:00Z", start(i));
    assertEquals("2024-05-09T02:00Z", end(i));
    assertEquals(Optional.of(240), i.durationMinutes());
  }

  @Test
  void trailingDateIsTheDayTheIncidentStarted() {
    Incident i = incident("- **Duration:** from 9pm until 6am UTC-5 on Monday, March 25, 2024\n");
    assertEquals("2024-03-25T21:00-05:00", start(i));
    assertEquals("2024-03-26T06:00-05:00", end(i));
    assertEquals(Optional.of(540), i.durationMinutes());
  }

  @Test
  void midnightEndsARangeAtTheEndOfTheDay() {
    Incident i = incident("**Duration:** from 11am until midnight EAT\n");
    assertEquals("T00:00+03:00", end(i));
    assertEquals(Optional.of(780), i.durationMinutes());
  }

  @Test
  void isoDateAndTwentyFourHourClock() {
    Incident i = incident("Start: 2024-02-14 10:00\nEnd: 2024-02-14 13:30\n");
    assertEquals("2024-02-14T10:00", start(i));
    assertEquals("2024-02-14T13:30", end(i));
    assertEquals(Optional.of(210), i.durationMinutes());
  }

  @Test
  void offsetZoneKeptAsWrittenWithItsOffset() {
    Incident i = incident("From 14:00 GMT+1 to 15:30 GMT+1 the dashboard was unavailable.\n");
    assertEquals("T14:00+01:00", start(i));
    assertEquals(Optional.of("GMT+1"), i.timezone());
    assertEquals(Optional.of(90), i.durationMinutes());
  }

  @Test
  void dayFirstNumericDates() {
    Incident i =
        incident(
            "## Timeline\n15/11/2023 09:00 - users reported errors\n"
                + "15/11/2023 09:20 - on-call engineer investigating\n15/11/2023 10:05 - service restored\n");
    assertEquals("2023-11-15T09:00", start(i));
    assertEquals("2023-11-15T10:05", end(i));
    assertEquals(Optional.of(65), i.durationMinutes());
  }

  @Test
  void ambiguousNumericDateReadDayFirstByDefaultAndMonthFirstForUsZones() {
    assertEquals(
        "2022-12-04T07:23",
        start(
            incident(
                "04-12-2022 7:23 AM - users could not sign in\n04-12-2022 9:05 AM - service restored\n")));
    assertEquals(
        "2022-04-12T07:23-07:00",
        start(
            incident(
                "04/12/2022 7:23 AM PDT - users could not sign in\n04/12/2022 9:05 AM PDT - service restored\n")));
  }

  @Test
  void timeOnlyDocument() {
    Incident i = incident("From 6PM to 7PM GMT, requests to our servers received 403 errors.\n");
    assertEquals("T18:00Z", start(i));
    assertEquals("T19:00Z", end(i));
    assertEquals(Optional.of("GMT"), i.timezone());
    assertEquals(Optional.of(60), i.durationMinutes());
  }

  @Test
  void bareEndHourTakesTheMeridiemThatMakesTheShortestRange() {
    Incident i = incident("From 4pm to 6 GMT, the blog showed a 500 error.\n");
    assertEquals("T16:00Z", start(i));
    assertEquals("T18:00Z", end(i));
  }

  @Test
  void oddClockSpellings() {
    assertEquals(
        "T13:20", start(incident("Duration: 30 mins (13:20pm ~ 13:50pm EAT).\n")).substring(0, 6));
    assertEquals("T03:00", start(incident("The outage began at 3:AM and lasted until 4:AM.\n")));
    Incident wat = incident("The site went down at 2100hrs WAT and was restored by 2230hrs WAT.\n");
    assertEquals("T21:00+01:00", start(wat));
    assertEquals(Optional.of(90), wat.durationMinutes());
    Incident dashed = incident("The outage started at 11:26-am-GMT until 11:58-am-GMT.\n");
    assertEquals("T11:26Z", start(dashed));
    assertEquals(Optional.of(32), dashed.durationMinutes());
    assertEquals(
        "T00:00",
        start(incident("On the night of the release, at midnight, the site went down.\n")));
  }

  @Test
  void rangeSeparatorsInWordsAndDashes() {
    for (String sep : List.of("-", "\u2013", "to", "until", "through", "~")) {
      Incident i = incident("Duration: 09:15 " + sep + " 10:45 UTC\n");
      assertEquals(Optional.of(90), i.durationMinutes(), "separator '" + sep + "'");
    }
    assertEquals(
        Optional.of(30),
        incident("Between 10:00 and 10:30 UTC the API failed.\n").durationMinutes());
    assertEquals(
        Optional.of(275),
        incident("Between the hours of 13:00:00 and 17:35:08 the home page returned 500s.\n")
            .durationMinutes());
  }

  @Test
  void zonesWrittenOutAreAbbreviated() {
    assertEquals(
        Optional.of("CAT"),
        incident("At approximately 06:05 Central African Time (CAT), an outage occurred.\n")
            .timezone());
    assertEquals(
        Optional.of("EAT"),
        incident("The error was realized on Saturday at 10:00 hours (East Africa Time).\n")
            .timezone());
    assertEquals(
        Optional.of("PT"),
        incident(
                "## Timeline (all times in Pacific Time)\n10:30 PM: alerts fired\n11:00 PM: service restored\n")
            .timezone());
  }

  @Test
  void istIsAmbiguous() {
    Postmortem p = read("The outage lasted from 10:00 to 11:00 IST.\n");
    Incident i = p.incident().orElseThrow();
    assertEquals(Optional.of("IST"), i.timezone());
    assertEquals("T10:00", start(i), "no offset for an ambiguous zone");
    assertTrue(diagnosed(p, "ambiguous-zone"), p.diagnostics().toString());
  }

  @Test
  void statedLengthDisagreeingWithWindowKeepsBoth() {
    Postmortem p =
        read(
            "- **Duration:** May 8, 2024, 10:00 AM - May 9, 2024, 2:00 AM (UTC)\n"
                + "- **Impact:** complete unavailability for 12 hours.\n");
    Incident i = p.incident().orElseThrow();
    assertEquals(Optional.of(960), i.durationMinutes());
    assertEquals(Optional.of(720), i.statedDurationMinutes());
    assertTrue(diagnosed(p, "duration-mismatch"), p.diagnostics().toString());
  }

  @Test
  void statedLengthAloneGivesTheDuration() {
    Incident i = incident("Our site was down for two hours last week; nobody could log in.\n");
    assertEquals(Optional.of(120), i.statedDurationMinutes());
    assertEquals(Optional.of(120), i.durationMinutes());
    assertTrue(i.start().isEmpty());
  }

  @Test
  void boundsAndRepairStepsAreNotStatedLengths() {
    Incident i =
        incident(
            "We escalated within 30 minutes. The fix should take under 3 hours. "
                + "A maintenance window of 4 hours was planned.\n");
    assertEquals(Optional.empty(), i.statedDurationMinutes());
    assertEquals(Optional.empty(), i.durationMinutes());
  }

  @Test
  void february30IsDiagnosed() {
    Postmortem p = read("Duration: February 30, 2024, 10:00 AM - 11:00 AM UTC\n");
    assertTrue(diagnosed(p, "impossible-date"), p.diagnostics().toString());
    Incident i = p.incident().orElseThrow();
    assertEquals("T10:00Z", start(i));
    assertEquals(Optional.of(60), i.durationMinutes());
  }

  @Test
  void endBeforeStartIsDiagnosed() {
    Postmortem p = read("Start Time: May 9, 2024, 10:00 AM\nEnd Time: May 8, 2024, 9:00 AM\n");
    assertTrue(diagnosed(p, "end-before-start"), p.diagnostics().toString());
    assertEquals(Optional.empty(), p.incident().orElseThrow().durationMinutes());
  }

  @Test
  void yearFarFromTheOthersIsDiagnosed() {
    Postmortem p =
        read(
            "Duration: May 8, 2014, 10:00 AM - 11:00 AM\n\nAction items:\n- Deadline: June 1, 2024\n"
                + "- Deadline: July 1, 2024\n- Deadline: July 9, 2024\n");
    assertTrue(diagnosed(p, "year-inconsistent"), p.diagnostics().toString());
  }

  @Test
  void noTimesMeansNullRatherThanAGuess() {
    Incident i =
        incident("# Outage\nThe database ran out of connections. We added a pool limit.\n");
    assertTrue(i.start().isEmpty());
    assertTrue(i.end().isEmpty());
    assertTrue(i.timezone().isEmpty());
    assertTrue(i.durationMinutes().isEmpty());
  }

  @Test
  void archiveDateHintDatesATimeOnlyWindow() {
    SourceDocument doc =
        SourceDocument.of("row-7", "From 6PM to 7PM GMT the API returned errors.\n")
            .withDateHint(Optional.of(LocalDate.of(2024, 1, 5)));
    Incident i = read(doc).incident().orElseThrow();
    assertEquals("2024-01-05T18:00Z", start(i));
  }

  @Test
  void timelineEntriesCarryKindsTimesAndResponseTimes() {
    Postmortem p =
        read(
            "On June 9th, 2024 the site failed.\n\n## Timeline\n"
                + "- **10:00 PM:** Deploy went out; the outage begins\n"
                + "- **10:10 PM:** Monitoring alert detected high error rates\n"
                + "- **10:30 PM:** Engineers investigating the database, suspected first\n"
                + "- **11:00 PM:** Incident escalated to the platform team\n"
                + "- **11:40 PM:** Rolled back the load balancer configuration\n"
                + "- **12:20 AM:** Service restored for all users\n");
    Incident i = p.incident().orElseThrow();
    assertEquals("2024-06-09T22:00", start(i));
    assertEquals("2024-06-10T00:20", end(i));
    List<TimelineEntry> t = p.timeline();
    assertEquals(6, t.size());
    assertEquals(
        List.of(
            TimelineKind.DETECTION,
            TimelineKind.DETECTION,
            TimelineKind.INVESTIGATION,
            TimelineKind.ESCALATION,
            TimelineKind.MITIGATION,
            TimelineKind.RESOLUTION),
        t.stream().map(TimelineEntry::kind).toList());
    assertEquals(
        "2024-06-10T00:20",
        t.get(5).time().orElseThrow().toString(),
        "midnight passed in the timeline");
    assertEquals(Optional.of(0), i.timeToDetectMinutes());
    assertEquals(Optional.of(60), i.timeToEscalateMinutes());
    assertEquals(Optional.of(140), i.timeToResolveMinutes());
    assertEquals(
        Optional.of(30), Timelines.minutesUntilNext(t, 2), "time spent on the database lead");
  }

  @Test
  void entryKindFollowsWhatTheEntryLeadsWith() {
    assertEquals(
        TimelineKind.INVESTIGATION,
        TimelineKinds.classify("Assumed a database overload due to increased traffic"));
    assertEquals(
        TimelineKind.DETECTION,
        TimelineKinds.classify("Engineering team alerted to investigate the issue"));
    assertEquals(
        TimelineKind.MITIGATION,
        TimelineKinds.classify("Rolled back the deploy and restarted nginx"));
    assertEquals(
        TimelineKind.ESCALATION,
        TimelineKinds.classify("Investigation escalated to the network team"));
    assertEquals(
        TimelineKind.RESOLUTION, TimelineKinds.classify("Service restored after the rollback"));
    assertEquals(TimelineKind.OTHER, TimelineKinds.classify("Knight sleeps"));
  }

  @Test
  void preparatoryStepBeforeTheOnsetIsNotTheStart() {
    Incident i =
        incident(
            "Timeline\n5:30 PM - Configuration push begins\n5:36 PM - Monitoring alerts fired, site down\n"
                + "6:00 PM - Servers back online\n");
    assertEquals("T17:36", start(i));
    assertEquals("T18:00", end(i));
  }

  @Test
  void timelineWithoutResolutionHasNoEnd() {
    Incident i = incident("Around 6:00 AM WAT on Monday an incident occurred on the web server.\n");
    assertEquals("T06:00+01:00", start(i));
    assertTrue(i.end().isEmpty());
    assertTrue(i.durationMinutes().isEmpty());
  }

  @Test
  void hostileTextNeverThrowsOrHangs() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "0123456789:: -–~/.,AaPpMm()UTCGMTESTIST\n\tMayJanuary2024th hrs  ";
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int n = 0; n < 60; n++) {
            StringBuilder b = new StringBuilder();
            int len = random.nextInt(3000);
            for (int k = 0; k < len; k++) {
              b.append(
                  random.nextInt(10) == 0
                      ? (char) random.nextInt(0x3000)
                      : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Postmortem p = read(b.toString());
            assertTrue(p.incident().isPresent(), "seed " + seed);
            assertFalse(
                p.diagnostics().stream().anyMatch(d -> d.code().equals("extractor-failed")),
                "seed " + seed);
          }
        },
        "seed " + seed);
  }

  @Test
  void oneHugeLineIsReadInLinearTime() {
    String unit = "10:00 - 11:00 to 12:00 May 5, 2024 2100hrs 11:26-am-GMT ";
    String huge = unit.repeat(5_000_000 / unit.length());
    // Generous limits: the build machine is shared, and only runaway (super-linear) time must fail.
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(huge));
    String lines = (unit + "\n").repeat(3_000);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> read(lines));
  }
}
