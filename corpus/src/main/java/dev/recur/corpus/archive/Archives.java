package dev.recur.corpus.archive;

import dev.recur.core.Diagnostic;
import dev.recur.core.SourceDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads postmortems from files and folders. Folders are walked recursively for postmortem files;
 * entries are read lazily, one at a time, so an archive of any size streams through in constant
 * memory. A path that cannot be read becomes an {@link ArchiveItem.Failed} entry, never an
 * exception, so one bad file never stops a batch; so does a folder that holds no postmortem.
 */
public final class Archives {

  /** File name endings read as postmortems when a folder is walked. */
  public static final Set<String> POSTMORTEM_EXTENSIONS =
      Set.of("md", "markdown", "txt", "html", "htm");

  /** The path that stands for standard input. */
  public static final String STDIN = "-";

  /** Base names of the files a folder walk leaves out: the folder's own documentation. */
  private static final Set<String> PROJECT_FILES =
      Set.of("README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING");

  /** The decoding diagnostic of bytes that are not text. */
  private static final String BINARY_INPUT = "binary-input";

  private Archives() {}

  /**
   * The entries under {@code paths}, in a stable order (folders walked in sorted-path order,
   * holding only the listings on the way down to the current file). A folder that cannot be listed
   * becomes a failed entry and the walk goes on.
   */
  public static Stream<ArchiveItem> read(List<String> paths, InputStream stdin) {
    return LazyConcat.of(paths, p -> readOne(p, stdin));
  }

  private static Stream<ArchiveItem> readOne(String given, InputStream stdin) {
    if (STDIN.equals(given)) {
      try {
        return Stream.of(checked(SourceDocument.decode(STDIN, stdin.readAllBytes())));
      } catch (IOException e) {
        return Stream.of(
            new ArchiveItem.Failed(STDIN, "cannot read standard input: " + e.getMessage()));
      }
    }
    Path path = Path.of(given);
    if (Files.isDirectory(path)) {
      Stream<ArchiveItem> items =
          SortedWalk.files(path)
              .filter(
                  e ->
                      e.failure() != null
                          // A link to nothing counts where the file it names would have.
                          ? !SortedWalk.isBrokenLink(e.failure()) || isPostmortemFile(e.path())
                          : isPostmortemFile(e.path()) && !isProjectFile(e.path()))
              .map(
                  e ->
                      e.failure() == null
                          ? readFile(e.path().toString(), e.path())
                          : new ArchiveItem.Failed(e.path().toString(), reason(e.failure())));
      // A folder that holds no postmortem at all was most likely the wrong folder: say so rather
      // than finish a batch with nothing read and nothing said.
      return orIfEmpty(items, () -> new ArchiveItem.Failed(given, NO_POSTMORTEMS));
    }
    return Stream.of(readFile(given, path));
  }

  /** Why a folder given to read is a failed entry when its walk finds nothing. */
  static final String NO_POSTMORTEMS =
      "no postmortems found: no ."
          + String.join(", .", new TreeSet<>(POSTMORTEM_EXTENSIONS))
          + " file in the folder or below, other than README, LICENSE, CHANGELOG or CONTRIBUTING";

  /** The elements of {@code items}, or only {@code fallback}'s when it has none; still lazy. */
  static <T> Stream<T> orIfEmpty(Stream<T> items, Supplier<T> fallback) {
    Iterator<T> it = items.iterator();
    Iterator<T> out =
        new Iterator<>() {
          private boolean any;
          private boolean fellBack;

          @Override
          public boolean hasNext() {
            return it.hasNext() || (!any && !fellBack);
          }

          @Override
          public T next() {
            if (it.hasNext()) {
              any = true;
              return it.next();
            }
            if (any || fellBack) {
              throw new NoSuchElementException();
            }
            fellBack = true;
            return fallback.get();
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(out, Spliterator.ORDERED), false)
        .onClose(items::close);
  }

  /** Whether a walked file has a postmortem extension. */
  static boolean isPostmortemFile(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0
        && POSTMORTEM_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a walked file is a folder's own documentation (README, LICENSE, CHANGELOG,
   * CONTRIBUTING), which an archive folder often holds beside its postmortems. Named on the command
   * line, such a file is read like any other.
   */
  static boolean isProjectFile(Path p) {
    String name = p.getFileName().toString().toUpperCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return PROJECT_FILES.contains(dot > 0 ? name.substring(0, dot) : name);
  }

  /**
   * A decoded document as an entry: a failed one when there is nothing to parse (no text at all) or
   * the bytes are binary data rather than text, since a record made from them would only add a
   * meaningless incident to an analysis; a read one otherwise, its decoding diagnostics kept.
   */
  public static ArchiveItem checked(SourceDocument document) {
    if (document.text().isBlank()) {
      return new ArchiveItem.Failed(document.source(), "empty, skipped: no text to parse");
    }
    for (Diagnostic d : document.diagnostics()) {
      if (d.code().equals(BINARY_INPUT)) {
        String detail = withoutSource(document, d);
        return new ArchiveItem.Failed(
            document.source(),
            "not a text document, skipped: " + detail.replace("; results will be poor", ""));
      }
    }
    return new ArchiveItem.Read(document);
  }

  /**
   * A decoding diagnostic's message without the source it starts with, for a line that names the
   * source itself ({@code recur: SOURCE: ...}).
   */
  public static String withoutSource(SourceDocument document, Diagnostic d) {
    String prefix = document.source() + ": ";
    return d.message().startsWith(prefix) ? d.message().substring(prefix.length()) : d.message();
  }

  /** The reason given for a path that names nothing. */
  private static final String NO_SUCH_FILE = "no such file or directory";

  /** Reads one file; any I/O problem becomes a failed entry naming the reason. */
  public static ArchiveItem readFile(String source, Path path) {
    try {
      if (!Files.exists(path)) {
        return new ArchiveItem.Failed(
            source, Files.isSymbolicLink(path) ? SortedWalk.brokenLink(path) : NO_SUCH_FILE);
      }
      if (Files.isDirectory(path)) {
        return new ArchiveItem.Failed(source, "is a directory");
      }
      return checked(SourceDocument.decode(source, Files.readAllBytes(path)));
    } catch (IOException | UncheckedIOException | OutOfMemoryError e) {
      return new ArchiveItem.Failed(source, reason(e));
    }
  }

  static String reason(Throwable e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (SortedWalk.isBrokenLink(cause)) {
      return ((NoSuchFileException) cause).getReason();
    }
    if (cause instanceof NoSuchFileException) {
      return NO_SUCH_FILE;
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof OutOfMemoryError) {
      return "too large to read into memory";
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
