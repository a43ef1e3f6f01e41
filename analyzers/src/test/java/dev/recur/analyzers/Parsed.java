package dev.recur.analyzers;

import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Test helper: parses text with the default pipeline, built once per test JVM. */
public final class Parsed {

  private static Pipeline pipeline;

  private Parsed() {}

  /** The default pipeline over the shared English models. */
  public static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = DefaultPipeline.create(ExtractorContractTest.models());
    }
    return pipeline;
  }

  /** The record of {@code text}. */
  public static Postmortem parse(String text) {
    return pipeline().parse(SourceDocument.of("test.md", text));
  }

  /** The record of a file. */
  public static Postmortem parse(Path file) {
    try {
      return pipeline().parse(SourceDocument.decode(file.toString(), Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code ../shared} as surefire passes it, when it exists. */
  public static Optional<Path> shared() {
    String dir = System.getProperty("recur.shared");
    if (dir == null) {
      return Optional.empty();
    }
    Path p = Path.of(dir);
    return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
  }
}
