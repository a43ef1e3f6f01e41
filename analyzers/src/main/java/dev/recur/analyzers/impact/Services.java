package dev.recur.analyzers.impact;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the affected service as written, such as "our primary web service". */
final class Services {

  private Services() {}

  private static final String HEAD =
      "(?:web service|service|web application|web app|application|app|website|web site|site|platform|"
          + "portal|api infrastructure|api|apis|web server|server|servers|functionality|system|dashboard|"
          + "store|checkout process|checkout|page|stack)";

  /** "affected our primary web service", "outage of the checkout API", "the website was down". */
  private static final Pattern AFTER_VERB =
      Pattern.compile(
          "(?i)\\b(?:affect\\w{0,3}|impact\\w{0,3}|disrupt\\w{0,3}|outage (?:of|on|in|affecting|at)|"
              + "availability of|access to|down(?:time)? (?:of|on)|failure of)\\s{1,3}(?:the |our |its )?"
              + "((?:[\\w'.\\-]{1,30}\\s){0,4}?"
              + HEAD
              + ")\\b");

  private static final Pattern SUBJECT =
      Pattern.compile(
          "(?i)\\b(?:the|our)\\s((?:[\\w'.\\-]{1,30}\\s){0,4}?"
              + HEAD
              + ")\\s(?:was|were|went|became|experienced|decided|took|returned|stopped|started|suffered)\\b");

  static Optional<String> find(String sentence) {
    for (Pattern p : new Pattern[] {AFTER_VERB, SUBJECT}) {
      Matcher m = p.matcher(sentence);
      if (m.find()) {
        String s = m.group(1).strip();
        if (!s.isEmpty() && s.length() <= 80) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }
}
