package dev.recur.analyzers.sections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.SourceDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Section kinds against the labelled sets in {@code ../shared/eval}: set precision and recall of
 * the kinds found, {@code other} not counted, as SCHEMA.md scores them. Skipped when the shared
 * folder is absent.
 */
class SectionGoldTest {

  /** Micro-averaged F1 the 35 tuning documents of the dev set must keep. */
  static final double DEV_FLOOR = 0.93;

  /** The 15 documents set aside for generalisation; only reported, and held to a loose floor. */
  static final double HOLDOUT_FLOOR = 0.85;

  private static final ObjectMapper JSON = new ObjectMapper();

  record Score(int truePositives, int found, int gold, List<String> misses) {
    double f1() {
      double p = found == 0 ? 1 : (double) truePositives / found;
      double r = gold == 0 ? 1 : (double) truePositives / gold;
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static Path shared() {
    Path shared = Path.of(System.getProperty("recur.shared", "../../shared"));
    Assumptions.assumeTrue(
        Files.isDirectory(shared.resolve("eval")), "no shared eval data at " + shared);
    return shared;
  }

  static Set<SectionKind> kindsFound(String source, String text) {
    RecordDraft draft = new RecordDraft(SourceDocument.of(source, text));
    new SectionExtractor().contribute(draft);
    Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
    for (Section s : draft.sections()) {
      if (s.kind() != SectionKind.OTHER) {
        kinds.add(s.kind());
      }
    }
    return kinds;
  }

  static Score score(Path gold, Path documents, java.util.function.Predicate<String> include)
      throws IOException {
    int tp = 0;
    int found = 0;
    int expected = 0;
    List<String> misses = new ArrayList<>();
    for (String line : Files.readAllLines(gold)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = JSON.readTree(line);
      String file = node.get("file").asText();
      if (!include.test(file)) {
        continue;
      }
      Set<SectionKind> want = EnumSet.noneOf(SectionKind.class);
      node.get("sections")
          .forEach(
              k -> {
                SectionKind kind = SectionKind.fromId(k.asText());
                if (kind != SectionKind.OTHER) {
                  want.add(kind);
                }
              });
      Set<SectionKind> got = kindsFound(file, Files.readString(documents.resolve(file)));
      Set<SectionKind> hit = EnumSet.copyOf(want);
      hit.retainAll(got);
      tp += hit.size();
      found += got.size();
      expected += want.size();
      if (!got.equals(want)) {
        Set<SectionKind> missing = EnumSet.copyOf(want);
        missing.removeAll(got);
        Set<SectionKind> extra = EnumSet.copyOf(got);
        extra.removeAll(want);
        misses.add(file + " missing " + missing + " extra " + extra);
      }
    }
    return new Score(tp, found, expected, misses);
  }

  static Set<String> holdout() throws IOException {
    Path list = Path.of("../corpus/src/test/resources/dev/recur/corpus/eval/dev-holdout.txt");
    Assumptions.assumeTrue(
        Files.isRegularFile(list), "no holdout list at " + list.toAbsolutePath());
    Set<String> names = new TreeSet<>();
    for (String line : Files.readAllLines(list)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        names.add(line.strip());
      }
    }
    return names;
  }

  @Test
  void everySeedSectionIsFoundWithItsKind() throws IOException {
    Path shared = shared();
    Score score =
        score(shared.resolve("eval/seeds-gold.jsonl"), shared.resolve("seeds"), f -> true);
    assertEquals(1.0, score.f1(), 1e-9, "seed section F1; mismatches: " + score.misses());
  }

  @Test
  void devSetSectionF1StaysAboveFloor() throws IOException {
    Path shared = shared();
    Set<String> holdout = holdout();
    Path gold = shared.resolve("eval/dev-gold.jsonl");
    Path docs = shared.resolve("corpus/postmortems-real");
    Score tuned = score(gold, docs, f -> !holdout.contains(f));
    Score held = score(gold, docs, holdout::contains);
    System.err.printf(
        "section F1: dev tuned %.3f (%d/%d found, %d gold), holdout %.3f (%d/%d found, %d gold)%n",
        tuned.f1(),
        tuned.truePositives(),
        tuned.found(),
        tuned.gold(),
        held.f1(),
        held.truePositives(),
        held.found(),
        held.gold());
    tuned.misses().forEach(m -> System.err.println("  tuned " + m));
    if (Boolean.getBoolean("recur.showHoldout")) {
      held.misses().forEach(m -> System.err.println("  holdout " + m));
    }
    assertTrue(
        tuned.f1() >= DEV_FLOOR,
        "dev tuned F1 " + tuned.f1() + " < " + DEV_FLOOR + ": " + tuned.misses());
    assertTrue(held.f1() >= HOLDOUT_FLOOR, "holdout F1 " + held.f1() + " < " + HOLDOUT_FLOOR);
  }
}
