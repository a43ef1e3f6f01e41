package dev.recur.corpus.eval;

import dev.recur.core.Impact;
import dev.recur.core.Incident;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Postmortem;
import dev.recur.core.RootCause;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.Severity;
import dev.recur.core.When;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Scores records against gold labels with the rules of the evaluation contract: moments on the
 * local date-time to the minute (zone ignored; a time-only gold value matches the time of day, a
 * date-only one the date), durations within one minute, impact within half a percent, the count of
 * affected users exactly, the affected service case- and punctuation-insensitively (plus a lenient
 * token-overlap figure), fault, component, severity ({@code unknown} counting as absent) and
 * timezone exactly, and misleading paths and sections as sets (sections of kind {@code other} not
 * counted). A field is right when both sides are absent. Stateless.
 */
public final class Evaluator {

  /** Tolerance, in minutes, for durations. */
  public static final double DURATION_TOLERANCE = 1.0;

  /** Tolerance, in percentage points, for the impact share. */
  public static final double IMPACT_TOLERANCE = 0.5;

  /** Tolerance for the count of affected users: the same whole number. */
  public static final double COUNT_TOLERANCE = 0.5;

  private Evaluator() {}

  /**
   * Matches each record to the gold line of the same file name (base name of its source) and scores
   * every labelled field. A record whose name appears twice is scored once, the first time.
   */
  public static EvalReport score(Collection<GoldRecord> gold, Iterable<Postmortem> records) {
    Map<String, GoldRecord> byFile = new LinkedHashMap<>();
    for (GoldRecord g : gold) {
      byFile.putIfAbsent(g.file(), g);
    }
    Map<Field, Accumulator> acc = new EnumMap<>(Field.class);
    Set<String> seen = new HashSet<>();
    List<String> unlabelled = new ArrayList<>();
    List<Mismatch> mismatches = new ArrayList<>();
    for (Postmortem record : records) {
      String file = fileName(record.source());
      GoldRecord g = byFile.get(file);
      if (g == null) {
        unlabelled.add(file);
        continue;
      }
      if (!seen.add(file)) {
        continue;
      }
      for (Field f : Field.values()) {
        if (g.labelled().contains(f)) {
          Accumulator a = acc.computeIfAbsent(f, Accumulator::new);
          a.add(file, goldValue(g, f), recordValue(record, f), mismatches);
        }
      }
    }
    List<String> missing = byFile.keySet().stream().filter(f -> !seen.contains(f)).toList();
    List<FieldScore> fields =
        Arrays.stream(Field.values())
            .filter(acc::containsKey)
            .map(f -> acc.get(f).score())
            .toList();
    return new EvalReport(seen.size(), missing, unlabelled, fields, mismatches);
  }

  /** The base name of a source path, by which records are matched to gold lines. */
  public static String fileName(String source) {
    int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
    return source.substring(slash + 1);
  }

  /** Whether two moments match: same local date and time, or as much of them as gold states. */
  static boolean momentMatches(When gold, When got) {
    if (gold.date().isPresent() && !gold.date().equals(got.date())) {
      return false;
    }
    return gold.time().isEmpty() || gold.time().equals(got.time());
  }

  /** Lower case, runs of anything but letters and digits become one space. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  /** At least half the tokens of the shorter name occur in the other. */
  static boolean tokensOverlap(String gold, String got) {
    // Set.copyOf, not Set.of: a name may repeat a word ("web server server").
    Set<String> a = Set.copyOf(List.of(normalize(gold).split(" ")));
    Set<String> b = Set.copyOf(List.of(normalize(got).split(" ")));
    Set<String> shorter = a.size() <= b.size() ? a : b;
    Set<String> longer = shorter == a ? b : a;
    long shared = shorter.stream().filter(longer::contains).count();
    return !shorter.isEmpty() && shared * 2 >= shorter.size();
  }

  private static Optional<?> goldValue(GoldRecord g, Field f) {
    return switch (f) {
      case START -> g.start();
      case END -> g.end();
      case TIMEZONE -> g.timezone();
      case DURATION_MINUTES -> g.durationMinutes();
      case STATED_DURATION_MINUTES -> g.statedDurationMinutes();
      case IMPACT_PERCENT -> g.impactPercent();
      case USERS_AFFECTED -> g.usersAffected();
      case AFFECTED_SERVICE -> g.affectedService();
      case SEVERITY -> g.severity();
      case ROOT_CAUSE_FAULT -> g.rootCauseFault();
      case ROOT_CAUSE_COMPONENT -> g.rootCauseComponent();
      case MISLEADING_PATHS -> Optional.of(g.misleadingPaths());
      case SECTIONS ->
          Optional.of(
              g.sections().stream()
                  .filter(s -> !SectionKind.OTHER.id().equals(s))
                  .collect(Collectors.toUnmodifiableSet()));
    };
  }

