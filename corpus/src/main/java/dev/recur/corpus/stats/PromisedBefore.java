package dev.recur.corpus.stats;

import dev.recur.core.ActionCategory;
import java.util.List;
import java.util.Objects;

/**
 * A promise that did not prevent a recurrence: an earlier incident of a signature proposed
 * corrective actions of a category, and a later incident of the same signature proposed the same
 * kind of action again.
 *
 * @param signature what both incidents share
 * @param category the kind of action promised twice
 * @param earlier the incident that first promised it
 * @param earlierActions its actions of that category, as written
 * @param later the incident that came back and promised it again
 * @param laterActions its actions of that category, as written
 */
public record PromisedBefore(
    Signature signature,
    ActionCategory category,
    IncidentRef earlier,
    List<String> earlierActions,
    IncidentRef later,
    List<String> laterActions) {
  public PromisedBefore {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(earlier, "earlier");
    Objects.requireNonNull(later, "later");
    earlierActions = List.copyOf(earlierActions);
    laterActions = List.copyOf(laterActions);
  }
}
