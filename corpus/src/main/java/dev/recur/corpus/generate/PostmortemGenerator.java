package dev.recur.corpus.generate;

import dev.recur.corpus.generate.Doc.Block;
import dev.recur.corpus.generate.Doc.Bullets;
import dev.recur.corpus.generate.Doc.Code;
import dev.recur.corpus.generate.Doc.Entry;
import dev.recur.corpus.generate.Doc.Item;
import dev.recur.corpus.generate.Doc.Labeled;
import dev.recur.corpus.generate.Doc.Para;
import dev.recur.corpus.generate.Doc.Part;
import dev.recur.corpus.generate.Doc.Table;
import dev.recur.corpus.generate.Doc.Timeline;
import dev.recur.corpus.generate.Doc.TimelineStyle;
import dev.recur.corpus.generate.TimeText.Clock;
import dev.recur.corpus.generate.TimeText.DateForm;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Generates synthetic postmortems with ground truth. Document {@code i} depends only on the seed
 * and {@code i}: the same seed always gives byte-identical documents, in any order and on any
 * thread, and nothing is kept between documents, so a million of them stream in constant memory.
 * Instances are immutable and thread-safe.
 */
public final class PostmortemGenerator {

  /** Smallest document generated, in UTF-8 bytes. */
  public static final int MIN_BYTES = 300;

  /** Largest document generated, in UTF-8 bytes. */
  public static final int MAX_BYTES = 50_000;

  /** How the incident window is stated. */
  enum WindowStyle {
    /** {@code Start Time: November 15, 2023, 03:45 AM UTC} and an End Time line. */
    START_END_LINES,
    /** {@code Feb 27, 2024 10:00 AM - Feb 28, 2024 2:00 PM (UTC)}. */
    DATED_RANGE,
    /** {@code 10:00 AM - 2:00 PM (UTC)} with the date given elsewhere. */
    TIME_RANGE_DATE_ELSEWHERE,
    /** {@code 2024-02-14 10:00 - 2024-02-14 14:00 UTC}. */
    ISO,
    /** {@code 14:00 GMT+1 to 16:30 GMT+1 on 15/11/2023}. */
    DAY_FIRST_24H,
    /** {@code on March 3rd, from 10:00 AM to 2:00 PM} (no year: time-only gold). */
    ORDINAL_NO_YEAR,
    /** {@code from 10am until noon}, whole hours, noon and midnight in words. */
    CASUAL,
    /** {@code The outage began at 10:45 PM and was resolved by 1:15 AM.} */
    PROSE_SENTENCE,
    /** No stated window: the first and last timeline entries give it. */
    TIMELINE_ONLY,
    /** No times at all. */
    NONE
  }

  /** How the share of affected users is told. */
  enum ImpactStyle {
    PERCENT,
    FRACTION_WORDS,
    ALL_USERS,
    RANGE,
    ABSOLUTE_COUNT,
    NONE
  }

  /** What a generated document is made of, for coverage checks and the coverage table. */
  record Features(
      Layout layout,
      WindowStyle window,
      TimelineStyle timeline,
      Clock clock,
      ImpactStyle impact,
      String zone,
      boolean crossesMidnight,
      boolean statedDisagrees,
      boolean typos) {}

  /** A document with the features it was built from. */
  record Sample(GeneratedPostmortem document, Features features) {}

  private static final List<String> ZONES =
      List.of(
          "UTC",
          "UTC",
          "UTC",
          "GMT",
          "EAT",
          "WAT",
          "CAT",
          "PST",
          "PDT",
          "EST",
          "EDT",
          "CET",
          "CEST",
          "IST",
          "UTC-5",
          "UTC+3",
          "GMT+1",
          "GMT+03:00",
          "UTC+05:30");

  private static final List<String> OFFSET_ZONES =
      List.of("GMT+1", "GMT+2", "UTC+3", "GMT-4", "CET", "UTC");

  private static final List<String> SEPARATORS =
      List.of(" - ", " – ", " to ", " until ", " through ");

  private static final LocalDate FIRST_DAY = LocalDate.of(2021, 1, 1);

  private final long seed;

  /** A generator whose documents are determined by {@code seed}. */
  public PostmortemGenerator(long seed) {
    this.seed = seed;
  }

  /** The seed this generator was made with. */
  public long seed() {
    return seed;
  }

  /**
   * Document number {@code index} (from 0) of this generator's corpus.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public GeneratedPostmortem generate(long index) {
    return sample(index).document();
  }

  /** Documents {@code 0 .. count-1}, built lazily one at a time as the stream is consumed. */
  public Stream<GeneratedPostmortem> stream(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    return LongStream.range(0, count).mapToObj(this::generate);
  }

