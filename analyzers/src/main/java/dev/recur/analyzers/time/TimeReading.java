package dev.recur.analyzers.time;

import dev.recur.analyzers.time.Line.Range;
import dev.recur.analyzers.time.Mention.DateMention;
import dev.recur.analyzers.time.Mention.TimeMention;
import dev.recur.core.Incident;
import dev.recur.core.RecordDraft;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import dev.recur.core.TimelineEntry;
import dev.recur.core.TimelineKind;
import dev.recur.core.When;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.util.Span;

/** Reads the incident window, stated length and timeline of one document; confined to one parse. */
final class TimeReading {

  /** Lines of a document that are read; a longer document keeps its first lines. */
  static final int MAX_LINES = 20_000;

  /** Prose lines split into sentences per document; later lines count as one sentence each. */
  static final int MAX_PROSE_LINES = 500;

  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final Pattern WINDOW_LABEL =
      Pattern.compile(
          "duration|window|time ?frame|period|outage|downtime|incident time|when|date|time", CI);
  private static final Pattern START_BEFORE =
      Pattern.compile(
          "\\b(?:start(?:ed|ing)?|began|begin|onset)(?:[ \\t]{1,2}(?:time|date))?[ \\t]*[:=\\-][ \\t]*$",
          CI);
  private static final Pattern END_BEFORE =
      Pattern.compile(
          "\\b(?:end(?:ed)?|resolved|resolution|recovery|restored|fixed|finish(?:ed)?)(?:[ \\t]{1,2}(?:time|date))?[ \\t]*[:=\\-][ \\t]*$",
          CI);
  private static final Pattern ONSET =
      Pattern.compile(
          "\\b(?:outages?|occurred|occurs|went down|go down|began|begun|started|starting|experienced|errors?|realized"
              + "|realised|detected|noticed|reported|down|fail\\w{0,4}|incident|issue|unavailable|disrupt\\w{0,5}|alerts?"
              + "|problem|crash\\w{0,2}|broke|inaccessible|unresponsive|unreachable|offline|not accessible|expired|timed out"
              + "|stopped working|50[0234])\\b",
          CI);
  private static final Pattern ENDING =
      Pattern.compile(
          "\\b(?:restored|resolved|solved|fixed|back online|back up|recovered|mitigated|ended|was over|returned to normal"
              + "|back to normal|operational again|resumed|until)\\b",
          CI);
  private static final Pattern PREPARATION =
      Pattern.compile(
          "\\b(?:push|deploy\\w{0,4}|maintenance|reboot\\w{0,3}|update\\w{0,2}|upgrade\\w{0,2}|tun(?:ed|ing)"
              + "|configuration|reconfigur\\w{0,5}|install\\w{0,5}|migration|change|import\\w{0,3}|roll(?:ed)? ?out|cutover"
              + "|provision\\w{0,5})\\b",
          CI);
  private static final Pattern ZONE_DECLARATION =
      Pattern.compile("\\btime ?zone\\b|\\btimes?\\b[^.]{0,30}\\bin\\b", CI);

  /** A short heading-like line naming a zone: "Timeline (EAT):", "All times BST". */
  private static final Pattern ZONE_HEADING = Pattern.compile("\\btime(?:s|line)?\\b", CI);

  private final RecordDraft draft;
  private final Supplier<SentenceDetector> sentences;
  private final List<Line> lines = new ArrayList<>();
  private final Set<String> diagnosed = new LinkedHashSet<>();
  private final Map<Integer, Span[]> sentenceSpans = new HashMap<>();
  private SentenceDetector detector;
  private boolean dayFirst = true;
  private int documentYear;

  TimeReading(RecordDraft draft, Supplier<SentenceDetector> sentences) {
    this.draft = draft;
    this.sentences = sentences;
  }

  /** One end of the window as found, before dates are settled. */
  private record End(Moment moment, Line line) {}

