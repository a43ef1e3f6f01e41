package dev.recur.analyzers.impact;

import static dev.recur.analyzers.text.Substrings.containsAny;

import dev.recur.core.Severity;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how badly users were hit from what the impact, summary and opening sentences say happened
 * to them. Three things are told apart: whether users could not be served at all (errors, failed
 * requests, "could not", "down"), whether the whole of them could not ("completely unavailable",
 * "all requests failed", "nobody could log in"), and whether the service only got worse (slow,
 * delayed, stale or duplicated data). The worst that happened wins: failing beats slowness, and a
 * share below {@link #ALL} or "some users" makes a failure partial unless the text calls the
 * failure whole in so many words. Every pattern is a plain alternation of words, tried only on a
 * sentence that holds a word it needs, so the reading stays linear.
 */
final class Severities {

  /**
   * The share from which a failure counts as hitting practically all users: "95% of users could not
   * log in" is a full outage by the labelling conventions' "all or practically all".
   */
  static final double ALL = 95.0;

  private Severities() {}

  /** What one document's sentences said, gathered sentence by sentence. */
  static final class Reading {
    private boolean failed;
    private boolean wholeFailed;
    private boolean part;
    private boolean spared;
    private boolean slow;
    private boolean noImpact;

    /** Reads one sentence, lower-cased. */
    void read(String lower) {
      noImpact |= containsAny(lower, NO_IMPACT_NEEDS) && NO_IMPACT.matcher(lower).find();
      boolean fails =
          containsAny(lower, GONE_NEEDS) && GONE.matcher(lower).find()
              || containsAny(lower, FAILED_NEEDS)
                  && FAILED.matcher(lower).find()
                  && !(containsAny(lower, CAUSE_OR_FIX_NEEDS)
                      && CAUSE_OR_FIX.matcher(lower).find());
      // "No requests failed", "without errors": the failure word says there was none. Asked only
      // of a sentence with a failure word, as few are.
      fails =
          fails && !(containsAny(lower, NONE_FAILED_NEEDS) && NONE_FAILED.matcher(lower).find());
      // "A complete outage for 78% of users": the failure was whole only for the share it names.
      boolean scoped = (lower.indexOf('%') >= 0 || lower.contains("percent")) && belowAll(lower);
      boolean whole =
          fails && containsAny(lower, WHOLE_NEEDS) && WHOLE.matcher(lower).find()
              || containsAny(lower, WHOLE_FAILURE_NEEDS) && WHOLE_FAILURE.matcher(lower).find();
      failed |= fails || whole;
      wholeFailed |= whole && !scoped;
      part |=
          scoped && (fails || whole)
              || containsAny(lower, PART_NEEDS) && PART.matcher(lower).find();
      spared |= containsAny(lower, SPARED_NEEDS) && SPARED.matcher(lower).find();
      slow |= containsAny(lower, SLOW_NEEDS) && SLOW.matcher(lower).find();
    }

    /** Whether the sentence gives a percentage below {@link #ALL}. */
    private static boolean belowAll(String lower) {
      Matcher m = PERCENT.matcher(lower);
      while (m.find()) {
        if (Double.parseDouble(m.group(1)) < ALL) {
          return true;
        }
      }
      return false;
    }

    /** Whether anything read so far says how users were hit. */
    boolean told() {
      return failed || part || slow;
    }

    /**
     * The severity of what was read, given the share of users affected when one was found.
     *
     * <p>A failure called whole in so many words is a full outage even beside a smaller share told
     * elsewhere (authors often give the share of users who noticed), unless the text says the rest
     * still worked ("other pages were still working"). A failure beside a share below {@link #ALL},
     * or beside "some users", "intermittent" and the like, is partial; an unqualified one ("the
     * site was down", "users got 500 errors") is full. Without any failure, slowness or stale data
     * is a degradation; a share alone says some users were hit, not how, and is read as a partial
     * outage.
     */
    Severity severity(Optional<Double> share) {
      if (noImpact && share.isEmpty()) {
        // "There was no customer impact": the failures told are the team's own.
        return Severity.UNKNOWN;
      }
      if (wholeFailed && !spared) {
        return Severity.FULL_OUTAGE;
      }
      if (failed) {
        boolean some = share.map(v -> v < ALL).orElse(false) || part || spared;
        return some ? Severity.PARTIAL_OUTAGE : Severity.FULL_OUTAGE;
      }
      if (slow) {
        return Severity.DEGRADATION;
      }
      if (share.isPresent()) {
        return share.get() >= ALL ? Severity.FULL_OUTAGE : Severity.PARTIAL_OUTAGE;
      }
      // "Some customers may have been impacted" says who, not how.
      return Severity.UNKNOWN;
    }
  }

  /** The service itself not there for users: down, unavailable, an outage. */
  private static final Pattern GONE =
      Pattern.compile(
          "\\b(?:outages?|downtime|offline|unavailab(?:le|ility)|inaccessible|unreachable"
              + "|disrupt(?:ion|ions|ed)|not (?:accessible|available|reachable|operational)"
              + "|(?:is|are|was|were|went|been|being|remained|stayed|go(?:es)?)"
              + " (?:completely |totally |fully |entirely )?down"
              + "|lost access|locked out|(?:permission|access) denied"
              + "|(?:nobody|no ?one|no (?:users?|customers?|visitors?|clients?))"
              + " (?:could|was able|were able|can|managed))\\b");

  private static final String[] GONE_NEEDS = {
    "outage",
    "downtime",
    "offline",
    "disrupt",
    "unavailab",
    "inaccessible",
    "unreachable",
    "not access",
    "not avail",
    "not reach",
    "not oper",
    "down",
    "lost access",
    "locked out",
    "denied",
    "nobody",
    "no one",
    "noone",
    "no user",
    "no customer",
    "no visitor",
    "no client"
  };

  /**
   * Something failed: errors, failed requests, timeouts, "could not". Also said of the parts behind
   * a service ("the consumer's error handler"), so not read in a sentence telling the cause or the
   * fix.
   */
  private static final Pattern FAILED =
      Pattern.compile(
          "\\b(?:unresponsive|not (?:responding|working|functional|load(?:ing)?)"
              + "|crash(?:ed|es|ing)?|errors?|errored|erroring|failed(?! over)|failures?|failing|fails"
              + "|refus(?:e|ed|es|ing) (?:to )?connect|connections? refused"
              + "|unable to|could not|couldn't|cannot|can't|can not|timed out|time-?outs?"
              + "|(?:requests?|connections?|calls?|packets|logins?|sessions?)"
              + " (?:were |was |being |got )?(?:dropped|rejected|denied)|broken"
              + "|(?:did not|didn't|failed to) (?:load|work|respond|open))\\b");

  private static final String[] FAILED_NEEDS = {
    "unresponsive",
    "not respond",
    "not work",
    "not func",
    "not load",
    "crash",
    "error",
    "fail",
    "unable",
    "could not",
    "couldn't",
    "cannot",
    "can't",
    "can not",
    "timed out",
    "timeout",
    "time-out",
    "dropped",
    "rejected",
    "denied",
    "broken",
    "didn't",
    "did not",
    "refus"
  };

  /** A failure word that says there was none. */
  private static final Pattern NONE_FAILED =
      Pattern.compile(
          "\\b(?:(?:no|zero|without|never any) (?:\\w+ )?(?:errors?|failures?|failed|outages?|downtime)"
              + "|(?:no|none of the) (?:\\w+ )?(?:requests?|orders?|payments?|transactions?|uploads?)"
              + " (?:were |was )?(?:failed|lost|dropped|rejected)"
              + "|(?:did not|didn't|never) (?:fail|go down|drop))\\b");

  private static final String[] NONE_FAILED_NEEDS = {
    "no ", "zero", "without", "never", "none", "n't", "not"
  };

  /** The text says users were not affected at all. */
  private static final Pattern NO_IMPACT =
      Pattern.compile(
          "\\bno (?:customer|user|client|external|end-user|production)[- ]?(?:facing )?impact\\b"
              + "|\\bno impact (?:on|to|for) (?:our )?(?:customers|users|clients|production)\\b"
              + "|\\b(?:customers|users|clients) were (?:not|never) (?:affected|impacted)\\b");

  private static final String[] NO_IMPACT_NEEDS = {"impact", "were not", "were never"};

  /** A sentence telling the cause or the fix rather than what users met. */
  private static final Pattern CAUSE_OR_FIX =
      Pattern.compile(
          "\\b(?:root cause|the cause|caused by|was caused|triggered by|stemmed from"
              + "|traced (?:back )?to|we (?:have )?(?:fixed|added|deployed|patched)"
              + "|(?:has|have|was|were) (?:been )?fixed)\\b");

  private static final String[] CAUSE_OR_FIX_NEEDS = {
    "cause", "triggered", "stemmed", "traced", "fixed", "added", "deployed", "patched"
  };

  /** A failure's scope told as the whole: all of the users, every request, nobody, 100 %. */
  private static final Pattern WHOLE =
      Pattern.compile(
          "\\b(?:(?<!of )all (?:of )?(?:our |the )?(?:users|customers|requests|traffic|visitors|clients"
              + "|members|players|students|accounts|services|pages|endpoints|sources)"
              + "|every(?:one|body| user| customer| request| visitor| client| page)"
              + "|no ?one|nobody|anyone|any user)\\b|\\b100 ?(?:%|percent\\b|per cent\\b)");

  private static final String[] WHOLE_NEEDS = {"all ", "every", "one", "nobody", "any", "100"};

  /** A failure called whole in one phrase: "complete outage", "the whole site was down". */
  private static final Pattern WHOLE_FAILURE =
      Pattern.compile(
          "\\b(?:complete(?:ly)?|total(?:ly)?|entire(?:ly)?|whole|full(?:y)?)"
              + " (?:service |site |system |platform |website |application |app |network )?"
              + "(?:outage|downtime|failure|disruption|blackout|shutdown|down|unavailable"
              + "|inaccessible|unreachable|offline|unresponsive|non-?functional"
              + "|(?:website|site|service|system|platform|application|app) (?:was |went |became )?"
              + "(?:down|unavailable|inaccessible|unreachable|offline|not accessible))\\b");

  private static final String[] WHOLE_FAILURE_NEEDS = {
    "complete", "total", "entire", "whole", "full"
  };

  /** Only some were hit, or the rest still worked. */
  private static final Pattern PART =
      Pattern.compile(
          "\\b(?:some (?:of (?:our |the )?)?(?:users|customers|requests|visitors|clients|people"
              + "|pages|features|regions|accounts|transactions|orders|members|students|players"
              + "|merchants|sellers|buyers|shoppers|tenants|teams|sites|services|endpoints)"
              + "|(?:several|multiple|many) (?:of (?:our |the )?)?(?:users|customers|requests|people|clients|visitors)|a (?:few|small number of|subset of"
              + "|portion of|fraction of|minority of|handful of|share of|number of|proportion of"
              + "|percentage of)"
              + "|partial(?:ly)?|intermittent(?:ly)?|sporadic(?:ally)?|occasional(?:ly)?"
              + "|sometimes|some occasions|at times|from time to time"
              + "|certain (?:users|customers|pages|features|regions|requests)|error rates?"
              + "|unaffected|not affected|one in (?:two|three|four|five|six|eight|ten|\\d+))\\b");

  private static final String[] PART_NEEDS = {
    "some ",
    "sometimes",
    "several",
    "multiple",
    "many",
    "a few",
    "a small number",
    "a subset",
    "a portion",
    "a fraction",
    "a minority",
    "a handful",
    "at times",
    "time to time",
    "partial",
    "intermittent",
    "sporadic",
    "occasional",
    "certain",
    "error rate",
    "affected",
    "one in",
    "a share",
    "a number",
    "a proportion",
    "a percentage"
  };

  /**
   * The rest still worked: "other pages were still working", "the remaining 22%". Said beside a
   * failure called whole, it makes the failure partial.
   */
  private static final Pattern SPARED =
      Pattern.compile(
          "\\b(?:still (?:work(?:ed|ing)|function(?:ed|ing)|load(?:ed|ing|s)|respond(?:ed|ing)"
              + "|available|accessible|served|up|usable)"
              + "|(?:others|everyone else|the rest) (?:\\w+ )?(?:normally|as usual|fine)"
              + "|(?:everything|everyone|all) else\\b"
              + "|(?:worked|functioned|ran|operated|went through) (?:normally|as normal|as usual)"
              + "|continued to (?:work|function|serve|operate)"
              + "|remained (?:available|accessible|up|functional|operational|usable)"
              + "|(?:was|were) (?:largely |mostly )?unaffected|the remaining \\d)");

  private static final String[] SPARED_NEEDS = {
    "still",
    "continued",
    "remained",
    "unaffected",
    "remaining",
    "normal",
    "as usual",
    "fine",
    "else"
  };

  /** A percentage below 100: "78%", "30 percent", "97.5 %". */
  private static final Pattern PERCENT =
      Pattern.compile("(?<![\\d.])(\\d{1,2}(?:\\.\\d{1,3})?) ?(?:%|percent|per cent)");

  /**
   * The service got worse without failing: slow, delayed, or answering with stale, duplicated or
   * incomplete data while it stayed up.
   */
  private static final Pattern SLOW =
      Pattern.compile(
          "\\b(?:slow(?:er|ness|ed|ly|downs?)?|degraded|degradation|latency|latencies|sluggish"
              + "|lag(?:gy|ging|ged)?|delays?|delayed|stale|outdated|out[ -]of[ -]date|longer than usual"
              + "|duplicated?|duplicates|charged twice|double-charged"
              + "|did not match|didn't match|mismatch(?:ed|es)?|incomplete)\\b");

  private static final String[] SLOW_NEEDS = {
    "slow",
    "degrad",
    "latenc",
    "sluggish",
    "lag",
    "delay",
    "stale",
    "outdated",
    "longer than",
    "duplicate",
    "twice",
    "double",
    "match",
    "incomplete",
    "out of date",
    "out-of-date"
  };
}
