package dev.recur.analyzers.time;

import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A time zone as a postmortem writes it, abbreviated ({@code EAT}, {@code UTC-5}), with its UTC
 * offset when the abbreviation names exactly one.
 *
 * @param text the zone as written, full names abbreviated ({@code Pacific Time} becomes {@code PT})
 * @param offset the offset, only when the zone is unambiguous and has no daylight-saving doubt
 * @param ambiguous whether the abbreviation names several zones ({@code IST}, {@code CST}, {@code
 *     BST})
 */
public record Zone(String text, Optional<ZoneOffset> offset, boolean ambiguous) {
  public Zone {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(offset, "offset");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a zone needs a name, got '" + text + "'");
    }
    if (ambiguous && offset.isPresent()) {
      throw new IllegalArgumentException("an ambiguous zone cannot have an offset, got " + text);
    }
  }
}
