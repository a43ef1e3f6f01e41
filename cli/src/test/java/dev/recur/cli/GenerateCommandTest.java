package dev.recur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.DefaultPipeline;
import dev.recur.analyzers.TextModels;
import dev.recur.corpus.index.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest extends ConsoleCapturingTest {

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
