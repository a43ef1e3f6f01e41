package dev.recur.corpus.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recur.core.Diagnostic;
import dev.recur.core.SourceDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads archives that hold many postmortems in one file, JSON Lines ({@code .jsonl}, {@code
 * .ndjson}) and CSV with a header row ({@code .csv}), lazily, one row at a time, so an archive of
 * any size streams through in constant memory. A row that cannot be used (bad JSON, no text, too
 * few fields) becomes an {@link ArchiveItem.Failed} naming the file and line, and the rows after it
 * are still read. Other paths are read as postmortem files and folders by {@link Archives}.
 */
public final class TabularArchives {

  /** File name endings read as JSON Lines. */
  public static final List<String> JSON_LINES_EXTENSIONS = List.of("jsonl", "ndjson");

  /** File name endings read as CSV. */
  public static final List<String> CSV_EXTENSIONS = List.of("csv");

  private static final ObjectMapper JSON = new ObjectMapper();

  private TabularArchives() {}

  /**
   * The entries under {@code paths}: archive files row by row, everything else as {@link
   * Archives#read} reads it. Close the stream; it holds files open while it reads.
   */
  public static Stream<ArchiveItem> read(List<String> paths, InputStream stdin, Columns columns) {
    return LazyConcat.of(
        paths,
        p -> {
          String ext = extension(p);
          if (JSON_LINES_EXTENSIONS.contains(ext)) {
            return jsonLines(p, Path.of(p), columns);
          }
          if (CSV_EXTENSIONS.contains(ext)) {
            return csv(p, Path.of(p), columns);
          }
          return Archives.read(List.of(p), stdin);
        });
  }

