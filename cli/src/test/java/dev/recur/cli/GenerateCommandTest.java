package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.corpus.index.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setErr(oldErr);
  }

  @Test
  void writesDocumentsAndOneGoldLineEach(@TempDir Path dir) throws IOException {
    assertEquals(
        0,
        RecurCli.run("generate", "--count", "25", "--seed", "3", "--out", dir.toString()),
        err.toString());
    assertEquals(25, Files.readAllLines(dir.resolve("gold.jsonl")).size());
    try (var files = Files.list(dir.resolve("000"))) {
      assertEquals(25, files.count());
    }
  }

  @Test
  void streamsGeneratedDocumentsIntoAnIndex(@TempDir Path dir) {
    Path index = dir.resolve("index");
    assertEquals(
        0,
        RecurCli.run(
            "generate", "--count", "6", "--index", index.toString(), "--commit-every", "4"),
        err.toString());
    assertTrue(out.toString().contains("ingested 6 generated postmortems"), out.toString());
    try (Corpus corpus = Corpus.openReadOnly(index, DefaultPipeline.create(TextModels.english()))) {
      assertEquals(6, corpus.size());
    }
  }

  @Test
  void outAndIndexTogetherIsAUsageError(@TempDir Path dir) {
    int status =
        RecurCli.run(
            "generate", "--count", "1", "--out", dir.toString(), "--index", dir.toString());
    assertEquals(2, status);
    assertTrue(err.toString().contains("mutually exclusive"), err.toString());
  }
}
