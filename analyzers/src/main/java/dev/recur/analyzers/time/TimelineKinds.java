package dev.recur.analyzers.time;

import static dev.recur.analyzers.text.Substrings.containsAny;

import dev.recur.core.TimelineKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides what a timeline entry records from the words it uses. */
final class TimelineKinds {

  private static final int CI = Pattern.CASE_INSENSITIVE;

  static final Pattern RESOLUTION =
      Pattern.compile(
          "\\b(?:resolved|restored|restoring|resumed|recovered|fully (?:operational|functional|back)|back online"
              + "|back up and running|back to normal|returned (?:back )?to normal|normal (?:operation|service)s? "
              + "(?:resumed|restored)|up and running|(?:incident|issue) (?:closed|fixed)|service (?:is |was )?back"
              + "|operating normally|functioning normally|confirmed (?:system )?stability|cleared the incident"
              + "|resolution confirmed|loaded properly|resumed normal|drained"
              + "|(?:working|healthy|succeeded|available|normal|on time|online|stable) again"
              + "|(?:errors?|failures?|timeouts?|alerts?) (?:stopped|ceased|cleared|subsided|disappeared)"
              + "|hosts? (?:are |were )?back)\\b",
          CI);
  static final Pattern ESCALATION =
      Pattern.compile(
          "\\b(?:escalat\\w{0,6}|paged|page[ds]? (?:the|to)|called in|brought in|engaged the)\\b",
          CI);
  static final Pattern MITIGATION =
      Pattern.compile(
          "\\b(?:roll(?:ed|ing)? ?back|revert\\w{0,3}|restart\\w{0,3}|reboot\\w{0,3}|fix(?:ed|es)?|hotfix|patch\\w{0,3}"
              + "|mitigat\\w{0,5}|workaround|correct(?:ed|ing)|scal(?:ed|ing) (?:up|out)|increased (?:the )?\\w{1,20} (?:to|limit|size)"
              + "|redeploy\\w{0,4}|deployed (?:a |the )?(?:fix|patch|hotfix|change)"
              + "|adjust\\w{0,3}|updated|replac\\w{0,3}|renew\\w{0,3}|migrat\\w{0,5}|cleaned|removed|added)\\b",
          CI);
  static final Pattern DETECTION =
      Pattern.compile(
          "\\b(?:detect\\w{0,3}|alert\\w{0,3}|noticed|notic\\w{0,3}|reported|reports|complain\\w{0,3}|first (?:signs?|report)"
              + "|monitoring (?:system )?(?:flagged|triggered|showed|indicated)|pager|realized|became aware|observed"
              + "|outage begins|outage began|went down|began (?:failing|returning))\\b",
          CI);
  static final Pattern INVESTIGATION =
      Pattern.compile(
          "\\b(?:investigat\\w{0,5}|suspect\\w{0,3}|suspicion|check\\w{0,3}|look\\w{0,3} into|diagnos\\w{0,5}|assum\\w{0,5}"
              + "|examin\\w{0,5}|review\\w{0,3}|analy[sz]\\w{0,5}|identified|found|discover\\w{0,3}|debug\\w{0,5}"
              + "|troubleshoot\\w{0,5}|hypothes\\w{0,5}|focus\\w{0,3}|ruled out|theory)\\b",
          CI);

  // Words every branch of the pattern of the same name holds one of (a stem, some of them).

  private static final String[] ESCALATION_NEEDS = {
    "escalat", "page", "called in", "brought in", "engaged the"
  };

  private static final String[] RESOLUTION_NEEDS = {
    "resolved", "restor", "resumed", "recovered", "fully", "back", "normal", "up and running",
    "incident", "issue", "confirmed", "loaded properly", "drained", "again", "error", "failure",
    "timeout", "alert", "host"
  };

  private static final String[] MITIGATION_NEEDS = {
    "roll", "revert", "restart", "reboot", "fix", "patch", "mitigat", "workaround", "correct",
    "scal", "increased", "redeploy", "deployed", "adjust", "updated", "replac", "renew", "migrat",
    "cleaned", "removed", "added"
  };

  private static final String[] DETECTION_NEEDS = {
    "detect",
    "alert",
    "notic",
    "report",
    "complain",
    "first",
    "monitoring",
    "page",
    "realized",
    "became aware",
    "observed",
    "outage",
    "went down",
    "began"
  };

  private static final String[] INVESTIGATION_NEEDS = {
    "investigat",
    "suspect",
    "suspicion",
    "check",
    "look",
    "diagnos",
    "assum",
    "examin",
    "review",
    "analy",
    "identified",
    "found",
    "discover",
    "debug",
    "troubleshoot",
    "hypothes",
    "focus",
    "ruled out",
    "theory"
  };

  private TimelineKinds() {}

  /**
   * The kind of an entry with this text: escalation, then resolution, when their words occur;
   * otherwise whichever of detection, mitigation and investigation is named first, because an entry
   * leads with what happened ("Assumed a database overload; increased the pool" is a guess).
   */
  static TimelineKind classify(String text) {
    // Each pattern tries its many words at every character; it runs only when one of the words it
    // needs is in the entry. The patterns ignore only ASCII case, so such a word is in the
    // lower-case entry wherever its pattern matches.
    String lower = text.toLowerCase(Locale.ROOT);
    if (containsAny(lower, ESCALATION_NEEDS) && ESCALATION.matcher(text).find()) {
      return TimelineKind.ESCALATION;
    }
    if (containsAny(lower, RESOLUTION_NEEDS) && RESOLUTION.matcher(text).find()) {
      return TimelineKind.RESOLUTION;
    }
    TimelineKind best = TimelineKind.OTHER;
    int at = Integer.MAX_VALUE;
    Pattern[] families = {DETECTION, MITIGATION, INVESTIGATION};
    String[][] needs = {DETECTION_NEEDS, MITIGATION_NEEDS, INVESTIGATION_NEEDS};
    TimelineKind[] kinds = {
      TimelineKind.DETECTION, TimelineKind.MITIGATION, TimelineKind.INVESTIGATION
    };
    for (int i = 0; i < families.length; i++) {
      if (!containsAny(lower, needs[i])) {
        continue;
      }
      Matcher m = families[i].matcher(text);
      if (m.find() && m.start() < at) {
        at = m.start();
        best = kinds[i];
      }
    }
    return best;
  }
}
