package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest extends ConsoleCapturingTest {

  /** A folder {@code docs} in {@code dir} holding one readable postmortem, {@code one.md}. */
  private static Path folderWithOneDocument(Path dir) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("one.md"), "# Outage\nNothing much to say.\n");
    return docs;
  }

  @Test
  void scoresAFolderAndReportsMissingAndLeftOutDocuments(@TempDir Path dir) throws IOException {
    Path docs = folderWithOneDocument(dir);
    Files.writeString(docs.resolve("two.md"), "# Another\nStill nothing.\n");
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        "{\"file\":\"one.md\",\"start\":null,\"stated_duration_minutes\":null}\n"
            + "{\"file\":\"two.md\",\"start\":null,\"stated_duration_minutes\":null}\n"
            + "{\"file\":\"gone.md\",\"start\":null}\n");
    Path except = dir.resolve("except.txt");
    Files.writeString(except, "two.md\n");
    int status =
        RecurCli.run(
            "eval",
            "--gold",
            gold.toString(),
            "--except",
            except.toString(),
            "--format",
            "json",
            docs.toString());
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    String json = out.toString(StandardCharsets.UTF_8);
    assertTrue(json.contains("\"documents\" : 1"), json);
    assertTrue(json.contains("\"missing\" : [ \"gone.md\" ]"), json);
    assertTrue(json.contains("\"field\" : \"stated_duration_minutes\""), json);
  }

  @Test
  void missingGoldFileIsAnErrorLineNotAStackTrace(@TempDir Path dir) {
    int status =
        RecurCli.run("eval", "--gold", dir.resolve("none.jsonl").toString(), dir.toString());
    assertEquals(1, status);
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.startsWith("recur: ") && e.contains("none.jsonl: no such file"), e);
  }

  @Test
  void goldValuesOutsideTheTaxonomyAndBrokenLinesAreEachNamed(@TempDir Path dir)
      throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        "{\"file\":\"a.md\",\"root_cause_fault\":\"misconfigured\"}\n"
            + "{\"file\":\"b.md\"\n"
            + "{\"file\":\"c.md\",\"root_cause_component\":\"certs\"}\n"
            + "{\"file\":\"d.md\",\"misleading_paths\":[\"ddos\",\"databse\"]}\n"
            + "{\"file\":\"e.md\",\"root_cause_fault\":\"unknown\","
            + "\"root_cause_component\":\"other\",\"misleading_paths\":[\"code-deploy\"]}\n");
    int status = RecurCli.run("eval", "--gold", gold.toString(), dir.toString());
    assertEquals(1, status);
    String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(4, lines.length, String.join("\n", lines));
    assertTrue(lines[0].contains(":1: [root_cause_fault] 'misconfigured' is not"), lines[0]);
    assertTrue(lines[1].contains(":2: not JSON") && !lines[1].contains("Source"), lines[1]);
    assertTrue(lines[2].contains(":3: [root_cause_component] 'certs'"), lines[2]);
    assertTrue(lines[3].contains(":4: [misleading_paths] 'databse'"), lines[3]);
    for (String line : lines) {
      assertTrue(line.startsWith("recur: "), line);
    }
  }

  @Test
  void aMissingOrEmptyPathIsAnErrorNotAnEmptyScore(@TempDir Path dir) throws IOException {
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"file\":\"one.md\",\"start\":null}\n");
    String missing = dir.resolve("no-such-folder").toString();
    assertEquals(1, RecurCli.run("eval", "--gold", gold.toString(), missing));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains(missing + ": no such file or directory"), e);

    Path empty = Files.createDirectories(dir.resolve("empty"));
    err.reset();
    assertEquals(1, RecurCli.run("eval", "--gold", gold.toString(), empty.toString()));
    e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains(empty + ": no postmortems found"), e);
  }

  @Test
  void bytesThatAreNotUtf8AreWarnedOnlyForScoredFiles(@TempDir Path dir) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    byte[] bad = "# Outage\nThe cache fell over \u00e9.\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(docs.resolve("scored.md"), bad);
    Files.write(docs.resolve("other.md"), bad);
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"file\":\"scored.md\",\"start\":null}\n");
    assertEquals(0, RecurCli.run("eval", "--gold", gold.toString(), docs.toString()));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("scored.md: warning: not valid UTF-8"), e);
    assertFalse(e.contains("other.md"), e);
  }

  @Test
  void anUnreadableFileWithoutALabelIsNoFailure(@TempDir Path dir) throws IOException {
    Path docs = folderWithOneDocument(dir);
    Files.writeString(docs.resolve("empty.md"), "");
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"file\":\"one.md\",\"start\":null}\n");
    int status = RecurCli.run("eval", "--gold", gold.toString(), docs.toString());
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    // Labelled, the same file is a failure named by its path.
    Files.writeString(
        gold, "{\"file\":\"one.md\",\"start\":null}\n{\"file\":\"empty.md\",\"start\":null}\n");
    err.reset();
    assertEquals(1, RecurCli.run("eval", "--gold", gold.toString(), docs.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty.md"));
  }

  @Test
  void aLabelledFileThatCannotBeReadIsUnreadableNotMissing(@TempDir Path dir) throws IOException {
    Path docs = folderWithOneDocument(dir);
    Files.writeString(docs.resolve("empty.md"), "");
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold, "{\"file\":\"one.md\",\"start\":null}\n{\"file\":\"empty.md\",\"start\":null}\n");
    assertEquals(1, RecurCli.run("eval", "--gold", gold.toString(), docs.toString()));
    String o = out.toString(StandardCharsets.UTF_8);
    assertTrue(o.contains("labelled but unreadable (1): empty.md"), o);
    assertFalse(o.contains("missing from PATH"), o);
  }

  @Test
  void anUnlabelledUnreadableFileNamedOnTheCommandLineIsSkipped(@TempDir Path dir)
      throws IOException {
    Path docs = folderWithOneDocument(dir);
    Path empty = Files.writeString(dir.resolve("empty.md"), "");
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"file\":\"one.md\",\"start\":null}\n");
    int status = RecurCli.run("eval", "--gold", gold.toString(), empty.toString(), docs.toString());
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty.md"), "named, not silent");
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("(1 more in PATH"));
  }

  @Test
  void aBadListOfNamesIsNamedAndATypoInItIsWarned(@TempDir Path dir) throws IOException {
    Path docs = folderWithOneDocument(dir);
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"file\":\"one.md\",\"start\":null}\n");
    Path binary = Files.write(dir.resolve("list.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    String e =
        stderrOfEval(1, "--gold", gold.toString(), "--only", binary.toString(), docs.toString());
    assertTrue(e.contains(binary + ": not UTF-8 text"), e);
    e = stderrOfEval(1, "--gold", gold.toString(), "--except", dir.toString(), docs.toString());
    assertTrue(e.contains(dir + ": is a folder"), e);
    // A name the gold file does not label is a typo worth a word; the run goes on.
    Path list = Files.writeString(dir.resolve("names.txt"), "one.md\nnope.md\n");
    e = stderrOfEval(0, "--gold", gold.toString(), "--only", list.toString(), docs.toString());
    assertTrue(e.contains(list + ": warning: not labelled in the gold file (1): nope.md"), e);
  }

  /** Runs {@code recur eval} with {@code args}, checks its exit status, returns what it said. */
  private String stderrOfEval(int status, String... args) {
    err.reset();
    String[] line = new String[args.length + 1];
    line[0] = "eval";
    System.arraycopy(args, 0, line, 1, args.length);
    int actual = RecurCli.run(line);
    String said = err.toString(StandardCharsets.UTF_8);
    assertEquals(status, actual, said);
    return said;
  }

  @Test
  void scoringNothingIsAFailure(@TempDir Path dir) throws IOException {
    Path docs = folderWithOneDocument(dir);
    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(gold, "{\"file\":\"elsewhere.md\",\"start\":null}\n");
    assertEquals(1, RecurCli.run("eval", "--gold", gold.toString(), docs.toString()));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("no labelled document of " + gold + " was found in " + docs), e);
  }

  @Test
  void aGoldFolderOrADocumentLabelledTwiceIsNamed(@TempDir Path dir) throws IOException {
    assertEquals(1, RecurCli.run("eval", "--gold", dir.toString(), dir.toString()));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains(dir + ": is a folder"), e);

    Path gold = dir.resolve("gold.jsonl");
    Files.writeString(
        gold,
        "{\"file\":\"a.md\",\"impact_percent\":30}\n"
            + "{\"file\":\"b.md\",\"impact_percent\":null}\n"
            + "{\"file\":\"a.md\",\"impact_percent\":99}\n");
    err.reset();
    assertEquals(1, RecurCli.run("eval", "--gold", gold.toString(), dir.toString()));
    e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains(":3: a.md is labelled again (first on line 1)"), e);
  }
}
