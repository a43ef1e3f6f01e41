package dev.recur.corpus.report;

import dev.recur.core.ActionCategory;
import dev.recur.corpus.stats.DurationBucket;
import dev.recur.corpus.stats.HerringStats;
import dev.recur.corpus.stats.IncidentFamily;
import dev.recur.corpus.stats.IncidentRef;
import dev.recur.corpus.stats.LabelCount;
import dev.recur.corpus.stats.PeriodBreakdown;
import dev.recur.corpus.stats.PromisedBefore;
import dev.recur.corpus.stats.RecurrenceStats;
import dev.recur.corpus.stats.Signature;
import dev.recur.corpus.stats.SignatureStats;
import dev.recur.corpus.stats.StatsOptions;
import dev.recur.corpus.stats.Summary;
import dev.recur.corpus.stats.Trend;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Statistics whose every text field carries markup, quotes and script, to test escaping. */
final class ReportFixtures {

  static final String SCRIPT = "<script>alert(\"pwned\")</script>";
  static final String ATTR = "\"><img src=x onerror='alert(1)'>";

  private ReportFixtures() {}

  static RecurrenceStats hostile() {
    Instant jan = Instant.parse("2024-01-10T10:00:00Z");
    Instant mar = Instant.parse("2024-03-02T08:00:00Z");
    Signature lb =
        new Signature(
            Optional.of("misconfiguration"),
            Optional.of("load-balancer " + SCRIPT),
            Optional.empty());
    Signature disk =
        new Signature(Optional.of("capacity"), Optional.of("storage"), Optional.empty());
    SignatureStats lbStats =
        new SignatureStats(
            lb,
            3,
            Optional.of(jan),
            Optional.of(mar),
            List.of(new LabelCount("2024-01", 2), new LabelCount("2024-03", 1)),
            Summary.of(14_400, 60_000),
            Summary.of(60, 120, 300),
            Summary.of(30, 50),
            Summary.of(5),
            Summary.empty(),
            Trend.RISING,
            1,
            2);
    SignatureStats diskStats =
        new SignatureStats(
            disk,
            2,
            Optional.of(jan),
            Optional.of(mar),
            List.of(new LabelCount("2024-01", 1), new LabelCount("2024-03", 1)),
            Summary.of(70_000),
            Summary.of(45, 90),
            Summary.empty(),
            Summary.empty(),
            Summary.empty(),
            Trend.STEADY,
            1,
            1);
    IncidentRef first =
        new IncidentRef("a", "pm-1.md", Optional.of("Checkout down " + SCRIPT), Optional.of(jan));
    IncidentRef second =
        new IncidentRef("b", "pm-2 " + ATTR + ".md", Optional.empty(), Optional.of(mar));
    return new RecurrenceStats(
        StatsOptions.defaults(),
        5,
        5,
        Optional.of(jan),
        Optional.of(mar),
        List.of(lbStats, diskStats),
        List.of(
            new PeriodBreakdown(
                "2024-01",
                3,
                List.of(new LabelCount("misconfiguration", 2), new LabelCount("capacity", 1))),
            new PeriodBreakdown("2024-02", 0, List.of()),
            new PeriodBreakdown(
                "2024-03",
                2,
                List.of(
                    new LabelCount("misconfiguration", 1), new LabelCount("weird " + SCRIPT, 1)))),
        Summary.of(45, 60, 90, 120, 300),
        List.of(
            new DurationBucket("< 30 min", 0, Optional.of(30), 0),
            new DurationBucket("30–60 min", 30, Optional.of(60), 1),
            new DurationBucket("≥ 1 h", 60, Optional.empty(), 4)),
        List.of(
            new HerringStats("database", 3, List.of(new LabelCount(lb.label(), 3)), 2, 60),
            new HerringStats("ddos " + ATTR, 1, List.of(new LabelCount(disk.label(), 1)), 0, 0)),
        List.of(
            new PromisedBefore(
                lb,
                ActionCategory.MONITORING,
                first,
                List.of("Add alerts " + SCRIPT),
                second,
                List.of("Alert on 'error rate' " + ATTR))),
        1,
        List.of(
            new IncidentFamily(
                "expired certificate " + SCRIPT,
                List.of("expired", "certificate"),
                List.of(first, second),
                List.of(lb.label()),
                0.8)));
  }
}
