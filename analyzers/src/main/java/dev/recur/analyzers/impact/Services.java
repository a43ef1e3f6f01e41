package dev.recur.analyzers.impact;

import static dev.recur.analyzers.text.Substrings.containsAny;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the affected service as written, such as "our primary web service". */
final class Services {

  private Services() {}

  /**
   * The noun a service's name ends in, optionally followed by a second one ("checkout service",
   * "mobile app backend"), so the name is not cut after its first.
   */
  private static final String HEAD =
      "(?:web service|service|web application|web app|application|app|websites?|web site|site|platform|"
          + "portal|api infrastructure|api|apis|web servers?|webservers?|server|servers|functionality|"
          + "system|dashboards?|"
          + "store|checkout process|checkout|page|stack|backend|back-end|console|engine|gateway|"
          + "endpoints?)(?:\\s(?:service|services|api|backend|server|servers|app|application|"
          + "engine|platform|portal|website|site|gateway|endpoints?))?";

  /**
   * What follows the words before a service's name: an optional determiner of {@code determiners}
   * ("the |our "), then the name itself (group 1), up to four words ending in a {@link #HEAD}.
   */
  private static String nameAfter(String determiners) {
    return "\\s{1,3}(?:" + determiners + ")?((?:[\\w'’.\\-]{1,30}\\s){0,4}?" + HEAD + ")\\b";
  }

  /** Pages that tell users about an outage rather than have one. */
  private static final Pattern NOT_A_SERVICE =
      Pattern.compile("(?i)^(?:status|error|maintenance|landing|incident) page$");

  /** "affected our primary web service", "outage of the checkout API", "the website was down". */
  private static final Pattern AFTER_VERB =
      Pattern.compile(
          "(?i)\\b(?:affect\\w{0,3}|impact\\w{0,3}|disrupt\\w{0,3}|outage (?:of|on|in|affecting|at|for)|"
              + "availability of|access (?:to|into)|down(?:time)? (?:of|on)|failure of|"
              + "took down|brought down|knocked out|taking down|bringing down|"
              + "unavailability of|inaccessibility of)"
              + nameAfter("the |our |its |their "));

  /**
   * A sentence that names the affected service outright: "the service affected was our user data
   * retrieval system", "Impact: User authentication service experienced complete failure".
   */
  private static final Pattern NAMED_AS_AFFECTED =
      Pattern.compile(
          "(?i)\\bservices? (?:that was |which was )?(?:affected|impacted|hit|down|"
              + "experiencing (?:\\w{1,15} ){0,2}?(?:downtime|an outage|the outage|issues|problems)) "
              + "(?:was|were)"
              + nameAfter("the |our |its |their ")
              + "|^\\W{0,6}impact\\W{0,4}:\\s{0,4}\\W{0,4}(?:the |our )?((?:[\\w'’.\\-]{1,30}\\s){0,4}?"
              + HEAD
              + ")\\s(?:downtime|outage|experienced|was|were|went|became|had|suffered|returned|"
              + "failed|crashed|stopped)\\b");

  /**
   * Where users were trying to get when it failed: "requests to our servers", "unable to connect to
   * the Reddit API", "a 500 error on our WordPress site", "blocked from accessing the site". Weaker
   * than {@link #AFTER_VERB}: what a request or an error names is often one part of the service
   * ("the upload endpoint", "every page"), so these are taken only when no sentence says what was
   * affected.
   */
  private static final Pattern ON_THE_WAY =
      Pattern.compile(
          "(?i)\\b(?:requests? to|connect(?:ing|ion)? to|errors? on|accessing|"
              + "(?:unable to|could not|couldn't|cannot|can't|failed to) (?:access|reach|load|open))"
              + nameAfter("the |our |its |their |my "));

  /** Every branch of {@link #ON_THE_WAY} holds one of these, in some case. */
  private static final String[] ON_THE_WAY_NEEDS = {
    "request", "connect", "error", "accessing", "access", "reach", "load", "open"
  };

  /**
   * The service the authors call their own, "our website", "our e-commerce platform": the last name
   * before a bare generic one, when no sentence says what was affected, the title names nothing and
   * no sentence tells where users were going.
   */
  private static final Pattern OURS =
      Pattern.compile(
          "(?i)\\bour ((?:(?:main|primary|public|online|company|e-commerce|ecommerce|web) )?"
              + "(?:website|web site|site|web app|web application|application|app|platform|"
              + "online store|store|shop|api|portal|dashboard|blog|forum))\\b");

