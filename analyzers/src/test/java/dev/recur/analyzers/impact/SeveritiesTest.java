package dev.recur.analyzers.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.recur.core.Severity;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeveritiesTest {

  /** The severity of sentences separated by " / ", with the share given as the second column. */
  private static Severity read(String sentences, Double share) {
    Severities.Reading reading = new Severities.Reading();
    for (String s : sentences.split(" / ")) {
      reading.read(s.toLowerCase(Locale.ROOT));
    }
    return reading.severity(Optional.ofNullable(share));
  }

  @ParameterizedTest(name = "{0} ({1}%) -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // Unqualified failures are whole; whole wording beats a share told elsewhere.
        "The booking site was down from 09:10 to 09:55.|-|FULL_OUTAGE",
        "Visitors got 503 errors on every request.|-|FULL_OUTAGE",
        "Nobody could sign in to the portal.|-|FULL_OUTAGE",
        "The API suffered a complete outage. / About 80% of our users noticed.|80|FULL_OUTAGE",
        "The incident caused a 100% service disruption.|85|FULL_OUTAGE",
        "Uploads failed for 97% of users.|97|FULL_OUTAGE",
        // Failures limited to some users, requests or features are partial.
        "About 30% of users could not log in.|30|PARTIAL_OUTAGE",
        "Some customers saw intermittent 500 errors.|-|PARTIAL_OUTAGE",
        "A complete outage hit 78% of players while the rest saw buffering.|78|PARTIAL_OUTAGE",
        "The landing page returned errors for all traffic. / Other pages were still working.|-"
            + "|PARTIAL_OUTAGE",
        "The app would at times refuse to connect.|-|PARTIAL_OUTAGE",
        "Half of all requests to search failed.|50|PARTIAL_OUTAGE",
        // Worse without failing.
        "Pages loaded slowly and p99 latency tripled.|-|DEGRADATION",
        "About 3% of orders were delayed by up to four hours. / No orders were lost.|3"
            + "|DEGRADATION",
        "Roughly 2% of invoices were duplicated.|2|DEGRADATION",
        // Failing beats slowness.
        "Checkout was slow and many customers saw timeouts.|-|PARTIAL_OUTAGE",
        // The cause told with a failure word is no failure users met.
        "Some orders were delayed. / The root cause was a parser that failed on emoji.|-"
            + "|DEGRADATION",
        // A share alone, or nothing at all; who was hit without how is no severity.
        "Around 12% of accounts were affected.|12|PARTIAL_OUTAGE",
        "We met on Tuesday to review the change.|-|UNKNOWN",
        "Some tenants may have been affected; we are still checking.|-|UNKNOWN",
        // A failure word that says there was none, and failures nobody outside met.
        "Thumbnails rendered slowly for an hour. No requests failed.|-|DEGRADATION",
        "The nightly export job crashed twice. There was no customer impact.|-|UNKNOWN",
        // The rest went on: partial, whatever the failure's own wording.
        "Every refund request failed. / Sales and payouts went through as normal.|-|PARTIAL_OUTAGE",
        "Exports errored for all users. Everything else in the app was fine.|-|PARTIAL_OUTAGE",
        "A share of uploads timed out at the gateway.|-|PARTIAL_OUTAGE",
        "Balances shown in the app were out of date by two hours.|-|DEGRADATION",
      })
  void readsHowBadlyUsersWereHit(String sentences, Double share, Severity expected) {
    assertEquals(expected, read(sentences, share));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'all all all '", "'complete complete '", "'some some some '", "'100 100 % '"})
  void staysLinearOnLongRepeats(String unit) {
    String text = unit.repeat(50_000) + "outage";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(text, null));
  }
}
