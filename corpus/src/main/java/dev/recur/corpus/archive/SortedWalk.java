package dev.recur.corpus.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The files under a folder in the order of their sorted paths, walked depth-first and lazily: only
 * the listings of the folders on the way down to the current file are held, so a folder of a
 * million postmortems in a thousand subfolders walks in the memory of one subfolder's listing
 * (sorting the whole walk held every path at once and ran a 1 GB heap out of memory). Links to
 * folders are not followed, as with {@link Files#walk}. A folder that cannot be listed is handed to
 * the caller as a failure, and the walk goes on.
 */
final class SortedWalk implements Iterator<SortedWalk.Entry> {

  /** The reason a {@link NoSuchFileException} gives for a link whose target does not exist. */
  static final String DANGLING_LINK = "a link to a file that does not exist";

  /** The reason given for a link that leads, through other links, back to itself. */
  static final String LINK_LOOP = "a loop of symbolic links";

  /** Whether {@code failure} is the walk's report of a broken link, not of a folder. */
  static boolean isBrokenLink(Throwable failure) {
    return failure instanceof NoSuchFileException missing
        && (DANGLING_LINK.equals(missing.getReason()) || LINK_LOOP.equals(missing.getReason()));
  }

  /** How many links a chain may hold before it counts as a loop, as the kernel's own limit does. */
  private static final int MAX_LINKS = 40;

  /**
   * Why the symbolic link {@code link}, which leads to nothing that exists, cannot be read: a loop
   * ("a → b → a") or a link to a missing file. Follows the chain link by link, since the system's
   * own error for a loop differs from one platform to the next.
   */
  static String brokenLink(Path link) {
    Set<Path> seen = new HashSet<>();
    Path p = link;
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
      if (!seen.add(p.toAbsolutePath().normalize())) {
        return LINK_LOOP;
      }
      try {
        p = p.resolveSibling(Files.readSymbolicLink(p));
      } catch (IOException | UnsupportedOperationException e) {
        return DANGLING_LINK;
      }
    }
    return Files.isSymbolicLink(p) ? LINK_LOOP : DANGLING_LINK;
  }

  /**
   * A file found by the walk, or a folder it could not list, or a link to nothing.
   *
   * @param path the file, folder or link
   * @param failure why the folder could not be listed or the link read; null for a file
   */
  record Entry(Path path, IOException failure) {}

  private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
  private Entry next;

  private SortedWalk(Path root) {
    descend(root);
  }

  /** Every file below {@code root} (regular files and links to them), in sorted-path order. */
  static Stream<Entry> files(Path root) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            new SortedWalk(root), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  @Override
  public boolean hasNext() {
    while (next == null && !stack.isEmpty()) {
      Iterator<Path> top = stack.peek();
      if (!top.hasNext()) {
        stack.pop();
        continue;
      }
      Path p = top.next();
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        descend(p);
      } else if (Files.isRegularFile(p)) {
        next = new Entry(p, null);
      } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
        // A link to nothing would otherwise vanish from the batch without a word.
        next = new Entry(p, new NoSuchFileException(p.toString(), null, brokenLink(p)));
      }
    }
    return next != null;
  }

  @Override
  public Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Entry out = next;
    next = null;
    return out;
  }

  /** Lists {@code dir} and pushes its entries, or makes its failure the next entry. */
  private void descend(Path dir) {
    List<Child> children = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
      for (Path p : listing) {
        String name = p.getFileName().toString();
        // A folder sorts as its name and a slash, where every path below it continues: so the
        // order of the walk is the order of the sorted full paths.
        children.add(
            new Child(Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name, p));
      }
    } catch (IOException | UncheckedIOException e) {
      next = new Entry(dir, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
      return;
    }
    children.sort((a, b) -> a.key.compareTo(b.key));
    stack.push(children.stream().map(Child::path).iterator());
  }

  private record Child(String key, Path path) {}
}
