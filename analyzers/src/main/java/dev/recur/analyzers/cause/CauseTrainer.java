package dev.recur.analyzers.cause;

import dev.recur.analyzers.TextModels;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Retrains the root-cause categorizers from {@code cause-training.tsv} and writes the models and a
 * short accuracy report ({@code cause-models.properties}) next to it. Run from the repository root
 * with {@code mvn -q -o -pl analyzers -am compile -Ptrain-cause}; the arguments are the training
 * file and the output directory.
 */
public final class CauseTrainer {

  /** File name of the accuracy report written beside the models. */
  public static final String REPORT = "cause-models.properties";

  private static final Logger LOG = Logger.getLogger(CauseTrainer.class.getName());

  private CauseTrainer() {}

  /**
   * Trains on all but the held-out slice, measures accuracy on the held-out slice and writes
   * everything to {@code args[1]}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: CauseTrainer TRAINING_TSV OUTPUT_DIR, got " + List.of(args));
    }
    Path training = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<CauseSample> samples;
    try (Reader in = Files.newBufferedReader(training, StandardCharsets.UTF_8)) {
      samples = CauseModels.readSamples(in);
    }
    TextModels text = TextModels.english();
    CauseModels models = CauseModels.train(CauseModels.trainingSlice(samples), text);
    double[] accuracy = models.accuracy(CauseModels.heldOutSlice(samples), text);
    models.write(out);
    try (Writer w = Files.newBufferedWriter(out.resolve(REPORT), StandardCharsets.UTF_8)) {
      w.write(report(samples.size(), CauseModels.heldOutSlice(samples).size(), accuracy));
    }
    LOG.info(
        () ->
            String.format(
                Locale.ROOT,
                "trained on %d samples; held-out fault accuracy %.4f, component accuracy %.4f",
                samples.size() - CauseModels.heldOutSlice(samples).size(),
                accuracy[0],
                accuracy[1]));
  }

  static String report(int samples, int heldOut, double[] accuracy) {
    return String.format(
        Locale.ROOT,
        "# Written by CauseTrainer; accuracy on the held-out slice (every %dth sample).%n"
            + "samples=%d%nheldOut=%d%nfaultAccuracy=%.4f%ncomponentAccuracy=%.4f%n",
        CauseModels.HOLD_OUT_EVERY,
        samples,
        heldOut,
        accuracy[0],
        accuracy[1]);
  }
}
