package dev.recur.analyzers.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LengthsTest {

  private static Optional<Integer> stated(String text) {
    return Lengths.stated(text, 0, true);
  }

  @Test
  void statedLengthsInAnyWording() {
    assertEquals(Optional.of(720), stated("the site was down for 12 hours"));
    assertEquals(Optional.of(150), stated("an outage lasting 2h 30m"));
    assertEquals(Optional.of(90), stated("it lasted an hour and a half"));
    assertEquals(Optional.of(240), stated("the API was unavailable for four hours"));
    assertEquals(Optional.of(90), stated("90 minutes of downtime"));
    assertEquals(Optional.of(30), stated("we were offline for half an hour"));
    assertEquals(Optional.of(45), stated("the outage lasted ~45 mins"));
    assertEquals(Optional.of(80), stated("10:00 to 11:20 (1 hour 20 minutes)"));
    assertEquals(Optional.of(600), stated("total downtime: 10 hrs"));
    assertEquals(Optional.of(450), stated("Duration: 17:30 - 01:00 (7.5 hours)"));
    assertEquals(Optional.of(157), stated("lasted 2 hours and 37 minutes"));
    assertEquals(Optional.of(120), stated("a 2-hour outage hit checkout"));
    assertEquals(Optional.of(270), stated("the reports page timed out for four and a half hours"));
    assertEquals(Optional.of(75), stated("checkout failed with HTTP 502 errors for 75 minutes"));
    assertEquals(Optional.of(40), stated("a quarter of carts errored out for ~40 min"));
  }

  @Test
  void whatFailedBeforeTheIncidentOrAfterAnotherClauseIsNoLength() {
    assertEquals(Optional.empty(), stated("renewal had been failing quietly for three weeks"));
    assertEquals(
        Optional.empty(), stated("the job failed at noon and then we waited for 20 minutes"));
  }

  @Test
  void spelledLengthsInCapitalsAreStillRead() {
    assertEquals(Optional.of(120), stated("THE SITE WAS DOWN FOR TWO HOURS"));
    assertEquals(Optional.of(10080), stated("Lasted A WEEK"));
    assertEquals(Optional.of(45), stated("down for forty-five Mins"));
  }

  @Test
  void lengthsThatAreNotTheIncidentsAreIgnored() {
    assertEquals(
        Optional.empty(), Lengths.stated("we escalated within the first 30 minutes", 0, false));
    assertEquals(Optional.empty(), Lengths.stated("the outage lasted under 3 hours", 0, false));
    assertEquals(
        Optional.empty(), Lengths.stated("the team spent several hours on the database", 0, false));
    assertEquals(Optional.empty(), Lengths.stated("a restart took 5 minutes", 0, false));
    assertEquals(Optional.empty(), Lengths.stated("alerts fire every 5 minutes", 0, false));
  }

  @Test
  void digitsBeforeAnyUnitSpellingAreRead() {
    // The cheap pre-check before the length pattern must let every one of these through.
    assertEquals(Optional.of(4320), stated("a 3-day outage of the portal"));
    assertEquals(Optional.of(120), stated("down for 2h"));
    assertEquals(Optional.of(45), stated("down for 45\tmin"));
    assertEquals(Optional.of(90), stated("down for 90 Minutes"));
    assertEquals(Optional.of(150), stated("down for 2.5 hrs"));
    assertEquals(Optional.of(20160), stated("down for 2 WKS"));
    assertEquals(Optional.of(60), stated("Duration: 14:05 - 15:05 UTC (60 - m)"));
  }

  @Test
  void clockTimesAloneStateNoLength() {
    assertEquals(Optional.empty(), stated("14:05 - Monitoring paged the on-call engineer"));
    assertEquals(Optional.empty(), stated("2024-05-03 14:05 Deployed the fix to 12 hosts"));
    assertEquals(Optional.empty(), stated("9".repeat(100_000) + " hours"));
  }

  @Test
  void labelledPartCountsAnyLength() {
    String line = "Duration: 45 minutes (PST) - Start: 2024-01-26 10:15";
    assertEquals(Optional.of(45), Lengths.stated(line, line.indexOf("2024"), false));
  }
}
