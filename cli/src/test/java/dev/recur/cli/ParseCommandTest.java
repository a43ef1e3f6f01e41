package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest extends ConsoleCapturingTest {

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final String DOC =
      "# Checkout outage\n\n## Summary\nPayments failed.\n\n## Root Cause and Resolution\n"
          + "A full disk; we cleared it.\n";

  @Test
  void walksFoldersRecursivelyForPostmortemFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), DOC);
    Path nested = Files.createDirectories(dir.resolve("deeper/still"));
    Files.writeString(nested.resolve("b.markdown"), DOC);
    Files.writeString(nested.resolve("c.txt"), DOC);
    Files.writeString(nested.resolve("d.html"), "<h1>Web</h1><h2>Impact</h2><p>All users.</p>");
    Files.writeString(nested.resolve("e.htm"), "<h2>Timeline</h2>");
    Files.writeString(nested.resolve("skipped.json"), "{}");
    assertEquals(0, RecurCli.run("parse", dir.toString()), err.toString(StandardCharsets.UTF_8));
    List<String> lines = stdout().lines().toList();
    assertEquals(5, lines.size(), stdout());
    JsonNode first = new ObjectMapper().readTree(lines.get(0));
    assertEquals("Checkout outage", first.get("title").asText());
    assertEquals("summary", first.get("sections").get(1).get("kind").asText());
    assertTrue(lines.get(3).contains("\"impact\""), lines.get(3));
  }

  @Test
  void unreadablePathIsReportedAndTheBatchGoesOn(@TempDir Path dir) throws IOException {
    Path good = Files.writeString(dir.resolve("good.md"), DOC);
    Path missing = dir.resolve("missing.md");
    int status = RecurCli.run("parse", missing.toString(), good.toString());
    assertEquals(1, status);
    assertEquals(
        "recur: " + missing + ": no such file or directory",
        err.toString(StandardCharsets.UTF_8).strip());
    assertEquals(1, stdout().lines().count());
  }

  @Test
  void dashReadsStandardInput() {
    System.setIn(new ByteArrayInputStream(DOC.getBytes(StandardCharsets.UTF_8)));
    assertEquals(0, RecurCli.run("parse", "--format", "json", "-"));
    assertTrue(stdout().startsWith("[\n{"), stdout());
    assertTrue(
        stdout().contains("\"source\" : \"-\"") || stdout().contains("\"source\":\"-\""), stdout());
  }

  @Test
  void jsonFormatIsOneArray(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), DOC);
    Files.writeString(dir.resolve("b.md"), DOC);
    assertEquals(0, RecurCli.run("parse", "--format", "json", dir.toString()));
    JsonNode array = new ObjectMapper().readTree(stdout());
    assertEquals(2, array.size());
  }

  @Test
  void tableFormatAlignsOneLinePerDocument(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.md"), DOC);
    Files.writeString(dir.resolve("b.md"), "Just a note.\n");
    assertEquals(0, RecurCli.run("parse", "--format", "table", dir.toString()));
    List<String> lines = stdout().lines().toList();
    assertEquals(3, lines.size(), stdout());
    assertTrue(lines.get(0).startsWith("FILE"), lines.get(0));
    int kindsColumn = lines.get(0).indexOf("KINDS");
    assertEquals("summary,root_cause,resolution", lines.get(1).substring(kindsColumn));
    assertTrue(lines.get(1).contains("Checkout outage"), lines.get(1));
    assertEquals("-", lines.get(2).substring(kindsColumn));
  }

  @Test
  void emptyAndBinaryFilesFailByNameWhileTheRestOfTheBatchParses(@TempDir Path dir)
      throws IOException {
    Files.write(dir.resolve("empty.md"), new byte[0]);
    Files.write(dir.resolve("binary.md"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7, 8});
    Files.write(
        dir.resolve("latin1.md"),
        "## R\u00e9solution\ncaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(1, RecurCli.run("parse", dir.toString()));
    String all = stdout();
    assertEquals(1, all.lines().count(), all);
    assertTrue(all.contains("invalid-utf8"), all);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("empty.md: empty, skipped: no text to parse"), message);
    assertTrue(message.contains("binary.md: not a text document, skipped"), message);
    assertTrue(message.contains("latin1.md: warning: not valid UTF-8"), message);
    assertTrue(!message.contains("Exception"), message);
  }

  @Test
  void aFileInWhichNothingIsRecognisedIsWarnedAboutAndStillPrinted(@TempDir Path dir)
      throws IOException {
    Files.writeString(dir.resolve("junk.md"), "x".repeat(5000));
    // Its first line is read as the title, which says nothing of a postmortem.
    Files.writeString(dir.resolve("words.txt"), "asdf qwer zxcv\nlorem ipsum dolor sit amet\n");
    Files.writeString(dir.resolve("db.md"), "# Database outage\n## Root cause\nA full disk.\n");
    assertEquals(0, RecurCli.run("parse", dir.toString()));
    assertEquals(3, stdout().lines().count());
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("junk.md: warning: nothing recognised"), message);
    assertTrue(message.contains("words.txt: warning: nothing recognised"), message);
    assertTrue(!message.contains("db.md"), message);
  }

  @Test
  void aBatchOfSkippedFilesPrintsNoEmptyTable(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("empty.md"), new byte[0]);
    assertEquals(1, RecurCli.run("parse", "--format", "table", dir.toString()));
    assertEquals("", stdout());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty.md: empty, skipped"));
  }

  @Test
  void aFolderWalkLeavesOutTheFoldersOwnReadme(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("README.md"), "# About these files\nPostmortems, one a file.\n");
    Files.writeString(dir.resolve("db.md"), "# Database outage\n## Root cause\nA full disk.\n");
    assertEquals(0, RecurCli.run("parse", dir.toString()));
    assertEquals(1, stdout().lines().count());
    assertEquals(0, RecurCli.run("parse", dir.resolve("README.md").toString()));
  }

  @Test
  void usageErrorGetsPicocliMessageNotAStackTrace() {
    int status = RecurCli.run("parse", "--format", "xml", "x.md");
    assertEquals(2, status);
    String message = err.toString(StandardCharsets.UTF_8);
    assertTrue(message.contains("--format"), message);
    assertTrue(!message.contains("Exception"), message);
  }
}
