package dev.recur.analyzers.impact;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the share of users in one lower-case sentence. Every pattern has bounded repetition, so no
 * input makes it backtrack beyond a constant factor.
 */
final class Shares {

  private Shares() {}

  private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{1,2})?)";
  private static final String PERCENT = "\\s{0,2}(?:%|percent\\b|per cent\\b)";

  /**
   * A range ({@code 30-35%}, {@code 30% to 35%}, {@code between 30% and 35%}: groups 1 and 2, or 3
   * and 4) or a single share ({@code ~30%}: group 3). "And" joins a range only after "between":
   * elsewhere "30% and 40%" are two shares.
   */
  private static final Pattern SHARE =
      Pattern.compile(
          "(?<![\\d.,])(?:(?<=between )"
              + NUMBER
              + "\\s{0,2}%?\\s{0,2}and\\s{0,2}"
              + NUMBER
              + "|"
              + NUMBER
              + "(?:\\s{0,2}%?\\s{0,2}(?:-|–|—|to)\\s{0,2}"
              + NUMBER
              + ")?)"
              + PERCENT);

  /** What a share of users is a share of. */
  private static final Pattern POPULATION =
      Pattern.compile(
          "\\b(?:users?|customers?|clients?|visitors?|requests?|traffic|transactions?|students?|"
              + "subscribers?|members?|players?|people|everyone|everybody|accounts?|sessions?|"
              + "audience|user ?base|merchants?|shoppers?|buyers?|employees|learners|viewers|callers|"
              + "logins?|orders?|checkouts?|api calls|calls|queries|page ?views|activity|engagement|sign-?ups|"
              + "developers|tenants|sites|websites|sellers|vendors|drivers|patients|guests|readers|"
              + "payments?|attempts|uploads|downloads|purchases|bookings|searches|page loads|"
              + "sign-?ins|log-?ins|visits|messages|notifications|emails|submissions|invoices|"
              + "staff|carts|baskets|colleagues|households|stores|streams|plays|playbacks|"
              + "transfers?)\\b");

  /** Things whose percentages are not a share of users. */
  private static final Pattern OTHER_THING =
      Pattern.compile(
          "\\b(?:cpus?|cores?|memory|ram|disks?|utili[sz]ation|usage|error rates?|latency|slower|faster|"
              + "response times?|sla|uptime|availability|capacity|degradation|degraded|performance|"
              + "packets?|bandwidth|throughput|hit rate|quotas?|thresholds?|full|space|load|"
              + "increase|growth|spike|surge|discount|off|budget|battery|coverage|complete|done|"
              + "probability|confidence|accuracy|success rate|of the (?:web )?servers?|"
              + "of (?:one|a|the|our) (?:web )?server|of (?:the )?data|recovered|compression|"
              + "efficiency|faster|reduction|of (?:the |its |their |our )?(?:[\\w-]{1,15} )?time|of our servers|of servers|of capacity|"
              + "ratio|rebuild|progress|restore|resync|replication|backfill|targets?|objectives?|"
              + "goals?|of (?:the |its |their )?peak|credits?|refunds?)\\b");

  /**
   * Those who complained or wrote to support after a share: "about 10% were sending in complaints"
   * counts the complainers, a part of those hit, not the share affected.
   */
  private static final Pattern COMPLAINED =
      Pattern.compile(
          "^[^.;]{0,25}?\\b(?:complain\\w{0,4}|complaints?|contacted (?:support|us|our)|"
              + "opened (?:a |support )?tickets?|wrote (?:in|to us|to support)|called (?:in|support))\\b");

  /**
   * A rise or a slowdown told just before a percentage: "complaints soared by 75%" is how much
   * something grew and "slowing down by 80%" how much it slowed, not whom the outage hit. A drop
   * stays: "activity plummeted by 30%" is a share by the labelling conventions.
   */
  private static final Pattern ROSE_BY =
      Pattern.compile(
          "\\b(?:soar|rose|rise|rising|jump|climb|grew|grow|increas|went up|doubl|tripl|spik|"
              + "slow\\w{0,3}(?: down)?|degrad)\\w{0,4}"
              + " (?:by )?(?:(?:about|around|roughly|nearly|over|almost|some) )?$");

  /** What users did less of: a drop in it is the share the conventions count. */
  private static final String ACTIVITY =
      "(?:activity|engagement|access|traffic|checkouts?|orders?|sales|sign-?ups?|log-?ins?|sign-?ins?|"
          + "transactions?|visits?|conversions?|bookings?|purchases?|payments?|streams?|plays|"
          + "sessions?|active users|uploads?|searches|page ?views)";

  /** "Checkouts dropped 40%", "traffic fell by about 35%": told before the percentage. */
  private static final Pattern DROPPED_BY =
      Pattern.compile(
          "\\b"
              + ACTIVITY
              + " (?:[\\w-]{1,12} ){0,4}?(?:dropped|fell|declined|decreased|dipped|plummeted|plunged|went down)"
              + "(?: by)?(?: (?:about|around|roughly|nearly|over|almost|some|more than))? $");

  /** "A 40% drop in checkouts": told after it. */
  private static final Pattern DROP_IN =
      Pattern.compile(
          "^ ?(?:drop|decrease|decline|fall|dip|plunge|reduction) in (?:\\w{1,12} ){0,2}?"
              + ACTIVITY
              + "\\b");

  /** Comparisons after a percentage: "20% above a normal day" is a rate, not a share. */
  private static final Pattern COMPARED =
      Pattern.compile(
          "^ ?(?:\\w{1,12} )?(?:above|below|higher than|lower than|more than usual)\\b");

  /**
   * A rollout's stage just before a percentage: "went straight to 100% without a canary" says how
   * far a change went, not whom it hit; "rolled out to 5% of users" names a population and stays.
   */
  private static final Pattern ROLLOUT_STAGE =
      Pattern.compile(
          "\\b(?:went|goes|go|going|rolled out|rolling out|ramped(?: up)?|shipped|released|deployed|"
              + "pushed|promoted|dialed up|turned up)(?: \\w{1,12}){0,2} to $");

  /**
   * A stage of the recovery just before a percentage: "sync re-enabled for 5% of users, then for
   * everyone" tells how far the fix had got, not whom the outage hit.
   */
  private static final Pattern RECOVERY_STAGE =
      Pattern.compile(
          "\\b(?:re-?enabled|re-?opened|restored|resumed|turned back on|switched back on|"
              + "brought back)(?: \\w{1,12}){0,2} (?:for|to) $");

  /** The parts of a system a fraction may count instead of users: "half of our servers". */
  private static final Pattern MACHINERY =
      Pattern.compile(
          "^ (?:(?:our|the|its|their|all) )?(?:\\w{1,15} )?(?:servers?|hosts?|nodes?|machines?|"
              + "instances?|pods?|containers?|racks?|uplinks?|links?|disks?|drives?|switch(?:es)?|"
              + "routers?|cores?|cpus?|vms?|clusters?|shards?|partitions?|replicas?|zones?|"
              + "regions?|data ?cent(?:er|re)s?|fleet|capacity|bandwidth|memory|storage|time|"
              + "budget|hour|day|night|team|engineers?)\\b");

  /** A rollout told in the sentence: its percentages are stages unless they name a population. */
  private static final Pattern ROLLOUT_WORDS =
      Pattern.compile(
          "\\b(?:roll(?:ed|ing)? ?out|rollout|ramp\\w{0,3}|canary|deploy\\w{0,5}|release[ds]?)\\b");

  /** Wording that says a share was affected at all. */
  private static final Pattern AFFECTED =
      Pattern.compile(
          "\\b(?:affect\\w{0,3}|impact\\w{0,3}|unable|could not|couldn't|experienc\\w{0,3}|"
              + "reported|fail\\w{0,3}|denied|errors?|outage|disrupt\\w{0,6}|down|blocked|"
              + "peak|height|lost|drop|unavailab\\w{1,6}|inaccessible)\\b");

  /** "At its height, 100% ...", "reaching a peak of 100% ...". */
  private static final Pattern PEAK = Pattern.compile("\\b(?:peak|height|peaked|reaching)\\b");

  /** What a share told as merely slowed down went through: "saw pages load slowly". */
  private static final Pattern SLOWED =
      Pattern.compile(
          "\\b(?:slow\\w{0,4}|sluggish|longer|delay\\w{0,3}|degraded|degradation|latency|lag\\w{0,3})\\b");

  private static final Pattern OUTAGE_WORDS =
      Pattern.compile(
          "\\b(?:complete outage|outage|unable|could not|couldn't|down|fail\\w{0,3}|denied|no access|"
              + "unavailab\\w{1,6}|inaccessible|unusable|"
              + "stopped \\w{2,12}ing)\\b");

  /** Those a service is for, named in the plural: "our customers, one and all". */
  private static final String PEOPLE_PLURAL =
      "(?:users|customers|clients|visitors|members|students|subscribers|players|shoppers|buyers|"
          + "readers|viewers)";

  private static final Pattern ALL_USERS =
      Pattern.compile(
          "\\b(?:all (?:of )?(?:our |the |its )?(?!(?:failing|failed|affected|impacted) )(?:\\w{1,15} )?(?:users|customers|clients|visitors|requests|traffic|"
              + "students|subscribers|members|players|end users|people|accounts|sessions|transactions|"
              + "shoppers|buyers|guests|readers|viewers|learners|patients)"
              // "Every one of our users", and "every of our users" as some write it.
              + "|every (?:single )?(?:one )?of (?:our |the |its )?(?:users|customers|clients|visitors|"
              + "students|subscribers|members|players|requests)"
              // "Every card payment", not "every other request" or "every third login".
              + "|every (?:single )?(?!(?:other|second|third|fourth|fifth|tenth|few|couple|now) )"
              + "(?:[a-z]{2,12} )?(?:user|customer|client|visitor|request|student|checkout|order|"
              + "payment|transaction|login|log-in|sign-in|api call|call|page view|upload|attempt)"
              + "(?! ?(?:domains?|sites?|websites?|data|records|files|pages|apps?|servers?|ids?|names?))"
              // "Everyone who tried to log in", not "everyone who helped restore the service".
              + "|(?:everyone|everybody|anyone|anybody|any (?:user|customer|client|visitor|person)) (?:trying|"
              + "attempting|visiting|opening|loading|accessing|hitting|"
              + "who (?:tried|tries|was trying|were trying|"
              + "attempted|visited|visits|used|uses|wanted|needed|accessed|opened|logged|signed|"
              + "loaded|typed|requested|clicked|browsed|navigated|called|had it open))"
              + "|users (?:trying|attempting) to (?:access|reach|use|visit)"
              + "|(?:whoever|who) (?:tried|tries|was trying|were trying) to (?:access|reach|use|visit|open)"
              + "|whoever (?:opened|visited|loaded|used|accessed|hit|went to)"
              + "|(?:entire|whole) (?:user ?base|customer base|audience)|all incoming (?:requests|traffic)"
              // "The full incoming traffic was dropped", "users across the board got a 503".
              + "|(?:the )?(?:full|entire|whole) (?:incoming )?traffic"
              + "|"
              + PEOPLE_PLURAL
              + ",? (?:across the board|one and all|without exception)"
              // "Our customers couldn't use the app at all", unless only some of them.
              + "|"
              + PEOPLE_PLURAL
              + " (?:could not|couldn't|were unable to|were not able to)"
              + " (?:[\\w']{1,15} ){1,4}?at all"
              // "A 500 error when accessing any endpoint": whatever anyone asked for failed.
              + "|(?:access|accessing|request|requesting|visit|visiting|load|loading|open|opening|call|calling|reach) any (?:endpoint|page|url|"
              + "route|resource|api)"
              // A ticket's "Users affected: all".
              + "|(?:users|customers|clients|visitors) (?:affected|impacted) ?: ?(?:all|everyone|everybody)"
              + "(?! (?:of|but|except|in|on|from|who|whose|with|those|that)\\b)"
              // "Answered 502 Bad Gateway to everyone": the error was everyone's.
              + "|(?:5\\d\\d|bad gateway|errors?|error page|time-?outs?)(?: [\\w'-]{1,15}){0,3}? (?:to|for) "
              + "(?:everyone|everybody)"
              // "No one could log in": the whole population, put another way.
              + "|(?:affected|impacted) (?:everyone|everybody)|(?:everyone|everybody) was (?:affected|impacted|unable|locked out)"
              + "|(?:no one|nobody|no users?|no customers?|none of (?:our |the )?(?:users|customers))"
              + "(?: [\\w']{1,15}){0,4}? (?:could|was able|were able))\\b");

  private static final Pattern RESTORED =
      Pattern.compile(
          "\\b(?:restored|back online|recovered|again|prevent|future|ensure|will|now (?:be )?able to|"
              + "can now)\\b");

  /** "An hour and a half of unreliable checkout", "two and a half": a quantity, not a share. */
  private static final String AND_A_HALF = "(?<!and a )";

  /** "Half of" before a population the callers must find ("half of the afternoon" is none). */
  private static final Object[] BARE_HALF = {Pattern.compile(AND_A_HALF + "\\bhalf of\\b"), 50.0};

  private static final List<Object[]> FRACTIONS =
      List.of(
          new Object[] {Pattern.compile("\\btwo[- ]thirds? of\\b"), 200.0 / 3},
          new Object[] {Pattern.compile("\\b(?:a|one)[- ]third of\\b"), 100.0 / 3},
          new Object[] {Pattern.compile("\\bthree[- ]quarters? of\\b"), 75.0},
          new Object[] {Pattern.compile("\\b(?:a|one)[- ]quarter of\\b"), 25.0},
          new Object[] {Pattern.compile("\\b(?:a|one)[- ]fifth of\\b"), 20.0},
          new Object[] {Pattern.compile("\\b(?:a|one)[- ]tenth of\\b"), 10.0},
          new Object[] {
            Pattern.compile(
                AND_A_HALF
                    + "\\bhalf (?:of )?(?:our |the |all )?(?:\\w{1,15} )?(?:users|customers|clients|visitors|requests|traffic|students|subscribers|members|players|accounts)\\b"),
            50.0
          },
          // "About half of sign-ins failed": any population, which the callers check.
          BARE_HALF);

  /** People, as opposed to requests or traffic: a share of them is the share of users itself. */
  private static final Pattern PEOPLE =
      Pattern.compile(
          "\\b(?:users?|customers?|clients?|visitors?|students?|subscribers?|members?|players?|"
              + "people|accounts?|audience|user ?base|customer ?base|merchants?|shoppers?|buyers?|"
              + "employees|learners|viewers|callers|developers|tenants|sellers|vendors|drivers|"
              + "patients|guests|readers)\\b(?! ?(?:websites?|sites?|data|records|files|pages|apps?|"
              + "domains|servers?|support|service))");

  /**
   * A share found in a sentence.
   *
   * @param value the share in percent
   * @param people whether it is a share of people (users, customers) rather than of requests
   * @param degraded whether the share is told only as slowed down ("25% of users saw sign-in take
   *     longer"), so that a share with the outage told after it is the one a split by severity
   *     keeps
   */
  record Share(double value, boolean people, boolean degraded) {

    Share(double value, boolean people) {
      this(value, people, false);
    }
  }

  /**
   * The first share of users stated in {@code lower}; {@code impactSection} relaxes the context
   * test.
   */
  static Optional<Double> percent(String lower, boolean impactSection) {
    return share(lower, impactSection).map(Share::value);
  }

  /** Like {@link #percent}, telling a share of people from a share of requests or traffic. */
  static Optional<Share> share(String text, boolean impactSection) {
    if (text.indexOf('%') < 0 && !text.contains("per")) {
      return Optional.empty();
    }
    String lower =
        text.contains(" percent") || text.contains(" per cent") ? digitsForWords(text) : text;
    Matcher m = SHARE.matcher(lower);
    Optional<Share> first = Optional.empty();
    Optional<Share> drop = Optional.empty();
    // Where the last share of a population ended: "15% of users saw slow pages and 5% could not
    // load anything" leaves the 5%'s population unsaid.
    int populationEnd = -1;
    boolean populationPeople = false;
    // A first estimate and its revision need both kinds of word; asked once, not at every share.
    boolean revisable = ESTIMATE.matcher(lower).find() && REVISED.matcher(lower).find();
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 3;
      double low = Double.parseDouble(m.group(g));
      String high = m.group(g + 1);
      double value = high == null ? low : (low + Double.parseDouble(high)) / 2;
      if (value > 100 || (high != null && Double.parseDouble(high) < low)) {
        continue;
      }
      // "Our 99.9% SLA was breached; 12% of users ...": the SLA is no part of the 12%'s clause.
      String before = afterLast(lower.substring(Math.max(0, m.start() - 30), m.start()), ';');
      // "80% of the quarter's error budget": a possessive before the noun does not use up the
      // words that name what the share is of.
      int reach = possessiveAfter(lower, m.end());
      String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 40 + reach));
      String near = lower.substring(m.end(), Math.min(lower.length(), m.end() + 25 + reach));
      // "Checkouts dropped 40% below the forecast": a drop in what users do counts as their share,
      // by the labelling conventions, whatever it is compared with; a share of the users
      // themselves in the same sentence beats it.
      String dropBefore = afterLast(lower.substring(Math.max(0, m.start() - 60), m.start()), ';');
      if ((DROPPED_BY.matcher(dropBefore).find() || DROP_IN.matcher(after).find())
          && !notHappened(lower, m.start())) {
        if (drop.isEmpty()) {
          drop = Optional.of(new Share(value, false));
        }
        continue;
      }
      // What follows the share up to the next one is its own: in "The error rate rose to 40% and
      // about 30% of users ..." the users are the 30%'s, and in "60% of users had trouble, with 25%
      // unable to pay" the inability is the 25%'s.
      int ownLength = nextShare(lower, m.end()) - m.end();
      String ownNear = near.substring(0, Math.min(near.length(), ownLength));
      if (otherThingAfter(near)
          || OTHER_THING.matcher(afterConjunction(tail(before, 18))).find()
          || (namedEarlierInClause(lower, m.start()) && !POPULATION.matcher(ownNear).find())
          || COMPARED.matcher(near).find()
          || COMPLAINED.matcher(after).find()
          || ROSE_BY.matcher(tail(before, 30)).find()
          || notHappened(lower, m.start())
          || RECOVERY_STAGE.matcher(before).find()
          || backOnline(lower.substring(m.end(), Math.min(lower.length(), m.end() + 70)))
          || (ROLLOUT_STAGE.matcher(tail(before, 40)).find()
              && !(near.startsWith(" of") && POPULATION.matcher(near).find()))) {
        continue;
      }
      boolean elided =
          populationEnd >= 0
              && m.start() - populationEnd <= ELIDED_REACH
              && ELIDED.matcher(lower).region(populationEnd, m.start()).find();
      boolean population =
          POPULATION.matcher(after).find()
              || POPULATION.matcher(tail(before, 25)).find()
              || PEAK.matcher(tail(before, 25)).find()
              || elided;
      boolean affected = AFFECTED.matcher(lower).find();
      // "Some of users was having errors when open the app, around 15 percent": the population
      // told before the share, in a sentence about nothing else.
      boolean toldBefore =
          affected
              && POPULATION.matcher(lower).region(0, m.start()).find()
              && !OTHER_THING.matcher(lower).find()
              && !ROLLOUT_WORDS.matcher(lower).find();
      // "Users affected: 15%": a ticket's label, which heads the share as its section, names the
      // population; the sentence holds nothing but the share.
      boolean bare = impactSection && bare(lower, m.start(), m.end());
      if (!(population || toldBefore || bare || (impactSection && affected))) {
        continue;
      }
      boolean people =
          PEOPLE.matcher(near).find()
              || PEOPLE.matcher(tail(before, 25)).find()
              || (elided && populationPeople)
              || labelNamesPeople(lower, m.start(), m.end());
      populationEnd = m.end();
      populationPeople = people;
      // A split by severity: the share that had the outage wins over a merely degraded one.
      boolean revisedLater =
          revisable
              && ESTIMATE.matcher(tail(before, 30)).find()
              && REVISED.matcher(lower).region(m.end(), lower.length()).find();
      String ownAfter = after.substring(0, Math.min(after.length(), ownLength));
      // "Orders that failed at payment: between 5 and 8 percent of orders": the outage told before
      // the first share is that share's, unless the share only slowed.
      boolean outageBefore =
          first.isEmpty()
              && OUTAGE_WORDS.matcher(lower).region(0, m.start()).find()
              && !SLOWED.matcher(ownAfter).find();
      if ((OUTAGE_WORDS.matcher(ownAfter).find() || outageBefore) && !revisedLater) {
        return Optional.of(new Share(value, people));
      }
      if (first.isEmpty()
          || (revisable
              && REVISED.matcher(tail(before, 30)).find()
              && ESTIMATE.matcher(lower).region(0, m.start()).find())) {
        // "Estimated at first at 10%, later confirmed at 18%": the revised figure stands.
        first = Optional.of(new Share(value, people, SLOWED.matcher(ownAfter).find()));
      }
    }
    return first.isPresent() ? first : drop;
  }

  /** How far after a share of a population the next share may leave the population unsaid. */
  private static final int ELIDED_REACH = 60;

  /** The join before a second share of the same population: "…, and 5%", "while another 10%". */
  private static final Pattern ELIDED =
      Pattern.compile(
          "(?:,|\\band|\\bwhile|\\bwhereas) (?:(?:another|a further|about|around|roughly|some|"
              + "only|just) )?$");

  /**
   * A stage of the recovery: "93% of users were back online at 06:45" and "98% of the affected
   * sites back in service by 14:00" tell how far the fix had got, not whom the outage hit. Words of
   * the outage between the share and its recovery ("20% could not log in until the service was
   * restored") keep it a share.
   */
  private static boolean backOnline(String after) {
    Matcher m = BACK.matcher(after);
    return m.find() && !OUTAGE_WORDS.matcher(after.substring(0, m.start(1))).find();
  }

  private static final Pattern BACK =
      Pattern.compile(
          "^[^.;]{0,40}?\\b(back online|back up|back to normal|back in (?:service|operation)|"
              + "(?:was|were|is|are) restored|(?:was|were|is|are) recovered)\\b");

  /** Words that give a share as a correction of an earlier estimate. */
  static final Pattern REVISED =
      Pattern.compile(
          "\\b(?:later|revised|confirmed|corrected|actual(?:ly)?|final(?:ly)?|in fact|turned out)\\b");

  /** Words that give a share as a first estimate, which a revised share told later replaces. */
  static final Pattern ESTIMATE =
      Pattern.compile(
          "\\b(?:initial(?:ly)?|first|early|preliminary) (?:\\w{1,12} )?(?:estimat\\w{0,3}|report\\w{0,3}|"
              + "assessment|figures?)\\b|\\binitially\\b");

  /** The longest text a bare share may have before it: a hedge and some punctuation. */
  private static final int BARE_PREFIX = 24;

  /** Hedges a bare share may carry: "~15%", "approx. 15%". */
  private static final Pattern BARE_HEDGE =
      Pattern.compile(
          "[^a-z0-9]*(?:(?:about|around|approx\\.?|approximately|roughly|nearly|almost|over|up to|est\\.?|estimated)[^a-z0-9]*)?");

  /** Whether the share at {@code start}..{@code end} is all the sentence holds, but for hedges. */
  private static boolean bare(String lower, int start, int end) {
    return standsAlone(lower, 0, start, end);
  }

  /**
   * Whether only hedges come between {@code from} and the share at {@code start}..{@code end}, and
   * nothing after it.
   */
  private static boolean standsAlone(String lower, int from, int start, int end) {
    // Short before the share, or it is no bare share; the bound also keeps the hedge pattern's two
    // runs of punctuation from trying every split of a long one.
    return start - from <= BARE_PREFIX
        && BARE_HEDGE.matcher(lower.substring(from, start)).matches()
        && lower.substring(end).chars().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * Whether the share at {@code start}..{@code end} stands alone after a label that names people:
   * "Percentage of users affected: approximately 50%". The label is the share's population however
   * far before the share it names them.
   */
  private static boolean labelNamesPeople(String lower, int start, int end) {
    int colon = lower.lastIndexOf(':', start);
    return colon > 0
        && standsAlone(lower, colon + 1, start, end)
        && PEOPLE.matcher(lower.substring(Math.max(0, colon - LABEL_REACH), colon)).find();
  }

  /** How far before its colon a label may name the people its share is of. */
  private static final int LABEL_REACH = 60;

  /**
   * Whether {@code found}, the share of a later sentence of the same part, is the one a split by
   * severity told across sentences keeps over {@code earlier}: "25% of users saw sign-in take
   * longer. 4% could not sign in at all." is 4.
   */
  static boolean outageAfterSlowdown(Share earlier, Share found, String lower) {
    return earlier.degraded()
        && !found.degraded()
        // "4% could not sign in" names no population: the earlier share's, by the split.
        && (found.people() || !earlier.people() || !POPULATION.matcher(lower).find())
        && OUTAGE_WORDS.matcher(lower).find();
  }

  /** A percentage spelled out: "sixty percent", "twenty-five per cent", "a hundred percent". */
  private static final Pattern SPELLED_PERCENT =
      Pattern.compile(
          "\\b(?:(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|"
              + "five|six|seven|eight|nine))?|(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
              + "seventeen|eighteen|nineteen)|(one|two|three|four|five|six|seven|eight|nine)|"
              + "(?:a|one) (hundred))(?= (?:percent|per cent)\\b)");

  private static final List<String> TENS =
      List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  private static final List<String> TEENS =
      List.of(
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");

  /** {@code lower} with spelled-out percentages in digits: "sixty percent" becomes "60 percent". */
  static String digitsForWords(String lower) {
    Matcher m = SPELLED_PERCENT.matcher(lower);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int n;
      if (m.group(1) != null) {
        n =
            20
                + 10 * TENS.indexOf(m.group(1))
                + (m.group(2) == null ? 0 : NUMBER_WORDS.indexOf(m.group(2)));
      } else if (m.group(3) != null) {
        n = 10 + TEENS.indexOf(m.group(3));
      } else if (m.group(4) != null) {
        n = NUMBER_WORDS.indexOf(m.group(4));
      } else {
        n = 100;
      }
      m.appendReplacement(out, Integer.toString(n));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final String SMALL_NUMBER =
      "(one|two|three|four|five|six|seven|eight|nine|ten|twenty|\\d{1,3})";

  /**
   * "One in five users", "1 out of every 10 requests", "one request in eight", and "one on four
   * orders" as some write it: a share as a ratio of two numbers, with perhaps the population
   * between them (group 2).
   */
  private static final Pattern RATIO =
      Pattern.compile(
          "(?<![\\d:.+/-])\\b"
              + SMALL_NUMBER
              + " (?:([a-z-]{1,15}) )?(?:in|out of|on)(?: every)? "
              + SMALL_NUMBER
              // Not a date, a time or a version ("gmt+1 on 18/12"), nor a span or a day ("3 users
              // in 10 minutes", "5 customers on 20 march").
              + "\\b(?![/:.-]\\d)(?! ?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
              + "years?|jan\\w*|feb\\w*|mar\\w*|apr\\w*|may|jun\\w*|jul\\w*|aug\\w*|sep\\w*|oct\\w*|"
              + "nov\\w*|dec\\w*)\\b)");

  /** "~1/3 of video streams": a fraction in digits, which the callers check names a population. */
  private static final Pattern SLASH_FRACTION =
      Pattern.compile("(?<![\\d:./-])\\b(\\d)/(\\d{1,2}) of\\b");

  /** Fractions in words, for a range of them: "between a quarter and a third of video plays". */
  private static final Map<String, Double> FRACTION_WORDS =
      Map.of(
          "a tenth", 10.0,
          "a fifth", 20.0,
          "a quarter", 25.0,
          "a third", 100.0 / 3,
          "half", 50.0,
          "two thirds", 200.0 / 3,
          "three quarters", 75.0);

  private static final Pattern FRACTION_RANGE =
      Pattern.compile(
          "\\bbetween (a tenth|a fifth|a quarter|a third|half|two thirds|three quarters) and "
              + "(a fifth|a quarter|a third|half|two thirds|three quarters) of\\b");

  private static final List<String> NUMBER_WORDS =
      List.of(
          "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

  /** The share a ratio such as "one in five" names, when it is a proper fraction. */
  private static Optional<Double> ratio(Matcher m) {
    double part = number(m.group(1));
    double whole = number(m.group(3));
    return part > 0 && whole > part ? Optional.of(100 * part / whole) : Optional.empty();
  }

  private static double number(String word) {
    if (word.equals("twenty")) {
      return 20;
    }
    int at = NUMBER_WORDS.indexOf(word);
    return at >= 0 ? at : Double.parseDouble(word);
  }

  /**
   * The share {@code value} a fraction at {@code m} gives, when the words after it name a
   * population and it was no hit that did not happen; empty for a {@code value} below zero.
   */
  private static Optional<Share> named(String lower, Matcher m, double value) {
    String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 25));
    if (value < 0
        || !POPULATION.matcher(after).find()
        || otherThingAfter(after)
        || notHappened(lower, m.start())) {
      return Optional.empty();
    }
    return Optional.of(new Share(value, PEOPLE.matcher(after).find()));
  }

  /**
   * A share written as a fraction: "a third of customers", "half of our users", "one in five
   * users".
   */
  static Optional<Share> fraction(String lower) {
    if (mayHoldFraction(lower)) {
      Matcher m = FRACTION_RANGE.matcher(lower);
      while (m.find()) {
        double low = FRACTION_WORDS.get(m.group(1));
        double high = FRACTION_WORDS.get(m.group(2));
        Optional<Share> share = named(lower, m, low < high ? (low + high) / 2 : -1);
        if (share.isPresent()) {
          return share;
        }
      }
    }
    if (lower.indexOf('/') >= 0) {
      Matcher m = SLASH_FRACTION.matcher(lower);
      while (m.find()) {
        double part = Double.parseDouble(m.group(1));
        double whole = Double.parseDouble(m.group(2));
        Optional<Share> share = named(lower, m, part > 0 && whole > part ? 100 * part / whole : -1);
        if (share.isPresent()) {
          return share;
        }
      }
    }
    if (mayHoldRatio(lower)) {
      Matcher m = RATIO.matcher(lower);
      while (m.find()) {
        // The population is named between the numbers ("one request in eight") or after them.
        String named =
            m.group(2) != null
                ? m.group(2)
                : lower.substring(m.end(), Math.min(lower.length(), m.end() + 25));
        Optional<Double> value = ratio(m);
        if (value.isPresent()
            && POPULATION.matcher(named).find()
            && !otherThingAfter(named)
            && !notHappened(lower, m.start())) {
          return Optional.of(new Share(value.get(), PEOPLE.matcher(named).find()));
        }
      }
    }
    if (!mayHoldFraction(lower)) {
      return Optional.empty();
    }
    for (Object[] f : FRACTIONS) {
      Matcher m = ((Pattern) f[0]).matcher(lower);
      while (m.find()) {
        String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 25));
        String named = m.group() + after;
        if (POPULATION.matcher(named).find()
            && !OTHER_THING.matcher(after).find()
            && !COMPARED.matcher(after).find()
            && !notHappened(lower, m.start())) {
          return Optional.of(new Share((Double) f[1], PEOPLE.matcher(named).find()));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A share in words: fractions, or "all users" and its kin as 100. Outside an impact section the
   * sentence must say the population was hit ("all traffic leaves through two NAT instances" is how
   * the system works), and an action taken for everyone ("we contacted every customer") is no
   * share.
   */
  static Optional<Double> wording(String lower, boolean impactSection) {
    if (mayHoldFraction(lower)) {
      for (Object[] f : FRACTIONS) {
        Matcher m = ((Pattern) f[0]).matcher(lower);
        // "About a third of the rack uplinks" is a share of the machinery and "a third of the
        // deploys" one of the team's own work, not of users; a later "a third of users" in the
        // same sentence still is one.
        while (m.find()) {
          String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 25));
          if (!after.isEmpty()
              && !notHappened(lower, m.start())
              && (impactSection
                  || (!MACHINERY.matcher(after).find() && POPULATION.matcher(after).find()))) {
            return Optional.of((Double) f[1]);
          }
        }
      }
    }
    if (!mayNameEveryone(lower)
        || UNTOLD_HIT.matcher(lower).find()
        || COMPENSATED.matcher(lower).find()) {
      return Optional.empty();
    }
    // "Everyone had to sign in again", "nobody could save anything": the wording tells the hit.
    if (EVERYONE_HIT.matcher(lower).find()) {
      return Optional.of(100.0);
    }
    if (!(impactSection || AFFECTED.matcher(lower).find() || HIT.matcher(lower).find())) {
      return Optional.empty();
    }
    // "Unable to book until service was restored" still names the outage.
    if (RESTORED.matcher(lower).find() && !OUTAGE_WORDS.matcher(lower).find()) {
      return Optional.empty();
    }
    Matcher m = ALL_USERS.matcher(lower);
    while (m.find()) {
      String before = lower.substring(Math.max(0, m.start() - 24), m.start());
      if (!DONE_FOR.matcher(before).find() && !NOT_ALL.matcher(before).find()) {
        return Optional.of(100.0);
      }
    }
    return Optional.empty();
  }

  /**
   * The whole population as the subject of what hit it, which needs no other word to say so:
   * "everyone got logged out", "everyone in the office lost the shared drive", "nobody could save
   * anything".
   */
  private static final Pattern EVERYONE_HIT =
      Pattern.compile(
          // "Down for everyone", "the shop was closed for everybody": the hit told with the people.
          "\\b(?:down|unavailable|unusable|inaccessible|unreachable|offline|broken|failed|closed|"
              + "stopped \\w{2,12}ing) (?:for (?:everyone|everybody)|(?:to|for) all(?= ?[.,;!)]| ?$))"
              + "|\\b(?:everyone|everybody)(?! (?:on|in|at) (?:the|our) (?:team|call|bridge|channel|incident)"
              + "| involved| else)(?: [\\w']{1,15}){0,3}? (?:got (?:logged|kicked|signed|locked)|"
              + "got (?:an? )?errors?|had to (?:log|sign) (?:back )?in|had to re-?\\w{2,10}|lost|"
              + "experienced|could not|couldn't|was unable|was logged out|was locked out|"
              + "was kicked out)\\b"
              // "Nobody could save anything", not "nobody could reproduce the bug".
              + "|\\b(?:no one|nobody)(?! (?:on|in|at) (?:the|our) (?:team|call|bridge|channel))"
              + "(?: [\\w']{1,15}){0,2}? (?:could|was able to) (?:\\w{1,12} )?(?:log|sign|access|"
              + "reach|use|load|open|check out|pay|save|buy|book|connect|submit|upload|download|"
              + "stream|play|place|complete|send|receive|view|see|get|order|watch|read|post)\\b");

  /**
   * A hit that did not happen: what users "would have" met had they tried, or a test whose requests
   * all passed ("returned all requests with 0 failed requests").
   */
  private static final Pattern UNTOLD_HIT =
      Pattern.compile(
          "\\b(?:would|could|might) have been\\b|\\b(?:0|zero|no|none of the) (?:\\w{1,12} )?(?:failed|failures?|errors?)\\b");

  /**
   * More wording that tells a population was hit: what they got, and what they could not do. A
   * server error's status is told as one ("a 502", "HTTP 503", "500 errors", "503s"); a bare number
   * in the 500s is as often a count ("500 coins each").
   */
  private static final Pattern HIT =
      Pattern.compile(
          "\\b(?:unavailable|unreachable|inaccessible|dropp\\w{0,3}|reject\\w{0,2}|received|saw|got|"
              + "timed out|time-?outs?|(?:https? |status |error |code |return\\w{0,3} |an? )5\\d\\d|"
              + "5\\d\\d(?:s| (?:errors?|responses?|codes?|status|bad|internal|service|gateway|server))|"
              + "bad gateway|error page|5\\d\\d page|default\\b[^.;]{0,30}? page|broken|blank|locked out|stale|"
              + "reach\\w{0,3}|access\\w{0,3}|log in|sign in|greeted|unusable|declined|"
              + "stopped \\w{2,12}ing|lost|unresponsive|not respond\\w{0,3}|refus\\w{0,3}|redirect\\w{0,3}|"
              + "went wrong)\\b");

  /**
   * What everyone was given afterwards, not what hit them: "every customer received a 20% discount
   * code", "all users got a refund".
   */
  private static final Pattern COMPENSATED =
      Pattern.compile(
          "\\b(?:received|receive|got|get|were given|was given|were offered|was offered|were sent|"
              + "was sent|were issued|was issued)(?: [\\w%-]{1,12}){0,3}? (?:discount|refund|credit|"
              + "coupon|voucher|apology|compensation|gift card)s?\\b");

  /** "Not all users", "unable to receive all requests": some, not everyone. */
  private static final Pattern NOT_ALL =
      Pattern.compile(
          "\\b(?:not|unable to \\w{2,12}|failed to \\w{2,12}|could not \\w{2,12}|"
              + "couldn't \\w{2,12}|nearly|almost|virtually|practically|some|many|several|few|certain)"
              + "\\s(?:of\\s)?(?:our\\s|the\\s)?$");

  /** Actions taken for a population after the fact: "we contacted every customer whose ...". */
  private static final Pattern DONE_FOR =
      Pattern.compile(
          "\\b(?:contacted|notified|emailed|e-mailed|informed|refunded|credited|compensated|"
              + "thanked|thank|reached out to|apologi[sz]ed? to|sent|revoked|reset|signed out|"
              + "logged out|forced|log out|logs out|sign out|signs out|force)\\s(?:\\w{1,12}\\s)?$");

  // Word checks every pattern of its kind needs, tried first because they are far cheaper than the
  // patterns, which run on every sentence of every document.

  /** Whether {@code lower} has a word every {@link #RATIO} needs. */
  private static boolean mayHoldRatio(String lower) {
    return lower.contains(" in ") || lower.contains(" out of ") || lower.contains(" on ");
  }

  /**
   * A whole service down for everyone, told without naming the users: "a complete disruption of
   * service for our users", "our website could not be accessed", "took down our whole site", "all
   * request processing has stopped", "a 100% outage". By the labelling conventions that is everyone
   * trying to use it, 100; it counts only when no share and no "all users" wording is found. A
   * sentence about the document itself ("this timeline shows the period of complete outage") tells
   * no impact.
   */
  static Optional<Double> wholeOutage(String lower) {
    if (!(lower.contains("complete")
            || lower.contains("total")
            || lower.contains("whole")
            || lower.contains("entire")
            || lower.contains("accessed")
            || lower.contains("reached")
            || lower.contains("all request")
            || lower.contains("100"))
        || ABOUT_THE_DOCUMENT.matcher(lower).find()) {
      return Optional.empty();
    }
    return WHOLE_OUTAGE.matcher(lower).find() ? Optional.of(100.0) : Optional.empty();
  }

  /** What users reach: a whole service of these going down is everyone's outage. */
  private static final String USER_FACING =
      "(?:site|website|web ?site|service|app|application|platform|system|portal|shop|store|"
          + "dashboard|blog|forum|page)";

  private static final Pattern WHOLE_OUTAGE =
      Pattern.compile(
          "\\b(?:(?:complete|total) (?:loss of service|service loss)|"
              + "complete(?:ly)? (?:outage|disruption|shutdown|downtime|down|inaccessible|unavailable|"
              + "unreachable|offline)|total(?:ly)? (?:outage|shutdown|downtime|down|inaccessible|"
              + "unavailable|unreachable|offline)"
              // "A total downtime of 20 minutes" sums up the time, not the users.
              + "(?!(?: (?:duration|time|period|length))?(?: of| was| lasted|:)? ?(?:approx\\w{0,9}"
              + " |about |around |roughly |nearly |almost |just |over |under )?(?:\\d|an? |one |two |"
              + "three |four |five |six |seven |eight |nine |ten |twelve |fifteen |twenty |thirty |"
              + "forty |fifty |sixty |ninety ))"
              // "The entire warehouse management system at Eastgate was unavailable".
              + "|(?:whole|entire) (?:[\\w-]{1,15} ){0,3}?"
              + USER_FACING
              + "(?: (?:at|in|for|of) [\\w-]{1,20})? (?:went|was|were) (?:[\\w-]{1,15} )?"
              + "(?:down|dark|offline|inaccessible|unavailable|"
              + "unreachable)"
              + "|took down (?:our |the |its )?(?:whole|entire)"
              // "The outage affected the entire application": everyone who uses it was hit.
              + "|(?:affected|impacted|disrupted) (?:our |the |its )?(?:whole|entire) "
              + "(?:[\\w-]{1,15} ){0,2}?"
              + USER_FACING
              + "|"
              + USER_FACING
              + " (?:could not|couldn't|can't|cannot|was unable to) be (?:accessed|reached)"
              + "|all request processing"
              // "The typo caused a 100% outage": a share of the outage itself, all of it.
              + "|100 ?% (?:[\\w-]{1,15} )?(?:outage|downtime)"
              + "|(?:was|went|were) (?:completely|totally|entirely) (?:down|offline|inaccessible|"
              + "unavailable|unreachable))\\b");

  /** "This timeline identifies ...", "this report covers ...": the document speaking of itself. */
  private static final Pattern ABOUT_THE_DOCUMENT =
      Pattern.compile(
          "^\\W{0,3}this (?:timeline|document|post-?mortem|report|section|write-?up|analysis)\\b");

  /** Whether {@code lower} has a word every {@link #FRACTIONS} pattern needs. */
  private static boolean mayHoldFraction(String lower) {
    return lower.contains("half")
        || lower.contains("third")
        || lower.contains("quarter")
        || lower.contains("fifth")
        || lower.contains("tenth");
  }

  /** Whether {@code lower} has a word every branch of {@link #ALL_USERS} needs. */
  private static boolean mayNameEveryone(String lower) {
    return lower.contains("all ")
        || lower.contains(" all.")
        || lower.contains(" all,")
        || lower.contains(" all;")
        || lower.endsWith(" all")
        || lower.contains("every")
        || lower.contains("no one")
        || lower.contains("nobody")
        || lower.contains("no user")
        || lower.contains("no customer")
        || lower.contains("none of")
        || lower.contains("any ")
        || lower.contains("anyone")
        || lower.contains("anybody")
        || lower.contains("full incoming")
        || lower.contains("full traffic")
        || lower.contains("across the board")
        || lower.contains("one and all")
        || lower.contains("without exception")
        || lower.contains(" at all")
        || lower.contains("users ")
        || lower.contains("who")
        || lower.contains("entire")
        || lower.contains("whole");
  }

  /** Whether {@code s} holds an ASCII digit, the only kind the number patterns read. */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** How far back a clause is searched for what its percentage measures. */
  static final int CLAUSE_LOOKBACK = 48;

  /**
   * Whether the clause before a percentage at {@code at} is about some other thing and names no
   * population: in "CPU on the database sat at 95%" the share is the processor's. The clause starts
   * after the last comma, semicolon or "and" within {@link #CLAUSE_LOOKBACK} characters.
   */
  private static boolean namedEarlierInClause(String lower, int at) {
    String clause = clauseBefore(lower, at, CLAUSE_LOOKBACK);
    return OTHER_THING.matcher(clause).find() && !POPULATION.matcher(clause).find();
  }

  /**
   * Whether the clause before {@code at} makes the share one that never happened: what someone
   * meant to do ("the team wanted to try it on 5% of staff accounts") or the condition of an alert
   * ("an alert that fires when a pool has fewer than half of its members").
   */
  static boolean notHappened(String lower, int at) {
    // An alert's condition is often long: "an alert that fires when any production pool has
    // fewer than half of its members enabled".
    String clause = clauseBefore(lower, at, 2 * CLAUSE_LOOKBACK);
    return !clause.isEmpty() && NOT_HAPPENED.matcher(clause).find();
  }

  private static final Pattern NOT_HAPPENED =
      Pattern.compile(
          "\\b(?:wanted to|meant to|supposed to|intended|intending|planned to|planning to|"
              + "(?:alert|alarm|page|check|monitor)s? (?:that |which )?(?:fires?|triggers?|goes off|"
              + "warns?|pages?)(?: us)? (?:when|if|whenever|once|as soon as))\\b");

  /**
   * The clause that ends at {@code at}: back to the last comma, "and", "but" or parenthesis, and at
   * most {@code lookback} characters.
   */
  private static String clauseBefore(String lower, int at, int lookback) {
    int from = Math.max(0, at - lookback);
    int start = from;
    for (String boundary : CLAUSE_BOUNDARIES) {
      int b = lower.lastIndexOf(boundary, at - 1);
      if (b >= from && b + boundary.length() > start) {
        start = b + boundary.length();
      }
    }
    return start >= at ? "" : lower.substring(start, at);
  }

  private static final List<String> CLAUSE_BOUNDARIES = List.of(",", ";", " and ", " but ", "(");

  /**
   * {@code s} after its last "and" or "but": "slow load times and 50% faced an outage" gives the
   * 50% its own clause, while "CPU load, 95%" keeps the load.
   */
  private static String afterConjunction(String s) {
    int cut = Math.max(s.lastIndexOf(" and "), s.lastIndexOf(" but "));
    return cut < 0 ? s : s.substring(cut + " and ".length() - 1);
  }

  /**
   * Whether the words after a share name something other than a population. "Full", "load",
   * "complete" and "done" do so only right after it ("95% full", "80% load", "60% complete"):
   * further on they are "a full outage", "could not load the site" and "unable to complete
   * uploads".
   */
  private static boolean otherThingAfter(String near) {
    Matcher m = OTHER_THING.matcher(near);
    while (m.find()) {
      if (!ONLY_RIGHT_AFTER.contains(m.group()) || near.substring(0, m.start()).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Words of {@link #OTHER_THING} that name another thing only right after the share. */
  private static final Set<String> ONLY_RIGHT_AFTER = Set.of("full", "load", "complete", "done");

  /** The length of "of the quarter's" and kin right at {@code from}, or 0. */
  private static int possessiveAfter(String lower, int from) {
    Matcher m = OF_POSSESSIVE.matcher(lower).region(from, lower.length());
    return m.lookingAt() ? m.end() - from : 0;
  }

  private static final Pattern OF_POSSESSIVE =
      Pattern.compile(" of (?:the|our|this|that|last|each) [a-z-]{1,20}'s ");

  /** {@code s} after the last {@code c} in it, or all of it. */
  private static String afterLast(String s, char c) {
    return s.substring(s.lastIndexOf(c) + 1);
  }

  /**
   * Where the next percentage after {@code from} starts (its number), or the end of {@code lower}.
   */
  private static int nextShare(String lower, int from) {
    int percent = lower.indexOf('%', from);
    if (percent < 0) {
      return lower.length();
    }
    int start = percent;
    while (start > from && " .,0123456789".indexOf(lower.charAt(start - 1)) >= 0) {
      start--;
    }
    return start;
  }

  private static String tail(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }
}
