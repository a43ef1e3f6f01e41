package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recur.core.PostmortemJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexCommandsTest extends ConsoleCapturingTest {

  @TempDir Path dir;

  String out() {
    String s = out.toString(StandardCharsets.UTF_8);
    out.reset();
    return s;
  }

  String err() {
    String s = err.toString(StandardCharsets.UTF_8);
    err.reset();
    return s;
  }

  int recur(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = "--index=" + dir.resolve("index");
    System.arraycopy(args, 1, all, 2, args.length - 1);
    return RecurCli.run(all);
  }

  Path folder() throws IOException {
    Path docs = Files.createDirectories(dir.resolve("docs/nested"));
    Files.writeString(
        docs.resolve("lb.md"),
        """
        # Checkout outage

        ## Summary
        Checkout was down for two hours because the LB sent all traffic to one pool.

        ## Root Cause
        A misconfigured load balancer health check marked every healthy backend as down.
        """);
    Files.writeString(
        docs.getParent().resolve("disk.md"),
        """
        # Search outage

        ## Summary
        Search stopped indexing for three hours when the data disk filled up.

        ## Root Cause
        Log rotation had been switched off, so the disk was full.
        """);
    Files.writeString(
        docs.resolve("lb-again.md"),
        """
        # Login outage

        ## Summary
        Login failed for half of the users after a change to the load balancer.

        ## Root Cause
        The load balancer health check pointed at a removed endpoint.
        """);
    return docs.getParent();
  }

  @Test
  void ingestSearchShowSimilarDeleteAFolder() throws IOException {
    Path docs = folder();
    assertEquals(0, recur("ingest", docs.toString()), err());
    assertTrue(out().contains("ingested 3, replaced 0, unchanged 0, failed 0"));
    assertEquals(0, recur("ingest", docs.toString()), err());
    assertTrue(out().contains("ingested 0, replaced 0, unchanged 3, failed 0"));
    Files.writeString(docs.resolve("disk.md"), "# Search outage\n\nThe disk filled up again.\n");
    assertEquals(0, recur("ingest", docs.toString()), err());
    assertTrue(out().contains("ingested 0, replaced 1, unchanged 2, failed 0"));

    assertEquals(0, recur("search", "--format", "json", "\"load balancer\" misconfigured"), err());
    JsonNode result = PostmortemJson.mapper().readTree(out());
    assertEquals(1, result.get("totalHits").asInt());
    String lbSource = result.get("hits").get(0).get("source").asText();
    assertTrue(lbSource.endsWith("lb.md"), lbSource);
    assertTrue(result.get("hits").get(0).get("snippet").asText().contains("**"));
    assertTrue(result.has("facets"));

    assertEquals(0, recur("search", "disk"), err());
    String table = out();
    assertTrue(table.startsWith("1 match"), table);
    assertTrue(table.contains("[disk]"), table);

    assertEquals(0, recur("search", "--format", "csv", "--sort", "date", "outage"), err());
    String csv = out();
    assertTrue(csv.startsWith("rank,score,id,source"), csv);
    assertEquals(4, csv.strip().split("\r?\n").length, csv);

    assertEquals(0, recur("show", lbSource), err());
    JsonNode record = PostmortemJson.mapper().readTree(out());
    assertEquals(lbSource, record.get("source").asText());

    assertEquals(0, recur("similar", "--format", "json", lbSource), err());
    JsonNode similar = PostmortemJson.mapper().readTree(out());
    assertTrue(similar.get(0).get("source").asText().endsWith("lb-again.md"), similar.toString());
    assertTrue(similar.get(0).has("explanation"));

    Path fresh = dir.resolve("fresh.md");
    Files.writeString(
        fresh, "# New one\n\nThe load balancer health check was misconfigured again.\n");
    assertEquals(0, recur("similar", "-k", "1", fresh.toString()), err());
    String found = out();
    assertTrue(found.contains("lb.md"), found);

    assertEquals(0, recur("delete", lbSource), err());
    assertTrue(out().contains("deleted " + lbSource));
    assertEquals(1, recur("delete", lbSource));
    assertTrue(err().contains("recur: " + lbSource + ": not in the index"));
    assertEquals(0, recur("search", "--format", "json", "\"load balancer\""), err());
    assertEquals(1, PostmortemJson.mapper().readTree(out()).get("totalHits").asInt());
  }

  @Test
  void ingestWarnsOfAFileInWhichNothingIsRecognisedAndStillIndexesIt() throws IOException {
    Path docs = folder();
    Files.writeString(docs.resolve("junk.md"), "asdf qwer zxcv\nlorem ipsum dolor sit amet\n");
    assertEquals(0, recur("ingest", docs.toString()));
    assertTrue(out().contains("ingested 4, replaced 0, unchanged 0, failed 0"));
    String warnings = err();
    assertTrue(warnings.contains("junk.md: warning: nothing recognised"), warnings);
    assertFalse(warnings.contains("lb.md"), warnings);
    // An unchanged file is not read again, so it is not warned about again.
    assertEquals(0, recur("ingest", docs.toString()));
    assertFalse(err().contains("junk.md"));
  }

  @Test
  void malformedQueryIsExitTwoWithAPointedMessage() throws IOException {
    recur("ingest", folder().toString());
    err();
    assertEquals(2, recur("search", "duration:>2x"));
    assertEquals("recur: query: duration:>2x — expected a length like 90m or 2h", err().strip());
    assertEquals(2, recur("search", "colour:red"));
    assertTrue(err().startsWith("recur: query: colour:red — unknown field 'colour'"));
    assertEquals(2, recur("search", "--sort", "size", "x"));
    assertFalse(err().contains("Exception"));
    assertEquals(2, recur("search", "-k", "0", "dns"));
    assertEquals("recur: -k must be within 1..10000, got 0", err().strip());
  }

  @Test
  void aQueryWordMayStartWithADash() throws IOException {
    recur("ingest", folder().toString());
    out();
    err();
    assertEquals(0, recur("search", "--format", "json", "-fault:capacity"), err());
    assertEquals(2, PostmortemJson.mapper().readTree(out()).get("totalHits").asInt());
    assertEquals(0, recur("search", "--format", "json", "outage", "-login"), err());
    assertEquals(2, PostmortemJson.mapper().readTree(out()).get("totalHits").asInt());
  }

  @Test
  void similarReadsAFileAsParseDoesAndLeavesOutCopiesOfItself() throws IOException {
    Path docs = folder();
    recur("ingest", docs.toString());
    out();
    err();
    Path empty = Files.writeString(dir.resolve("empty.md"), "");
    assertEquals(1, recur("similar", empty.toString()));
    assertEquals("recur: " + empty + ": empty, skipped: no text to parse", err().strip());
    assertEquals(1, recur("similar", dir.resolve("missing.md").toString()));
    assertTrue(err().contains("no such file"));
    Path copy = Files.copy(docs.resolve("nested/lb.md"), dir.resolve("copy-of-lb.md"));
    assertEquals(0, recur("similar", "--format", "json", copy.toString()), err());
    JsonNode similar = PostmortemJson.mapper().readTree(out());
    for (JsonNode hit : similar) {
      assertFalse(hit.get("source").asText().endsWith("/lb.md"), similar.toString());
    }
  }

  @Test
  void aFilterValueTheIndexNeverSawIsNamedWithTheValuesItHas() throws IOException {
    recur("ingest", folder().toString());
    out();
    err();
    assertEquals(0, recur("search", "fault:misconfigured"));
    String table = out();
    assertTrue(table.startsWith("0 matches"), table);
    String hint = err();
    assertTrue(
        hint.startsWith("recur: no postmortem in the index has fault 'misconfigured'; it has: "),
        hint);
    assertTrue(hint.contains("misconfiguration"), hint);
    assertEquals(0, recur("search", "fault:misconfiguration"));
    assertEquals("", err());
  }

  @Test
  void archivesWithUserColumnsAndBadRows() throws IOException {
    Path csv = dir.resolve("export.csv");
    Files.writeString(
        csv,
        """
        key,created,body
        INC-1,2024-03-01,"The load balancer pool was misconfigured, so checkout failed."
        INC-2,2024-04-02,
        INC-3,not a date,"Certificate expired on the API gateway."
        """);
    Path jsonl = dir.resolve("export.jsonl");
    Files.writeString(
        jsonl,
        """
        {"key": "A", "created": "2024-05-06T10:00:00Z", "body": "DNS record pointed at an old address."}
        {this is not json}
        {"key": "B", "body": "Disk full on the queue brokers."}
        """);
    int status =
        recur(
            "ingest",
            "--text-column",
            "body",
            "--id-column",
            "key",
            "--date-column",
            "created",
            csv.toString(),
            jsonl.toString());
    assertEquals(1, status);
    String errors = err();
    assertTrue(errors.contains("recur: " + csv + ":row-2: no text in column [body]"), errors);
    assertTrue(errors.contains("recur: " + jsonl + ":line-2: not valid JSON"), errors);
    assertTrue(out().contains("ingested 4, replaced 0, unchanged 0, failed 2"));
    assertEquals(0, recur("show", csv + "#INC-3"), err());
    JsonNode record = PostmortemJson.mapper().readTree(out());
    assertTrue(record.get("diagnostics").toString().contains("bad-date-hint"), record.toString());
    assertEquals(2, recur("ingest", "--threads", "0", csv.toString()));
    assertTrue(err().contains("[threads] must be >= 1"));
  }

  @Test
  void missingIndexIsAnErrorLine() {
    // Every command that reads the index words its absence the same way.
    for (String[] command :
        List.of(
            new String[] {"search", "anything"},
            new String[] {"stats"},
            new String[] {"export"},
            new String[] {"similar", "x"},
            new String[] {"delete", "x"})) {
      assertEquals(1, recur(command), String.join(" ", command));
      String message = err();
      assertTrue(message.startsWith("recur: no index at "), message);
    }
    assertFalse(Files.exists(dir.resolve("index")));
  }

  @Test
  void indexFolderComesFromOptionThenEnvironmentThenDefault() {
    assertEquals(Path.of("a"), IndexOption.resolve(Path.of("a"), Map.of("RECUR_INDEX", "b")));
    assertEquals(Path.of("b"), IndexOption.resolve(null, Map.of("RECUR_INDEX", "b")));
    assertEquals(Path.of(".recur", "index"), IndexOption.resolve(null, Map.of()));
  }
}