  /** Documents {@code 0 .. count-1} as a lazy iterator. */
  public Iterator<GeneratedPostmortem> iterator(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    return new Iterator<>() {
      private long next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public GeneratedPostmortem next() {
        if (next >= count) {
          throw new NoSuchElementException("all " + count + " documents were returned");
        }
        return generate(next++);
      }
    };
  }

  Sample sample(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, got " + index);
    }
    return new Build(new SplittableRandom(mix(seed, index)), index).run();
  }

  /** A well-spread 64-bit hash of (seed, index), so neighbouring documents are unrelated. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Everything decided for one document; confined to one call of {@link #sample}. */
  private static final class Build {
    private final SplittableRandom r;
    private final long index;
    private final int variant;
    private final boolean typos;

    Build(SplittableRandom r, long index) {
      this.r = r;
      this.index = index;
      this.variant = r.nextInt(1000);
      this.typos = r.nextInt(100) < 35;
    }

    private <T> T pick(List<T> list) {
      return list.get(r.nextInt(list.size()));
    }

    private boolean chance(int percent) {
      return r.nextInt(100) < percent;
    }

    Sample run() {
      boolean tiny = chance(5);
      Layout layout = tiny ? Layout.PROSE : Layout.values()[r.nextInt(Layout.values().length - 1)];
      String service = pick(Phrases.SERVICES);

      // Root cause: faults uniformly (unknown rarely), then a phrasing and a component.
      String fault =
          chance(3) ? "unknown" : Phrases.FAULTS.get(r.nextInt(Phrases.FAULTS.size() - 1));
      List<Phrases.CauseForm> forms =
          Phrases.CAUSES.stream().filter(f -> f.fault().equals(fault)).toList();
      Phrases.CauseForm form = pick(forms);
      String component = pick(form.components());
      String noun = pick(Phrases.NOUNS.get(component));
      String causeSentence =
          fault.equals("unknown")
              ? Phrases.UNKNOWN_CAUSE
              : pick(Phrases.CAUSE_SENTENCES).replace("{x}", form.phrase().replace("{c}", noun));
      List<String> herrings = herrings(fault, component);

      // Window.
      WindowStyle window;
      if (layout == Layout.PROSE) {
        window =
            pick(
                List.of(
                    WindowStyle.TIME_RANGE_DATE_ELSEWHERE,
                    WindowStyle.PROSE_SENTENCE,
                    WindowStyle.CASUAL,
                    WindowStyle.NONE));
      } else {
        window = WindowStyle.values()[r.nextInt(WindowStyle.values().length)];
      }
      boolean multiDayAllowed =
          window == WindowStyle.START_END_LINES
              || window == WindowStyle.DATED_RANGE
              || window == WindowStyle.ISO;
      Clock clock =
          switch (window) {
            case CASUAL -> Clock.CASUAL;
            case ISO, DAY_FIRST_24H -> Clock.H24;
            case START_END_LINES -> Clock.H12_PADDED;
            default -> pick(List.of(Clock.H12_PADDED, Clock.H12, Clock.H12_COMPACT, Clock.H24));
          };
      String zone =
          window == WindowStyle.NONE || chance(10)
              ? ""
              : window == WindowStyle.DAY_FIRST_24H ? pick(OFFSET_ZONES) : pick(ZONES);
      LocalDate day = FIRST_DAY.plusDays(r.nextInt(5 * 365));
      if (window == WindowStyle.DAY_FIRST_24H && day.getDayOfMonth() <= 12) {
        // Day-first dates stay unambiguous only when the day cannot be a month.
        day = day.withDayOfMonth(13 + r.nextInt(16));
      }
      int startMinute;
      int duration;
      if (window == WindowStyle.CASUAL) {
        startMinute = 60 * r.nextInt(24);
        if (chance(30)) {
          startMinute = 12 * 60;
        }
        duration = 60 * (1 + r.nextInt(10));
        if (chance(25)) {
          duration = 24 * 60 - startMinute; // ends at midnight
          if (duration == 0 || duration >= 24 * 60) {
            duration = 60 * (1 + r.nextInt(6));
          }
        }
      } else {
        startMinute = chance(70) ? 5 * r.nextInt(24 * 12) : r.nextInt(24 * 60);
        int roll = r.nextInt(100);
        if (roll < 70) {
          duration = 10 + 5 * r.nextInt(59);
        } else if (roll < 90 || !multiDayAllowed) {
          duration = 300 + 5 * r.nextInt(216);
        } else {
          duration = 1440 + 5 * r.nextInt(290);
        }
      }
      LocalDateTime start = day.atStartOfDay().plusMinutes(startMinute);
      LocalDateTime end = start.plusMinutes(duration);
      boolean crossesMidnight = !end.toLocalDate().equals(start.toLocalDate());
      boolean dateKnown =
          switch (window) {
            case ORDINAL_NO_YEAR, NONE -> false;
            case CASUAL, PROSE_SENTENCE -> chance(60);
            case TIMELINE_ONLY -> chance(60);
            default -> true;
          };
      boolean dateInTitle =
          dateKnown
              && (window == WindowStyle.TIMELINE_ONLY
                  || ((window == WindowStyle.CASUAL
                          || window == WindowStyle.PROSE_SENTENCE
                          || window == WindowStyle.TIME_RANGE_DATE_ELSEWHERE)
                      && chance(40)));

      // Stated length of the incident.
      int stated = -1;
      boolean statedDisagrees = false;
      if (window == WindowStyle.NONE) {
        if (chance(50)) {
          stated = pick(List.of(30, 45, 60, 90, 120, 150, 180, 240, 300, 720));
        }
      } else if (chance(30)) {
        stated = duration;
        if (chance(25) && duration >= 120) {
          int rounded = Math.max(60, (duration * 3 / 4) / 60 * 60);
          if (rounded != duration) {
            stated = rounded;
            statedDisagrees = true;
          }
        }
      }
      String statedText = stated < 0 ? "" : TimeText.length(stated, variant);

      // Impact.
      ImpactStyle impactStyle = pickImpact();
      double[] share = {Double.NaN};
      String impactClause = impactClause(impactStyle, service, share);
      String serviceSentence = pick(Phrases.SERVICE_SENTENCES).replace("{s}", service);
      String impactSentence = serviceSentence + ", " + impactClause + ".";
      if (stated >= 0 && chance(50)) {
        impactSentence += " The outage lasted " + statedText + ".";
        statedText = "";
      }

      // Window statement and title.
      WindowText wt =
          windowText(window, start, end, zone, clock, dateKnown && !dateInTitle, statedText);
      String titleDate =
          dateInTitle ? " - " + TimeText.date(start.toLocalDate(), DateForm.LONG) : "";
      String titleCore = pick(Phrases.TITLES);
      String title =
          (chance(50) ? "Postmortem: " + titleCore : titleCore + " Postmortem") + titleDate;

      // Timeline.
      TimelineStyle tlStyle = TimelineStyle.values()[r.nextInt(TimelineStyle.values().length)];
      boolean timed = window != WindowStyle.NONE;
      boolean entryZones = !zone.isEmpty() && (window == WindowStyle.TIMELINE_ONLY || chance(30));
      boolean herringsInTimeline = !herrings.isEmpty() && timed && chance(40);
      List<String> middle = new ArrayList<>();
      middle.add(
          pick(
              List.of(
                  "Engineers began investigating the elevated error rates",
                  "The on-call engineer started looking at logs and dashboards",
                  "Investigation began by examining server logs and traffic patterns")));
      if (herringsInTimeline) {
        for (String h : herrings) {
          middle.add(pick(Phrases.HERRING_ENTRIES).replace("{h}", pick(Phrases.HERRINGS.get(h))));
        }
      }
      if (chance(50)) {
        middle.add(
            pick(
                List.of(
                    "The incident was escalated to the infrastructure team",
                    "Senior engineers were paged to assist")));
      }
      if (!fault.equals("unknown")) {
        middle.add("The root cause was identified as " + form.phrase().replace("{c}", noun));
      }
      middle.add(
          pick(
              List.of(
                  "A fix was applied and recovery began",
                  "Mitigation was rolled out",
                  "Engineers applied the fix and monitored recovery")));
      if (chance(30)) {
        String decoy = pick(Phrases.OTHER_PERCENTAGES);
        middle.add(
            decoy.substring(0, decoy.length() - 1)); // entries get their full stop when written
      }
      List<Entry> entries = new ArrayList<>();
      int[] offsets = offsets(middle.size(), duration);
      entries.add(
          new Entry(
              timed
                  ? when(
                      start,
                      start,
                      multiDayOrAll(window, crossesMidnight, duration),
                      clock,
                      entryZones ? zone : "")
                  : "",
              pick(
                  List.of(
                      "The issue was detected through monitoring alerts",
                      "Monitoring alerts fired for a spike in errors",
                      "Users began reporting errors and the alert fired"))));
      for (int i = 0; i < middle.size(); i++) {
        LocalDateTime t = start.plusMinutes(offsets[i]);
        entries.add(
            new Entry(
                timed
                    ? when(
                        start,
                        t,
                        multiDayOrAll(window, crossesMidnight, duration),
                        clock,
                        entryZones ? zone : "")
                    : "",
                middle.get(i)));
      }
      entries.add(
          new Entry(
              timed
                  ? when(
                      start,
                      end,
                      multiDayOrAll(window, crossesMidnight, duration),
                      clock,
                      entryZones ? zone : "")
                  : "",
              pick(
                  List.of(
                      "Service was fully restored",
                      "The incident was resolved",
                      "All systems were back to normal"))));
      if (window == WindowStyle.TIMELINE_ONLY
          && tlStyle == TimelineStyle.PROSE
          && layout != Layout.PROSE) {
        tlStyle = TimelineStyle.BULLET;
      }

      // Parts.
      List<Part> parts = new ArrayList<>();
      Set<String> kinds = new LinkedHashSet<>();
      String herringText = herringProse(herrings);
      List<String> fixes = Phrases.RESOLUTIONS.get(fault);
      // An attack and a break-in are contained differently; the other faults take either form.
      String fix =
          fault.equals("security")
              ? fixes.get(form.phrase().contains("DDoS") ? 0 : 1)
              : pick(fixes);
      String resolution = fix.replace("{c}", noun);
      if (layout == Layout.PROSE) {
        StringBuilder p = new StringBuilder();
        if (!wt.sentence().isEmpty()) {
          p.append(wt.sentence()).append(' ');
        }
        p.append(impactSentence).append(' ').append(causeSentence);
        if (!herringText.isEmpty()) {
          p.append(' ').append(herringText);
        }
        p.append(' ').append(resolution);
        parts.add(new Part("", List.of(), List.of(new Para(p.toString()))));
      } else {
        boolean labeledSummary = chance(55);
        boolean impactNested = labeledSummary && chance(80);
        boolean causeNested = labeledSummary && chance(50);
        List<Block> summary = new ArrayList<>();
        if (labeledSummary) {
          List<Item> items = new ArrayList<>();
          if (!wt.item().isEmpty() || !wt.sub().isEmpty()) {
            items.add(new Item("Duration", wt.item(), wt.sub()));
          } else if (!wt.sentence().isEmpty()) {
            summary.add(new Para(wt.sentence()));
          }
          if (impactNested) {
            items.add(new Item("Impact", impactSentence, List.of()));
            kinds.add("impact");
          }
          if (causeNested) {
            items.add(new Item("Root Cause", causeSentence, List.of()));
            kinds.add("root_cause");
          }
          if (!items.isEmpty()) {
            summary.add(new Labeled(items));
          }
          if (!impactNested) {
            summary.add(new Para(impactSentence));
          }
        } else {
          StringBuilder p = new StringBuilder();
          if (!wt.sentence().isEmpty()) {
            p.append(wt.sentence()).append(' ');
          }
          p.append(impactSentence);
          summary.add(new Para(p.toString()));
        }
        if (chance(40)) {
          summary.add(new Para(filler(1 + r.nextInt(3))));
        }
        parts.add(part(pick(Headings.SUMMARY), List.of("summary"), summary, kinds));
        if (!impactNested && chance(40)) {
          parts.add(
              part(
                  pick(Headings.IMPACT),
                  List.of("impact"),
                  List.of(
                      new Para(
                          pick(
                              List.of(
                                  "Users could not rely on the service during the incident.",
                                  "Customers experienced errors and slow responses.",
                                  "Requests failed or timed out for the affected users.")))),
                  kinds));
        }
        boolean combined = chance(30);
        boolean causeEarly = !combined && chance(45);
        boolean misleadingPart = !herrings.isEmpty() && !herringsInTimeline && chance(60);
        boolean herringsInCause = !herrings.isEmpty() && !herringsInTimeline && !misleadingPart;
        List<Block> causeBlocks = new ArrayList<>();
        causeBlocks.add(new Para(causeSentence + (herringsInCause ? " " + herringText : "")));
        if (!herringsInTimeline && !misleadingPart && herrings.isEmpty() && chance(30)) {
          causeBlocks.add(new Para(pick(Phrases.OTHER_PERCENTAGES)));
        }
        boolean causePart = combined || causeEarly || !causeNested || chance(50);
        if (causePart && causeEarly) {
          parts.add(part(pick(Headings.ROOT_CAUSE), List.of("root_cause"), causeBlocks, kinds));
        }
        if (chance(92)) {
          List<Block> tl = new ArrayList<>();
          tl.add(new Timeline(entries, tlStyle));
          parts.add(part(pick(Headings.TIMELINE), List.of("timeline"), tl, kinds));
        } else if (window == WindowStyle.TIMELINE_ONLY) {
          parts.add(
              part(
                  pick(Headings.TIMELINE),
                  List.of("timeline"),
                  List.of(new Timeline(entries, tlStyle)),
                  kinds));
        }
        if (chance(25)) {
          parts.add(
              part(
                  pick(Headings.DETECTION),
                  List.of("detection"),
                  List.of(new Para(pick(Phrases.DETECTION))),
                  kinds));
        }
        if (misleadingPart) {
          List<String> items = new ArrayList<>();
          for (String h : herrings) {
            items.add(herringSentence(h));
          }
          parts.add(
              part(
                  pick(Headings.MISLEADING),
                  List.of("misleading_paths"),
                  List.of(new Bullets(items, false)),
                  kinds));
        }
        if (chance(25)) {
          String esc =
              pick(Phrases.ESCALATION) + (chance(30) ? " " + pick(Phrases.OTHER_LENGTHS) : "");
          parts.add(
              part(
                  pick(Headings.ESCALATION), List.of("escalation"), List.of(new Para(esc)), kinds));
        }
        if (combined) {
          List<Block> blocks = new ArrayList<>(causeBlocks);
          blocks.add(new Para(resolution));
          parts.add(
              part(
                  pick(Headings.CAUSE_AND_RESOLUTION),
                  List.of("root_cause", "resolution"),
                  blocks,
                  kinds));
        } else {
          if (causePart && !causeEarly) {
            parts.add(part(pick(Headings.ROOT_CAUSE), List.of("root_cause"), causeBlocks, kinds));
          }
          String res = resolution + (chance(15) ? " " + pick(Phrases.OTHER_LENGTHS) : "");
          parts.add(
              part(
                  pick(Headings.RESOLUTION), List.of("resolution"), List.of(new Para(res)), kinds));
        }
        List<String> actions = actions(noun, 2 + r.nextInt(4));
        if (chance(85)) {
          Block b =
              chance(15)
                  ? new Table(
                      List.of("Action", "Owner"),
                      actions.stream()
                          .map(
                              a ->
                                  List.of(
                                      a, pick(List.of("SRE", "Platform", "Backend", "Networking"))))
                          .toList())
                  : new Bullets(actions, false);
          parts.add(part(pick(Headings.ACTIONS), List.of("corrective_actions"), List.of(b), kinds));
        }
        if (chance(25)) {
          parts.add(
              part(
                  pick(Headings.TASKS),
                  List.of("tasks"),
                  List.of(new Bullets(actions(noun, 2 + r.nextInt(3)), true)),
                  kinds));
        }
        if (chance(20)) {
          parts.add(
              part(
                  pick(Headings.LESSONS),
                  List.of("lessons_learned"),
                  List.of(
                      new Bullets(List.of(pick(Phrases.LESSONS), pick(Phrases.LESSONS)), false)),
                  kinds));
        }
        if (chance(25)) {
          parts.add(
              part(
                  pick(Headings.CONCLUSION),
                  List.of("conclusion"),
                  List.of(new Para(pick(Phrases.CONCLUSIONS) + " " + filler(1))),
                  kinds));
        }
      }

      String text = new Renderer(layout, variant).render(title, parts);
      int target = targetSize(tiny);
      int bytes = utf8Length(text);
      if (bytes < target || bytes < MIN_BYTES) {
        parts.addAll(padding(Math.max(target, MIN_BYTES + 40) - bytes, layout == Layout.PROSE));
        text = new Renderer(layout, variant).render(title, parts);
      }
      text = noise(text);
      text = clamp(text);

      String ext =
          layout == Layout.HTML
              ? ".html"
              : (layout == Layout.PLAIN_LABELS
                          || layout == Layout.ALL_CAPS
                          || layout == Layout.PROSE)
                      && variant % 2 == 0
                  ? ".txt"
                  : ".md";
      String fileName = String.format(Locale.ROOT, "pm-%07d%s", index, ext);

      boolean hasWindow = window != WindowStyle.NONE;
      OptionalInt durationGold =
          hasWindow
              ? OptionalInt.of(duration)
              : stated >= 0 ? OptionalInt.of(stated) : OptionalInt.empty();
      GoldLabel gold =
          new GoldLabel(
              fileName,
              hasWindow ? Optional.of(TimeText.gold(start, dateKnown)) : Optional.empty(),
              hasWindow ? Optional.of(TimeText.gold(end, dateKnown)) : Optional.empty(),
              zone.isEmpty() ? Optional.empty() : Optional.of(zone),
              durationGold,
              stated >= 0 ? OptionalInt.of(stated) : OptionalInt.empty(),
              Double.isNaN(share[0]) ? OptionalDouble.empty() : OptionalDouble.of(share[0]),
              Optional.of(service),
              fault,
              component,
              herrings,
              layout == Layout.PROSE ? List.of() : canonical(kinds));
      Features features =
          new Features(
              layout,
              window,
              tlStyle,
              clock,
              impactStyle,
              zone,
              crossesMidnight,
              statedDisagrees,
              typos);
      return new Sample(new GeneratedPostmortem(fileName, text, gold, layout), features);
    }

    private static boolean multiDayOrAll(WindowStyle w, boolean crossesMidnight, int duration) {
      return duration >= 24 * 60
          && (w == WindowStyle.START_END_LINES
              || w == WindowStyle.DATED_RANGE
              || w == WindowStyle.ISO);
    }

    private String when(
        LocalDateTime start, LocalDateTime t, boolean withDate, Clock clock, String zone) {
      String c = TimeText.clock(t.toLocalTime(), clock);
      String d = withDate ? TimeText.date(t.toLocalDate(), DateForm.SHORT) + ", " : "";
      return d + c + (zone.isEmpty() ? "" : " " + zone);
    }

    /** Sorted minute offsets strictly inside the window where the window allows it. */
    private int[] offsets(int n, int duration) {
      int[] o = new int[n];
      for (int i = 0; i < n; i++) {
        o[i] = duration <= 2 ? 0 : 1 + r.nextInt(duration - 1);
      }
      Arrays.sort(o);
      return o;
    }

    private List<String> herrings(String fault, String component) {
      int n = pick(List.of(0, 1, 1, 2, 2, 2, 3));
      List<String> out = new ArrayList<>();
      for (int tries = 0; out.size() < n && tries < 20; tries++) {
        String h = pick(Phrases.HERRING_WEIGHTS);
        boolean conflicts =
            h.equals(component)
                || out.contains(h)
                || (h.equals("ddos") && fault.equals("security"))
                || (h.equals("traffic-spike") && fault.equals("capacity"))
                || (h.equals("code-deploy") && fault.equals("deployment"))
                || (h.equals("network") && fault.equals("network"));
        if (!conflicts) {
          out.add(h);
        }
      }
      return out;
    }

    private String herringSentence(String h) {
      String name = pick(Phrases.HERRINGS.get(h));
      String s = pick(Phrases.HERRING_SENTENCES);
      return s.replace("{h}", name)
          .replace("{H}", Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    private String herringProse(List<String> herrings) {
      StringBuilder b = new StringBuilder();
      for (String h : herrings) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(herringSentence(h));
      }
      return b.toString();
    }

    private ImpactStyle pickImpact() {
      int roll = r.nextInt(100);
      if (roll < 35) {
        return ImpactStyle.PERCENT;
      } else if (roll < 50) {
        return ImpactStyle.FRACTION_WORDS;
      } else if (roll < 65) {
        return ImpactStyle.ALL_USERS;
      } else if (roll < 73) {
        return ImpactStyle.RANGE;
      } else if (roll < 85) {
        return ImpactStyle.ABSOLUTE_COUNT;
      }
      return ImpactStyle.NONE;
    }

    private String impactClause(ImpactStyle style, String service, double[] share) {
      switch (style) {
        case PERCENT -> {
          int p = 5 + r.nextInt(91);
          share[0] = p;
          return pick(
              List.of(
                  "affecting approximately " + p + "% of our users",
                  "leaving about " + p + "% of users unable to use it",
                  "which affected " + p + "% of customers",
                  "causing errors for roughly " + p + "% of all requests"));
        }
        case FRACTION_WORDS -> {
          int k = r.nextInt(6);
          String[] words = {
            "roughly a third of users",
            "half of our customers",
            "about a quarter of users",
            "three quarters of our users",
            "two thirds of our customers",
            "one in five users"
          };
          double[] values = {33.3, 50, 25, 75, 66.7, 20};
          share[0] = values[k];
          return "affecting " + words[k];
        }
        case ALL_USERS -> {
          share[0] = 100;
          return pick(
              List.of(
                  "affecting all users",
                  "and every customer was affected",
                  "so anyone trying to access the " + service + " received errors",
                  "dropping all traffic"));
        }
        case RANGE -> {
          int a = 10 + 5 * r.nextInt(12);
          int b = a + pick(List.of(5, 10));
          share[0] = (a + b) / 2.0;
          return pick(
              List.of(
                  "affecting " + a + "-" + b + "% of requests",
                  "affecting between " + a + "% and " + b + "% of users"));
        }
        case ABSOLUTE_COUNT -> {
          int n = 1000 + 100 * r.nextInt(490);
          return String.format(Locale.ROOT, "affecting about %,d users", n);
        }
        default -> {
          return pick(
              List.of("and users saw intermittent errors", "and customers reported slow pages"));
        }
      }
    }

    /** The window written in one style: an item text (and sub-lines) and a standalone sentence. */
    private record WindowText(String item, List<String> sub, String sentence) {}

    private WindowText windowText(
        WindowStyle w,
        LocalDateTime start,
        LocalDateTime end,
        String zone,
        Clock clock,
        boolean dateInText,
        String stated) {
      String sep = pick(SEPARATORS);
      String z = zone.isEmpty() ? "" : " " + zone;
      String pz = zone.isEmpty() ? "" : " (" + zone + ")";
      String lead = stated.isEmpty() ? "" : stated + ", ";
      String s = TimeText.clock(start.toLocalTime(), clock);
      String e = TimeText.clock(end.toLocalTime(), clock);
      LocalDate d0 = start.toLocalDate();
      switch (w) {
        case START_END_LINES -> {
          String a = TimeText.date(d0, DateForm.LONG) + ", " + s + z;
          String b = TimeText.date(end.toLocalDate(), DateForm.LONG) + ", " + e + z;
          return new WindowText(
              stated,
              List.of("Start Time: " + a, "End Time: " + b),
              "The incident started on " + a + " and ended on " + b + "." + statedSentence(stated));
        }
        case DATED_RANGE -> {
          DateForm f = chance(50) ? DateForm.SHORT : DateForm.LONG;
          String range =
              TimeText.date(d0, f)
                  + " "
                  + s
                  + sep
                  + TimeText.date(end.toLocalDate(), f)
                  + " "
                  + e
                  + pz;
          return new WindowText(
              lead + range,
              List.of(),
              "The outage lasted from " + range + "." + statedSentence(stated));
        }
        case TIME_RANGE_DATE_ELSEWHERE -> {
          String on = dateInText ? " on " + TimeText.date(d0, DateForm.LONG) : "";
          String range = chance(50) ? s + sep + e + pz : "from " + s + " to " + e + z;
          return new WindowText(
              lead + range + on,
              List.of(),
              (on.isEmpty() ? "" : "On " + TimeText.date(d0, DateForm.LONG) + ", ")
                  + "the outage lasted from "
                  + s
                  + " to "
                  + e
                  + z
                  + "."
                  + statedSentence(stated));
        }
        case ISO -> {
          String range =
              TimeText.date(d0, DateForm.ISO)
                  + " "
                  + s
                  + sep
                  + TimeText.date(end.toLocalDate(), DateForm.ISO)
                  + " "
                  + e
                  + z;
          return new WindowText(
              lead + range, List.of(), "Incident window: " + range + "." + statedSentence(stated));
        }
        case DAY_FIRST_24H -> {
          String range = s + z + " to " + e + z + " on " + TimeText.date(d0, DateForm.DAY_FIRST);
          return new WindowText(
              lead + range,
              List.of(),
              "The service was down from " + range + "." + statedSentence(stated));
        }
        case ORDINAL_NO_YEAR -> {
          String range =
              "on " + TimeText.date(d0, DateForm.ORDINAL) + ", from " + s + " to " + e + z;
          return new WindowText(
              lead + range,
              List.of(),
              "The outage happened " + range + "." + statedSentence(stated));
        }
        case CASUAL -> {
          String on = dateInText ? " on " + TimeText.date(d0, DateForm.WEEKDAY) : "";
          String range = "from " + s + " until " + e + z + on;
          return new WindowText(
              lead + range, List.of(), "The site was down " + range + "." + statedSentence(stated));
        }
        case PROSE_SENTENCE -> {
          String on = dateInText ? "On " + TimeText.date(d0, DateForm.LONG) + ", the" : "The";
          return new WindowText(
              "",
              List.of(),
              on
                  + " outage began at "
                  + s
                  + z
                  + " and was resolved by "
                  + e
                  + "."
                  + statedSentence(stated));
        }
        default -> {
          return new WindowText(stated, List.of(), statedSentence(stated).trim());
        }
      }
    }

    private static String statedSentence(String stated) {
      return stated.isEmpty() ? "" : " In total the outage lasted " + stated + ".";
    }

    private List<String> actions(String noun, int n) {
      List<String> categories = new ArrayList<>(Phrases.ACTIONS.keySet());
      categories.sort(null);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        String a = pick(Phrases.ACTIONS.get(pick(categories))).replace("{c}", noun);
        if (!out.contains(a)) {
          out.add(a);
        }
      }
      return out;
    }

    private String filler(int n) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (b.length() > 0) {
          b.append(' ');
        }
        String s = pick(Phrases.FILLER);
        b.append(typos && chance(30) ? typo(s) : s);
      }
      return b.toString();
    }

    /** Swaps two adjacent letters in one word, or doubles a word: the slips people make. */
    private String typo(String s) {
      String[] words = s.split(" ", -1);
      int w = r.nextInt(words.length);
      String word = words[w];
      if (chance(20)) {
        words[w] = word + " " + word;
      } else if (word.length() > 3) {
        int i = 1 + r.nextInt(word.length() - 3);
        if (Character.isLetter(word.charAt(i)) && Character.isLetter(word.charAt(i + 1))) {
          words[w] =
              word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
        }
      }
      return String.join(" ", words);
    }

    private int targetSize(boolean tiny) {
      if (tiny) {
        return MIN_BYTES + r.nextInt(500);
      }
      if (chance(14)) {
        // Log-uniform between 6 KB and 48 KB, so that large documents are spread over the range.
        double lg = Math.log(6_000) + r.nextDouble() * (Math.log(48_000) - Math.log(6_000));
        return (int) Math.exp(lg);
      }
      return 0;
    }

    private List<Part> padding(int bytes, boolean prose) {
      List<Part> out = new ArrayList<>();
      List<Block> notes = new ArrayList<>();
      List<String> logs = new ArrayList<>();
      int have = 0;
      boolean withLogs = !prose && chance(60);
      while (have < bytes) {
        if (withLogs && chance(50)) {
          String line =
              pick(Phrases.LOG_LINES)
                  .replace("{n}", Integer.toString(1 + r.nextInt(16)))
                  .replace("{m}", Integer.toString(100 + r.nextInt(9000)));
          logs.add(line);
          have += line.length() + 1;
        } else {
          String p = filler(3 + r.nextInt(4));
          notes.add(new Para(p));
          have += p.length() + 2;
        }
      }
      if (!notes.isEmpty()) {
        out.add(new Part(prose ? "" : "Appendix A: Raw Notes", List.of(), notes));
      }
      if (!logs.isEmpty()) {
        out.add(new Part("Appendix B: Log Excerpt", List.of(), List.of(new Code(logs))));
      }
      return out;
    }

    /** Line-ending and whitespace noise that real archives carry. */
    private String noise(String text) {
      String t = text;
      if (chance(10)) {
        t = t.replace(".\n", ". \n");
      }
      if (chance(10)) {
        t = t.replace("don't", "don’t").replace("\n\n\n", "\n\n");
        t = t + "\n\n";
      }
      if (chance(4)) {
        t = t.replace("\n", "\r\n");
      }
      return t;
    }

    /** Trims a padded document back under the size limit at a line boundary. */
    private static String clamp(String text) {
      if (utf8Length(text) <= MAX_BYTES) {
        return text;
      }
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      String cut = new String(b, 0, MAX_BYTES - 4, StandardCharsets.UTF_8);
      int nl = cut.lastIndexOf('\n');
      cut = nl > 0 ? cut.substring(0, nl + 1) : cut;
      // A cut inside a multi-byte character decodes to U+FFFD; drop it rather than write noise.
      return cut.replace("\uFFFD", "");
    }

    private static Part part(
        String heading, List<String> kinds, List<Block> blocks, Set<String> seen) {
      seen.addAll(kinds);
      return new Part(heading, kinds, blocks);
    }
  }

  static int utf8Length(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n++;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** Canonical kinds in taxonomy order. */
  static final List<String> CANONICAL_ORDER =
      List.of(
          "summary",
          "impact",
          "timeline",
          "detection",
          "root_cause",
          "resolution",
          "corrective_actions",
          "tasks",
          "misleading_paths",
          "escalation",
          "lessons_learned",
          "conclusion");

  static List<String> canonical(Set<String> kinds) {
    return CANONICAL_ORDER.stream().filter(kinds::contains).toList();
  }
}
