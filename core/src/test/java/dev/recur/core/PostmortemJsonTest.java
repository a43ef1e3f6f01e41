package dev.recur.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostmortemJsonTest {

  @Test
  void recordRoundTripsThroughJson() {
    Postmortem record =
        new Postmortem(
            "abc",
            "a.md",
            Optional.of("Outage"),
            List.of(new Section(SectionKind.ROOT_CAUSE, "Root Cause", 0, 10, "LB config")),
            Optional.of(
                new Incident(
                    Optional.of(When.parse("2024-02-14T10:00Z")),
                    Optional.of(When.timeOnly(LocalTime.of(14, 0))),
                    Optional.of("UTC"),
                    Optional.of(240),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty())),
            List.of(
                new TimelineEntry(
                    Optional.of(When.parse("T10:05")), "alert", TimelineKind.DETECTION)),
            Optional.of(
                new Impact(
                    Optional.of(30.0),
                    Optional.empty(),
                    Optional.of("web"),
                    Severity.PARTIAL_OUTAGE)),
            Optional.of(
                new RootCause("misconfiguration", "load-balancer", 0.9, Optional.of("LB config"))),
            List.of(new MisleadingPath("database", "db looked slow")),
            List.of(new CorrectiveAction("add alerts", ActionCategory.MONITORING)),
            List.of(new Diagnostic("x", "y")));
    String json = PostmortemJson.toJson(record);
    assertTrue(json.contains("\"kind\":\"root_cause\""), json);
    assertTrue(json.contains("\"start\":\"2024-02-14T10:00Z\""), json);
    assertTrue(json.contains("\"statedDurationMinutes\":null"), json);
    assertTrue(json.contains("\"category\":\"monitoring\""), json);
    assertEquals(record, PostmortemJson.fromJson(json));
  }

  @Test
  void whenPrintsTheContractForms() {
    assertEquals("T10:00", When.timeOnly(LocalTime.of(10, 0, 30)).toString());
    assertEquals("2024-02-15", When.dateOnly(LocalDate.of(2024, 2, 15)).toString());
    assertEquals(
        "2024-02-14T10:00+01:00",
        When.of(LocalDate.of(2024, 2, 14).atTime(10, 0), Optional.of(ZoneOffset.ofHours(1)))
            .toString());
    assertEquals(When.parse("2024-02-14T10:00:00Z"), When.parse("2024-02-14T10:00Z"));
    assertThrows(IllegalArgumentException.class, () -> When.parse("yesterday"));
  }

  @Test
  void invalidUtf8IsReplacedAndDiagnosed() {
    SourceDocument doc = SourceDocument.decode("bad.md", new byte[] {'a', (byte) 0xC3, 'b'});
    assertEquals("a\uFFFDb", doc.text());
    assertEquals("invalid-utf8", doc.diagnostics().get(0).code());
    assertTrue(doc.diagnostics().get(0).message().contains("bad.md"));
  }

  /** A file Windows saved as "Unicode" is UTF-16 with a byte-order mark, read in either order. */
  @Test
  void utf16WithItsByteOrderMarkIsRead() {
    String text = "# Outage\nThe cache fell over at 10:00.\n";
    for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
      byte[] body = text.getBytes(order);
      byte[] mark =
          order.equals(StandardCharsets.UTF_16LE)
              ? new byte[] {(byte) 0xFF, (byte) 0xFE}
              : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] bytes = new byte[mark.length + body.length];
      System.arraycopy(mark, 0, bytes, 0, mark.length);
      System.arraycopy(body, 0, bytes, mark.length, body.length);
      SourceDocument doc = SourceDocument.decode("unicode.md", bytes);
      assertEquals(text, doc.text(), order.name());
      assertTrue(doc.diagnostics().isEmpty(), doc.diagnostics().toString());
    }
  }

  @Test
  void failingStepBecomesDiagnostic() {
    Extractor boom =
        new Extractor() {
          @Override
          public String name() {
            return "boom";
          }

          @Override
          public void contribute(RecordDraft draft) {
            throw new IllegalStateException("kaput");
          }
        };
    Postmortem record = Pipeline.builder().add(boom).build().parse(SourceDocument.of("a", "text"));
    assertEquals("extractor-failed", record.diagnostics().get(0).code());
    assertThrows(IllegalArgumentException.class, () -> Pipeline.builder().add(boom).add(boom));
    assertThrows(IllegalArgumentException.class, () -> Pipeline.builder().remove("nope"));
  }
}
