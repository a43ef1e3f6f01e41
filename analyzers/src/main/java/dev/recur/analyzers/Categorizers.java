package dev.recur.analyzers;

import dev.recur.analyzers.taxonomy.Words;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.TrainingParameters;

/**
 * How Recur's own maxent categorizers (root-cause faults and components, corrective-action
 * categories) are trained, loaded and read, kept in one place so that every one of them reads words
 * the same way: lower-cased {@link Words} of OpenNLP tokens, as single words and word pairs.
 * Stateless.
 */
public final class Categorizers {

  private static final int ITERATIONS = 200;
  private static final int CUTOFF = 1;

  private Categorizers() {}

  /** A maxent categorizer trained on {@code samples}; deterministic for the same samples. */
  public static DoccatModel train(List<DocumentSample> samples) throws IOException {
    if (samples.isEmpty()) {
      throw new IllegalArgumentException("[samples] must not be empty");
    }
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    DoccatFactory factory = new DoccatFactory(featureGenerators());
    return DocumentCategorizerME.train(
        "en", new CollectionObjectStream<>(samples), params, factory);
  }

  private static FeatureGenerator[] featureGenerators() {
    try {
      return new FeatureGenerator[] {
        new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2)
      };
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("bigram feature generator rejected its own bounds", e);
    }
  }

  /**
   * The model at class-path {@code resource}.
   *
   * @throws UncheckedIOException naming the resource when it is missing or holds no model
   */
  public static DoccatModel load(String resource) {
    try (InputStream in = Categorizers.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException(
                "model "
                    + resource
                    + " is not on the class path; retrain it with the command in README.md"));
      }
      return new DoccatModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource + ": " + e, e);
    }
  }

  /** The lower-case words a categorizer reads, from OpenNLP tokens. */
  public static String[] words(Tokenizer tokenizer, String sentence) {
    return words(Words.of(tokenizer.tokenize(sentence)));
  }

  /** The lower-case words a categorizer reads, from words already split. */
  public static String[] words(Words words) {
    String text = words.text().strip();
    return text.isEmpty() ? new String[0] : text.split(" ");
  }

  /** Probability of each category for {@code words}, in the model's order. */
  public static Map<String, Double> probabilities(DocumentCategorizerME me, String[] words) {
    double[] p = me.categorize(words);
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) {
      out.put(me.getCategory(i), p[i]);
    }
    return out;
  }

  /**
   * Reads labelled training text, one sample of {@code fields} tab-separated fields per line, made
   * by {@code sample} from the stripped fields; blank lines and lines starting with {@code #} are
   * skipped.
   *
   * @throws IllegalArgumentException naming the line when it has another number of fields or {@code
   *     sample} rejects it
   */
  public static <T> List<T> readSamples(Reader reader, int fields, Function<String[], T> sample)
      throws IOException {
    List<T> out = new ArrayList<>();
    BufferedReader in = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != fields) {
        throw new IllegalArgumentException(
            "training line "
                + number
                + " must have "
                + fields
                + " tab-separated fields, got "
                + parts.length);
      }
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].strip();
      }
      try {
        out.add(sample.apply(parts));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("training line " + number + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** All of {@code samples} but every {@code every}-th, which is held out to measure accuracy. */
  public static <T> List<T> trainingSlice(List<T> samples, int every) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < samples.size(); i++) {
      if (i % every != every - 1) {
        out.add(samples.get(i));
      }
    }
    return out;
  }

  /** Every {@code every}-th of {@code samples}: those {@link #trainingSlice} leaves out. */
  public static <T> List<T> heldOutSlice(List<T> samples, int every) {
    List<T> out = new ArrayList<>();
    for (int i = every - 1; i < samples.size(); i += every) {
      out.add(samples.get(i));
    }
    return out;
  }
}
