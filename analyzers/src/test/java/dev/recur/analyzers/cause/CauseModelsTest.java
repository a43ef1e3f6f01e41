package dev.recur.analyzers.cause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.taxonomy.Term;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.tokenize.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CauseModelsTest {

  private static TextModels text;
  private static List<CauseSample> samples;

  @BeforeAll
  static void load() throws IOException {
    text = TextModels.english();
    try (Reader in =
        new InputStreamReader(
            CauseModels.class.getResourceAsStream(
                CauseModels.RESOURCE_DIR + CauseModels.TRAINING_FILE),
            StandardCharsets.UTF_8)) {
      samples = CauseModels.readSamples(in);
    }
  }

  private static Properties report() throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        CauseModels.class.getResourceAsStream(CauseModels.RESOURCE_DIR + CauseTrainer.REPORT)) {
      p.load(in);
    }
    return p;
  }

  @Test
  void retrainingReproducesTheCommittedModels() throws IOException {
    List<CauseSample> heldOut = CauseModels.heldOutSlice(samples);
    CauseModels retrained = CauseModels.train(CauseModels.trainingSlice(samples), text);
    double[] fresh = retrained.accuracy(heldOut, text);
    double[] shipped = CauseModels.builtIn().accuracy(heldOut, text);
    Properties report = report();
    assertEquals(
        samples.size(),
        Integer.parseInt(report.getProperty("samples")),
        "cause-training.tsv changed since the models were trained; retrain (README)");
    assertEquals(Double.parseDouble(report.getProperty("faultAccuracy")), fresh[0], 1e-4);
    assertEquals(Double.parseDouble(report.getProperty("componentAccuracy")), fresh[1], 1e-4);
    assertEquals(shipped[0], fresh[0], 1e-9, "shipped fault model differs from a retrained one");
    assertEquals(
        shipped[1], fresh[1], 1e-9, "shipped component model differs from a retrained one");
    // Equal accuracy can hide a stale model: one trained before the word splitting changed scores
    // the same share right but reads sentences differently. Every sentence must score the same.
    CauseModels.Categorizer a = CauseModels.builtIn().categorizer();
    CauseModels.Categorizer b = retrained.categorizer();
    Tokenizer tokenizer = text.tokenizer();
    for (CauseSample s : samples) {
      String[] words = CauseModels.words(tokenizer, s.sentence());
      assertProbabilitiesEqual(a.faults(words), b.faults(words), s);
      assertProbabilitiesEqual(a.components(words), b.components(words), s);
    }
  }

  private static void assertProbabilitiesEqual(
      Map<String, Double> shipped, Map<String, Double> retrained, CauseSample sample) {
    assertEquals(shipped.keySet(), retrained.keySet(), sample.sentence());
    for (Map.Entry<String, Double> e : shipped.entrySet()) {
      assertEquals(
          e.getValue(),
          retrained.get(e.getKey()),
          1e-9,
          "shipped model is stale (retrain it, README): "
              + e.getKey()
              + " of \""
              + sample.sentence()
              + "\"");
    }
  }

  @Test
  void heldOutAccuracyIsUseful() throws IOException {
    double[] shipped = CauseModels.builtIn().accuracy(CauseModels.heldOutSlice(samples), text);
    assertTrue(shipped[0] >= 0.55, "fault accuracy " + shipped[0]);
    assertTrue(shipped[1] >= 0.50, "component accuracy " + shipped[1]);
  }

  @Test
  void everyTaxonomyValueHasTrainingSentences() {
    Set<String> faults = samples.stream().map(CauseSample::fault).collect(Collectors.toSet());
    Set<String> components =
        samples.stream().map(CauseSample::component).collect(Collectors.toSet());
    Taxonomy t = Taxonomy.builtIn();
    for (Term f : t.faults()) {
      assertTrue(faults.contains(f.id()), "no training sentence for fault " + f.id());
    }
    for (Term c : t.components()) {
      assertTrue(components.contains(c.id()), "no training sentence for component " + c.id());
    }
    assertTrue(samples.size() >= 300, "only " + samples.size() + " training sentences");
  }

  @Test
  void labelsAreTaxonomyValues() {
    Taxonomy t = Taxonomy.builtIn();
    for (CauseSample s : samples) {
      assertTrue(t.fault(s.fault()).isPresent() || s.fault().equals("unknown"), s.toString());
      assertTrue(
          t.component(s.component()).isPresent() || s.component().equals("other"), s.toString());
    }
  }
}
