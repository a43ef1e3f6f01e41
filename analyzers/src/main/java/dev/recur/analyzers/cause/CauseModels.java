package dev.recur.analyzers.cause;

import dev.recur.analyzers.Categorizers;
import dev.recur.analyzers.TextModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.tokenize.Tokenizer;

/**
 * The two maxent document categorizers that read a sentence and say which fault and which component
 * it names as a cause, trained on Recur's labelled sentences ({@code cause-training.tsv}). The
 * models are immutable and shared; {@link #categorizer()} makes the non-thread-safe OpenNLP tools
 * for one parse. Load the shipped models with {@link #builtIn()}, or train new ones with {@link
 * #train}.
 */
public final class CauseModels {

  static final String RESOURCE_DIR = "/dev/recur/analyzers/cause/";

  /** File name of the labelled training sentences. */
  public static final String TRAINING_FILE = "cause-training.tsv";

  /** File name of the fault model. */
  public static final String FAULT_MODEL = "cause-fault.bin";

  /** File name of the component model. */
  public static final String COMPONENT_MODEL = "cause-component.bin";

  /** Every {@value}-th sample is held out of training to measure accuracy. */
  public static final int HOLD_OUT_EVERY = 8;

  private final DoccatModel fault;
  private final DoccatModel component;

  private CauseModels(DoccatModel fault, DoccatModel component) {
    this.fault = Objects.requireNonNull(fault, "fault");
    this.component = Objects.requireNonNull(component, "component");
  }

  /** The models shipped in the analyzers jar. */
  public static CauseModels builtIn() {
    return new CauseModels(
        Categorizers.load(RESOURCE_DIR + FAULT_MODEL),
        Categorizers.load(RESOURCE_DIR + COMPONENT_MODEL));
  }

  /**
   * Models read from two serialized OpenNLP doccat models.
   *
   * @throws IOException when a stream cannot be read or holds no doccat model
   */
  public static CauseModels read(InputStream faultModel, InputStream componentModel)
      throws IOException {
    return new CauseModels(new DoccatModel(faultModel), new DoccatModel(componentModel));
  }

  /** Trains both categorizers on {@code samples}; deterministic for the same samples. */
  public static CauseModels train(List<CauseSample> samples, TextModels text) throws IOException {
    Tokenizer tokenizer = text.tokenizer();
    List<DocumentSample> faults = new ArrayList<>();
    List<DocumentSample> components = new ArrayList<>();
    for (CauseSample s : samples) {
      String[] words = words(tokenizer, s.sentence());
      faults.add(new DocumentSample(s.fault(), words));
      components.add(new DocumentSample(s.component(), words));
    }
    return new CauseModels(Categorizers.train(faults), Categorizers.train(components));
  }

  /** Writes both models into {@code dir} under their standard file names. */
  public void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream out = Files.newOutputStream(dir.resolve(FAULT_MODEL))) {
      fault.serialize(out);
    }
    try (OutputStream out = Files.newOutputStream(dir.resolve(COMPONENT_MODEL))) {
      component.serialize(out);
    }
  }

  /** A categorizer for one thread: use it within one parse and drop it. */
  public Categorizer categorizer() {
    return new Categorizer(new DocumentCategorizerME(fault), new DocumentCategorizerME(component));
  }

  /**
   * Reads labelled samples, one {@code fault<TAB>component<TAB>sentence} per line; blank lines and
   * lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming the line when it has not three fields
   */
  public static List<CauseSample> readSamples(Reader reader) throws IOException {
    return Categorizers.readSamples(reader, 3, f -> new CauseSample(f[0], f[1], f[2]));
  }

  /** The samples training keeps: all but every {@link #HOLD_OUT_EVERY}-th. */
  public static List<CauseSample> trainingSlice(List<CauseSample> samples) {
    return Categorizers.trainingSlice(samples, HOLD_OUT_EVERY);
  }

  /** The samples held out of training to measure accuracy. */
  public static List<CauseSample> heldOutSlice(List<CauseSample> samples) {
    return Categorizers.heldOutSlice(samples, HOLD_OUT_EVERY);
  }

  /**
   * Share of {@code samples} whose fault and whose component the models predict right.
   *
   * @return {@code [faultAccuracy, componentAccuracy]}
   */
  public double[] accuracy(List<CauseSample> samples, TextModels text) {
    Tokenizer tokenizer = text.tokenizer();
    Categorizer categorizer = categorizer();
    int faultsRight = 0;
    int componentsRight = 0;
    for (CauseSample s : samples) {
      String[] words = words(tokenizer, s.sentence());
      if (categorizer.bestFault(words).equals(s.fault())) {
        faultsRight++;
      }
      if (categorizer.bestComponent(words).equals(s.component())) {
        componentsRight++;
      }
    }
    int n = Math.max(1, samples.size());
    return new double[] {(double) faultsRight / n, (double) componentsRight / n};
  }

  /** The lower-case words the categorizers read, from OpenNLP tokens. */
  static String[] words(Tokenizer tokenizer, String sentence) {
    return Categorizers.words(tokenizer, sentence);
  }

  /**
   * Fault and component probabilities of one sentence. Wraps OpenNLP {@code DocumentCategorizerME}
   * instances, so it is not thread-safe: one per parse.
   */
  public static final class Categorizer {
    private final DocumentCategorizerME fault;
    private final DocumentCategorizerME component;

    private Categorizer(DocumentCategorizerME fault, DocumentCategorizerME component) {
      this.fault = fault;
      this.component = component;
    }

    /** Probability of each fault label for the sentence's words. */
    public Map<String, Double> faults(String[] words) {
      return scores(fault, words);
    }

    /** Probability of each component label for the sentence's words. */
    public Map<String, Double> components(String[] words) {
      return scores(component, words);
    }

    String bestFault(String[] words) {
      return fault.getBestCategory(fault.categorize(words));
    }

    String bestComponent(String[] words) {
      return component.getBestCategory(component.categorize(words));
    }

    private static Map<String, Double> scores(DocumentCategorizerME me, String[] words) {
      return Categorizers.probabilities(me, words);
    }
  }
}
