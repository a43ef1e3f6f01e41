package dev.recur.analyzers.sections;

import dev.recur.analyzers.text.Markup;
import dev.recur.core.Section;
import dev.recur.core.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Sections for a document without usable headings: a paragraph that opens with a cue ("The root
 * cause was", "To prevent this", a run of timestamped lines) starts a section of that kind, which
 * runs until the next cue. Cues are anchored at the paragraph start and read from a bounded prefix,
 * so the pass is linear.
 */
final class ParagraphCues {

  /** Only this much of a paragraph's opening is read for a cue. */
  static final int OPENING_CHARS = 240;

  private record Cue(SectionKind kind, Pattern pattern) {}

  private static final List<Cue> CUES =
      List.of(
          cue(
              SectionKind.ROOT_CAUSE,
              "(?:the )?(?:root )?cause (?:of (?:the|this) \\w+ )?(?:was|is|were)\\b|"
                  + "(?:this|the) (?:outage|issue|incident|problem|failure|error) (?:was|were) "
                  + "(?:caused|due|triggered)|(?:it|this) (?:was|turned out to be) (?:caused|due)|"
                  + "(?:the )?root cause"),
          cue(
              SectionKind.RESOLUTION,
              "(?:the|this) (?:outage|issue|incident|problem|error) was (?:resolved|fixed|"
                  + "mitigated)|to (?:resolve|fix|mitigate)\\b|we (?:resolved|fixed|mitigated|"
                  + "restored|rolled back)|(?:the )?(?:fix|resolution|solution) (?:was|is|"
                  + "involved)|(?:service|services|the site) (?:was|were) restored"),
          cue(
              SectionKind.CORRECTIVE_ACTIONS,
              "to prevent\\b|(?:in the future|going forward|moving forward)\\b|"
                  + "we (?:will|plan to|are going to)\\b|(?:corrective|preventive|preventative)\\b"),
          cue(
              SectionKind.IMPACT,
              "(?:the )?impact\\b|(?:about |approximately |around |roughly |nearly )?"
                  + "\\d{1,3}(?:\\.\\d{1,2})? ?% of (?:our )?(?:users|customers|requests|traffic)|"
                  + "users (?:were|could not|couldn't|experienced)"),
          cue(
              SectionKind.DETECTION,
              "(?:the (?:issue|problem|outage)|it|this) was (?:first )?(?:detected|noticed|"
                  + "discovered)|we (?:first )?(?:noticed|detected|were alerted)"),
          cue(SectionKind.LESSONS_LEARNED, "(?:the )?lessons? (?:we )?learn|we learned\\b"),
          cue(SectionKind.CONCLUSION, "in conclusion\\b|to conclude\\b|to sum up\\b"));

  private static final Pattern INCIDENT_WORDS =
      Pattern.compile("\\b(?:outage|incident|issue|down|downtime|error|failure|disruption)\\b");

  private ParagraphCues() {}

  private static Cue cue(SectionKind kind, String regex) {
    return new Cue(kind, Pattern.compile("^(?:" + regex + ")"));
  }

  /** Sections found by paragraph cues in {@code text} from {@code from} on. */
  static List<Section> sections(String text, int from) {
    List<int[]> starts = new ArrayList<>();
    List<SectionKind> kinds = new ArrayList<>();
    int n = text.length();
    int pos = from;
    boolean first = true;
    while (pos < n) {
      while (pos < n) {
        int end = HeadingScanner.lineEnd(text, pos);
        if (!HeadingScanner.isBlank(text, pos, end)) {
          break;
        }
        pos = HeadingScanner.nextLine(text, end);
      }
      if (pos >= n) {
        break;
      }
      int paraStart = pos;
      int timestamped = 0;
      int lines = 0;
      while (pos < n) {
        int end = HeadingScanner.lineEnd(text, pos);
        if (HeadingScanner.isBlank(text, pos, end)) {
          break;
        }
        String prefix = text.substring(pos, Math.min(end, pos + 40));
        if (HeadingScanner.looksLikeTimestamp(Markup.stripInline(prefix))) {
          timestamped++;
        }
        lines++;
        pos = HeadingScanner.nextLine(text, end);
      }
      SectionKind kind = kindOf(text, paraStart, pos, timestamped, lines, first);
      first = false;
      if (kind != null && (kinds.isEmpty() || kinds.get(kinds.size() - 1) != kind)) {
        starts.add(new int[] {paraStart});
        kinds.add(kind);
      }
    }
    List<Section> sections = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int start = starts.get(k)[0];
      int end = k + 1 < starts.size() ? starts.get(k + 1)[0] : n;
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      sections.add(
          new Section(kinds.get(k), "", start, end, Markup.strip(text.substring(start, end))));
    }
    return sections;
  }

  private static SectionKind kindOf(
      String text, int start, int end, int timestamped, int lines, boolean first) {
    if (timestamped >= 2 && timestamped * 2 >= lines) {
      return SectionKind.TIMELINE;
    }
    String opening =
        Markup.stripInline(text.substring(start, Math.min(end, start + OPENING_CHARS)))
            .toLowerCase(Locale.ROOT);
    for (Cue cue : CUES) {
      if (cue.pattern.matcher(opening).find()) {
        return cue.kind;
      }
    }
    if (first && INCIDENT_WORDS.matcher(opening).find()) {
      return SectionKind.SUMMARY;
    }
    return null;
  }
}
