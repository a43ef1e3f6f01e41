package dev.recur.corpus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.taxonomy.Term;
import dev.recur.core.RootCause;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the labels of the student postmortems in {@code student/} and {@code student2/}: public
 * documents that are not kept here, only their sources and their labels. Every label must name a
 * file of {@code sources.csv} in the same set, once, with values the built-in taxonomy knows; the
 * tuning and measuring sets must not share a document.
 */
class StudentGoldTest {

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
  @ValueSource(strings = {"student", "student2"})
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

  @Test
  void secondLabellersLabelsNameSourcesOnce() throws IOException, URISyntaxException {
    Set<String> sources = setOfEachSource("student2").keySet();
    Set<String> labelled = new HashSet<>();
    for (GoldRecord g : GoldFile.read(student("student2", "second-labels.jsonl"))) {
      assertTrue(sources.contains(g.file()), g.file());
      assertTrue(labelled.add(g.file()), "labelled twice: " + g.file());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"student", "student2"})
  void labelsUseTheTaxonomysValues(String folder) throws IOException, URISyntaxException {
    Taxonomy taxonomy = Taxonomy.builtIn();
    Set<String> faults = ids(taxonomy.faults().stream());
    faults.add(RootCause.UNKNOWN_FAULT);
    Set<String> components = ids(taxonomy.components().stream());
    components.add(RootCause.OTHER_COMPONENT);
    Set<String> herrings =
        ids(Stream.concat(taxonomy.components().stream(), taxonomy.herrings().stream()));
    for (String set : List.of("tune", "measure")) {
      for (GoldRecord g : GoldFile.read(student(folder, set + "-gold.jsonl"))) {
        g.rootCauseFault().ifPresent(f -> assertTrue(faults.contains(f), g.file() + ": " + f));
        g.rootCauseComponent()
            .ifPresent(c -> assertTrue(components.contains(c), g.file() + ": " + c));
        for (String h : g.misleadingPaths()) {
          assertTrue(herrings.contains(h), g.file() + ": " + h);
        }
      }
    }
  }

  private static Set<String> ids(Stream<Term> terms) {
    return terms.map(Term::id).collect(Collectors.toCollection(HashSet::new));
  }
}
