package dev.recur.corpus.index;

import dev.recur.core.ActionCategory;
import dev.recur.core.CorrectiveAction;
import dev.recur.core.Extractor;
import dev.recur.core.Impact;
import dev.recur.core.Incident;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Pipeline;
import dev.recur.core.RecordDraft;
import dev.recur.core.RootCause;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.Severity;
import dev.recur.core.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A test pipeline that reads test fixtures written with explicit labels ({@code fault: ...}, {@code
 * ## root cause}), so the index can be tested on fully populated records independently of the real
 * extractors.
 */
public final class LabelledPipeline implements Extractor {

  public static Pipeline create() {
    return Pipeline.builder().add(new LabelledPipeline()).build();
  }

  @Override
  public String name() {
    return "labels";
  }

  @Override
  public void contribute(RecordDraft draft) {
    String text = draft.text();
    List<Section> sections = new ArrayList<>();
    String fault = null;
    String component = "other";
    Optional<Double> impact = Optional.empty();
    Optional<String> service = Optional.empty();
    Optional<When> start = Optional.empty();
    Optional<Integer> duration = Optional.empty();
    Optional<String> zone = Optional.empty();
    List<MisleadingPath> herrings = new ArrayList<>();
    List<CorrectiveAction> actions = new ArrayList<>();
    SectionKind kind = null;
    String heading = "";
    int sectionStart = 0;
    StringBuilder body = new StringBuilder();
    int offset = 0;
    for (String line : text.split("\n", -1)) {
      String l = line.strip();
      String lower = l.toLowerCase(Locale.ROOT);
      if (l.startsWith("# ")) {
        draft.title(l.substring(2));
      } else if (l.startsWith("## ")) {
        if (kind != null) {
          sections.add(new Section(kind, heading, sectionStart, offset, body.toString().strip()));
        }
        heading = l.substring(3);
        kind = kindOf(heading);
        sectionStart = offset;
        body.setLength(0);
      } else if (lower.startsWith("fault:")) {
        fault = value(l);
      } else if (lower.startsWith("component:")) {
        component = value(l);
      } else if (lower.startsWith("impact:")) {
        impact = Optional.of(Double.parseDouble(value(l)));
      } else if (lower.startsWith("service:")) {
        service = Optional.of(value(l));
      } else if (lower.startsWith("start:")) {
        start = Optional.of(When.parse(value(l)));
      } else if (lower.startsWith("zone:")) {
        zone = Optional.of(value(l));
      } else if (lower.startsWith("duration:")) {
        duration = Optional.of(Integer.parseInt(value(l)));
      } else if (lower.startsWith("herring:")) {
        String[] parts = value(l).split("=");
        herrings.add(
            new MisleadingPath(
                parts[0],
                l,
                parts.length > 1 ? Optional.of(Integer.parseInt(parts[1])) : Optional.empty()));
      } else if (lower.startsWith("action:")) {
        String[] parts = value(l).split("=", 2);
        actions.add(new CorrectiveAction(parts[1], ActionCategory.fromId(parts[0])));
      } else {
        body.append(line).append('\n');
      }
      offset += line.length() + 1;
    }
    if (kind != null) {
      sections.add(
          new Section(kind, heading, sectionStart, text.length(), body.toString().strip()));
    }
    draft.sections(sections);
    if (fault != null) {
      draft.rootCause(new RootCause(fault, component, 0.9, Optional.empty()));
    }
    if (impact.isPresent() || service.isPresent()) {
      draft.impact(new Impact(impact, Optional.empty(), service, Severity.PARTIAL_OUTAGE));
    }
    if (start.isPresent() || duration.isPresent()) {
      Incident unknown = Incident.unknown();
      draft.incident(
          new Incident(
              start,
              unknown.end(),
              zone,
              duration,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
    }
    draft.misleadingPaths(herrings);
    draft.correctiveActions(actions);
  }

  private static String value(String line) {
    return line.substring(line.indexOf(':') + 1).strip();
  }

  private static SectionKind kindOf(String heading) {
    try {
      return SectionKind.fromId(heading.strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
    } catch (IllegalArgumentException e) {
      return SectionKind.OTHER;
    }
  }
}
