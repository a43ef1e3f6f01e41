package dev.recur.analyzers.sections;

import dev.recur.core.SectionKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names a heading with canonical section kinds by the phrases it contains, so that "Corrective and
 * Preventative Measures", "How we prevent this" and "Action items" all mean corrective actions, and
 * "Root Cause and Resolution" means two kinds. Matching is on whole words, longest phrase first,
 * with one typo forgiven in long single-word cues ("Symmary").
 */
final class HeadingLexicon {

  /** Headings longer than this are sentences; only a cue near their start counts. */
  static final int LONG_HEADING_WORDS = 8;

  /** In a long heading, a cue must start within this many words. */
  static final int LONG_HEADING_CUE_WINDOW = 4;

  /** At most this many words of a heading are read. */
  static final int MAX_WORDS = 40;

  private record Phrase(String[] words, List<SectionKind> kinds) {}

  /** A cue found in a heading: where it starts and ends (in words) and what it means. */
  record Match(int from, int to, List<SectionKind> kinds) {}

  private static final Map<String, List<Phrase>> BY_FIRST_WORD = new HashMap<>();
  private static final List<Phrase> FUZZY = new ArrayList<>();

  /**
   * Long section nouns that are misspelled often and resemble no other common word: they forgive
   * any one edit. Other single-word cues of five letters or more forgive only two swapped
   * neighbouring letters ("casue").
   */
  private static final Set<String> FORGIVING =
      Set.of(
          "summary",
          "timeline",
          "resolution",
          "escalation",
          "detection",
          "corrective",
          "preventive",
          "preventative",
          "prevention",
          "mitigation",
          "conclusion",
          "misleading",
          "recommendations",
          "remediation",
          "overview",
          "lessons");

  static {
    Map<SectionKind, String> cues = new EnumMap<>(SectionKind.class);
    cues.put(
        SectionKind.SUMMARY,
        "summary|summaries|issue summary|executive summary|overview|tl dr|tldr|synopsis|"
            + "incident description|issue description|problem description|description|"
            + "scenario|introduction|abstract|incident summary|what happened|short version|"
            + "the short version");
    cues.put(
        SectionKind.IMPACT,
        "impact|impacts|impacted|user impact|customer impact|affected users|affected services|"
            + "blast radius|scope of impact|business impact|who was affected|who was impacted|"
            + "users affected|customers affected|affected customers|affected service|"
            + "service affected|services affected");
    cues.put(
        SectionKind.TIMELINE,
        "timeline|timelines|time line|chronology|sequence of events|timeline of events|"
            + "event log|events log");
    cues.put(
        SectionKind.DETECTION,
        "detection|detected|detect|detecting|discovery|how we noticed|how it was noticed|"
            + "how we found out|issue detected|first noticed|how we found it");
    cues.put(
        SectionKind.ROOT_CAUSE,
        "root cause|root causes|rootcause|cause|causes|main cause|underlying cause|"
            + "contributing factors|contributing factor|what went wrong|why it happened|rca|"
            + "diagnosis|culprit|reason|reasons|apparent reason|caused|what caused|why|"
            + "why did it happen|why did this happen|why this happened|trigger|triggers|"
            + "what broke|what failed|what was wrong|what was actually wrong|"
            + "what actually happened|what really happened|what actually broke|what really broke|"
            + "what actually failed|what actually went wrong|what really went wrong|"
            + "what it actually was|what it really was|what was actually going on|"
            + "what was really going on|real problem|actual problem|real issue|actual issue");
    cues.put(
        SectionKind.RESOLUTION,
        "resolution|resolutions|resolved|resolve|resolving|mitigation|mitigations|mitigating|"
            + "mitigate|mitigated|fix|the fix|fixing|recovery|recover|recovering|restoration|"
            + "remedy|solution|solutions|workaround|measures taken|how we fixed|repair|"
            + "fixed|how it was fixed|how it was resolved|what we did");
    cues.put(
        SectionKind.CORRECTIVE_ACTIONS,
        "corrective|correction|corrections|preventive|preventative|prevention|prevent|"
            + "preventing|preventions|action items|action item|improvements|improvement|"
            + "improved|fixes|remediation|remediations|follow up|followup|follow ups|"
            + "measures against|future measures|safeguards|recommendations|recommendation|"
            + "going forward|moving forward|avoid recurrence|avoiding recurrence|recurrence|"
            + "in future|in the future|what we will do|future prevention|prevent recurrence|"
            // Apostrophes are dropped from heading words: "what we're doing" reads "what were
            // doing".
            + "doing about it|what were doing|what we are doing|what were changing|"
            + "what we are changing|what we will change|what well do|what well change|"
            + "changes we are making|changes were making|agreed actions");
    cues.put(
        SectionKind.TASKS,
        "tasks|task|task list|to do|to dos|todo|todos|next steps|next step|action list|"
            + "checklist|action plan");
    cues.put(
        SectionKind.MISLEADING_PATHS,
        "misleading|red herring|red herrings|dead end|dead ends|false lead|false leads|"
            + "false trail|wrong turn|wrong turns|ruled out|misdirection|misleadingly|detour|"
            + "detours|first theory|wrong theory|theories|first suspect|first suspects|suspected|"
            + "chasing|looked at first|checked first|false start|false starts|theory|"
            + "hypotheses|hypotheses investigated|hypotheses considered|"
            // The story of the hypotheses, told as a question: "What we thought at first", "Why
            // it took an hour" (not "why", which asks for the cause).
            + "what we thought|what we thought at first|what we suspected|where we looked first|"
            + "what we checked first|why it took|why it took so long|what slowed us down|"
            + "what misled us|what threw us off");
    cues.put(SectionKind.ESCALATION, "escalation|escalations|escalated|escalate|escalating");
    cues.put(
        SectionKind.LESSONS_LEARNED,
        "lessons learned|lessons learnt|lesson learned|lessons|learnings|takeaways|takeaway|"
            + "key takeaways|what we learned|what we learnt");
    cues.put(
        SectionKind.CONCLUSION,
        "conclusion|conclusions|concluding|closing thoughts|final thoughts|wrap up|wrapping up|"
            + "final words|the end|in closing|closing remarks");
    cues.forEach(
        (kind, list) -> {
          for (String phrase : list.split("\\|")) {
            add(phrase, List.of(kind));
          }
        });
    // "Summation" is read, like the labelled data, as the cause and its fix.
    add("summation", List.of(SectionKind.ROOT_CAUSE, SectionKind.RESOLUTION));
  }

