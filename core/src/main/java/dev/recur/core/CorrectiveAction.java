package dev.recur.core;

import java.util.Objects;

/**
 * An action item a postmortem promises.
 *
 * @param text the item as written, markup stripped
 * @param category what kind of promise it is
 */
public record CorrectiveAction(String text, ActionCategory category) {
  public CorrectiveAction {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(category, "category");
  }
}
