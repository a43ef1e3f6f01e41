package dev.recur.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.Impact;
import dev.recur.core.Incident;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Postmortem;
import dev.recur.core.RootCause;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.Severity;
import dev.recur.core.When;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

  private static final String FULL_GOLD =
      "{\"file\":\"a.md\",\"start\":\"2024-02-14T10:00\",\"end\":\"2024-02-14T14:00\","
          + "\"timezone\":\"UTC\",\"duration_minutes\":240,\"stated_duration_minutes\":null,"
          + "\"impact_percent\":30,\"users_affected\":1200,"
          + "\"affected_service\":\"Web Application\",\"severity\":\"partial-outage\","
          + "\"root_cause_fault\":\"misconfiguration\",\"root_cause_component\":\"load-balancer\","
          + "\"misleading_paths\":[\"database\",\"ddos\"],"
          + "\"sections\":[\"summary\",\"timeline\",\"other\"]}";

  private static GoldRecord gold(String json) {
    return GoldFile.parseLine(json, "test:1");
  }

  private static Incident incident(
      String start, String end, String zone, Integer minutes, Integer stated) {
    return new Incident(
        Optional.ofNullable(start).map(When::parse),
        Optional.ofNullable(end).map(When::parse),
        Optional.ofNullable(zone),
        Optional.ofNullable(minutes),
        Optional.ofNullable(stated),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static Postmortem record(String source, Incident incident) {
    return record(source, incident, Optional.empty(), Optional.empty(), List.of(), List.of());
  }

  private static Postmortem record(
      String source,
      Incident incident,
      Optional<Impact> impact,
      Optional<RootCause> cause,
      List<MisleadingPath> paths,
      List<Section> sections) {
    return new Postmortem(
        "id",
        source,
        Optional.empty(),
        sections,
        Optional.of(incident),
        List.of(),
        impact,
        cause,
        paths,
        List.of(),
        List.of());
  }

  private static FieldScore field(EvalReport report, Field f) {
    return report.field(f).orElseThrow();
  }

  @Test
  void fullMatchScoresEveryFieldRight() {
    Postmortem r =
        record(
            "/some/dir/a.md",
            incident("2024-02-14T10:00Z", "2024-02-14T14:00Z", "UTC", 240, null),
            Optional.of(
                new Impact(
                    Optional.of(30.2),
                    Optional.of(1200L),
                    Optional.of("web  application!"),
                    Severity.PARTIAL_OUTAGE)),
            Optional.of(new RootCause("misconfiguration", "load-balancer", 0.9, Optional.empty())),
            List.of(new MisleadingPath("ddos", "e"), new MisleadingPath("database", "e")),
            List.of(
                new Section(SectionKind.SUMMARY, "Summary", 0, 1, ""),
                new Section(SectionKind.TIMELINE, "Timeline", 1, 2, ""),
                new Section(SectionKind.OTHER, "Misc", 2, 3, "")));
    EvalReport report = Evaluator.score(List.of(gold(FULL_GOLD)), List.of(r));
    assertEquals(1, report.documents());
    assertEquals(Field.values().length, report.fields().size());
    for (FieldScore f : report.fields()) {
      assertEquals(1, f.accuracy().correct(), f.field().key() + " should be right");
    }
    assertTrue(report.mismatches().isEmpty(), report.mismatches().toString());
    assertEquals(1.0, field(report, Field.SECTIONS).set().orElseThrow().f1());
  }

  @Test
  void zoneIsIgnoredButMinuteMatters() {
    GoldRecord g = gold("{\"file\":\"a.md\",\"start\":\"2024-02-14T10:00\"}");
    assertEquals(
        1,
        field(
                Evaluator.score(
                    List.of(g),
                    List.of(
                        record(
                            "a.md", incident("2024-02-14T10:00+03:00", null, null, null, null)))),
                Field.START)
            .accuracy()
            .correct());
    assertEquals(
        0,
        field(
                Evaluator.score(
                    List.of(g),
                    List.of(record("a.md", incident("2024-02-14T10:01", null, null, null, null)))),
                Field.START)
            .accuracy()
            .correct());
    assertEquals(
        0,
        field(
                Evaluator.score(
                    List.of(g),
                    List.of(record("a.md", incident("2024-02-15T10:00", null, null, null, null)))),
                Field.START)
            .accuracy()
            .correct());
    assertEquals(
        0,
        field(
                Evaluator.score(
                    List.of(g),
                    List.of(record("a.md", incident("T10:00", null, null, null, null)))),
                Field.START)
            .accuracy()
            .correct(),
        "a time-only answer does not match a gold date-time");
  }

  @Test
  void timeOnlyGoldMatchesTimeOfDayOnly() {
    GoldRecord g = gold("{\"file\":\"a.md\",\"start\":\"T10:00\"}");
    assertEquals(
        1,
        field(
                Evaluator.score(
                    List.of(g),
                    List.of(record("a.md", incident("2023-01-05T10:00", null, null, null, null)))),
                Field.START)
            .accuracy()
            .correct());
    assertEquals(
        1,
        field(
                Evaluator.score(
                    List.of(g),
                    List.of(record("a.md", incident("T10:00", null, null, null, null)))),
                Field.START)
            .accuracy()
            .correct());
    assertEquals(
        0,
        field(
                Evaluator.score(
                    List.of(g),
                    List.of(record("a.md", incident("T11:00", null, null, null, null)))),
                Field.START)
            .accuracy()
            .correct());
  }

  @Test
  void dateOnlyGoldMatchesDateOnly() {
    GoldRecord g = gold("{\"file\":\"a.md\",\"end\":\"2024-02-15\"}");
    assertEquals(
        1,
        field(
                Evaluator.score(
                    List.of(g),
                    List.of(record("a.md", incident(null, "2024-02-15T23:10", null, null, null)))),
                Field.END)
            .accuracy()
            .correct());
    assertEquals(
        0,
        field(
                Evaluator.score(
                    List.of(g),
                    List.of(record("a.md", incident(null, "2024-02-16", null, null, null)))),
                Field.END)
            .accuracy()
            .correct());
  }

  @Test
  void nullGoldWantsNullAndIsCountedApart() {
    GoldRecord g1 = gold("{\"file\":\"a.md\",\"start\":null,\"duration_minutes\":null}");
    GoldRecord g2 = gold("{\"file\":\"b.md\",\"start\":null,\"duration_minutes\":null}");
    GoldRecord g3 = gold("{\"file\":\"c.md\",\"start\":\"T09:00\",\"duration_minutes\":60}");
    EvalReport report =
        Evaluator.score(
            List.of(g1, g2, g3),
            List.of(
                record("a.md", Incident.unknown()),
                record("b.md", incident("T10:00", null, null, 30, null)),
                record("c.md", Incident.unknown())));
    FieldScore start = field(report, Field.START);
    assertEquals(new Count(1, 3), start.accuracy());
    assertEquals(new Count(0, 1), start.stated());
    assertEquals(new Count(1, 2), start.nullWhenNull(), "a guess where gold is null is wrong");
    FieldScore duration = field(report, Field.DURATION_MINUTES);
    assertEquals(new Count(1, 2), duration.nullWhenNull());
    assertFalse(report.field(Field.TIMEZONE).isPresent(), "unlabelled keys are not scored");
  }

  @Test
  void durationWithinOneMinuteAndImpactWithinHalf() {
    GoldRecord g =
        gold(
            "{\"file\":\"a.md\",\"duration_minutes\":90,\"stated_duration_minutes\":60,\"impact_percent\":32.5}");
    Postmortem near =
        record(
            "a.md",
            incident(null, null, null, 91, 59),
            Optional.of(
                new Impact(
                    Optional.of(33.0), Optional.empty(), Optional.empty(), Severity.UNKNOWN)),
            Optional.empty(),
            List.of(),
            List.of());
    Postmortem far =
        record(
            "a.md",
            incident(null, null, null, 92, 62),
            Optional.of(
                new Impact(
                    Optional.of(33.1), Optional.empty(), Optional.empty(), Severity.UNKNOWN)),
            Optional.empty(),
            List.of(),
            List.of());
    EvalReport ok = Evaluator.score(List.of(g), List.of(near));
    EvalReport bad = Evaluator.score(List.of(g), List.of(far));
    for (Field f :
        List.of(Field.DURATION_MINUTES, Field.STATED_DURATION_MINUTES, Field.IMPACT_PERCENT)) {
      assertEquals(1, field(ok, f).accuracy().correct(), f.key());
      assertEquals(0, field(bad, f).accuracy().correct(), f.key());
    }
  }

  @Test
  void severityIsExactAndUnknownCountsAsAbsent() {
    GoldRecord full = gold("{\"file\":\"a.md\",\"severity\":\"full-outage\"}");
    GoldRecord unknown = gold("{\"file\":\"b.md\",\"severity\":\"unknown\"}");
    EvalReport report =
        Evaluator.score(
            List.of(full, unknown),
            List.of(
                record("a.md", Incident.unknown(), impact(Severity.DEGRADATION, null)),
                record("b.md", Incident.unknown(), impact(Severity.UNKNOWN, null))));
    FieldScore s = field(report, Field.SEVERITY);
    assertEquals(new Count(1, 2), s.accuracy());
    assertEquals(new Count(1, 1), s.nullWhenNull(), "gold unknown, got unknown");
    assertEquals(
        List.of(new Mismatch("a.md", Field.SEVERITY, "full-outage", "degradation")),
        report.mismatches());
    assertFalse(report.field(Field.USERS_AFFECTED).isPresent());
  }

  @Test
  void usersAffectedIsTheSameWholeNumber() {
    GoldRecord g = gold("{\"file\":\"a.md\",\"users_affected\":2000}");
    for (long got : new long[] {2000, 2001}) {
      EvalReport report =
          Evaluator.score(
              List.of(g), List.of(record("a.md", Incident.unknown(), impact(null, got))));
      assertEquals(got == 2000 ? 1 : 0, field(report, Field.USERS_AFFECTED).accuracy().correct());
    }
  }

  private static Postmortem record(String source, Incident incident, Impact impact) {
    return record(source, incident, Optional.of(impact), Optional.empty(), List.of(), List.of());
  }

  private static Impact impact(Severity severity, Long users) {
    return new Impact(
        Optional.empty(),
        Optional.ofNullable(users),
        Optional.empty(),
        severity == null ? Severity.UNKNOWN : severity);
  }

  @Test
  void timezoneIsExact() {
    GoldRecord g = gold("{\"file\":\"a.md\",\"timezone\":\"GMT+1\"}");
    assertEquals(
        0,
        field(
                Evaluator.score(
                    List.of(g), List.of(record("a.md", incident(null, null, "GMT", null, null)))),
                Field.TIMEZONE)
            .accuracy()
            .correct());
    assertEquals(
        1,
        field(
                Evaluator.score(
                    List.of(g), List.of(record("a.md", incident(null, null, "GMT+1", null, null)))),
                Field.TIMEZONE)
            .accuracy()
            .correct());
  }

  @Test
  void affectedServiceNormalizedExactWithLenientOverlap() {
    GoldRecord g = gold("{\"file\":\"a.md\",\"affected_service\":\"User Authentication Service\"}");
    Postmortem partial =
        record(
            "a.md",
            Incident.unknown(),
            Optional.of(
                new Impact(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("authentication service"),
                    Severity.UNKNOWN)),
            Optional.empty(),
            List.of(),
            List.of());
    FieldScore s = field(Evaluator.score(List.of(g), List.of(partial)), Field.AFFECTED_SERVICE);
    assertEquals(new Count(0, 1), s.accuracy());
    assertEquals(new Count(1, 1), s.lenient().orElseThrow());
    assertTrue(Evaluator.tokensOverlap("web application", "the web app"));
    assertFalse(Evaluator.tokensOverlap("payments api", "search cluster"));
  }

  @Test
  void setsAreMicroAveragedAndOtherSectionsIgnored() {
    GoldRecord a =
        gold(
            "{\"file\":\"a.md\",\"misleading_paths\":[\"database\",\"ddos\"],\"sections\":[\"summary\",\"other\"]}");
    GoldRecord b =
        gold("{\"file\":\"b.md\",\"misleading_paths\":[],\"sections\":[\"summary\",\"timeline\"]}");
    Postmortem ra =
        record(
            "a.md",
            Incident.unknown(),
            Optional.empty(),
            Optional.empty(),
            List.of(new MisleadingPath("database", "e")),
            List.of(
                new Section(SectionKind.SUMMARY, "S", 0, 1, ""),
                new Section(SectionKind.OTHER, "X", 1, 2, "")));
    Postmortem rb =
        record(
            "b.md",
            Incident.unknown(),
            Optional.empty(),
            Optional.empty(),
            List.of(new MisleadingPath("ddos", "e")),
            List.of(new Section(SectionKind.SUMMARY, "S", 0, 1, "")));
    EvalReport report = Evaluator.score(List.of(a, b), List.of(ra, rb));
    SetScore paths = field(report, Field.MISLEADING_PATHS).set().orElseThrow();
    assertEquals(new SetScore(1, 1, 1), paths);
    assertEquals(0.5, paths.precision());
    assertEquals(0.5, paths.recall());
    SetScore sections = field(report, Field.SECTIONS).set().orElseThrow();
    assertEquals(new SetScore(2, 0, 1), sections);
    assertEquals(new Count(1, 2), field(report, Field.SECTIONS).accuracy());
  }

  @Test
  void missingAndUnlabelledDocumentsAreReported() {
    GoldRecord a = gold("{\"file\":\"a.md\",\"start\":null}");
    GoldRecord b = gold("{\"file\":\"b.md\",\"start\":null}");
    EvalReport report =
        Evaluator.score(
            List.of(a, b),
            List.of(record("dir/a.md", Incident.unknown()), record("c.md", Incident.unknown())));
    assertEquals(1, report.documents());
    assertEquals(List.of("b.md"), report.missing());
    assertEquals(List.of("c.md"), report.unlabelled());
  }

  @Test
  void mismatchesShowGoldAndGot() {
    GoldRecord g = gold("{\"file\":\"a.md\",\"duration_minutes\":240}");
    EvalReport report =
        Evaluator.score(List.of(g), List.of(record("a.md", incident(null, null, null, 180, null))));
    assertEquals(
        List.of(new Mismatch("a.md", Field.DURATION_MINUTES, "240", "180")), report.mismatches());
  }

  @Test
  void everyBadGoldLineIsNamedAtOnce(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path file = dir.resolve("g.jsonl");
    java.nio.file.Files.writeString(
        file,
        "{\"file\":\"a.md\",\"severity\":\"outage\"}\n\n"
            + "{\"file\":\"b.md\",\"users_affected\":\"lots\"}\n"
            + "{\"file\":\"c.md\",\"severity\":\"degradation\"}\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GoldFile.read(file));
    String[] lines = e.getMessage().split("\n");
    assertEquals(2, lines.length, e.getMessage());
    assertTrue(lines[0].startsWith(file + ":1: [severity]"), lines[0]);
    assertTrue(lines[1].startsWith(file + ":3: [users_affected] must be a number"), lines[1]);
  }

  @Test
  void badGoldLineNamesTheLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GoldFile.parseLine("{\"file\":\"a.md\",\"start\":\"10am\"}", "g.jsonl:7"));
    assertTrue(e.getMessage().startsWith("g.jsonl:7: [start]"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> GoldFile.parseLine("[1]", "g.jsonl:8"));
    e =
        assertThrows(
            IllegalArgumentException.class,
            () -> GoldFile.parseLine("{\"file\":\"a.md\",\"severity\":\"outage\"}", "g:3"));
    assertTrue(
        e.getMessage().startsWith("g:3: [severity] unknown severity 'outage'; one of full-outage"),
        e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> GoldFile.parseLine("{\"start\":null}", "g.jsonl:9"));
  }
}
