package dev.recur.corpus.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortedWalkTest {

  @TempDir Path dir;

  /** Every item of the folder, read as {@code recur parse DIR} reads it. */
  private List<ArchiveItem> readFolder() {
    try (Stream<ArchiveItem> all =
        Archives.read(List.of(dir.toString()), InputStream.nullInputStream())) {
      return all.toList();
    }
  }

  private void write(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "# Outage\nThe database was down.\n");
  }

  @Test
  void walksInTheOrderOfTheSortedFullPaths() throws IOException {
    for (String f :
        List.of(
            "a.md", "a/b.md", "a-b.md", "b/c/d.md", "b/c.md", "b/c/a/z.txt", "B.md", "a/a.md")) {
      write(f);
    }
    List<Path> expected;
    try (Stream<Path> all = Files.walk(dir)) {
      expected = all.filter(Files::isRegularFile).sorted().toList();
    }
    List<Path> walked;
    try (Stream<SortedWalk.Entry> entries = SortedWalk.files(dir)) {
      walked = entries.map(SortedWalk.Entry::path).toList();
    }
    assertEquals(expected, walked);
  }

  @Test
  void holdsOnlyTheListingsOnTheWayDown() throws IOException {
    // Three folders of 200 files each: the walk is lazy, so taking the first file lists only the
    // first folder (and the root), which is what keeps a million-file archive in constant memory.
    for (int d = 0; d < 3; d++) {
      for (int f = 0; f < 200; f++) {
        write(String.format("%03d/pm-%04d.md", d, f));
      }
    }
    SortedWalk.Entry first;
    try (Stream<SortedWalk.Entry> entries = SortedWalk.files(dir)) {
      first = entries.findFirst().orElseThrow();
    }
    assertEquals(dir.resolve("000/pm-0000.md"), first.path());
    try (Stream<SortedWalk.Entry> entries = SortedWalk.files(dir)) {
      assertEquals(600, entries.count());
    }
  }

  @Test
  void archivesReadAFolderThroughTheWalkLeavingOutOtherFiles() throws IOException {
    write("x/one.md");
    write("x/README.md");
    write("x/notes.json");
    write("two.txt");
    List<String> sources = readFolder().stream().map(ArchiveItem::source).toList();
    assertEquals(
        List.of(dir.resolve("two.txt").toString(), dir.resolve("x/one.md").toString()), sources);
  }

  @Test
  void aLinkToNothingIsReportedWhereItsFileWouldHaveBeenRead() throws IOException {
    write("one.md");
    Files.createSymbolicLink(dir.resolve("gone.md"), dir.resolve("missing/x.md"));
    Files.createSymbolicLink(dir.resolve("gone.png"), dir.resolve("missing/x.png"));
    List<ArchiveItem> items = readFolder();
    assertEquals(2, items.size(), items.toString());
    ArchiveItem.Failed gone = (ArchiveItem.Failed) items.get(0);
    assertEquals(dir.resolve("gone.md").toString(), gone.source());
    assertTrue(gone.reason().contains("link to a file that does not exist"), gone.reason());
    assertEquals(dir.resolve("one.md").toString(), items.get(1).source());
  }

  @Test
  void aLoopOfLinksIsNamedSoInAFolderAndWhenGivenByName() throws IOException {
    write("one.md");
    Files.createSymbolicLink(dir.resolve("a.md"), dir.resolve("b.md"));
    Files.createSymbolicLink(dir.resolve("b.md"), dir.resolve("a.md"));
    Files.createSymbolicLink(dir.resolve("gone.md"), dir.resolve("missing.md"));
    List<ArchiveItem> items = readFolder();
    assertEquals(4, items.size(), items.toString());
    assertEquals(SortedWalk.LINK_LOOP, ((ArchiveItem.Failed) items.get(0)).reason());
    assertEquals(SortedWalk.LINK_LOOP, ((ArchiveItem.Failed) items.get(1)).reason());
    assertEquals(SortedWalk.DANGLING_LINK, ((ArchiveItem.Failed) items.get(2)).reason());
    // Given by name, relative to the current folder, the same.
    assertEquals(
        SortedWalk.LINK_LOOP,
        ((ArchiveItem.Failed) Archives.readFile("a.md", dir.resolve("a.md"))).reason());
    assertEquals(
        SortedWalk.DANGLING_LINK,
        ((ArchiveItem.Failed) Archives.readFile("gone.md", dir.resolve("gone.md"))).reason());
    assertEquals(
        "no such file or directory",
        ((ArchiveItem.Failed) Archives.readFile("nope.md", dir.resolve("nope.md"))).reason());
  }

  @Test
  void archivesReadEachFileOnlyWhenItsTurnComes() throws IOException {
    // Were the folder's files read ahead (as Stream.flatMap does behind an iterator), deleting
    // the second file after taking the first entry would not matter: it would be read already.
    // Walked lazily, it is gone by the time its turn comes, and the CSV's row is next.
    write("a/1.md");
    write("a/2.md");
    Path csv = dir.resolve("rows.csv");
    Files.writeString(csv, "text\nThe cache was down.\n");
    try (Stream<ArchiveItem> items =
        TabularArchives.read(
            List.of(dir.resolve("a").toString(), csv.toString()),
            InputStream.nullInputStream(),
            Columns.defaults())) {
      var it = items.iterator();
      assertTrue(it.next() instanceof ArchiveItem.Read);
      Files.delete(dir.resolve("a/2.md"));
      ArchiveItem second = it.next();
      assertEquals(csv + ":row-1", second.source());
      assertTrue(!it.hasNext());
    }
  }

  @Test
  void aMissingFolderIsAFailedEntryNotAnException() {
    try (Stream<SortedWalk.Entry> entries = SortedWalk.files(dir.resolve("gone"))) {
      List<SortedWalk.Entry> all = entries.toList();
      assertEquals(1, all.size());
      assertTrue(all.get(0).failure() != null);
    }
  }
}
