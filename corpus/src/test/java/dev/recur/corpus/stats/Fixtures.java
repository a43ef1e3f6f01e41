package dev.recur.corpus.stats;

import dev.recur.core.ActionCategory;
import dev.recur.core.CorrectiveAction;
import dev.recur.core.Impact;
import dev.recur.core.Incident;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.RootCause;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.Severity;
import dev.recur.core.SourceDocument;
import dev.recur.core.When;
import dev.recur.corpus.index.Corpus;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Hand-made records and an in-memory corpus holding them, for statistics read from a real index.
 */
final class Fixtures {

  private Fixtures() {}

  /** Builds one record; {@code start} is {@code null} for an undated incident, -1 means unknown. */
  static final class Pm {
    final String source;
    String title;
    String fault = "unknown";
    String component = "other";
    String service;
    String start;
    int duration = -1;
    double impact = -1;
    int ttd = -1;
    int ttr = -1;
    String rootCause = "";
    final List<MisleadingPath> herrings = new ArrayList<>();
    final List<CorrectiveAction> actions = new ArrayList<>();

    Pm(String source) {
      this.source = source;
      this.title = "Incident " + source;
    }

    Pm cause(String fault, String component) {
      this.fault = fault;
      this.component = component;
      return this;
    }

    Pm at(String isoUtc, int durationMinutes) {
      this.start = isoUtc;
      this.duration = durationMinutes;
      return this;
    }

    Pm herring(String hypothesis, int minutes) {
      herrings.add(
          new MisleadingPath(
              hypothesis,
              "we suspected " + hypothesis,
              minutes < 0 ? Optional.empty() : Optional.of(minutes)));
      return this;
    }

    Pm action(ActionCategory category, String text) {
      actions.add(new CorrectiveAction(text, category));
      return this;
    }

    String text() {
      return "# " + title + "\n\n## Root cause\n" + rootCause + "\n";
    }

    Postmortem record() {
      Optional<When> when =
          start == null
              ? Optional.empty()
              : Optional.of(When.of(LocalDateTime.parse(start), Optional.of(ZoneOffset.UTC)));
      Incident incident =
          new Incident(
              when,
              Optional.empty(),
              Optional.of("UTC"),
              opt(duration),
              Optional.empty(),
              opt(ttd),
              Optional.empty(),
              opt(ttr));
      Impact imp =
          new Impact(
              impact < 0 ? Optional.empty() : Optional.of(impact),
              Optional.empty(),
              Optional.ofNullable(service),
              Severity.PARTIAL_OUTAGE);
      String text = text();
      int rc = text.indexOf("## Root cause");
      return new Postmortem(
          "id-" + source,
          source,
          Optional.of(title),
          List.of(new Section(SectionKind.ROOT_CAUSE, "Root cause", rc, text.length(), rootCause)),
          Optional.of(incident),
          List.of(),
          Optional.of(imp),
          Optional.of(new RootCause(fault, component, 0.9, Optional.of(rootCause))),
          herrings,
          actions,
          List.of());
    }

    private static Optional<Integer> opt(int v) {
      return v < 0 ? Optional.empty() : Optional.of(v);
    }
  }

  /** An in-memory corpus holding {@code records}, committed. */
  static Corpus corpus(List<Pm> records) throws IOException {
    Corpus corpus = Corpus.open(new ByteBuffersDirectory(), Pipeline.builder().build());
    put(corpus, records);
    return corpus;
  }

  /** Adds {@code records} to {@code corpus} and commits them, which writes a new segment. */
  static void put(Corpus corpus, List<Pm> records) {
    for (Pm pm : records) {
      corpus.put(SourceDocument.of(pm.source, pm.text()), pm.record());
    }
    corpus.commit();
  }

  /** The six incidents of {@code StatsEngineTest}, written as records. */
  static List<Pm> six() {
    Pm p0 =
        new Pm("pm-0.md").cause("misconfiguration", "load-balancer").at("2024-01-10T10:00", 120);
    p0.service = "checkout";
    p0.impact = 30;
    p0.ttd = 5;
    p0.ttr = 100;
    p0.herring("database", 20)
        .herring("ddos", -1)
        .action(ActionCategory.MONITORING, "Alert on uneven backend weights")
        .action(ActionCategory.VALIDATION, "Lint balancer rules before applying them");
    Pm p1 = new Pm("pm-1.md").cause("misconfiguration", "load-balancer").at("2024-01-20T10:00", 60);
    p1.service = "checkout";
    p1.impact = 50;
    p1.ttd = 15;
    p1.herring("database", 40).action(ActionCategory.MONITORING, "Page on 5xx ratio per pool");
    Pm p2 =
        new Pm("pm-2.md").cause("misconfiguration", "load-balancer").at("2024-04-01T00:00", 300);
    p2.service = "search";
    p2.herring("database", -1)
        .action(ActionCategory.VALIDATION, "Dry-run every routing change")
        .action(ActionCategory.OTHER, "Buy the team lunch");
    Pm p3 = new Pm("pm-3.md").cause("capacity", "storage").at("2024-02-15T12:00", 45);
    p3.service = "search";
    p3.impact = 100;
    p3.herring("traffic-spike", 30).action(ActionCategory.CAPACITY, "Grow the log volume");
    Pm p4 = new Pm("pm-4.md").cause("capacity", "storage");
    p4.service = "search";
    p4.duration = 90;
    p4.impact = 10;
    p4.action(ActionCategory.CAPACITY, "Rotate logs hourly");
    Pm p5 = new Pm("pm-5.md").cause("capacity", "storage").at("2024-06-30T00:00", -1);
    p5.service = "search";
    p5.action(ActionCategory.CAPACITY, "Alert at 80% disk");
    return List.of(p0, p1, p2, p3, p4, p5);
  }
}