  /** {@link #OURS} in a sentence, if any. */
  static Optional<String> ours(String sentence, String lower) {
    if (!lower.contains("our ")) {
      return Optional.empty();
    }
    Matcher m = OURS.matcher(sentence);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** A name that is only a generic head: it says nothing a reader could not guess. */
  private static final Pattern BARE_HEAD =
      Pattern.compile("(?i)(?:page|pages|server|servers|system|service|services|endpoints?|stack)");

  /** Whether {@code name} is only a generic head: "system", "the server", "services". */
  static boolean generic(String name) {
    return BARE_HEAD.matcher(name).matches();
  }

  /**
   * The service users were trying to reach when it failed, from {@link #ON_THE_WAY}: the fallback
   * when neither a sentence that says what was affected nor the title names it.
   */
  static Optional<String> reached(String sentence, String lower) {
    if (!containsAny(lower, ON_THE_WAY_NEEDS)) {
      return Optional.empty();
    }
    Matcher m = ON_THE_WAY.matcher(sentence);
    while (m.find()) {
      String s = clean(m.group(1));
      if (plausible(s) && !generic(s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static final Pattern SUBJECT =
      Pattern.compile(
          "(?i)\\b(?:the|our)\\s((?:[\\w'’.\\-]{1,30}\\s){0,4}?"
              + HEAD
              // An aside between the name and its verb: "our web application, hosted on GitHub
              // Pages, experienced an outage".
              + ")(?:,[^,.;]{1,60},)?\\s(?:was|were|went|became|experienced|decided|took|returned|"
              + "stopped|started|suffered|faced|encountered)\\b");

  static Optional<String> find(String sentence) {
    return find(sentence, sentence.toLowerCase(Locale.ROOT));
  }

  /**
   * {@link #find(String)} given the sentence lower-cased as well, which tells cheaply which
   * patterns can match at all: they ignore only ASCII case, so a word one of them needs is in the
   * lower-case sentence wherever the pattern matches the sentence.
   */
  static Optional<String> find(String sentence, String lower) {
    Optional<String> labelled = labelled(sentence);
    if (labelled.isPresent()) {
      return labelled;
    }
    if (lower.contains("service") || lower.contains("impact")) {
      Matcher m = NAMED_AS_AFFECTED.matcher(sentence);
      if (m.find()) {
        String s = clean(m.group(1) != null ? m.group(1) : m.group(2));
        if (plausible(s)) {
          return Optional.of(s);
        }
      }
    }
    for (Pattern p : new Pattern[] {AFTER_VERB, SUBJECT}) {
      if (!containsAny(lower, p == AFTER_VERB ? AFTER_VERB_NEEDS : SUBJECT_NEEDS)) {
        continue;
      }
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        if (denied(sentence, m)) {
          // "60% of app requests failed; the website was not affected": what was spared is named
          // to set it apart from what was hit, so the next candidate of the sentence is read.
          continue;
        }
        String s = clean(m.group(1));
        if (plausible(s)) {
          return Optional.of(s);
        }
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * A negation right before a verb of harm, as in "did not affect the website"; only before such a
   * verb, since "did not have access to the website" tells that the website was hit.
   */
  private static final Pattern NEGATED_BEFORE =
      Pattern.compile("(?i)(?:\\bnot|n't|\\bnever|\\bnor)\\s{1,3}(?:\\w{1,12}\\s{1,3})?$");

  /** The verbs of {@link #AFTER_VERB} that say a service was hit, which a negation can deny. */
  private static final Pattern HARM_VERB =
      Pattern.compile("(?i)^(?:affect|impact|disrupt|took down|brought down|knocked out)");

  /**
   * What spared a service says right after it: "the website was not affected", "wasn't impacted",
   * "was unaffected", "was still up", "were healthy". Not "was not reachable", which says it was
   * hit.
   */
  private static final Pattern NEGATED_AFTER =
      Pattern.compile(
          "(?i)^(?:(?:n't|\\s{1,3}(?:not|never))\\s{1,3}(?:\\w{1,12}\\s{1,3})?"
              + "(?:affected|impacted|hit|touched|involved|disrupted|harmed|down)\\b"
              + "|\\s{1,3}(?:(?:largely|entirely|completely|mostly)\\s{1,3})?unaffected\\b"
              + "|\\s{1,3}(?:fully (?:functional|operational)|still (?:up|available|working|running|reachable)"
              + "|up and running|healthy|fine|(?:working|running|operating) normally)\\b)");

  /** Whether the words around {@code m} say that what it names was spared. */
  private static boolean denied(String sentence, Matcher m) {
    String after = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 40));
    if (NEGATED_AFTER.matcher(after).find()) {
      return true;
    }
    return HARM_VERB.matcher(sentence.substring(m.start(), m.end())).find()
        && NEGATED_BEFORE
            .matcher(sentence.substring(Math.max(0, m.start() - 20), m.start()))
            .find();
  }

  /** Whether a cleaned phrase can be a service's name: not empty, not a sentence, not a notice. */
  private static boolean plausible(String name) {
    return !name.isEmpty() && name.length() <= 80 && !NOT_A_SERVICE.matcher(name).matches();
  }

  /** Every branch of {@link #AFTER_VERB} holds one of these, in some case. */
  private static final String[] AFTER_VERB_NEEDS = {
    "affect",
    "impact",
    "disrupt",
    "outage",
    "availability of",
    "access to",
    "access into",
    "down",
    "failure of",
    "knocked out",
    "inaccessibility of"
  };

  /** {@link #SUBJECT} ends with one of these verbs, in some case. */
  private static final String[] SUBJECT_NEEDS = {
    "was",
    "were",
    "went",
    "became",
    "experienced",
    "decided",
    "took",
    "returned",
    "stopped",
    "started",
    "suffered",
    "faced",
    "encountered"
  };

  /** "Affected service: checkout", "What service was down? The payments service." */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)^\\W{0,6}(?:affected services?|services? affected|affected systems?|systems? affected|"
              + "impacted services?|services? impacted|services?|affected|what service was down\\??)\\W{0,4}[:?]\\s{0,4}\\W{0,4}"
              + "((?:[\\w'.\\-]{1,30}[ ,]{1,2}){0,6}?[\\w'.\\-]{1,30})\\s{0,3}(?:[.;(\\n*]|$)");

  /** The value of an "Affected service:" label at the start of a sentence. */
  static Optional<String> labelled(String sentence) {
    Matcher m = LABEL.matcher(sentence.length() > 200 ? sentence.substring(0, 200) : sentence);
    if (m.find()) {
      String s = clean(m.group(1));
      if (!s.isEmpty()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Words that say how a service was hit and belong to no service's name. */
  private static final Pattern LEADING =
      Pattern.compile(
          "(?i)^(?:(?:the|our|its|their|this|that|these|those|her|his|my|your|whole|entire|overall|"
              + "every|each|all|any|most|some|many|"
              + "availability|performance|access|traffic|reliability|stability|"
              // Fond or mock words that the genre puts before a name: "our trusty API service".
              + "trusty|beloved|mighty|poor|little|humble|faithful|precious|dear|favou?rite|"
              + "great|grand|epic|infamous|dreaded|famous|good old|old|"
              // The state it was in, not its name: "the defective app", "the down server".
              + "defective|faulty|broken|down|failed|failing|crashed|crashing|affected|impacted|"
              + "problematic|troubled|unresponsive|replacement|investigated|new|complete|total|full|"
              + "partial|major|minor|temporary|"
              + "of|to|on|for)\\s{1,3}){1,6}");

  /** A service name without the words that only say how it was hit. */
  static String clean(String phrase) {
    String s = phrase.strip();
    Matcher m = LEADING.matcher(s);
    if (m.find()) {
      String rest = s.substring(m.end()).strip();
      if (!rest.isEmpty()) {
        s = rest;
      }
    }
    if (s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    return trimmedToTheName(s.strip());
  }

  /** Words that open a noun phrase: a name never holds one inside. */
  private static final List<String> DETERMINERS =
      List.of(
          "the", "a", "an", "our", "their", "her", "his", "my", "your", "its", "this", "that",
          "these", "those");

  /**
   * {@code phrase} cut to the name it ends in, after its last inner determiner or possessor: "ports
   * the server" is "server", "functionality of the CapCut app" is "CapCut app", "the website's
   * search functionality" is "search functionality".
   */
  static String trimmedToTheName(String phrase) {
    String[] words = phrase.split(" ");
    int from = 0;
    for (int i = 0; i < words.length - 1; i++) {
      String w = words[i].toLowerCase(Locale.ROOT);
      if ((i > 0 && DETERMINERS.contains(w)) || w.endsWith("'s") || w.endsWith("’s")) {
        from = i + 1;
      }
    }
    return String.join(" ", Arrays.asList(words).subList(from, words.length));
  }

  /** Capitalised words that open sentences rather than name a product. */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?i)the|our|a|an|this|that|its|their|my|your|each|every|one|main|primary|great|grand|"
              + "mighty|epic|infamous|dreaded|famous|beloved|trusty|humble|little|poor");

  /**
   * {@code service} with the product name the document gives it elsewhere: "web server" becomes
   * "Nginx web server" when the text says "an Nginx web server". Bounded: looks at the first
   * occurrences only.
   */
  static String named(String service, String text) {
    if (service.isEmpty() || service.length() > 40 || Character.isUpperCase(service.charAt(0))) {
      return service;
    }
    String quoted = Pattern.quote(service);
    Pattern named =
        Pattern.compile("\\b([A-Z][\\w.\\-]{1,20}) " + quoted + "\\b", Pattern.CASE_INSENSITIVE);
    String head = text.length() > 100_000 ? text.substring(0, 100_000) : text;
    // The service itself is found first and the name looked for only just before it: the named
    // pattern tried at every word of the text cost about 5% of the whole parse. The service is
    // looked for with indexOf in the text with its ASCII capitals lowered, rather than a
    // case-insensitive pattern tried at every character: CASE_INSENSITIVE without
    // UNICODE_CASE ignores only ASCII case, so the two find the same places, of the same length.
    String folded = asciiLower(head);
    String target = asciiLower(service);
    Matcher m = named.matcher(head).useTransparentBounds(true).useAnchoringBounds(false);
    int tries = 0;
    int hitStart = folded.indexOf(target);
    for (int hits = 0; hitStart >= 0 && hits < 400 && tries < 20; hits++) {
      int hitEnd = hitStart + target.length();
      // The name is at most 21 characters and one space before the service.
      m.region(Math.max(0, hitStart - 22), hitEnd);
      while (m.find()) {
        if (m.end() == hitEnd) {
          tries++;
          String word = m.group(1);
          // A word that only says how the service was hit ("Complete", "Defective") is no name.
          if (Character.isUpperCase(word.charAt(0))
              && !NOT_A_NAME.matcher(word).matches()
              && !LEADING.matcher(word + " ").matches()) {
            return word + " " + service;
          }
          break;
        }
      }
      hitStart = folded.indexOf(target, hitEnd);
    }
    return service;
  }

  /** {@code s} with its ASCII capitals, and only those, in lower case; same length. */
  private static String asciiLower(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = (char) (c + ('a' - 'A'));
      }
    }
    return out == null ? s : new String(out);
  }

  /** Words in a title that tell what happened to the service named before them. */
  private static final Pattern TITLE_EVENT =
      Pattern.compile(
          "(?i)^\\W{0,6}(?:(?:post[- ]?mortem|incident(?: report| note)?|outage report)\\W{1,4})?"
              + "((?:[\\w'.\\-]{1,30} ){0,3}?[\\w'.\\-]{1,30}) (?:\\d{3} )?(?:outage|errors?|down|"
              + "unavailable|unreachable|inaccessible|failures?|failing|broken|timeouts?|timing out|"
              + "slowdown|overload|degradation|degraded|incident|disruption|offline|not loading|"
              + "hack|hacked|breach|attack|defacement|compromise)\\b");

  /** Service names too vague to take from a title. */
  private static final Pattern VAGUE_TITLE =
      Pattern.compile(
          "(?i)^(?:a|an|the|our|major|partial|complete|total|full|web stack|system|server|service|"
              + "unexpected|unplanned|sudden|critical|big|short|long|slow|slow and|delayed)$");

  /**
   * Words in a title that name the event before the service it befell: "Outage of the public API,
   * 12 August", "Degradation of search on 3 May". The name ends at punctuation, a date's "on", "due
   * to" or the end; a few words at most.
   */
  private static final Pattern TITLE_EVENT_OF =
      Pattern.compile(
          "(?i)^\\W{0,6}(?:(?:post[- ]?mortem|incident(?: report| note)?)\\W{1,4})?"
              + "(?:(?:partial|complete|total|major|full) )?"
              + "(?:outage|disruption|degradation|failure|downtime|unavailability|slowdown) "
              + "(?:of|in|on|for|affecting) "
              + "((?:[\\w'.\\-]{1,30} ){0,3}?[\\w'.\\-]{1,30})"
              + "(?:\\s*[,:;(\\u2013\\u2014-]| on | at | due | during | from | caused |\\s*$)");

  private static final List<Pattern> TITLE_PATTERNS = List.of(TITLE_EVENT, TITLE_EVENT_OF);

  /**
   * The service a title names: before its event ("Storefront 502 errors", "Seller API outage") or
   * after it ("Outage of the public API").
   */
  static Optional<String> fromTitle(String title) {
    String t = (title.length() > 200 ? title.substring(0, 200) : title).strip();
    for (Pattern p : TITLE_PATTERNS) {
      Matcher m = p.matcher(t);
      if (m.find()) {
        String s = clean(m.group(1));
        if (!s.isEmpty() && !VAGUE_TITLE.matcher(s).matches()) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }
}
