package dev.recur.analyzers.actions;

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
 * Retrains the corrective-action categorizer from {@code action-training.tsv} and writes the model
 * and a short accuracy report ({@code action-model.properties}) next to it. Run from the repository
 * root with {@code mvn -q -o -pl analyzers -am compile -Ptrain-actions}; the arguments are the
 * training file and the output directory.
 */
public final class ActionTrainer {

  /** File name of the accuracy report written beside the model. */
  public static final String REPORT = "action-model.properties";

  private static final Logger LOG = Logger.getLogger(ActionTrainer.class.getName());

  private ActionTrainer() {}

  /**
   * Trains on all but the held-out slice, measures accuracy on the held-out slice and writes
   * everything to {@code args[1]}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: ActionTrainer TRAINING_TSV OUTPUT_DIR, got " + List.of(args));
    }
    List<ActionSample> samples;
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      samples = ActionModel.readSamples(in);
    }
    Path out = Path.of(args[1]);
    TextModels text = TextModels.english();
    List<ActionSample> heldOut = ActionModel.heldOutSlice(samples);
    ActionModel model = ActionModel.train(ActionModel.trainingSlice(samples), text);
    double accuracy = model.accuracy(heldOut, text);
    model.write(out);
    try (Writer w = Files.newBufferedWriter(out.resolve(REPORT), StandardCharsets.UTF_8)) {
      w.write(report(samples.size(), heldOut.size(), accuracy));
    }
    LOG.info(
        () ->
            String.format(
                Locale.ROOT,
                "trained on %d items; held-out accuracy %.4f",
                samples.size() - heldOut.size(),
                accuracy));
  }

  static String report(int samples, int heldOut, double accuracy) {
    return String.format(
        Locale.ROOT,
        "# Written by ActionTrainer; accuracy on the held-out slice (every %dth item).%n"
            + "samples=%d%nheldOut=%d%naccuracy=%.4f%n",
        ActionModel.HOLD_OUT_EVERY,
        samples,
        heldOut,
        accuracy);
  }
}
