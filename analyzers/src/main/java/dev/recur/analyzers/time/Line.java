package dev.recur.analyzers.time;

import dev.recur.analyzers.time.Mention.DateMention;
import dev.recur.analyzers.time.Mention.TimeMention;
import dev.recur.analyzers.time.Mention.ZoneMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a postmortem with its markup removed and its moments, ranges and standalone zones
 * found.
 *
 * @param number the line's index in the document
 * @param offset where the raw line starts in the document
 * @param text the line without markup, bullets or heading marks
 * @param label the text before a leading {@code Label:}, lower case, or empty
 * @param moments the moments in line order
 * @param ranges pairs of moments written as a range ("10:00 AM - 2:00 PM")
 * @param zones zones not attached to a time
 */
record Line(
    int number,
    int offset,
    String text,
    String label,
    List<Moment> moments,
    List<Range> ranges,
    List<Zone> zones) {

  /** Two moments written as one span of time. */
  record Range(Moment from, Moment to) {}

  private static final Pattern TAG = Pattern.compile("<[^<>\\n]{0,300}>");
  private static final Pattern ENTITY = Pattern.compile("&(?:[a-zA-Z]{2,8}|#\\d{1,6});");
  private static final Pattern IMAGE =
      Pattern.compile("!\\[[^\\]\\n]{0,300}\\]\\([^)\\n]{0,500}\\)");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]\\n]{0,300})\\]\\([^)\\n]{0,500}\\)");
  private static final Pattern LEAD =
      Pattern.compile(
          "^[\\s>#*+|\\-\u2022\u00b7\u25e6\u25aa\u2013\u2014]{0,40}(?:\\d{1,2}[.)][ \\t]+)?");
  private static final Pattern LABEL = Pattern.compile("^([^:\\n]{1,48}?)[ \\t]*:(?!\\d)");

  private static final Pattern ZONE_GLUE = Pattern.compile("[ \\t(\\[,\\-]{0,3}");
  private static final Pattern GLUE =
      Pattern.compile(
          "T|[ \\t,()\\[\\]]{0,4}(?:(?:at|on|@|around|about|approximately|approx\\.|from)[ \\t,()]{1,3})?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE_GAP =
      Pattern.compile(
          "[ \\t,()*\\[\\]]{0,6}(?:-{1,2}>?|\u2013|\u2014|~|to|until|till|through|thru|and)[ \\t()*\\[\\]]{0,6}",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PROSE_GAP =
      Pattern.compile(
          "[^.;:!?]{0,80}?\\b(?:until|till|through|(?:resolved|restored|fixed|ended|recovered|solved|mitigated)"
              + "\\b[^.;:!?]{0,20}?\\b(?:by|at|around))[ \\t(]{0,3}",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BETWEEN_BEFORE =
      Pattern.compile(
          "\\bbetween[ \\t]{1,3}(?:the[ \\t]{1,3}hours[ \\t]{1,3}of[ \\t]{1,3})?$",
          Pattern.CASE_INSENSITIVE);

  /** Strips markup and bullets and reads the moments of one raw line. */
  static Line read(int number, int offset, String raw) {
    String text = raw.length() > TimeLexer.MAX_LINE ? raw.substring(0, TimeLexer.MAX_LINE) : raw;
    // Every line of a document comes here, and most have no markup: each pattern runs only when
    // the character it cannot match without is there.
    if (text.indexOf("](") >= 0) {
      text = IMAGE.matcher(text).replaceAll(" ");
      text = LINK.matcher(text).replaceAll("$1");
    }
    if (text.indexOf('<') >= 0) {
      text = TAG.matcher(text).replaceAll(" ");
    }
    if (text.indexOf('&') >= 0) {
      text = ENTITY.matcher(text).replaceAll(" ");
    }
    text = text.replace("**", "").replace("__", "").replace('`', ' ').replace('\t', ' ');
    if (!text.isEmpty() && mayLead(text.charAt(0))) {
      text = LEAD.matcher(text).replaceFirst("");
    }
    text = text.strip();
    String label = "";
    if (text.indexOf(':') >= 0) {
      var labelMatch = LABEL.matcher(text);
      if (labelMatch.find()) {
        label = labelMatch.group(1).strip().toLowerCase(java.util.Locale.ROOT);
      }
    }
    List<Mention> mentions = TimeLexer.scan(text);
    List<Moment> moments = new ArrayList<>();
    List<Zone> zones = new ArrayList<>();
    group(text, mentions, moments, zones);
    return new Line(number, offset, text, label, moments, ranges(text, moments), zones);
  }

  /** Whether {@link #LEAD} can match anything at a line starting with {@code c}. */
  private static boolean mayLead(char c) {
    return (c >= '0' && c <= '9')
        || " \t\n\u000B\f\r>#*+|-\u2022\u00b7\u25e6\u25aa\u2013\u2014".indexOf(c) >= 0;
  }

  /** Whether the line starts with a moment that has a time: a timeline entry. */
  boolean isEntry() {
    if (moments.isEmpty()
        || moments.get(0).begin() != 0
        || !moments.get(0).hasTime()
        || moments.get(0).bare()) {
      return false;
    }
    // A line that is nothing but a range ("January 10, 2024, 16:45 to 17:35 CET") states a window.
    boolean onlyRange =
        !ranges.isEmpty()
            && ranges.get(0).from() == moments.get(0)
            && text.substring(ranges.get(0).to().end()).strip().length() <= 3;
    return !onlyRange;
  }

  /** The text after the leading moment of an entry, separators removed. */
  String entryText() {
    String rest = text.substring(moments.get(0).end());
    int i = 0;
    while (i < rest.length() && ":-|,.)]\u2013\u2014 ".indexOf(rest.charAt(i)) >= 0) {
      i++;
    }
    return rest.substring(i).strip();
  }

  private static void group(
      String text, List<Mention> mentions, List<Moment> moments, List<Zone> zones) {
    Optional<DateMention> date = Optional.empty();
    Optional<TimeMention> time = Optional.empty();
    Optional<Zone> zone = Optional.empty();
    int begin = -1;
    int end = -1;
    for (Mention m : mentions) {
      boolean open = begin >= 0;
      String gap = open ? text.substring(end, m.begin()) : "";
      boolean joins = false;
      if (open) {
        if (m instanceof ZoneMention) {
          joins = time.isPresent() && zone.isEmpty() && ZONE_GLUE.matcher(gap).matches();
        } else if (m instanceof DateMention) {
          joins = date.isEmpty() && GLUE.matcher(gap).matches();
        } else {
          joins = time.isEmpty() && !((TimeMention) m).bare() && GLUE.matcher(gap).matches();
        }
      }
      if (!joins && open) {
        moments.add(new Moment(date, time, zone, begin, end));
        date = Optional.empty();
        time = Optional.empty();
        zone = Optional.empty();
        begin = -1;
      }
      if (m instanceof ZoneMention z) {
        if (begin < 0) {
          zones.add(z.zone());
          continue;
        }
        zone = Optional.of(z.zone());
      } else if (m instanceof DateMention d) {
        date = Optional.of(d);
      } else {
        time = Optional.of((TimeMention) m);
      }
      if (begin < 0) {
        begin = m.begin();
      }
      end = m.end();
    }
    if (begin >= 0) {
      moments.add(new Moment(date, time, zone, begin, end));
    }
  }

  private static List<Range> ranges(String text, List<Moment> moments) {
    List<Range> out = new ArrayList<>();
    for (int i = 0; i + 1 < moments.size(); i++) {
      Moment a = moments.get(i);
      Moment b = moments.get(i + 1);
      if (a.bare()) {
        continue;
      }
      boolean timed = a.hasTime() && b.hasTime();
      boolean dated =
          a.time().isEmpty() && b.time().isEmpty() && a.date().isPresent() && b.date().isPresent();
      if (!timed && !dated) {
        continue;
      }
      String gap = text.substring(a.end(), b.begin());
      boolean range =
          RANGE_GAP.matcher(gap).matches() || (timed && PROSE_GAP.matcher(gap).matches());
      if (range && gap.strip().equalsIgnoreCase("and")) {
        range =
            BETWEEN_BEFORE.matcher(text.substring(Math.max(0, a.begin() - 30), a.begin())).find();
      }
      if (range) {
        out.add(new Range(a, b));
        i++;
      }
    }
    return out;
  }
}
