package dev.recur.analyzers.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "about 12,500 customers could not pay|12500",
        "roughly 1.4 million subscribers saw the banner|1400000",
        "some 40k players were disconnected|40000",
        "2,700 of our roughly 90,000 accounts were locked|2700",
        "we lost 85 of our members that week|85",
        // A range counts its midpoint.
        "between 300 and 500 learners saw the error|400",
        "roughly 1,000-1,400 visitors got a blank page|1200",
        // A ratio is a share, not a count.
        "three sites failed for 7 out of 10 users|-",
        // Dates are no counts.
        "on 9 march users could not sign in|-",
        "in april 2024 shoppers noticed empty baskets|-",
        "- 10:40 utc, march 3 - learners got their access back|-",
        "one user reported it first; 1 user is no count|-",
        "the top 10 customers by revenue were called|-",
      })
  void countsPeople(String sentence, Long expected) {
    assertEquals(Optional.ofNullable(expected), Counts.people(sentence));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "612 checkout requests failed with a 503|612",
        "we counted 3,050 failed payment calls|3050",
        "1,100 orders were rejected by the gateway|1100",
        "the load test sent 5,000 requests|-",
      })
  void countsFailedRequests(String sentence, Long expected) {
    assertEquals(Optional.ofNullable(expected), Counts.failedRequests(sentence));
  }

  @Test
  void staysLinearOnLongRunsOfNumbers() {
    String text = "1,000 of 2,000 of ".repeat(20_000) + "users";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Counts.people(text));
    String digits = "9".repeat(200_000) + " failed requests";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Counts.failedRequests(digits));
  }
}
