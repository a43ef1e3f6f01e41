package dev.recur.corpus.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recur.core.SourceDocument;
import dev.recur.core.When;
import dev.recur.corpus.eval.Field;
import dev.recur.corpus.eval.GoldRecord;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleArchiveTest {

  // The fault values of ../shared/TAXONOMY.md; faultListMatchesTaxonomy keeps the two in step.
  private static final Set<String> TAXONOMY_FAULTS =
      Set.of(
          "misconfiguration",
          "software-bug",
          "deployment",
          "capacity",
          "hardware",
          "network",
          "dependency",
          "security",
          "expiry",
          "human-error",
          "data",
          "unknown");

  private final SampleArchive archive = SampleArchive.bundled();

  private Map<String, GoldRecord> goldByFile() {
    Map<String, GoldRecord> byFile = new HashMap<>();
    for (GoldRecord g : archive.gold()) {
      assertEquals(null, byFile.put(g.file(), g), "labelled twice: " + g.file());
    }
    return byFile;
  }

  @Test
  void holdsAtLeastFortyDocuments() {
    assertTrue(archive.size() >= 40, "only " + archive.size() + " documents");
    assertEquals(
        archive.size(), new TreeSet<>(archive.names()).size(), "duplicate names in the index");
  }

  @Test
  void everyDocumentIsStrictUtf8OfReasonableLength() throws CharacterCodingException {
    for (String name : archive.names()) {
      SourceDocument doc = archive.document(name);
      assertEquals(List.of(), doc.diagnostics(), name);
      byte[] bytes = doc.text().getBytes(StandardCharsets.UTF_8);
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      assertTrue(
          bytes.length >= 600 && bytes.length <= 6500, name + " is " + bytes.length + " bytes");
    }
  }

  @Test
  void documentsCarryTheirSourceAndFileNameDate() {
    List<SourceDocument> docs = archive.documents().toList();
    assertEquals(archive.size(), docs.size());
    SourceDocument first = docs.get(0);
    assertEquals(SampleArchive.SOURCE_PREFIX + archive.names().get(0), first.source());
    assertEquals(SampleArchive.dateOf(archive.names().get(0)), first.dateHint());
    assertTrue(docs.stream().allMatch(d -> d.dateHint().isPresent()));
  }

  @Test
  void unknownNameIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> archive.document("../pom.xml"));
  }

  @Test
  void indexListsExactlyTheBundledFiles() throws IOException, URISyntaxException {
    URL index =
        SampleArchive.class.getResource(SampleArchive.RESOURCE_FOLDER + SampleArchive.INDEX);
    assumeTrue(index != null && "file".equals(index.getProtocol()), "resources not in a folder");
    Set<String> onDisk;
    try (Stream<Path> files = Files.list(Path.of(index.toURI()).getParent())) {
      onDisk =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.endsWith(".class"))
              .filter(n -> !n.equals(SampleArchive.INDEX) && !n.equals(SampleArchive.GOLD_FILE))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(onDisk, new TreeSet<>(archive.names()));
  }

  @Test
  void goldLabelsEveryDocumentExactlyOnceWithEveryField() {
    Map<String, GoldRecord> gold = goldByFile();
    assertEquals(new TreeSet<>(archive.names()), new TreeSet<>(gold.keySet()));
    for (GoldRecord g : gold.values()) {
      assertEquals(Set.of(Field.values()), g.labelled(), g.file());
    }
  }

  @Test
  void goldDurationsEqualTheirWindows() {
    for (GoldRecord g : archive.gold()) {
      LocalDateTime start = g.start().flatMap(When::localDateTime).orElseThrow();
      LocalDateTime end = g.end().flatMap(When::localDateTime).orElseThrow();
      long minutes = Duration.between(start, end).toMinutes();
      assertTrue(minutes > 0, g.file() + " ends before it starts");
      assertEquals((double) minutes, g.durationMinutes().orElseThrow(), g.file());
      g.statedDurationMinutes()
          .ifPresent(s -> assertEquals((double) minutes, s, g.file() + " states another length"));
      String fileDate = g.file().substring(0, 10);
      assertTrue(
          fileDate.equals(start.toLocalDate().toString())
              || fileDate.equals(end.toLocalDate().toString()),
          g.file() + " is dated outside its window");
    }
  }

  @Test
  void everyTaxonomyFaultAppears() {
    Set<String> faults =
        archive.gold().stream()
            .map(g -> g.rootCauseFault().orElseThrow())
            .collect(Collectors.toSet());
    assertEquals(TAXONOMY_FAULTS, faults);
  }

  @Test
  void faultListMatchesTaxonomy() throws IOException {
    Path taxonomy = Path.of(System.getProperty("recur.shared", "../shared"), "TAXONOMY.md");
    assumeTrue(Files.isRegularFile(taxonomy), "no " + taxonomy);
    String text = Files.readString(taxonomy);
    String faultTable = text.substring(text.indexOf("## Fault"), text.indexOf("## Component"));
    Set<String> listed = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| ([a-z-]{1,40}) \\|").matcher(faultTable);
    while (row.find()) {
      listed.add(row.group(1));
    }
    listed.remove("value");
    assertEquals(new TreeSet<>(TAXONOMY_FAULTS), listed);
  }

  @Test
  void loadBalancerMisconfigurationRecursAcrossBothYears() {
    List<GoldRecord> lb = signature("misconfiguration", "load-balancer");
    assertTrue(lb.size() >= 5, "only " + lb.size() + " load balancer incidents");
    Set<Integer> years =
        lb.stream()
            .map(g -> g.start().orElseThrow().date().orElseThrow().getYear())
            .collect(Collectors.toSet());
    assertEquals(Set.of(2023, 2024), years);
    assertTrue(
        lb.stream().filter(g -> !g.misleadingPaths().isEmpty()).count() >= lb.size() - 1,
        "load balancer incidents should mostly chase a red herring first");
  }

  @Test
  void otherSignaturesComeBack() {
    assertTrue(signature("capacity", "storage").size() >= 4, "log disk full");
    assertEquals(2, signature("expiry", "certificate").size(), "expired certificate");
    assertTrue(signature("software-bug", "database").size() >= 3, "slow query");
  }

  @Test
  void loadBalancerActionIsPromisedAgainAndAgain() {
    Map<String, Integer> actionDocs = new HashMap<>();
    for (GoldRecord g : signature("misconfiguration", "load-balancer")) {
      String text = archive.document(g.file()).text().toLowerCase(Locale.ROOT);
      if (text.contains("monitoring and alerts for load balancer configuration changes")
          || text.contains("monitoring for load balancer configuration changes")) {
        actionDocs.merge("lb-change-monitoring", 1, Integer::sum);
      }
    }
    assertTrue(actionDocs.getOrDefault("lb-change-monitoring", 0) >= 5, actionDocs.toString());
  }

  @Test
  void datesSpanTwoYears() {
    List<LocalDate> dates = new ArrayList<>();
    for (String name : archive.names()) {
      dates.add(
          SampleArchive.dateOf(name).orElseThrow(() -> new AssertionError(name + " has no date")));
    }
    LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
    LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
    assertEquals(LocalDate.of(2023, 1, 1), first.withDayOfMonth(1));
    assertEquals(LocalDate.of(2024, 12, 1), last.withDayOfMonth(1));
    Set<Integer> quarters =
        dates.stream()
            .map(d -> d.getYear() * 10 + (d.getMonthValue() - 1) / 3)
            .collect(Collectors.toSet());
    assertEquals(8, quarters.size(), "every quarter of the two years has an incident");
  }

  @Test
  void layoutsVary() {
    Map<String, Long> byExtension =
        archive.names().stream()
            .collect(
                Collectors.groupingBy(
                    n -> n.substring(n.lastIndexOf('.') + 1), Collectors.counting()));
    assertTrue(byExtension.getOrDefault("html", 0L) >= 2, byExtension.toString());
    assertTrue(byExtension.getOrDefault("txt", 0L) >= 4, byExtension.toString());
    long withoutSections = archive.gold().stream().filter(g -> g.sections().isEmpty()).count();
    assertTrue(withoutSections >= 2, "prose-only notes: " + withoutSections);
  }

  @Test
  void extractWritesEveryDocumentAndTheGoldFile(@TempDir Path dir) throws IOException {
    List<Path> written = archive.extractTo(dir.resolve("sample"));
    assertEquals(archive.size() + 1, written.size());
    assertEquals(SampleArchive.GOLD_FILE, written.get(written.size() - 1).getFileName().toString());
    String name = archive.names().get(3);
    assertEquals(
        archive.document(name).text(), Files.readString(dir.resolve("sample").resolve(name)));
    assertFalse(Files.exists(dir.resolve("sample").resolve(SampleArchive.INDEX)));
  }

  private List<GoldRecord> signature(String fault, String component) {
    Collection<GoldRecord> all = archive.gold();
    return all.stream()
        .filter(g -> g.rootCauseFault().orElse("").equals(fault))
        .filter(g -> g.rootCauseComponent().orElse("").equals(component))
        .toList();
  }
}
