package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recur analyze}, {@code stats}, {@code export} and {@code report} end to end on a temporary
 * index.
 */
class StatsCommandsTest extends ConsoleCapturingTest {

  @TempDir static Path shared;
  private static Path sharedIndex;

  /** One analysed index for the tests that only read it, so the pipeline runs once. */
  private Path sharedIndex() throws IOException {
    if (sharedIndex == null) {
      sharedIndex = analyzed(shared);
      takeOut();
    }
    return sharedIndex;
  }

  private String takeOut() {
    String s = out.toString(StandardCharsets.UTF_8);
    out.reset();
    return s;
  }

  /** Two short postmortems, one with markup in its title, analysed into {@code dir/index}. */
  private Path analyzed(Path dir) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(
        docs.resolve("a.md"),
        "# Checkout <script>alert(\"x\")</script> outage\n\n## Summary\nOn 2024-03-01 from 10:00 to 11:30 UTC "
            + "checkout failed for all users.\n\n## Root cause\nA typo in the load balancer pool config sent "
            + "traffic to a drained node.\n\n## Action items\n- Add a config linter to the deploy job\n");
    Files.writeString(
        docs.resolve("b.md"),
        "# Disk full on the log host\n\n## Summary\nOn 2024-04-02 between 08:00 and 09:00 UTC search was "
            + "degraded.\n\n## Root cause\nThe log volume filled up because rotation was off.\n");
    int status =
        RecurCli.run(
            "analyze",
            "--index",
            dir.resolve("index").toString(),
            "--report",
            dir.resolve("report.html").toString(),
            docs.toString());
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    return dir.resolve("index");
  }

  @Test
  void analyzeIngestsPrintsTheSummaryAndWritesTheReport(@TempDir Path dir) throws IOException {
    analyzed(dir);
    String printed = takeOut();
    assertTrue(printed.contains("Indexed 2 postmortems"), printed);
    assertTrue(printed.contains("2 incidents"), printed);
    assertTrue(
        printed.contains("Report written to " + dir.resolve("report.html").toAbsolutePath()),
        printed);
    String html = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "the title's script is escaped");
  }

  @Test
  void analyzeAgainMirrorsTheArchive(@TempDir Path dir) throws IOException {
    Path index = analyzed(dir);
    Files.delete(dir.resolve("docs").resolve("b.md"));
    takeOut();
    int status =
        RecurCli.run(
            "analyze",
            "--index",
            index.toString(),
            "--report",
            dir.resolve("report.html").toString(),
            dir.resolve("docs").toString());
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    String printed = takeOut();
    assertTrue(printed.contains("1 unchanged, 1 no longer in the archive removed"), printed);
    assertTrue(printed.contains("1 incidents"), printed);
  }

  @Test
  void statsPrintsCsvAndJson(@TempDir Path dir) throws IOException {
    Path index = sharedIndex();
    takeOut();
    assertEquals(
        0,
        RecurCli.run(
            "stats", "--index", index.toString(), "--format", "csv", "--period", "quarter"));
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(takeOut()))
            .getRecords();
    assertEquals(2, rows.stream().mapToInt(r -> Integer.parseInt(r.get("count"))).sum());
    assertEquals(
        0,
        RecurCli.run(
            "stats", "--index", index.toString(), "--format", "json", "--by", "component"));
    JsonNode json = new ObjectMapper().readTree(takeOut());
    assertEquals(2, json.get("incidents").asInt());
    assertTrue(json.get("signatures").get(0).get("signature").get("fault").isNull());
  }

  @Test
  void exportWritesEveryRecordAsJsonLinesOrCsv(@TempDir Path dir) throws IOException {
    Path index = sharedIndex();
    takeOut();
    assertEquals(0, RecurCli.run("export", "--index", index.toString()));
    String[] lines = takeOut().split("\n");
    assertEquals(2, lines.length);
    for (String line : lines) {
      assertTrue(new ObjectMapper().readTree(line).has("source"), line);
    }
    assertEquals(0, RecurCli.run("export", "--index", index.toString(), "--format", "csv"));
    List<CSVRecord> rows =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .get()
            .parse(new StringReader(takeOut()))
            .getRecords();
    assertEquals(2, rows.size());
    assertTrue(
        rows.stream().anyMatch(r -> r.get("title").startsWith("Checkout")), "titles are exported");
  }

  @Test
  void reportWritesTheHtmlFile(@TempDir Path dir) throws IOException {
    Path index = sharedIndex();
    Path html = dir.resolve("out").resolve("r.html");
    assertEquals(0, RecurCli.run("report", "--index", index.toString(), "--html", html.toString()));
    assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("What keeps happening"));
  }

  @Test
  void missingIndexAndBadDimensionAreReportedWithoutAStackTrace(@TempDir Path dir) {
    assertEquals(1, RecurCli.run("stats", "--index", dir.resolve("none").toString()));
    String error = err.toString(StandardCharsets.UTF_8);
    assertTrue(error.startsWith("recur: "), error);
    assertTrue(error.contains("no index"), error);
    assertFalse(error.contains("\tat "), error);
    err.reset();
    assertEquals(2, RecurCli.run("stats", "--index", dir.toString(), "--by", "colour"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown dimension 'colour'"));
  }
}
