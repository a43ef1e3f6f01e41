package dev.recur.corpus.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.core.SourceDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularArchivesTest {

  @TempDir Path dir;

  static final Columns USER_COLUMNS =
      new Columns("body", Optional.of("key"), Optional.of("created"));

  static List<ArchiveItem> read(Path file, Columns columns) {
    try (Stream<ArchiveItem> items =
        TabularArchives.read(
            List.of(file.toString()), new ByteArrayInputStream(new byte[0]), columns)) {
      return items.toList();
    }
  }

  static SourceDocument doc(ArchiveItem item) {
    return assertInstanceOf(ArchiveItem.Read.class, item, item.toString()).document();
  }

  @Test
  void csvRowsUseTheNamedColumnsAndBadRowsDoNotStopTheFile() throws IOException {
    Path csv = dir.resolve("incidents.csv");
    Files.writeString(
        csv,
        """
        created,key,body,extra
        2024-03-01,INC-1,"Load balancer weights were wrong,
        spanning two lines",x
        2024-03-02,INC-2,,x
        2024-03-03,,"no key here",x
        too,few
        2024-03-05T10:00:00Z,INC-5,Disk full,x
        """);
    List<ArchiveItem> items = read(csv, USER_COLUMNS);
    assertEquals(5, items.size(), items.toString());
    SourceDocument first = doc(items.get(0));
    assertEquals(csv + "#INC-1", first.source());
    assertEquals("Load balancer weights were wrong,\nspanning two lines", first.text());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), first.dateHint());
    assertEquals(new ArchiveItem.Failed(csv + ":row-2", "no text in column [body]"), items.get(1));
    assertEquals(new ArchiveItem.Failed(csv + ":row-3", "no id in column [key]"), items.get(2));
    assertTrue(
        ((ArchiveItem.Failed) items.get(3)).reason().contains("row has 2 fields"),
        items.get(3).toString());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), doc(items.get(4)).dateHint());
  }

  @Test
  void csvWithoutTheNamedColumnFailsOnceNamingTheHeader() throws IOException {
    Path csv = dir.resolve("other.csv");
    Files.writeString(csv, "title,text\na,b\n");
    List<ArchiveItem> items = read(csv, USER_COLUMNS);
    assertEquals(1, items.size());
    String reason = ((ArchiveItem.Failed) items.get(0)).reason();
    assertTrue(
        reason.contains("no column named [body, key, created]") && reason.contains("[title, text]"),
        reason);
  }

  @Test
  void rowsWithoutIdColumnAreNamedByPosition() throws IOException {
    Path csv = dir.resolve("plain.csv");
    Files.writeString(csv, "text\nfirst\nsecond\n");
    List<ArchiveItem> items = read(csv, Columns.defaults());
    assertEquals(
        List.of(csv + ":row-1", csv + ":row-2"), items.stream().map(ArchiveItem::source).toList());
  }

  @Test
  void jsonLinesSkipBlankLinesAndReportBadOnes() throws IOException {
    Path jsonl = dir.resolve("incidents.jsonl");
    Files.writeString(
        jsonl,
        """
        {"key": 7, "created": "2024-05-06", "body": "DNS record was stale"}

        [1, 2]
        {"key": "8", "created": "yesterday", "body": "Cert expired"}
        {"key": "9", "body": {"nested": true}}
        not json at all
        {"key": "10", "body": "Queue backlog"}
        """);
    List<ArchiveItem> items = read(jsonl, USER_COLUMNS);
    assertEquals(6, items.size(), items.toString());
    SourceDocument seven = doc(items.get(0));
    assertEquals(jsonl + "#7", seven.source());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 6)), seven.dateHint());
    assertEquals(
        new ArchiveItem.Failed(jsonl + ":line-3", "expected a JSON object on each line"),
        items.get(1));
    SourceDocument eight = doc(items.get(2));
    assertEquals(Optional.empty(), eight.dateHint());
    assertEquals("bad-date-hint", eight.diagnostics().get(0).code());
    assertEquals(
        new ArchiveItem.Failed(jsonl + ":line-5", "no text in column [body]"), items.get(3));
    assertTrue(((ArchiveItem.Failed) items.get(4)).reason().startsWith("not valid JSON"));
    assertEquals("Queue backlog", doc(items.get(5)).text());
  }

  @Test
  void invalidBytesAreReplacedNotFatal() throws IOException {
    Path jsonl = dir.resolve("bytes.jsonl");
    byte[] bad =
        "{\"text\": \"caf\u00e9 \u00ff\"}\n{\"text\": \"ok\"}\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Files.write(jsonl, bad);
    List<ArchiveItem> items = read(jsonl, Columns.defaults());
    assertEquals(2, items.size());
    assertTrue(doc(items.get(0)).text().contains("\ufffd"));
  }

  @Test
  void otherPathsAreReadAsPostmortemFiles() throws IOException {
    Path md = dir.resolve("a.md");
    Files.writeString(md, "# A\ntext\n");
    List<ArchiveItem> items = read(md, Columns.defaults());
    assertEquals(md.toString(), doc(items.get(0)).source());
    assertInstanceOf(
        ArchiveItem.Failed.class, read(dir.resolve("missing.csv"), Columns.defaults()).get(0));
  }

  @Test
  void archiveOfManyRowsStreamsLazily() throws IOException {
    Path jsonl = dir.resolve("many.jsonl");
    try (var w = Files.newBufferedWriter(jsonl)) {
      for (int i = 0; i < 20_000; i++) {
        w.write("{\"text\": \"incident " + i + "\"}\n");
      }
    }
    try (Stream<ArchiveItem> items =
        TabularArchives.read(List.of(jsonl.toString()), null, Columns.defaults())) {
      // taking the first rows must not read the rest
      assertEquals(
          List.of(jsonl + ":line-1", jsonl + ":line-2"),
          items.limit(2).map(ArchiveItem::source).toList());
    }
  }
}