  private HeadingLexicon() {}

  private static void add(String phrase, List<SectionKind> kinds) {
    String[] words = phrase.split(" ");
    Phrase p = new Phrase(words, kinds);
    BY_FIRST_WORD.computeIfAbsent(words[0], k -> new ArrayList<>()).add(p);
    if (words.length == 1 && words[0].length() >= 5) {
      FUZZY.add(p);
    }
  }

  /** Lower-case words of a heading, letters and digits only; at most {@link #MAX_WORDS}. */
  static List<String> words(String heading) {
    List<String> words = new ArrayList<>();
    String lower = heading.toLowerCase(Locale.ROOT);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < lower.length() && words.size() < MAX_WORDS; ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetterOrDigit(cp) && cp < 0x2000) {
        word.appendCodePoint(cp);
      } else if (cp != '\'' && cp != '\u2019' && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      i += Character.charCount(cp);
    }
    if (word.length() > 0 && words.size() < MAX_WORDS) {
      words.add(word.toString());
    }
    return words;
  }

  /** The cues in a heading, left to right, without overlaps (longest phrase wins). */
  static List<Match> matches(List<String> words) {
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match best = null;
      for (Phrase p : BY_FIRST_WORD.getOrDefault(words.get(i), List.of())) {
        if (startsWith(words, i, p.words)
            && (best == null || p.words.length > best.to - best.from)) {
          best = new Match(i, i + p.words.length, p.kinds);
        }
      }
      if (best == null && words.get(i).length() >= 5) {
        for (Phrase p : FUZZY) {
          if (FORGIVING.contains(p.words[0])
              ? withinOneEdit(words.get(i), p.words[0])
              : swapsTwoLetters(words.get(i), p.words[0])) {
            best = new Match(i, i + 1, p.kinds);
            break;
          }
        }
      }
      if (best != null) {
        found.add(best);
        i = best.to;
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * The kinds a heading names, in the order they appear; empty when it names none (the caller keeps
   * it as {@link SectionKind#OTHER}). A long, sentence-like heading counts only a cue near its
   * start.
   */
  static List<SectionKind> kinds(String heading) {
    List<String> words = words(withoutParentheses(heading));
    Set<SectionKind> kinds = new LinkedHashSet<>();
    boolean sentence = words.size() > LONG_HEADING_WORDS;
    int window = LONG_HEADING_CUE_WINDOW + leadingQuestionWords(words);
    for (Match m : matches(words)) {
      if (sentence && m.from >= window) {
        break;
      }
      kinds.addAll(m.kinds);
    }
    return List.copyOf(kinds);
  }

  /** Words such as "what are the things that" that open a question-form heading. */
  private static final Set<String> QUESTION_WORDS =
      Set.of(
          "what", "how", "when", "which", "who", "why", "where", "was", "were", "is", "are", "did",
          "the", "a", "an", "of", "things", "that", "can", "be", "list");

  private static int leadingQuestionWords(List<String> words) {
    int k = 0;
    while (k < words.size() && QUESTION_WORDS.contains(words.get(k))) {
      k++;
    }
    return k;
  }

  /** A heading without its parenthesised asides ("Timeline (all times UTC)"). */
  static String withoutParentheses(String heading) {
    StringBuilder out = new StringBuilder(heading.length());
    int depth = 0;
    for (int i = 0; i < heading.length(); i++) {
      char c = heading.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    String s = out.toString().strip();
    return s.isEmpty() ? heading : s;
  }

  private static boolean startsWith(List<String> words, int at, String[] phrase) {
    if (at + phrase.length > words.size()) {
      return false;
    }
    for (int k = 0; k < phrase.length; k++) {
      if (!words.get(at + k).equals(phrase[k])) {
        return false;
      }
    }
    return true;
  }

  /** Whether two words differ by at most one substitution, insertion or deletion. */
  static boolean withinOneEdit(String a, String b) {
    return a.equals(b) || oneEdit(a, b) || swapsTwoLetters(a, b);
  }

  /** Whether {@code a} is {@code b} with two neighbouring letters swapped. */
  static boolean swapsTwoLetters(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = -1;
    for (int k = 0; k < a.length(); k++) {
      if (a.charAt(k) != b.charAt(k)) {
        first = k;
        break;
      }
    }
    return first >= 0
        && first + 1 < a.length()
        && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first)
        && a.substring(first + 2).equals(b.substring(first + 2));
  }

  private static boolean oneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    int edits = 0;
    while (i < a.length() && j < b.length()) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length() > b.length()) {
        i++;
      } else if (a.length() < b.length()) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length() - i) + (b.length() - j) <= 1;
  }
}
