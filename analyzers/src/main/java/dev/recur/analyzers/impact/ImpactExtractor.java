package dev.recur.analyzers.impact;

import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.cause.Statement;
import dev.recur.analyzers.cause.Statements;
import dev.recur.core.Extractor;
import dev.recur.core.Impact;
import dev.recur.core.RecordDraft;
import dev.recur.core.SectionKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads who and what an incident affected: the share of users, requests or traffic (told apart from
 * percentages of CPU, error rates, SLAs, slower responses or one server), an absolute count of
 * users, the affected service as written, and the severity. Sentences of the impact section are
 * read first, then the summary and the untitled opening, then the rest; corrective actions and
 * lessons are never read. An explicit share beats "all users" wording. Stateless and thread-safe.
 */
public final class ImpactExtractor implements Extractor {

  private final TextModels text;

  /** An impact step reading with these models. */
  public ImpactExtractor(TextModels text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  @Override
  public String name() {
    return "impact";
  }

  @Override
  public void contribute(RecordDraft draft) {
    List<Statement> ordered = new ArrayList<>();
    for (Statement s : Statements.of(draft, text)) {
      if (rank(s.kind()) < Integer.MAX_VALUE) {
        ordered.add(s);
      }
    }
    ordered.sort(
        Comparator.comparingInt((Statement s) -> rank(s.kind()))
            .thenComparingInt(Statement::index));
    Optional<Shares.Share> percent = Optional.empty();
    int percentRank = Integer.MAX_VALUE;
    boolean estimated = false;
    Optional<Double> wording = Optional.empty();
    Optional<Double> whole = Optional.empty();
    Optional<Long> count = Optional.empty();
    Optional<Long> requestCount = Optional.empty();
    Optional<String> service = Optional.empty();
    Optional<String> reached = Optional.empty();
    Optional<String> generic = Optional.empty();
    Optional<String> own = Optional.empty();
    // Severity reads the impact, summary and opening at once, and keeps the timeline's sentences
    // for when those say nothing of how users were hit.
    Severities.Reading reading = new Severities.Reading();
    List<String> timeline = new ArrayList<>();
    for (Statement s : ordered) {
      String lower = s.text().toLowerCase(Locale.ROOT);
      if (rank(s.kind()) <= rank(SectionKind.OTHER)) {
        reading.read(lower);
      } else if (rank(s.kind()) == rank(SectionKind.TIMELINE)) {
        timeline.add(lower);
      }
      boolean samePart = rank(s.kind()) == percentRank;
      // "Our initial estimate was 10% ... we later confirmed 18%": the revision stands, wherever
      // it is told.
      boolean revision = estimated && Shares.REVISED.matcher(lower).find();
      if (percent.isEmpty()
          || revision
          || (samePart && (!percent.get().people() || percent.get().degraded()))) {
        // A share of users beats a share of requests told in the same part of the document: "47%
        // of requests failed ... about 30% of our users saw errors" means 30% of users. So does the
        // share that had the outage beat one that only saw it slow, in a split told sentence by
        // sentence.
        Optional<Shares.Share> found =
            Shares.share(lower, s.kind() == SectionKind.IMPACT).or(() -> Shares.fraction(lower));
        if (found.isPresent()
            && (percent.isEmpty()
                || revision
                || (!percent.get().people() && found.get().people())
                || Shares.outageAfterSlowdown(percent.get(), found.get(), lower))) {
          percent = found;
          percentRank = rank(s.kind());
          estimated = !revision && Shares.ESTIMATE.matcher(lower).find();
        }
      }
      if (wording.isEmpty()) {
        wording = Shares.wording(lower, s.kind() == SectionKind.IMPACT);
      }
      if (whole.isEmpty()) {
        whole = Shares.wholeOutage(lower);
      }
      if (count.isEmpty()) {
        count = Counts.people(lower);
      }
      if (requestCount.isEmpty()) {
        requestCount = Counts.failedRequests(lower);
      }
      if (service.isEmpty()) {
        service = Services.find(s.text(), lower);
        if (service.isPresent() && Services.generic(service.get())) {
          // "The system went down": a bare generic name is the last resort, after every sentence
          // and the title had their say.
          if (generic.isEmpty()) {
            generic = service;
          }
          service = Optional.empty();
        }
      }
      if (service.isEmpty() && reached.isEmpty()) {
        reached = Services.reached(s.text(), lower);
      }
      if (service.isEmpty() && own.isEmpty() && rank(s.kind()) <= rank(SectionKind.OTHER)) {
        own = Services.ours(s.text(), lower);
      }
    }
    if (service.isEmpty()) {
      service = draft.title().flatMap(Services::fromTitle);
    }
    if (service.isEmpty()) {
      service = reached;
    }
    if (service.isEmpty()) {
      service = own;
    }
    if (service.isEmpty()) {
      service = generic;
    }
    service = service.map(v -> Services.named(v, draft.text()));
    if (percent.isEmpty()) {
      // "Login failures for 22% of users on 3 March": a share only the title gives.
      Optional<String> title = draft.title().map(t -> t.toLowerCase(Locale.ROOT));
      percent = title.flatMap(t -> Shares.share(t, false).or(() -> Shares.fraction(t)));
    }
    Optional<Double> share =
        percent.isPresent()
            ? percent.map(Shares.Share::value)
            : wording.isPresent() ? wording : whole;
    // A count of people beats one of requests, wherever each was told.
    Optional<Long> requests = requestCount;
    count = count.or(() -> requests);
    if (!reading.told() && share.isEmpty()) {
      // Nothing in the impact, summary or opening says how users were hit: the timeline's
      // "users reported they could not sign in" does.
      timeline.forEach(reading::read);
    }
    draft.impact(new Impact(share, count, service, reading.severity(share)));
  }

  /** Reading order of section kinds; {@link Integer#MAX_VALUE} for kinds never read. */
  static int rank(SectionKind kind) {
    return switch (kind) {
      case IMPACT -> 0;
      case SUMMARY -> 1;
      case OTHER -> 2;
      case TIMELINE, DETECTION -> 3;
      case ROOT_CAUSE, RESOLUTION, CONCLUSION, ESCALATION -> 4;
      case CORRECTIVE_ACTIONS, TASKS, LESSONS_LEARNED, MISLEADING_PATHS -> Integer.MAX_VALUE;
    };
  }
}
