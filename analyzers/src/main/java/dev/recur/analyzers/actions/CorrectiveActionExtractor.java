package dev.recur.analyzers.actions;

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
import java.util.LinkedHashSet;
import java.util.List;
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

  private static final Pattern LIST_NUMBER = Pattern.compile("^(?:\\d{1,3}|[a-z])[.)]\\s{1,4}");

  private final TextModels text;
  private final Taxonomy taxonomy;

  /** An action step reading with these models and this taxonomy's action cues. */
  public CorrectiveActionExtractor(TextModels text, Taxonomy taxonomy) {
    this.text = Objects.requireNonNull(text, "text");
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
    for (String item : items) {
      if (out.size() >= MAX_ACTIONS) {
        draft.diagnose(
            "too-many-actions",
            "more than " + MAX_ACTIONS + " action items; the rest were not read");
        break;
      }
      out.add(new CorrectiveAction(item, category(Statements.words(draft, text, item))));
    }
    draft.correctiveActions(out);
  }

  /** {@code item} stripped, without a leading list number ("2. ", "b) "). */
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
   * The category whose cues appear earliest in the item; the label before a colon ("Monitoring: add
   * alerts") counts first.
   */
  ActionCategory category(Words words) {
    ActionCategory best = ActionCategory.OTHER;
    int bestAt = Integer.MAX_VALUE;
    for (Term term : taxonomy.actions()) {
      int at = words.firstPosition(term);
      if (at >= 0 && at < bestAt) {
        bestAt = at;
        best = ActionCategory.fromId(term.id());
      }
    }
    return best;
  }
}
