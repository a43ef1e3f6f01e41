package dev.recur.corpus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders a report in headless Chromium; skipped when no browser is installed. */
class ChromiumRenderTest {

  @TempDir Path dir;

  @Test
  void reportRendersToANonTrivialPicture() throws IOException, InterruptedException {
    Optional<Path> browser = Chromium.find();
    Assumptions.assumeTrue(browser.isPresent(), "no chromium installed");
    Path html = dir.resolve("report.html");
    Files.writeString(
        html,
        HtmlReport.render(
            ReportFixtures.hostile(), "fixture", Instant.parse("2024-04-01T00:00:00Z")),
        StandardCharsets.UTF_8);
    Path png =
        Chromium.screenshot(browser.get(), html, dir.resolve("report.png"), dir.resolve("profile"));
    assertTrue(
        Files.size(png) > 20_000, "a blank page compresses far smaller, got " + Files.size(png));
    byte[] head = Files.readAllBytes(png);
    assertEquals((byte) 0x89, head[0]);
    assertEquals('P', head[1]);
    assertEquals('N', head[2]);
    assertEquals('G', head[3]);
  }

  /** Finds and drives the browser. */
  static final class Chromium {
    private Chromium() {}

    static Optional<Path> find() {
      for (String candidate : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser"}) {
        Path p = Path.of(candidate);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }

    static Path screenshot(Path browser, Path html, Path png, Path profile)
        throws IOException, InterruptedException {
      Files.createDirectories(profile);
      ProcessBuilder pb =
          new ProcessBuilder(
              browser.toString(),
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-quic",
              "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--user-data-dir=" + profile,
              "--screenshot=" + png,
              "--window-size=1200,3000",
              html.toUri().toString());
      pb.redirectErrorStream(true);
      pb.redirectOutput(profile.resolve("chromium.log").toFile());
      Process process = pb.start();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("chromium did not finish within 90 s");
      }
      assertTrue(
          Files.exists(png),
          "chromium wrote no screenshot; log: "
              + Files.readString(profile.resolve("chromium.log"), StandardCharsets.UTF_8));
      return png;
    }
  }
}