  private static Optional<?> recordValue(Postmortem r, Field f) {
    Optional<Incident> i = r.incident();
    Optional<Impact> im = r.impact();
    Optional<RootCause> rc = r.rootCause();
    return switch (f) {
      case START -> i.flatMap(Incident::start);
      case END -> i.flatMap(Incident::end);
      case TIMEZONE -> i.flatMap(Incident::timezone);
      case DURATION_MINUTES -> i.flatMap(Incident::durationMinutes).map(Integer::doubleValue);
      case STATED_DURATION_MINUTES ->
          i.flatMap(Incident::statedDurationMinutes).map(Integer::doubleValue);
      case IMPACT_PERCENT -> im.flatMap(Impact::usersPercent);
      case USERS_AFFECTED -> im.flatMap(Impact::usersAffected).map(Long::doubleValue);
      case AFFECTED_SERVICE -> im.flatMap(Impact::affectedService);
      case SEVERITY ->
          im.map(Impact::severity).filter(s -> s != Severity.UNKNOWN).map(Severity::id);
      case ROOT_CAUSE_FAULT -> rc.map(RootCause::fault);
      case ROOT_CAUSE_COMPONENT -> rc.map(RootCause::component);
      case MISLEADING_PATHS ->
          Optional.of(
              r.misleadingPaths().stream()
                  .map(MisleadingPath::hypothesis)
                  .collect(Collectors.toUnmodifiableSet()));
      case SECTIONS ->
          Optional.of(
              r.sections().stream()
                  .map(Section::kind)
                  .filter(k -> k != SectionKind.OTHER)
                  .map(SectionKind::id)
                  .collect(Collectors.toUnmodifiableSet()));
    };
  }

  private static boolean matches(Field f, Object gold, Object got) {
    return switch (f.kind()) {
      case MOMENT -> momentMatches((When) gold, (When) got);
      case NUMBER -> Math.abs((Double) gold - (Double) got) <= tolerance(f);
      case TEXT ->
          f == Field.AFFECTED_SERVICE
              ? normalize((String) gold).equals(normalize((String) got))
              : gold.equals(got);
      case SET -> gold.equals(got);
    };
  }

  private static double tolerance(Field f) {
    return switch (f) {
      case IMPACT_PERCENT -> IMPACT_TOLERANCE;
      case USERS_AFFECTED -> COUNT_TOLERANCE;
      default -> DURATION_TOLERANCE;
    };
  }

  private static String show(Optional<?> value) {
    if (value.isEmpty()) {
      return "null";
    }
    Object v = value.get();
    if (v instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
    }
    if (v instanceof Set<?> s) {
      return new TreeSet<>(s.stream().map(Object::toString).toList()).toString();
    }
    return v.toString();
  }

  /** The running figures of one field. */
  private static final class Accumulator {
    private final Field field;
    private Count accuracy = new Count(0, 0);
    private Count stated = new Count(0, 0);
    private Count nullWhenNull = new Count(0, 0);
    private SetScore set = SetScore.empty();
    private Count lenient = new Count(0, 0);

    Accumulator(Field field) {
      this.field = Objects.requireNonNull(field);
    }

    void add(String file, Optional<?> gold, Optional<?> got, List<Mismatch> mismatches) {
      boolean goldEmpty = isEmpty(gold);
      boolean gotEmpty = isEmpty(got);
      boolean right;
      if (goldEmpty || gotEmpty) {
        right = goldEmpty && gotEmpty;
      } else {
        right = matches(field, gold.get(), got.get());
      }
      accuracy = accuracy.plus(right);
      if (goldEmpty) {
        nullWhenNull = nullWhenNull.plus(right);
      } else {
        stated = stated.plus(right);
      }
      if (field.isSet()) {
        set = set.plus(asStrings(gold), asStrings(got));
      }
      if (field == Field.AFFECTED_SERVICE) {
        lenient =
            lenient.plus(
                right
                    || (!goldEmpty
                        && !gotEmpty
                        && tokensOverlap((String) gold.get(), (String) got.get())));
      }
      if (!right) {
        mismatches.add(new Mismatch(file, field, show(gold), show(got)));
      }
    }

    FieldScore score() {
      return new FieldScore(
          field,
          accuracy,
          stated,
          nullWhenNull,
          field.isSet() ? Optional.of(set) : Optional.empty(),
          field == Field.AFFECTED_SERVICE ? Optional.of(lenient) : Optional.empty());
    }

    private static boolean isEmpty(Optional<?> v) {
      return v.isEmpty() || (v.get() instanceof Set<?> s && s.isEmpty());
    }

    private static Set<String> asStrings(Optional<?> v) {
      if (v.isEmpty() || !(v.get() instanceof Set<?> s)) {
        return Set.of();
      }
      return s.stream().map(Object::toString).collect(Collectors.toUnmodifiableSet());
    }
  }
}