  void run() {
    readLines();
    decideDateHabits();
    Optional<End> start = Optional.empty();
    Optional<End> end = Optional.empty();
    boolean fromRange = false;

    Optional<Range> range = firstRange(true).or(() -> firstRange(false));
    Optional<Line> rangeLine = Optional.empty();
    if (range.isPresent()) {
      Line line = lineOf(range.get());
      rangeLine = Optional.of(line);
      Range r = completeRange(range.get());
      start = Optional.of(new End(r.from(), line));
      end = Optional.of(new End(r.to(), line));
      fromRange = true;
    }
    if (start.isEmpty()) {
      start = labelled(START_BEFORE);
      end = labelled(END_BEFORE);
    }
    List<Entry> entries = entries();
    if (start.isEmpty()) {
      start = proseStart();
    }
    if (end.isEmpty() && start.isPresent()) {
      end = proseEnd(start.get().line().number());
    }
    if (start.isEmpty() && entries.size() >= 2) {
      start = timelineStart(entries);
    }
    if (end.isEmpty() && start.isPresent() && entries.size() >= 2) {
      end = timelineEnd(entries);
    }

    Optional<LocalDate> incidentDate = incidentDate();
    Optional<When> startWhen = Optional.empty();
    Optional<When> endWhen = Optional.empty();
    Optional<Zone> zone = Optional.empty();
    if (start.isPresent()) {
      Optional<End> endNow = end;
      zone = start.get().moment().zone().or(() -> endNow.flatMap(e -> e.moment().zone()));
      if (zone.isEmpty() && !start.get().line().zones().isEmpty()) {
        zone = Optional.of(start.get().line().zones().get(0));
      }
    }
    if (zone.isEmpty()) {
      zone =
          declaredZone()
              .or(() -> entries.stream().flatMap(e -> e.moment().zone().stream()).findFirst());
    }
    if (start.isPresent()) {
      Optional<LocalDate> startDate = date(start.get().moment());
      Optional<LocalTime> startTime = time(start.get().moment());
      Optional<LocalDate> endDate = end.flatMap(e -> date(e.moment()));
      Optional<LocalTime> endTime = end.flatMap(e -> time(e.moment()));
      if (startDate.isEmpty() && endDate.isPresent() && fromRange) {
        // "from 9pm until 6am on March 25": a date after the range is the incident's date, the
        // day it started; the end is dated again below, crossing midnight when it must.
        startDate = endDate;
        endDate = Optional.empty();
      }
      if (startDate.isEmpty() && startTime.isPresent()) {
        startDate = incidentDate;
      }
      if (endDate.isEmpty() && startDate.isPresent() && endTime.isPresent()) {
        endDate =
            startTime.isPresent() && endTime.get().isBefore(startTime.get())
                ? Optional.of(startDate.get().plusDays(1))
                : startDate;
      }
      startWhen = when(startDate, startTime, zone);
      if (end.isPresent()) {
        endWhen = when(endDate, endTime, zone);
      }
    }
    zone.filter(Zone::ambiguous)
        .ifPresent(
            z ->
                diagnose(
                    "ambiguous-zone",
                    "time zone '"
                        + z.text()
                        + "' names several zones; times are kept without an offset"));

    Optional<Integer> windowMinutes = minutes(startWhen, endWhen, true);
    Optional<Integer> stated = statedLength(rangeLine);
    if (windowMinutes.isPresent()
        && stated.isPresent()
        && Math.abs(windowMinutes.get() - stated.get()) > 1) {
      diagnose(
          "duration-mismatch",
          "the text states a length of "
              + stated.get()
              + " minutes but the window "
              + startWhen.get()
              + " to "
              + endWhen.get()
              + " lasts "
              + windowMinutes.get()
              + " minutes; both are kept");
    }
    checkYears(startWhen);

    List<TimelineEntry> timeline = timeline(entries, startWhen, zone);
    Optional<Integer> toDetect = Optional.empty();
    Optional<Integer> toEscalate = Optional.empty();
    Optional<Integer> toResolve = Optional.empty();
    Optional<When> detected = firstOf(timeline, TimelineKind.DETECTION);
    if (startWhen.isPresent() && detected.isPresent()) {
      toDetect = minutes(startWhen, detected, false);
    }
    Optional<When> startFinal = startWhen;
    Optional<When> from = detected.or(() -> startFinal);
    toEscalate = minutes(from, firstOf(timeline, TimelineKind.ESCALATION), false);
    toResolve = minutes(from, endWhen, false);
    draft.incident(
        new Incident(
            startWhen,
            endWhen,
            zone.map(Zone::text),
            windowMinutes.or(() -> stated),
            stated,
            toDetect,
            toEscalate,
            toResolve));
    draft.timeline(timeline);
    diagnosed.forEach(
        d -> draft.diagnose(d.substring(0, d.indexOf('\n')), d.substring(d.indexOf('\n') + 1)));
  }

  // ---- lines -------------------------------------------------------------------------------

