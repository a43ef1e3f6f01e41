package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest extends ConsoleCapturingTest {

  @Test
  void scoresAFolderAndReportsMissingAndLeftOutDocuments(@TempDir Path dir) throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs"));
    Files.writeString(docs.resolve("one.md"), "# Outage\nNothing much to say.\n");
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
}
