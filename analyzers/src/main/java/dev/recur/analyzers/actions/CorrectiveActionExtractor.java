package dev.recur.analyzers.actions;

import dev.recur.analyzers.Categorizers;
import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.cause.Statements;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.taxonomy.Term;
import dev.recur.analyzers.taxonomy.Words;
import dev.recur.analyzers.text.Sentences;
import dev.recur.core.ActionCategory;
import dev.recur.core.CorrectiveAction;
import dev.recur.core.Extractor;
import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists the action items of the corrective-actions and tasks sections: each list item or line, or
 * each sentence of a prose paragraph, with the category its wording points at (monitoring, testing,
 * validation, change management, documentation, training, capacity, process). Lead-ins ("we will
 * take the following steps:") and bare labels are skipped. The category cues come from the
 * taxonomy, so an application can extend them. Stateless and thread-safe.
 */
public final class CorrectiveActionExtractor implements Extractor {

  /** Items shorter than this many words are labels, not actions. */
  static final int MIN_WORDS = 3;

  /** At most this many items are kept from one document. */
  static final int MAX_ACTIONS = 200;

  /** A list number ("2. ", "b) ") or a task box ("[ ] ", "[x] ") opening an item. */
  private static final Pattern LIST_NUMBER =
      Pattern.compile("^(?:(?:\\d{1,3}|[a-z])[.)]|\\[[ xX]?\\])\\s{1,4}");

  /**
   * What a category's cue adds to the categorizer's probability; the category whose cue comes first
   * in the item gets {@link #FIRST_CUE_WEIGHT} more. The cues are the taxonomy's, which an
   * application may extend, so they must be able to outvote the categorizer; the categorizer reads
   * the whole item, so it decides between cues and finds the category of an item that names none.
   */
  static final double CUE_WEIGHT = 0.15;

  static final double FIRST_CUE_WEIGHT = 0.15;

  /** How sure the categorizer must be of an item that holds no cue; below it, {@code other}. */
  static final double MIN_UNCUED = 0.3;

  private final TextModels text;
  private final ActionModel model;
  private final Taxonomy taxonomy;

  /** An action step reading with the built-in categorizer and this taxonomy's action cues. */
  public CorrectiveActionExtractor(TextModels text, Taxonomy taxonomy) {
    this(text, ActionModel.builtIn(), taxonomy);
  }

  /** An action step reading with these models and this taxonomy's action cues. */
  public CorrectiveActionExtractor(TextModels text, ActionModel model, Taxonomy taxonomy) {
    this.text = Objects.requireNonNull(text, "text");
    this.model = Objects.requireNonNull(model, "model");
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
  }

  @Override
  public String name() {
    return "corrective-actions";
  }

  @Override
  public void contribute(RecordDraft draft) {
    Set<String> items = new LinkedHashSet<>();
    for (Section section : draft.sections()) {
      if (section.kind() != SectionKind.CORRECTIVE_ACTIONS && section.kind() != SectionKind.TASKS) {
        continue;
      }
      for (String line : section.text().split("\n")) {
        String item = line.strip();
        if (item.isEmpty()) {
          continue;
        }
        // A long prose line is several promises; a list item is one.
        List<String> parts =
            item.length() > 220 ? Sentences.ofText(draft, item, text) : List.of(item);
        for (String part : parts) {
          String p = withoutListNumber(part);
          if (isAction(p)) {
            items.add(p);
          }
        }
      }
    }
    List<CorrectiveAction> out = new ArrayList<>();
    ActionModel.Categorizer categorizer = items.isEmpty() ? null : model.categorizer();
    for (String item : items) {
      if (out.size() >= MAX_ACTIONS) {
        draft.diagnose(
            "too-many-actions",
            "more than " + MAX_ACTIONS + " action items; the rest were not read");
        break;
      }
      out.add(
          new CorrectiveAction(
              item, category(item, Statements.words(draft, text, item), categorizer)));
    }
    draft.correctiveActions(out);
  }

  /** {@code item} stripped, without a leading list number ("2. ", "b) ") or task box ("[ ] "). */
  static String withoutListNumber(String item) {
    return LIST_NUMBER.matcher(item.strip()).replaceFirst("");
  }

  static boolean isAction(String item) {
    if (item.endsWith(":")) {
      return false;
    }
    int words = item.split("\\s+").length;
    return words >= MIN_WORDS;
  }

  /**
   * The category of one item. A label before a colon that names a category ("Monitoring: add
   * alerts") decides; otherwise the categorizer's probabilities plus the cues' votes, the earliest
   * cue's the most.
   */
  ActionCategory category(String item, Words words, ActionModel.Categorizer categorizer) {
    Map<ActionCategory, Double> cues = new EnumMap<>(ActionCategory.class);
    ActionCategory first = null;
    int firstAt = Integer.MAX_VALUE;
    for (Term term : taxonomy.actions()) {
      int at = words.firstPosition(term);
      if (at < 0) {
        continue;
      }
      ActionCategory category = ActionCategory.fromId(term.id());
      cues.merge(category, CUE_WEIGHT, Double::sum);
      if (at < firstAt) {
        firstAt = at;
        first = category;
      }
    }
    // A label decides before the categorizer is asked at all.
    if (firstAt < labelEnd(item)) {
      return first;
    }
    Map<ActionCategory, Double> score =
        new EnumMap<>(categorizer.probabilities(Categorizers.words(words)));
    cues.forEach((category, vote) -> score.merge(category, vote, Double::sum));
    if (first != null) {
      score.merge(first, FIRST_CUE_WEIGHT, Double::sum);
    }
    ActionCategory best = best(score);
    // "Other" is what is left when nothing speaks for a category; the categorizer always leans
    // somewhere, so without a cue it must be sure.
    return first == null && score.get(best) < MIN_UNCUED ? ActionCategory.OTHER : best;
  }

  private static ActionCategory best(Map<ActionCategory, Double> score) {
    ActionCategory best = ActionCategory.OTHER;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<ActionCategory, Double> e : score.entrySet()) {
      if (e.getValue() > bestScore) {
        bestScore = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * Where a short label before a colon ends in the item's {@link Words#text()} ("Monitoring: add
   * alerts" ends after "monitoring"), or 0 when the item opens with none.
   */
  static int labelEnd(String item) {
    int colon = item.indexOf(':');
    if (colon <= 0 || colon > MAX_LABEL_CHARS) {
      return 0;
    }
    String label = item.substring(0, colon).strip();
    if (label.isEmpty() || label.split("\\s+").length > MAX_LABEL_WORDS) {
      return 0;
    }
    return Words.of(label.split("\\s+")).text().length() - 1;
  }

  /** A label before a colon is at most this long; a longer opening is the item's own sentence. */
  static final int MAX_LABEL_CHARS = 30;

  static final int MAX_LABEL_WORDS = 3;
}
