package dev.recur.corpus.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivesTest {

  @TempDir Path dir;

  private List<ArchiveItem> read(Path... paths) {
    List<String> given = Stream.of(paths).map(Path::toString).toList();
    try (Stream<ArchiveItem> items = Archives.read(given, new ByteArrayInputStream(new byte[0]))) {
      return items.toList();
    }
  }

  @Test
  void folderWithNoPostmortemIsAFailureNamingTheFolder() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path other = Files.createDirectory(dir.resolve("other"));
    Files.writeString(other.resolve("notes.bin"), "not a postmortem");
    Files.writeString(other.resolve("README.md"), "# About this archive\n");
    Path good = Files.createDirectory(dir.resolve("good"));
    Files.writeString(good.resolve("pm-1.md"), "# Outage\nThe database was down.\n");

    List<ArchiveItem> items = read(empty, good, other);

    assertEquals(3, items.size(), items.toString());
    ArchiveItem.Failed first = assertInstanceOf(ArchiveItem.Failed.class, items.get(0));
    assertEquals(empty.toString(), first.source());
    assertTrue(first.reason().startsWith("no postmortems found"), first.reason());
    assertTrue(first.reason().contains(".md"), first.reason());
    assertInstanceOf(ArchiveItem.Read.class, items.get(1));
    ArchiveItem.Failed last = assertInstanceOf(ArchiveItem.Failed.class, items.get(2));
    assertEquals(other.toString(), last.source());
  }

  @Test
  void folderWithPostmortemsGivesOnlyThem() throws IOException {
    Files.writeString(dir.resolve("a.md"), "# Outage\nThe cache was cold.\n");
    Files.writeString(dir.resolve("b.txt"), "The load balancer dropped half the traffic.\n");

    List<ArchiveItem> items = read(dir);

    assertEquals(2, items.size(), items.toString());
    items.forEach(i -> assertInstanceOf(ArchiveItem.Read.class, i));
  }
}
