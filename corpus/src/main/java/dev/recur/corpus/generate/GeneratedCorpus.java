package dev.recur.corpus.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a generated corpus to a folder: documents in sub-folders of a thousand ({@code
 * 000/pm-0000000.md}, ...) so that a million of them stay listable, and {@code gold.jsonl} with one
 * gold line per document in the same order. Documents are generated and written one at a time, so
 * memory does not grow with the count.
 */
public final class GeneratedCorpus {

  /** Name of the gold file written beside the documents. */
  public static final String GOLD_FILE = "gold.jsonl";

  /** How many documents go into one sub-folder. */
  public static final int PER_FOLDER = 1000;

  private GeneratedCorpus() {}

  /** What a {@link #write} call produced. */
  public record Summary(long documents, long bytes, Path gold) {}

  /**
   * Writes documents {@code 0 .. count-1} of {@code generator} under {@code dir}, creating it.
   *
   * @throws IOException when a file cannot be written
   */
  public static Summary write(PostmortemGenerator generator, long count, Path dir)
      throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    Files.createDirectories(dir);
    Path gold = dir.resolve(GOLD_FILE);
    long bytes = 0;
    try (BufferedWriter goldOut = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
      Path folder = dir;
      for (long i = 0; i < count; i++) {
        if (i % PER_FOLDER == 0) {
          folder = dir.resolve(String.format(Locale.ROOT, "%03d", i / PER_FOLDER));
          Files.createDirectories(folder);
        }
        GeneratedPostmortem doc = generator.generate(i);
        byte[] data = doc.text().getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(doc.fileName()), data);
        bytes += data.length;
        goldOut.write(doc.gold().toJsonLine());
        goldOut.write('\n');
      }
    }
    return new Summary(count, bytes, gold);
  }
}