  /** The rows of a JSON Lines file; each line is one JSON object. */
  public static Stream<ArchiveItem> jsonLines(String given, Path path, Columns columns) {
    BufferedReader reader;
    try {
      reader = open(path);
    } catch (IOException | UncheckedIOException e) {
      return Stream.of(new ArchiveItem.Failed(given, Archives.reason(e)));
    }
    Iterator<ArchiveItem> rows =
        new Iterator<>() {
          long line;
          ArchiveItem next;
          boolean done;

          @Override
          public boolean hasNext() {
            while (next == null && !done) {
              try {
                String text = reader.readLine();
                line++;
                if (text == null) {
                  done = true;
                } else if (!text.isBlank()) {
                  next = jsonRow(given, line, text, columns);
                }
              } catch (IOException | UncheckedIOException e) {
                done = true;
                next = new ArchiveItem.Failed(given + ":line-" + line, Archives.reason(e));
              }
            }
            return next != null;
          }

          @Override
          public ArchiveItem next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            ArchiveItem out = next;
            next = null;
            return out;
          }
        };
    return stream(rows).onClose(() -> closeQuietly(reader));
  }

  private static ArchiveItem jsonRow(String given, long line, String text, Columns columns) {
    String where = given + ":line-" + line;
    JsonNode row;
    try {
      row = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new ArchiveItem.Failed(where, "not valid JSON: " + e.getOriginalMessage());
    }
    if (row == null || !row.isObject()) {
      return new ArchiveItem.Failed(where, "expected a JSON object on each line");
    }
    return document(
        given,
        where,
        field(row, columns.text()),
        columns.id().flatMap(c -> field(row, c)),
        columns.date().flatMap(c -> field(row, c)),
        columns);
  }

  private static Optional<String> field(JsonNode row, String name) {
    JsonNode value = row.get(name);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    return Optional.of(value.asText());
  }

  /** The rows of a CSV file whose first record is a header naming the columns. */
  public static Stream<ArchiveItem> csv(String given, Path path, Columns columns) {
    CSVParser parser;
    try {
      parser =
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(open(path));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Stream.of(new ArchiveItem.Failed(given, "cannot read the CSV header: " + reasonOf(e)));
    }
    List<String> header = parser.getHeaderNames();
    List<String> missing = new ArrayList<>();
    for (String column : required(columns)) {
      if (!header.contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      closeQuietly(parser);
      return Stream.of(
          new ArchiveItem.Failed(
              given,
              "no column named "
                  + missing
                  + " in the header "
                  + header
                  + " (see --text-column, --id-column, --date-column)"));
    }
    Iterator<CSVRecord> records = parser.iterator();
    Iterator<ArchiveItem> rows =
        new Iterator<>() {
          ArchiveItem next;
          boolean done;

          @Override
          public boolean hasNext() {
            if (next == null && !done) {
              try {
                if (records.hasNext()) {
                  next = csvRow(given, records.next(), columns);
                } else {
                  done = true;
                }
              } catch (UncheckedIOException | IllegalStateException e) {
                // A quoting error leaves the parser where no later row can be trusted.
                done = true;
                next =
                    new ArchiveItem.Failed(
                        given + ":line-" + parser.getCurrentLineNumber(),
                        "unreadable CSV from here on: " + reasonOf(e));
              }
            }
            return next != null;
          }

          @Override
          public ArchiveItem next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            ArchiveItem out = next;
            next = null;
            return out;
          }
        };
    return stream(rows).onClose(() -> closeQuietly(parser));
  }

  private static ArchiveItem csvRow(String given, CSVRecord row, Columns columns) {
    String where = given + ":row-" + row.getRecordNumber();
    if (!row.isConsistent()) {
      return new ArchiveItem.Failed(
          where,
          "row has "
              + row.size()
              + " fields but the header names "
              + row.getParser().getHeaderNames().size());
    }
    return document(
        given,
        where,
        csvField(row, columns.text()),
        columns.id().flatMap(c -> csvField(row, c)),
        columns.date().flatMap(c -> csvField(row, c)),
        columns);
  }

  private static Optional<String> csvField(CSVRecord row, String name) {
    return row.isSet(name) ? Optional.of(row.get(name)) : Optional.empty();
  }

  private static ArchiveItem document(
      String given,
      String where,
      Optional<String> text,
      Optional<String> id,
      Optional<String> date,
      Columns columns) {
    if (text.isEmpty() || text.get().isBlank()) {
      return new ArchiveItem.Failed(where, "no text in column [" + columns.text() + "]");
    }
    Optional<String> key = id.map(String::strip).filter(s -> !s.isEmpty());
    if (columns.id().isPresent() && key.isEmpty()) {
      return new ArchiveItem.Failed(where, "no id in column [" + columns.id().get() + "]");
    }
    String source = key.map(k -> given + "#" + k).orElse(where);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<LocalDate> hint = Optional.empty();
    if (date.isPresent() && !date.get().isBlank()) {
      hint = parseDate(date.get());
      if (hint.isEmpty()) {
        diagnostics.add(
            new Diagnostic(
                "bad-date-hint",
                source
                    + ": the date column ["
                    + columns.date().orElse("")
                    + "] holds '"
                    + abbreviate(date.get())
                    + "', not a date like 2024-03-05; it was ignored"));
      }
    }
    return new ArchiveItem.Read(new SourceDocument(source, text.get(), hint, diagnostics));
  }

  /** Reads the date at the start of an ISO date or date-time, such as {@code 2024-03-05T10:00Z}. */
  static Optional<LocalDate> parseDate(String value) {
    String v = value.strip();
    if (v.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }

  private static BufferedReader open(Path path) throws IOException {
    // Replace, not fail, on bad bytes: one bad row must not end the archive.
    Reader reader =
        new InputStreamReader(
            Files.newInputStream(path),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    return new BufferedReader(reader, 1 << 16);
  }

  private static String extension(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private static String reasonOf(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  private static List<String> required(Columns columns) {
    List<String> out = new ArrayList<>();
    out.add(columns.text());
    columns.id().ifPresent(out::add);
    columns.date().ifPresent(out::add);
    return out;
  }

  private static <T> Stream<T> stream(Iterator<T> it) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // closing a reader we finished with; nothing useful to report
    }
  }
}
