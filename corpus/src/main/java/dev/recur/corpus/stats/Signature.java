package dev.recur.corpus.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What groups incidents for recurrence: the taxonomy's fault and component, and optionally the
 * affected service. A part is empty when the statistics were not asked to group by it.
 *
 * @param fault the fault value, such as {@code misconfiguration}
 * @param component the component value, such as {@code load-balancer}
 * @param service the affected service as the index normalised it
 */
public record Signature(
    Optional<String> fault, Optional<String> component, Optional<String> service) {
  public Signature {
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(service, "service");
  }

  /**
   * The parts joined with {@code /}, such as {@code misconfiguration/load-balancer}: the same
   * spelling as {@link dev.recur.core.RootCause#signature()}, the stored facet value and what
   * search and similar print, so a signature copied from one command means the same in another.
   */
  public String label() {
    List<String> parts = new ArrayList<>(3);
    fault.ifPresent(parts::add);
    component.ifPresent(parts::add);
    service.ifPresent(parts::add);
    return String.join("/", parts);
  }
}
