package dev.recur.analyzers.actions;

import dev.recur.core.ActionCategory;
import java.util.Objects;

/**
 * One labelled corrective-action item of the training text: the category it is and the item as
 * written.
 */
public record ActionSample(ActionCategory category, String item) {

  /** Checks that both parts are present. */
  public ActionSample {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(item, "item");
  }
}
