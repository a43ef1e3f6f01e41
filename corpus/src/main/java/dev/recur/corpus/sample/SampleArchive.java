package dev.recur.corpus.sample;

import dev.recur.core.SourceDocument;
import dev.recur.corpus.eval.GoldFile;
import dev.recur.corpus.eval.GoldRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The postmortems bundled with Recur as a ready-made archive to analyse: a fictional marketplace
 * whose load balancer, log disks, certificates and slow queries keep failing over two years. The
 * documents are class-path resources listed in {@code index.list}, so the archive reads the same
 * from a folder of classes and from inside the shaded CLI jar. {@code gold.jsonl} labels every
 * document in the format of {@code seeds-gold.jsonl}.
 */
public final class SampleArchive {

  /** The class-path folder that holds the documents, the index and the gold file. */
  public static final String RESOURCE_FOLDER = "/dev/recur/corpus/sample/";

  /** The name of the gold file, both as a resource and when extracted. */
  public static final String GOLD_FILE = "gold.jsonl";

  /** The prefix of every document's {@link SourceDocument#source()}. */
  public static final String SOURCE_PREFIX = "sample/";

  static final String INDEX = "index.list";

  // A listed name must be a plain file name: the index can never reach outside the folder.
  private static final Pattern SAFE_NAME =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.(?:md|txt|html)");

  private final List<String> names;

  private SampleArchive(List<String> names) {
    this.names = List.copyOf(names);
  }

  /**
   * The archive bundled on the class path.
   *
   * @throws IllegalStateException when the index is missing or lists a bad name, which means a
   *     broken build rather than bad user input
   */
  public static SampleArchive bundled() {
    String index = new String(resource(INDEX), StandardCharsets.UTF_8);
    List<String> names = new ArrayList<>();
    for (String line : index.split("\r?\n")) {
      String name = line.strip();
      if (name.isEmpty()) {
        continue;
      }
      if (!SAFE_NAME.matcher(name).matches()) {
        throw new IllegalStateException(
            RESOURCE_FOLDER + INDEX + ": [" + name + "] is not a plain .md, .txt or .html name");
      }
      names.add(name);
    }
    return new SampleArchive(names);
  }

  /** The document file names, in index order (by date). */
  public List<String> names() {
    return names;
  }

  /** How many documents the archive holds. */
  public int size() {
    return names.size();
  }

  /**
   * One document, decoded. Its source is {@code sample/NAME}, whose base name is the gold file's
   * {@code file} key, and its date hint is the date the file name starts with.
   *
   * @throws IllegalArgumentException when {@code name} is not in the archive
   */
  public SourceDocument document(String name) {
    if (!names.contains(name)) {
      throw new IllegalArgumentException("[" + name + "] is not a document of the sample archive");
    }
    return SourceDocument.decode(SOURCE_PREFIX + name, resource(name)).withDateHint(dateOf(name));
  }

  /** Every document, decoded lazily in index order. */
  public Stream<SourceDocument> documents() {
    return names.stream().map(this::document);
  }

  /** The gold labels of the documents, one record a document, in file order. */
  public List<GoldRecord> gold() {
    String text = new String(resource(GOLD_FILE), StandardCharsets.UTF_8);
    List<GoldRecord> out = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        out.add(GoldFile.parseLine(lines[i], GOLD_FILE + ":" + (i + 1)));
      }
    }
    return out;
  }

  /**
   * Writes every document and the gold file into {@code dir} (created when missing), replacing
   * files of the same name, so the archive can be read with {@code recur parse DIR} or scored with
   * {@code recur eval --gold DIR/gold.jsonl DIR}.
   *
   * @return the paths written, documents first, the gold file last
   * @throws IOException when a file cannot be written
   */
  public List<Path> extractTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    for (String name : names) {
      written.add(Files.write(dir.resolve(name), resource(name)));
    }
    written.add(Files.write(dir.resolve(GOLD_FILE), resource(GOLD_FILE)));
    return written;
  }

  /** The date a file name starts with ({@code 2023-01-17-...}), if it does. */
  static Optional<LocalDate> dateOf(String name) {
    if (name.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(name.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = SampleArchive.class.getResourceAsStream(RESOURCE_FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "class-path resource "
                + RESOURCE_FOLDER
                + name
                + " is missing; the corpus jar is incomplete");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read class-path resource " + RESOURCE_FOLDER + name, e);
    }
  }
}
