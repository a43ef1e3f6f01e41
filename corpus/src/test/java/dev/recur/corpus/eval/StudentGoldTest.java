package dev.recur.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.taxonomy.Taxonomy;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the labels of the student postmortems in {@code student/} … {@code student8/}: public
 * documents that are not kept here, only their sources and their labels. Every label must name a
 * file of {@code sources.csv} in the same set, once, with values the built-in taxonomy knows; the
 * tuning and measuring sets must not share a document.
 */
class StudentGoldTest {

  /** Every pool's folder. */
  static List<String> pools() {
    return List.of(
        "student",
        "student2",
        "student3",
        "student4",
        "student5",
        "student6",
        "student7",
        "student8");
  }

  /** The pools a second labeller labelled again: all but the first. */
  static List<String> poolsWithSecondLabels() {
    return pools().subList(1, pools().size());
  }

  private static Path student(String folder, String name) throws URISyntaxException {
    return Path.of(StudentGoldTest.class.getResource(folder + "/" + name).toURI());
  }

  private static Map<String, String> setOfEachSource(String folder)
      throws IOException, URISyntaxException {
    Map<String, String> out = new HashMap<>();
    try (Reader in =
        Files.newBufferedReader(student(folder, "sources.csv"), StandardCharsets.UTF_8)) {
      CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
      for (CSVRecord r : format.parse(in)) {
        assertTrue(r.get("sha256").matches("[0-9a-f]{64}"), r.get("file"));
        assertTrue(r.get("repo").contains("/"), r.get("file"));
        assertEquals(null, out.put(r.get("file"), r.get("set")), "listed twice: " + r.get("file"));
      }
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("pools")
  void everyLabelNamesASourceOfItsSetOnce(String folder) throws IOException, URISyntaxException {
    Map<String, String> sets = setOfEachSource(folder);
    Set<String> labelled = new HashSet<>();
    for (String set : List.of("tune", "measure")) {
      for (GoldRecord g : GoldFile.read(student(folder, set + "-gold.jsonl"))) {
        assertEquals(set, sets.get(g.file()), g.file());
        assertTrue(labelled.add(g.file()), "labelled twice: " + g.file());
      }
    }
    assertEquals(sets.keySet(), labelled);
  }

  @ParameterizedTest
  @MethodSource("poolsWithSecondLabels")
  void secondLabellersLabelsNameSourcesOnce(String folder) throws IOException, URISyntaxException {
    Set<String> sources = setOfEachSource(folder).keySet();
    Set<String> labelled = new HashSet<>();
    for (GoldRecord g : GoldFile.read(student(folder, "second-labels.jsonl"), Taxonomy.builtIn())) {
      assertTrue(sources.contains(g.file()), g.file());
      assertTrue(labelled.add(g.file()), "labelled twice: " + g.file());
    }
  }

  @ParameterizedTest
  @MethodSource("pools")
  void labelsUseTheTaxonomysValues(String folder) throws IOException, URISyntaxException {
    // Reading against the taxonomy names every fault, component or misleading path it lacks.
    for (String set : List.of("tune", "measure")) {
      assertFalse(
          GoldFile.read(student(folder, set + "-gold.jsonl"), Taxonomy.builtIn()).isEmpty(), set);
    }
  }
}
