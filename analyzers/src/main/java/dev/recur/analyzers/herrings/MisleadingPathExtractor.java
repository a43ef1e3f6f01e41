package dev.recur.analyzers.herrings;

import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.cause.Hypotheses;
import dev.recur.analyzers.cause.Statements;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.core.Extractor;
import dev.recur.core.MisleadingPath;
import dev.recur.core.RecordDraft;
import dev.recur.core.RootCause;
import dev.recur.core.TimelineEntry;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the red herrings: causes the responders suspected first and then ruled out, or that the
 * text denies outright ("this was not a DDoS"), named by a component or by {@code ddos}, {@code
 * traffic-spike} or {@code code-deploy}. Routine checks that are not framed as a hypothesis are
 * left out, and so is the real root cause's component unless the text explicitly rules it out. When
 * the timeline shows when a herring was chased, the minutes until the next timed entry are its
 * cost. Runs after the root-cause and time steps. Stateless and thread-safe.
 */
public final class MisleadingPathExtractor implements Extractor {

  private final TextModels text;
  private final Hypotheses hypotheses;

  /** A red-herring step reading with these models and this taxonomy. */
  public MisleadingPathExtractor(TextModels text, Taxonomy taxonomy) {
    this.text = Objects.requireNonNull(text, "text");
    this.hypotheses = new Hypotheses(Objects.requireNonNull(taxonomy, "taxonomy"));
  }

  @Override
  public String name() {
    return "misleading-paths";
  }

  @Override
  public void contribute(RecordDraft draft) {
    String root = draft.rootCause().map(RootCause::component).orElse(RootCause.OTHER_COMPONENT);
    String fault = draft.rootCause().map(RootCause::fault).orElse(RootCause.UNKNOWN_FAULT);
    List<MisleadingPath> out = new ArrayList<>();
    Map<String, List<String>> mentions =
        hypotheses.mentions(Statements.of(draft, text), root, fault);
    if (!mentions.isEmpty()) {
      List<TimelineEntry> timeline = draft.timeline();
      // Each entry is compared with every mention of every herring: put it in plain words once.
      List<String> entries = timeline.stream().map(e -> normal(e.text())).toList();
      mentions.forEach(
          (id, sentences) ->
              out.add(
                  new MisleadingPath(id, sentences.get(0), minutes(timeline, entries, sentences))));
    }
    draft.misleadingPaths(out);
  }

  /**
   * The minutes of the first of {@code sentences} that a timed timeline entry holds: a summary may
   * name the herring first ("we suspected a DDoS") and the timeline say when ("14:30 DDoS ruled
   * out"). {@code entries} are the timeline's texts in {@link #normal} form.
   */
  static Optional<Integer> minutes(
      List<TimelineEntry> timeline, List<String> entries, List<String> sentences) {
    for (String sentence : sentences) {
      Optional<Integer> m = minutes(timeline, entries, normal(sentence));
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /**
   * Minutes from the timed entry that holds {@code needle} (in {@link #normal} form) to the next
   * timed entry, the time the lead was chased; when the entry tells that the lead was dropped
   * ("14:30 DDoS ruled out"), from the timed entry before it instead, since the chase ended there.
   */
  private static Optional<Integer> minutes(
      List<TimelineEntry> timeline, List<String> entries, String needle) {
    for (int i = 0; i < timeline.size(); i++) {
      TimelineEntry e = timeline.get(i);
      String entry = entries.get(i);
      if (e.time().isEmpty()
          || entry.isEmpty()
          || !(entry.contains(needle) || needle.contains(entry))) {
        continue;
      }
      String padded = " " + entry + " ";
      boolean dropped = DROPPED.stream().anyMatch(d -> padded.contains(" " + d + " "));
      if (dropped) {
        for (int j = i - 1; j >= 0; j--) {
          if (timeline.get(j).time().isPresent()) {
            return between(timeline.get(j), e);
          }
        }
        return Optional.empty();
      }
      for (int j = i + 1; j < timeline.size(); j++) {
        if (timeline.get(j).time().isPresent()) {
          return between(e, timeline.get(j));
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** What a timeline entry says when a lead was dropped, in {@link #normal} form. */
  static final List<String> DROPPED =
      List.of(
          "ruled out",
          "cleared",
          "eliminated",
          "excluded",
          "dismissed",
          "not the cause",
          "no issues",
          "no issue",
          "no anomalies",
          "was normal",
          "were normal",
          "looked normal",
          "was healthy",
          "were healthy");

  private static Optional<Integer> between(TimelineEntry a, TimelineEntry b) {
    Optional<LocalDateTime> da = a.time().get().localDateTime();
    Optional<LocalDateTime> db = b.time().get().localDateTime();
    long minutes;
    if (da.isPresent() && db.isPresent()) {
      minutes = Duration.between(da.get(), db.get()).toMinutes();
    } else {
      Optional<LocalTime> ta = a.time().get().time();
      Optional<LocalTime> tb = b.time().get().time();
      if (ta.isEmpty() || tb.isEmpty()) {
        return Optional.empty();
      }
      minutes = Duration.between(ta.get(), tb.get()).toMinutes();
      if (minutes < 0) {
        minutes += 24 * 60;
      }
    }
    return minutes < 0 || minutes > 7 * 24 * 60 ? Optional.empty() : Optional.of((int) minutes);
  }

  private static String normal(String s) {
    return NOT_A_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
}
