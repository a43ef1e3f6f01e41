package dev.recur.corpus.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recur.corpus.generate.Doc.TimelineStyle;
import dev.recur.corpus.generate.PostmortemGenerator.Features;
import dev.recur.corpus.generate.PostmortemGenerator.ImpactStyle;
import dev.recur.corpus.generate.PostmortemGenerator.Sample;
import dev.recur.corpus.generate.PostmortemGenerator.WindowStyle;
import dev.recur.corpus.generate.TimeText.Clock;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmortemGeneratorTest {

  private static final long SEED = 20240214L;
  private static final int SAMPLE = 3000;
  private static final List<Sample> SAMPLES = new ArrayList<>();

  @BeforeAll
  static void generateSample() {
    PostmortemGenerator g = new PostmortemGenerator(SEED);
    for (int i = 0; i < SAMPLE; i++) {
      SAMPLES.add(g.sample(i));
    }
  }

  @Test
  void sameSeedGivesByteIdenticalDocumentsInAnyOrder() {
    PostmortemGenerator again = new PostmortemGenerator(SEED);
    for (int i = 299; i >= 0; i--) {
      GeneratedPostmortem a = SAMPLES.get(i).document();
      GeneratedPostmortem b = again.generate(i);
      assertEquals(a.text(), b.text(), "seed " + SEED + " doc " + i);
      assertEquals(a.gold().toJsonLine(), b.gold().toJsonLine(), "seed " + SEED + " doc " + i);
    }
  }

  @Test
  void differentSeedsGiveDifferentDocuments() {
    PostmortemGenerator other = new PostmortemGenerator(SEED + 1);
    int same = 0;
    for (int i = 0; i < 100; i++) {
      if (other.generate(i).text().equals(SAMPLES.get(i).document().text())) {
        same++;
      }
    }
    assertEquals(0, same, "seeds " + SEED + " and " + (SEED + 1));
  }

  @Test
  void durationIsTheWindowOrTheStatedLength() {
    for (Sample s : SAMPLES) {
      GoldLabel g = s.document().gold();
      String where = "seed " + SEED + " " + g.file();
      if (g.start().isPresent()) {
        String a = g.start().get();
        String b = g.end().orElseThrow();
        assertEquals(a.startsWith("T"), b.startsWith("T"), where);
        long minutes;
        if (a.startsWith("T")) {
          minutes =
              Duration.between(LocalTime.parse(a.substring(1)), LocalTime.parse(b.substring(1)))
                  .toMinutes();
          minutes = (minutes + 1440) % 1440; // a time-only end before the start crosses midnight
        } else {
          minutes = Duration.between(LocalDateTime.parse(a), LocalDateTime.parse(b)).toMinutes();
        }
        assertEquals(minutes, g.durationMinutes().orElseThrow(), where);
      } else {
        assertFalse(g.end().isPresent(), where);
        assertEquals(g.statedDurationMinutes(), g.durationMinutes(), where);
      }
    }
  }

  @Test
  void goldValuesAreWrittenInTheDocument() {
    for (Sample s : SAMPLES) {
      GeneratedPostmortem d = s.document();
      GoldLabel g = d.gold();
      String where = "seed " + SEED + " " + g.file();
      assertTrue(Phrases.FAULTS.contains(g.rootCauseFault()), where);
      assertTrue(Phrases.COMPONENTS.contains(g.rootCauseComponent()), where);
      assertTrue(d.text().contains(g.affectedService().orElseThrow()), where);
      g.timezone().ifPresent(z -> assertTrue(d.text().contains(z), where + " zone " + z));
      assertFalse(g.misleadingPaths().contains(g.rootCauseComponent()), where);
      assertEquals(PostmortemGenerator.canonical(new HashSet<>(g.sections())), g.sections(), where);
      if (d.layout() == Layout.PROSE) {
        assertTrue(g.sections().isEmpty(), where);
      } else {
        assertTrue(g.sections().contains("summary"), where);
      }
    }
  }

  @Test
  void sizesSpanThreeHundredBytesToFiftyKilobytes() {
    int small = 0;
    int large = 0;
    for (Sample s : SAMPLES) {
      int bytes = s.document().text().getBytes(StandardCharsets.UTF_8).length;
      String where = "seed " + SEED + " " + s.document().fileName() + " has " + bytes + " bytes";
      assertTrue(bytes >= PostmortemGenerator.MIN_BYTES, where);
      assertTrue(bytes <= PostmortemGenerator.MAX_BYTES, where);
      small += bytes < 1000 ? 1 : 0;
      large += bytes > 30_000 ? 1 : 0;
    }
    assertTrue(small > 20, "small documents: " + small);
    assertTrue(large > 20, "large documents: " + large);
  }

  @Test
  void everyLayoutFormatFaultAndComponentIsCovered() {
    Set<Layout> layouts = EnumSet.noneOf(Layout.class);
    Set<WindowStyle> windows = EnumSet.noneOf(WindowStyle.class);
    Set<TimelineStyle> timelines = EnumSet.noneOf(TimelineStyle.class);
    Set<Clock> clocks = EnumSet.noneOf(Clock.class);
    Set<ImpactStyle> impacts = EnumSet.noneOf(ImpactStyle.class);
    Set<String> faults = new HashSet<>();
    Set<String> components = new HashSet<>();
    Set<String> herrings = new HashSet<>();
    Set<String> sections = new HashSet<>();
    Set<String> zones = new HashSet<>();
    int midnight = 0;
    int disagree = 0;
    int typos = 0;
    for (Sample s : SAMPLES) {
      Features f = s.features();
      GoldLabel g = s.document().gold();
      layouts.add(f.layout());
      windows.add(f.window());
      timelines.add(f.timeline());
      clocks.add(f.clock());
      impacts.add(f.impact());
      zones.add(f.zone());
      faults.add(g.rootCauseFault());
      components.add(g.rootCauseComponent());
      herrings.addAll(g.misleadingPaths());
      sections.addAll(g.sections());
      midnight += f.crossesMidnight() ? 1 : 0;
      disagree += f.statedDisagrees() ? 1 : 0;
      typos += f.typos() ? 1 : 0;
    }
    assertEquals(EnumSet.allOf(Layout.class), layouts);
    assertEquals(EnumSet.allOf(WindowStyle.class), windows);
    assertEquals(EnumSet.allOf(TimelineStyle.class), timelines);
    assertEquals(EnumSet.allOf(Clock.class), clocks);
    assertEquals(EnumSet.allOf(ImpactStyle.class), impacts);
    assertEquals(Set.copyOf(Phrases.FAULTS), faults);
    assertEquals(Set.copyOf(Phrases.COMPONENTS), components);
    assertEquals(Phrases.HERRINGS.keySet(), herrings);
    assertEquals(Set.copyOf(PostmortemGenerator.CANONICAL_ORDER), sections);
    for (String zone :
        List.of("UTC", "GMT", "EAT", "WAT", "CAT", "PST", "EST", "CET", "IST", "GMT+1", "UTC-5")) {
      assertTrue(zones.contains(zone), "zone " + zone);
    }
    assertTrue(midnight > 50, "documents crossing midnight: " + midnight);
    assertTrue(disagree > 10, "stated lengths that disagree: " + disagree);
    assertTrue(typos > 100, "documents with typos: " + typos);
  }

  @Test
  void tenThousandDocumentsStreamWithoutBeingHeld() {
    PostmortemGenerator g = new PostmortemGenerator(SEED);
    AtomicLong bytes = new AtomicLong();
    List<WeakReference<GeneratedPostmortem>> early = new ArrayList<>();
    // An unbounded stream only works if documents are made on demand.
    g.stream(Long.MAX_VALUE)
        .limit(10_000)
        .forEach(
            d -> {
              if (early.size() < 100) {
                early.add(new WeakReference<>(d));
              }
              bytes.addAndGet(d.text().length());
            });
    System.gc();
    long kept = early.stream().filter(w -> w.get() != null).count();
    assertTrue(kept < early.size(), "all of the first documents are still reachable");
    assertTrue(bytes.get() > 10_000L * 1000, "bytes streamed: " + bytes.get());
    Iterator<GeneratedPostmortem> it = g.iterator(Long.MAX_VALUE);
    assertEquals(g.generate(0).text(), it.next().text());
  }

  @Test
  void corpusFolderHoldsDocumentsAndOneGoldLinePerDocument(@TempDir Path dir) throws IOException {
    GeneratedCorpus.Summary s = GeneratedCorpus.write(new PostmortemGenerator(SEED), 1200, dir);
    assertEquals(1200, s.documents());
    List<String> lines = Files.readAllLines(s.gold());
    assertEquals(1200, lines.size());
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines.get(0));
    for (String key :
        List.of(
            "file",
            "start",
            "end",
            "timezone",
            "duration_minutes",
            "stated_duration_minutes",
            "impact_percent",
            "affected_service",
            "root_cause_fault",
            "root_cause_component",
            "misleading_paths",
            "sections")) {
      assertTrue(first.has(key), "gold key " + key);
    }
    String last = json.readTree(lines.get(1199)).get("file").asText();
    assertTrue(Files.exists(dir.resolve("001").resolve(last)), last);
    assertNotEquals(0, s.bytes());
  }
}
