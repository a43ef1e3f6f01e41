package dev.recur.corpus.eval;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * A labelled field of a gold file, named by its key in the gold format. {@code users_affected} and
 * {@code severity} go beyond the shared contract's keys; a gold file may label them or not.
 */
public enum Field {
  START("start", Kind.MOMENT),
  END("end", Kind.MOMENT),
  TIMEZONE("timezone", Kind.TEXT),
  DURATION_MINUTES("duration_minutes", Kind.NUMBER),
  STATED_DURATION_MINUTES("stated_duration_minutes", Kind.NUMBER),
  IMPACT_PERCENT("impact_percent", Kind.NUMBER),
  USERS_AFFECTED("users_affected", Kind.NUMBER),
  AFFECTED_SERVICE("affected_service", Kind.TEXT),
  SEVERITY("severity", Kind.TEXT),
  ROOT_CAUSE_FAULT("root_cause_fault", Kind.TEXT),
  ROOT_CAUSE_COMPONENT("root_cause_component", Kind.TEXT),
  MISLEADING_PATHS("misleading_paths", Kind.SET),
  SECTIONS("sections", Kind.SET);

  /** How values of a field are compared. */
  enum Kind {
    MOMENT,
    TEXT,
    NUMBER,
    SET
  }

  private final String key;
  private final Kind kind;

  Field(String key, Kind kind) {
    this.key = key;
    this.kind = kind;
  }

  /** The key in the gold format, such as {@code duration_minutes}. */
  @JsonValue
  public String key() {
    return key;
  }

  Kind kind() {
    return kind;
  }

  /**
   * The fields of the shared evaluation contract's gold format, which a complete gold line such as
   * {@code seeds-gold.jsonl}'s labels: every field but {@link #USERS_AFFECTED} and {@link
   * #SEVERITY}.
   */
  public static Set<Field> contract() {
    return CONTRACT;
  }

  private static final Set<Field> CONTRACT =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(USERS_AFFECTED, SEVERITY)));

  /** Whether the field holds a set scored by precision and recall. */
  public boolean isSet() {
    return kind == Kind.SET;
  }

  /** The field with this gold key. */
  public static Optional<Field> ofKey(String key) {
    for (Field f : values()) {
      if (f.key.equals(key)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