  private void readLines() {
    String text = draft.text();
    int at = 0;
    int number = 0;
    while (at <= text.length() && number < MAX_LINES) {
      int nl = text.indexOf('\n', at);
      int stop = nl < 0 ? text.length() : nl;
      String raw = text.substring(at, Math.min(stop, at + TimeLexer.MAX_LINE));
      if (raw.endsWith("\r")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      lines.add(Line.read(number++, at, raw));
      if (nl < 0) {
        break;
      }
      at = nl + 1;
    }
  }

  private Line lineOf(Range range) {
    for (Line l : lines) {
      if (l.ranges().contains(range)) {
        return l;
      }
    }
    throw new IllegalStateException("a range always comes from a line");
  }

  /** Day-first unless the document's own numeric dates or its zone say month-first. */
  private void decideDateHabits() {
    Map<Integer, Integer> years = new HashMap<>();
    boolean sawDayFirst = false;
    boolean sawMonthFirst = false;
    for (Line l : lines) {
      for (Moment m : l.moments()) {
        if (m.date().isEmpty()) {
          continue;
        }
        DateMention d = m.date().get();
        if (d.hasYear()) {
          years.merge(d.year(), 1, Integer::sum);
        }
        if (d.order() == DateMention.Order.NUMERIC) {
          sawDayFirst |= d.first() > 12 && d.second() <= 12;
          sawMonthFirst |= d.second() > 12 && d.first() <= 12;
        }
      }
    }
    if (sawMonthFirst && !sawDayFirst) {
      dayFirst = false;
    } else if (!sawDayFirst) {
      dayFirst =
          lines.stream()
              .flatMap(l -> l.moments().stream())
              .flatMap(m -> m.zone().stream())
              .findFirst()
              .map(z -> !Zones.monthFirst(z))
              .orElse(true);
    }
    documentYear =
        years.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(draft.document().dateHint().map(LocalDate::getYear).orElse(0));
  }

  // ---- finding the window ------------------------------------------------------------------

  private Optional<Range> firstRange(boolean labelledOnly) {
    for (Line l : lines) {
      if (l.isEntry() || l.ranges().isEmpty()) {
        continue;
      }
      if (labelledOnly && (l.label().isEmpty() || !WINDOW_LABEL.matcher(l.label()).find())) {
        continue;
      }
      return Optional.of(l.ranges().get(0));
    }
    return Optional.empty();
  }

  /** Shares date and zone between the two ends, and guesses a missing am/pm from the other end. */
  private Range completeRange(Range r) {
    Moment a = r.from();
    Moment b = r.to();
    if (a.zone().isEmpty()) {
      a = a.withZone(b.zone());
    }
    if (b.zone().isEmpty()) {
      b = b.withZone(a.zone());
    }
    if (a.date().isPresent()
        && b.date().isPresent()
        && !a.date().get().hasYear()
        && b.date().get().hasYear()) {
      DateMention d = a.date().get();
      a =
          a.withDate(
              Optional.of(
                  new DateMention(
                      d.begin(),
                      d.end(),
                      b.date().get().year(),
                      d.first(),
                      d.second(),
                      d.order())));
    }
    if (a.hasTime() && b.hasTime()) {
      TimeMention ta = a.time().get();
      TimeMention tb = b.time().get();
      if (ta.meridiem() == 0 && tb.meridiem() != 0 && ta.hour() <= 12) {
        a = withTime(a, closest(ta, tb, true));
      } else if (tb.meridiem() == 0 && ta.meridiem() != 0 && tb.hour() <= 12) {
        b = withTime(b, closest(tb, ta, false));
      }
    }
    return new Range(a, b);
  }

  private static Moment withTime(Moment m, TimeMention t) {
    return new Moment(m.date(), Optional.of(t), m.zone(), m.begin(), m.end());
  }

  /** The reading of {@code open} (am or pm) that makes the range shortest. */
  private static TimeMention closest(TimeMention open, TimeMention known, boolean openIsStart) {
    int knownMinutes = clock(known, (char) 0).map(t -> t.getHour() * 60 + t.getMinute()).orElse(0);
    TimeMention best = open;
    int bestSpan = Integer.MAX_VALUE;
    for (char mer : new char[] {'a', 'p'}) {
      TimeMention candidate =
          new TimeMention(open.begin(), open.end(), open.hour(), open.minute(), mer, false);
      Optional<LocalTime> t = clock(candidate, (char) 0);
      if (t.isEmpty()) {
        continue;
      }
      int m = t.get().getHour() * 60 + t.get().getMinute();
      int span = Math.floorMod(openIsStart ? knownMinutes - m : m - knownMinutes, 1440);
      if (span < bestSpan) {
        bestSpan = span;
        best = candidate;
      }
    }
    return best;
  }

  private Optional<End> labelled(Pattern before) {
    for (Line l : lines) {
      for (Moment m : l.moments()) {
        if (!m.hasTime() || m.bare()) {
          continue;
        }
        String prefix = l.text().substring(Math.max(0, m.begin() - 30), m.begin());
        if (before.matcher(prefix).find()) {
          return Optional.of(new End(m, l));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<End> proseStart() {
    for (Line l : lines) {
      if (l.isEntry()) {
        continue;
      }
      for (Moment m : l.moments()) {
        if (!m.hasTime() || m.bare()) {
          continue;
        }
        String sentence = sentenceAround(l, m);
        int at = sentence.indexOf('\u0000');
        String before = sentence.substring(0, at);
        if (ONSET.matcher(sentence).find() && !ENDING.matcher(before).find()) {
          return Optional.of(new End(m, l));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<End> proseEnd(int fromLine) {
    for (Line l : lines) {
      if (l.number() < fromLine || l.isEntry()) {
        continue;
      }
      for (Moment m : l.moments()) {
        if (!m.hasTime() || m.bare()) {
          continue;
        }
        String sentence = sentenceAround(l, m);
        int at = sentence.indexOf('\u0000');
        String before = sentence.substring(0, at);
        String after = sentence.substring(at + 1);
        boolean leads = before.strip().length() <= 4;
        if (ENDING.matcher(before).find() || (leads && ENDING.matcher(after).find())) {
          return Optional.of(new End(m, l));
        }
      }
    }
    return Optional.empty();
  }

  /** The sentence holding the moment, with the moment replaced by a NUL marker. */
  private String sentenceAround(Line l, Moment m) {
    String text = l.text();
    int from = 0;
    int to = text.length();
    Span[] spans = sentenceSpans.get(l.number());
    if (spans == null) {
      if (detector == null) {
        detector = sentences.get();
      }
      spans = sentenceSpans.size() < MAX_PROSE_LINES ? detector.sentPosDetect(text) : new Span[0];
      sentenceSpans.put(l.number(), spans);
    }
    // A sentence detector may split inside the moment ("12:00 p.m. EAT"), so the sentence runs
    // from the one holding the moment's first character to the one holding its last.
    for (Span s : spans) {
      if (s.getStart() <= m.begin() && m.begin() < s.getEnd()) {
        from = s.getStart();
      }
      if (s.getStart() < m.end() && m.end() <= s.getEnd() + 1) {
        to = Math.max(s.getEnd(), m.end());
        break;
      }
      if (s.getStart() >= m.end()) {
        to = Math.max(s.getEnd(), m.end());
        break;
      }
    }
    return text.substring(from, m.begin())
        + '\u0000'
        + text.substring(m.end(), Math.max(m.end(), to));
  }

  /** A timeline entry: its leading moment and its text (continued on following lines if empty). */
  private record Entry(Moment moment, Line line, String text) {}

  private List<Entry> entries() {
    List<Section> timelineSections = draft.sections(SectionKind.TIMELINE);
    List<Entry> inSections = new ArrayList<>();
    List<Entry> all = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (!l.isEntry()) {
        continue;
      }
      String text = l.entryText();
      for (int j = i + 1; text.isEmpty() && j < lines.size() && j <= i + 3; j++) {
        Line next = lines.get(j);
        if (next.isEntry()) {
          break;
        }
        text = next.text();
      }
      Entry e = new Entry(l.moments().get(0), l, text);
      all.add(e);
      for (Section s : timelineSections) {
        if (l.offset() >= s.start() && l.offset() < s.end()) {
          inSections.add(e);
          break;
        }
      }
    }
    return inSections.size() >= 2 ? inSections : all;
  }

  private Optional<End> timelineStart(List<Entry> entries) {
    for (Entry e : entries) {
      boolean preparation = PREPARATION.matcher(e.text()).find() && !ONSET.matcher(e.text()).find();
      if (!preparation) {
        return Optional.of(new End(e.moment(), e.line()));
      }
    }
    return Optional.empty();
  }

  private Optional<End> timelineEnd(List<Entry> entries) {
    for (int i = entries.size() - 1; i >= 1; i--) {
      if (TimelineKinds.RESOLUTION.matcher(entries.get(i).text()).find()) {
        return Optional.of(new End(entries.get(i).moment(), entries.get(i).line()));
      }
    }
    return Optional.empty();
  }

  /**
   * A date the document gives for the incident without a time: a title or "On May 5th, 2023, ...".
   */
  private Optional<LocalDate> incidentDate() {
    for (Line l : lines) {
      for (Moment m : l.moments()) {
        if (m.date().isPresent() && m.time().isEmpty() && m.date().get().hasYear()) {
          Optional<LocalDate> d = date(m);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    for (Line l : lines) {
      for (Moment m : l.moments()) {
        Optional<LocalDate> d = m.date().filter(DateMention::hasYear).flatMap(x -> date(m));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return draft.document().dateHint();
  }

  private Optional<Zone> declaredZone() {
    for (Line l : lines) {
      boolean heading = l.text().length() <= 40 && ZONE_HEADING.matcher(l.text()).find();
      if (!l.zones().isEmpty() && (heading || ZONE_DECLARATION.matcher(l.text()).find())) {
        return Optional.of(l.zones().get(0));
      }
    }
    return Optional.empty();
  }

  private Optional<Integer> statedLength(Optional<Line> rangeLine) {
    for (Line l : lines) {
      boolean labelled = l.label().contains("duration") && !l.label().contains("maintenance");
      // On a "Duration:" line, a length written before the first time is the incident's length.
      int labelledUntil =
          !labelled ? 0 : l.moments().isEmpty() ? l.text().length() : l.moments().get(0).begin();
      boolean window = rangeLine.isPresent() && rangeLine.get() == l;
      Optional<Integer> found = Lengths.stated(l.text(), labelledUntil, window || labelled);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  // ---- dates, times and arithmetic ---------------------------------------------------------

  private Optional<LocalDate> date(Moment m) {
    if (m.date().isEmpty()) {
      return Optional.empty();
    }
    DateMention d = m.date().get();
    int year = d.hasYear() ? d.year() : documentYear;
    if (year == 0) {
      return Optional.empty();
    }
    int month;
    int day;
    switch (d.order()) {
      case MONTH_DAY -> {
        month = d.first();
        day = d.second();
      }
      case DAY_MONTH -> {
        day = d.first();
        month = d.second();
      }
      default -> {
        boolean df = d.first() > 12 || (d.second() <= 12 && dayFirst);
        day = df ? d.first() : d.second();
        month = df ? d.second() : d.first();
      }
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      diagnose(
          "impossible-date",
          "no such date: year " + year + ", month " + month + ", day " + day + "; ignored");
      return Optional.empty();
    }
  }

  private Optional<LocalTime> time(Moment m) {
    return m.time()
        .flatMap(
            t -> {
              Optional<LocalTime> clock = clock(t, (char) 0);
              if (clock.isEmpty()) {
                diagnose(
                    "impossible-time",
                    "no such time of day: " + t.hour() + ":" + t.minute() + "; ignored");
              }
              return clock;
            });
  }

  private static Optional<LocalTime> clock(TimeMention t, char forced) {
    int hour = t.hour();
    char mer = t.meridiem() != 0 ? t.meridiem() : forced;
    if (hour > 24 || t.minute() > 59) {
      return Optional.empty();
    }
    if (hour == 24) {
      hour = 0;
    }
    if (mer == 'p' && hour < 12) {
      hour += 12;
    } else if (mer == 'a' && hour == 12) {
      hour = 0;
    }
    return Optional.of(LocalTime.of(hour, t.minute()));
  }

  private static Optional<When> when(
      Optional<LocalDate> date, Optional<LocalTime> time, Optional<Zone> zone) {
    if (date.isEmpty() && time.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new When(date, time, time.isPresent() ? zone.flatMap(Zone::offset) : Optional.empty()));
  }

  /**
   * Minutes from {@code a} to {@code b}: exactly when both have a date and time (empty, with a
   * diagnostic when {@code window}, if {@code b} is earlier), else from the times of day, crossing
   * midnight once, else whole days between two dates.
   */
  private Optional<Integer> minutes(Optional<When> a, Optional<When> b, boolean window) {
    if (a.isEmpty() || b.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDateTime> x = a.get().localDateTime();
    Optional<LocalDateTime> y = b.get().localDateTime();
    if (x.isPresent() && y.isPresent()) {
      long m = Duration.between(x.get(), y.get()).toMinutes();
      if (m < 0) {
        if (window) {
          diagnose(
              "end-before-start",
              "the incident ends (" + b.get() + ") before it starts (" + a.get() + ")");
        }
        return Optional.empty();
      }
      if (m > 60L * 24 * 366) {
        if (window) {
          diagnose(
              "window-too-long",
              "the window " + a.get() + " to " + b.get() + " spans more than a year");
        }
        return Optional.empty();
      }
      return Optional.of((int) m);
    }
    if (a.get().time().isPresent() && b.get().time().isPresent()) {
      LocalTime s = a.get().time().get();
      LocalTime e = b.get().time().get();
      return Optional.of(
          Math.floorMod(e.getHour() * 60 + e.getMinute() - s.getHour() * 60 - s.getMinute(), 1440));
    }
    if (a.get().time().isEmpty()
        && b.get().time().isEmpty()
        && a.get().date().isPresent()
        && b.get().date().isPresent()) {
      long days = b.get().date().get().toEpochDay() - a.get().date().get().toEpochDay();
      if (days < 0) {
        if (window) {
          diagnose(
              "end-before-start",
              "the incident ends (" + b.get() + ") before it starts (" + a.get() + ")");
        }
        return Optional.empty();
      }
      return days > 366 ? Optional.empty() : Optional.of((int) days * 1440);
    }
    return Optional.empty();
  }

  private void checkYears(Optional<When> start) {
    if (start.isEmpty() || start.get().date().isEmpty()) {
      return;
    }
    int year = start.get().date().get().getYear();
    List<Integer> others = new ArrayList<>();
    for (Line l : lines) {
      for (Moment m : l.moments()) {
        m.date().filter(DateMention::hasYear).ifPresent(d -> others.add(d.year()));
      }
    }
    others.sort(Integer::compare);
    if (!others.isEmpty()) {
      int median = others.get(others.size() / 2);
      if (Math.abs(median - year) >= 2) {
        diagnose(
            "year-inconsistent",
            "the incident starts in " + year + " but most dates in the document are in " + median);
      }
    }
  }

  // ---- timeline ----------------------------------------------------------------------------

  private List<TimelineEntry> timeline(
      List<Entry> entries, Optional<When> start, Optional<Zone> zone) {
    List<TimelineEntry> out = new ArrayList<>();
    Optional<LocalDate> running = start.flatMap(When::date);
    int previous = -1;
    int scanned = 0;
    for (Entry e : entries) {
      // A date heading between entries ("#### August 15, 2024") dates the entries below it.
      for (Line l : lines.subList(Math.min(scanned, e.line().number()), e.line().number())) {
        if (isDateHeading(l)) {
          Optional<LocalDate> h = date(l.moments().get(0));
          if (h.isPresent()) {
            running = h;
            previous = -1;
          }
        }
      }
      scanned = e.line().number() + 1;
      Optional<LocalDate> own = date(e.moment());
      Optional<LocalTime> t = time(e.moment());
      int minute = t.map(x -> x.getHour() * 60 + x.getMinute()).orElse(-1);
      if (own.isPresent()) {
        running = own;
      } else if (running.isPresent()
          && minute >= 0
          && previous >= 0
          && minute + 6 * 60 < previous) {
        // Entries are in order: a clock that jumps back by hours has passed midnight.
        running = Optional.of(running.get().plusDays(1));
      }
      if (minute >= 0) {
        previous = minute;
      }
      Optional<LocalDate> day = own.isPresent() ? own : t.isPresent() ? running : Optional.empty();
      Optional<When> w = when(day, t, e.moment().zone().or(() -> zone));
      out.add(new TimelineEntry(w, e.text(), TimelineKinds.classify(e.text())));
    }
    return out;
  }

  private static boolean isDateHeading(Line l) {
    return l.moments().size() == 1
        && l.moments().get(0).time().isEmpty()
        && l.moments().get(0).date().isPresent()
        && l.text().length() <= 40;
  }

  private static Optional<When> firstOf(List<TimelineEntry> timeline, TimelineKind kind) {
    return timeline.stream().filter(e -> e.kind() == kind).findFirst().flatMap(TimelineEntry::time);
  }

  private void diagnose(String code, String message) {
    diagnosed.add(code + "\n" + message);
  }
}
