package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recur stats} on the five seed postmortems: all five are load-balancer misconfigurations,
 * the database is the red herring chased most, and the median duration is 330 minutes (155, 240,
 * 330, 960 and 1,680). Skipped when {@code ../shared/seeds} is absent.
 */
class SeedsStatsTest {

  @Test
  void seedsRecurAsLoadBalancerMisconfigurations(@TempDir Path dir) throws IOException {
    Path seeds = Path.of(System.getProperty("recur.shared", "../shared")).resolve("seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds at " + seeds);
    PrintStream oldOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Path index = dir.resolve("index");
      assertEquals(
          0,
          RecurCli.run(
              "analyze",
              "--index",
              index.toString(),
              "--report",
              dir.resolve("r.html").toString(),
              seeds.toString()));
      out.reset();
      assertEquals(0, RecurCli.run("stats", "--index", index.toString(), "--format", "json"));
    } finally {
      System.setOut(oldOut);
    }
    JsonNode stats = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    JsonNode top = stats.get("signatures").get(0);
    assertEquals("misconfiguration", top.get("signature").get("fault").asText(), top.toString());
    assertEquals("load-balancer", top.get("signature").get("component").asText(), top.toString());
    assertEquals(5, top.get("count").asInt());
    assertEquals(
        "database",
        stats.get("herrings").get(0).get("hypothesis").asText(),
        stats.get("herrings").toString());
    assertEquals(
        330.0,
        stats.get("durationMinutes").get("median").asDouble(),
        stats.get("durationMinutes").toString());
  }
}
