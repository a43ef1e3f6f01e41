package dev.recur.analyzers.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.Categorizers;
import dev.recur.analyzers.TextModels;
import dev.recur.core.ActionCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import opennlp.tools.tokenize.Tokenizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActionModelTest {

  private static TextModels text;
  private static List<ActionSample> samples;

  @BeforeAll
  static void load() throws IOException {
    text = TextModels.english();
    try (Reader in =
        new InputStreamReader(
            ActionModel.class.getResourceAsStream(
                ActionModel.RESOURCE_DIR + ActionModel.TRAINING_FILE),
            StandardCharsets.UTF_8)) {
      samples = ActionModel.readSamples(in);
    }
  }

  @Test
  void retrainingReproducesTheCommittedModel() throws IOException {
    Properties report = new Properties();
    try (InputStream in =
        ActionModel.class.getResourceAsStream(ActionModel.RESOURCE_DIR + ActionTrainer.REPORT)) {
      report.load(in);
    }
    assertEquals(
        samples.size(),
        Integer.parseInt(report.getProperty("samples")),
        "action-training.tsv changed since the model was trained; retrain (README)");
    ActionModel retrained = ActionModel.train(ActionModel.trainingSlice(samples), text);
    List<ActionSample> heldOut = ActionModel.heldOutSlice(samples);
    assertEquals(
        Double.parseDouble(report.getProperty("accuracy")),
        retrained.accuracy(heldOut, text),
        1e-4);
    // Equal accuracy can hide a stale model; every item must score the same.
    ActionModel.Categorizer shipped = ActionModel.builtIn().categorizer();
    ActionModel.Categorizer fresh = retrained.categorizer();
    Tokenizer tokenizer = text.tokenizer();
    for (ActionSample s : samples) {
      String[] words = Categorizers.words(tokenizer, s.item());
      Map<ActionCategory, Double> a = shipped.probabilities(words);
      Map<ActionCategory, Double> b = fresh.probabilities(words);
      assertEquals(a.keySet(), b.keySet(), s.item());
      a.forEach((c, p) -> assertEquals(p, b.get(c), 1e-9, "shipped model is stale: " + s.item()));
    }
  }

  @Test
  void heldOutAccuracyIsUseful() {
    double accuracy = ActionModel.builtIn().accuracy(ActionModel.heldOutSlice(samples), text);
    assertTrue(accuracy >= 0.6, "held-out accuracy " + accuracy);
  }

  @Test
  void everyCategoryHasTrainingItems() {
    Set<ActionCategory> seen = EnumSet.noneOf(ActionCategory.class);
    samples.forEach(s -> seen.add(s.category()));
    assertEquals(EnumSet.allOf(ActionCategory.class), seen);
    assertTrue(samples.size() >= 300, "only " + samples.size() + " training items");
  }

  @Test
  void aModelOfOtherCategoriesIsRefusedByName() throws IOException {
    try (InputStream faults =
        ActionModel.class.getResourceAsStream("/dev/recur/analyzers/cause/cause-fault.bin")) {
      IOException e = assertThrows(IOException.class, () -> ActionModel.read(faults));
      assertTrue(e.getMessage().contains("unknown action category"), e.getMessage());
    }
  }

  @Test
  void aBadTrainingLineIsNamed() {
    IllegalArgumentException twoFields =
        assertThrows(
            IllegalArgumentException.class,
            () -> ActionModel.readSamples(new StringReader("monitoring\tAdd alerts\nno tab\n")));
    assertTrue(twoFields.getMessage().contains("line 2"), twoFields.getMessage());
    IllegalArgumentException category =
        assertThrows(
            IllegalArgumentException.class,
            () -> ActionModel.readSamples(new StringReader("# c\nalerting\tAdd alerts\n")));
    assertTrue(category.getMessage().contains("line 2"), category.getMessage());
    assertTrue(category.getMessage().contains("alerting"), category.getMessage());
  }
}
