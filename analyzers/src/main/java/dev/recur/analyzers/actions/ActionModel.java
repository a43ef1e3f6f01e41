package dev.recur.analyzers.actions;

import dev.recur.analyzers.Categorizers;
import dev.recur.analyzers.TextModels;
import dev.recur.core.ActionCategory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.tokenize.Tokenizer;

/**
 * The maxent categorizer that reads a corrective-action item and says which {@link ActionCategory}
 * it is, trained on Recur's labelled items ({@code action-training.tsv}). The model is immutable
 * and shared; {@link #categorizer()} makes the non-thread-safe OpenNLP tool for one parse. Load the
 * shipped model with {@link #builtIn()}, or train a new one with {@link #train}.
 */
public final class ActionModel {

  static final String RESOURCE_DIR = "/dev/recur/analyzers/actions/";

  /** File name of the labelled training items. */
  public static final String TRAINING_FILE = "action-training.tsv";

  /** File name of the serialized model. */
  public static final String MODEL_FILE = "action-category.bin";

  /** Every {@value}-th sample is held out of training to measure accuracy. */
  public static final int HOLD_OUT_EVERY = 8;

  private final DoccatModel model;

  private ActionModel(DoccatModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The model shipped in the analyzers jar. */
  public static ActionModel builtIn() {
    return new ActionModel(Categorizers.load(RESOURCE_DIR + MODEL_FILE));
  }

  /**
   * A model read from a serialized OpenNLP doccat model whose categories are {@link ActionCategory}
   * ids.
   *
   * @throws IOException when the stream cannot be read, holds no doccat model or a model with a
   *     category that is no {@link ActionCategory} id (named)
   */
  public static ActionModel read(InputStream in) throws IOException {
    DoccatModel model = new DoccatModel(in);
    DocumentCategorizerME me = new DocumentCategorizerME(model);
    for (int i = 0; i < me.getNumberOfCategories(); i++) {
      try {
        ActionCategory.fromId(me.getCategory(i));
      } catch (IllegalArgumentException e) {
        throw new IOException("the action model's " + e.getMessage(), e);
      }
    }
    return new ActionModel(model);
  }

  /** Trains the categorizer on {@code samples}; deterministic for the same samples. */
  public static ActionModel train(List<ActionSample> samples, TextModels text) throws IOException {
    Tokenizer tokenizer = text.tokenizer();
    List<DocumentSample> docs = new ArrayList<>();
    for (ActionSample s : samples) {
      docs.add(new DocumentSample(s.category().id(), Categorizers.words(tokenizer, s.item())));
    }
    return new ActionModel(Categorizers.train(docs));
  }

  /** Writes the model into {@code dir} under {@link #MODEL_FILE}. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream out = Files.newOutputStream(dir.resolve(MODEL_FILE))) {
      model.serialize(out);
    }
  }

  /** A categorizer for one thread: use it within one parse and drop it. */
  public Categorizer categorizer() {
    return new Categorizer(new DocumentCategorizerME(model));
  }

  /**
   * Reads labelled items, one {@code category<TAB>item} per line; blank lines and lines starting
   * with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming the line when it has not two fields or an unknown
   *     category
   */
  public static List<ActionSample> readSamples(Reader reader) throws IOException {
    return Categorizers.readSamples(
        reader, 2, f -> new ActionSample(ActionCategory.fromId(f[0]), f[1]));
  }

  /** The samples training keeps: all but every {@link #HOLD_OUT_EVERY}-th. */
  public static List<ActionSample> trainingSlice(List<ActionSample> samples) {
    return Categorizers.trainingSlice(samples, HOLD_OUT_EVERY);
  }

  /** The samples held out of training to measure accuracy. */
  public static List<ActionSample> heldOutSlice(List<ActionSample> samples) {
    return Categorizers.heldOutSlice(samples, HOLD_OUT_EVERY);
  }

  /** Share of {@code samples} whose category the model alone predicts right. */
  public double accuracy(List<ActionSample> samples, TextModels text) {
    Tokenizer tokenizer = text.tokenizer();
    Categorizer categorizer = categorizer();
    int right = 0;
    for (ActionSample s : samples) {
      if (categorizer.best(Categorizers.words(tokenizer, s.item())) == s.category()) {
        right++;
      }
    }
    return (double) right / Math.max(1, samples.size());
  }

  /**
   * Category probabilities of one item. Wraps an OpenNLP {@code DocumentCategorizerME}, so it is
   * not thread-safe: one per parse.
   */
  public static final class Categorizer {
    private final DocumentCategorizerME me;

    private Categorizer(DocumentCategorizerME me) {
      this.me = me;
    }

    /** Probability of each category for the item's words. */
    public Map<ActionCategory, Double> probabilities(String[] words) {
      Map<ActionCategory, Double> out = new EnumMap<>(ActionCategory.class);
      Categorizers.probabilities(me, words)
          .forEach((id, p) -> out.put(ActionCategory.fromId(id), p));
      return out;
    }

    ActionCategory best(String[] words) {
      return ActionCategory.fromId(me.getBestCategory(me.categorize(words)));
    }
  }
}
