package dev.recur.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Who and what an incident affected.
 *
 * @param usersPercent share of users, requests or traffic affected, 0 to 100
 * @param usersAffected an absolute count of affected users or requests, when stated
 * @param affectedService the service that was down or degraded, as written
 * @param severity full outage, partial outage or degradation
 */
public record Impact(
    Optional<Double> usersPercent,
    Optional<Long> usersAffected,
    Optional<String> affectedService,
    Severity severity) {
  public Impact {
    Objects.requireNonNull(usersPercent, "usersPercent");
    Objects.requireNonNull(usersAffected, "usersAffected");
    Objects.requireNonNull(affectedService, "affectedService");
    Objects.requireNonNull(severity, "severity");
    if (usersPercent.isPresent() && !(usersPercent.get() >= 0 && usersPercent.get() <= 100)) {
      throw new IllegalArgumentException(
          "[usersPercent] must be within 0..100, got " + usersPercent.get());
    }
    if (usersAffected.isPresent() && usersAffected.get() < 0) {
      throw new IllegalArgumentException(
          "[usersAffected] must be >= 0, got " + usersAffected.get());
    }
  }
}
