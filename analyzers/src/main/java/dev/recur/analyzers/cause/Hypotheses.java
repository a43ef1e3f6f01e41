package dev.recur.analyzers.cause;

import dev.recur.analyzers.cause.Statement.Clause;
import dev.recur.analyzers.cause.Statement.Stance;
import dev.recur.analyzers.taxonomy.CueIndex;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.taxonomy.Term;
import dev.recur.analyzers.taxonomy.Words;
import dev.recur.core.RootCause;
import dev.recur.core.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the hypotheses a postmortem entertained and dropped. A clause names a hypothesis by a
 * component's cues (except a few words too generic to name one alone, such as "app" or "server") or
 * by a red-herring cue; it counts as a red herring when it sits in a misleading-paths section, when
 * it is framed as a suspicion that the sentence or the next one rules out (or as a strong
 * suspicion: "initially suspected", "we assumed"), or when it is denied outright. Immutable and
 * thread-safe.
 */
public final class Hypotheses {

  /** Component cues too generic to name a hypothesis on their own. */
  static final Set<String> GENERIC =
      Set.of(
          "app",
          "apps",
          "application",
          "code",
          "backend",
          "back end",
          "api",
          "apis",
          "function",
          "feature",
          "module",
          "script*",
          "log",
          "logs",
          "logging",
          "logger*",
          "log file*",
          "log shipping",
          "log aggregat*",
          "alert*",
          "table*",
          "index*",
          "token*",
          "session*",
          "package*",
          "link*",
          "provider",
          "version",
          "views",
          "schema",
          "quer*",
          "switch*",
          "latency",
          "routing",
          "network*",
          "networking",
          "connectivity",
          "packet*",
          "partition",
          "volume*",
          "ports",
          "cert",
          "consumer*",
          "broker*",
          "pod",
          "container*",
          "docker",
          "os",
          "permission*",
          "java",
          "python",
          "php",
          "frontend",
          "front end",
          "sql",
          "master server",
          "web 01",
          "web 02",
          "ttl",
          "replica*",
          "swap",
          "cron",
          "linux",
          "ubuntu",
          "apt",
          "auth",
          "password*");

  /** Suspicion words strong enough to mark a herring without an explicit ruling-out. */
  static final List<String> STRONG =
      List.of(
          "initially suspect*",
          "first guess*",
          "second guess*",
          "next guess*",
          "first idea",
          "the idea that",
          "we suspect",
          "next suspect*",
          "convinced",
          "obvious suspect*",
          "prime suspect*",
          "main suspect*",
          "looked like",
          "looked a lot like",
          "it looked as if",
          "looked as though",
          "initially thought",
          "initially assum*",
          "initially believ*",
          "first thought",
          "first suspect*",
          "suspected",
          "suspecting",
          "assumed",
          "assuming",
          "assumption*",
          "initial theory",
          "initial suspicion",
          "initial assumption*",
          "initial hypothes*",
          "blam*",
          "misleading*",
          "red herring",
          "thought it was",
          "initially",
          "initial investigation*",
          "initial focus*",
          "initially focused",
          "at first",
          "chasing",
          "suspicion",
          "hypothes*",
          "theory",
          "false lead*",
          "misdiagnos*",
          "could it be",
          "must be",
          "it had to be",
          "must have been");

  private final List<Term> names;
  private final CueIndex nameCues;

  /** Each component's generic cues, which name a hypothesis only when explicitly ruled out. */
  private final List<Term> generic;

  private final CueIndex genericCues;

  /** Where the application's generic cues stand in {@link #generic}; -1 when it has none. */
  private final int applicationGeneric;

  /** Where the network's generic cues stand in {@link #generic}; -1 when it has none. */
  private final int networkGeneric;

  /** The fault values by id, to tell a confirmed suspicion from a dropped one. */
  private final Map<String, Term> faults;

  /** Hypothesis names drawn from {@code taxonomy}'s components and red herrings. */
  public Hypotheses(Taxonomy taxonomy) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    Map<String, List<String>> cues = new LinkedHashMap<>();
    List<Term> generics = new ArrayList<>();
    for (Term c : taxonomy.components()) {
      List<String> specific = new ArrayList<>();
      List<String> vague = new ArrayList<>();
      for (String cue : c.cues()) {
        (GENERIC.contains(cue) ? vague : specific).add(cue);
      }
      cues.computeIfAbsent(c.id(), k -> new ArrayList<>()).addAll(specific);
      if (!vague.isEmpty()) {
        generics.add(new Term(c.id(), vague));
      }
    }
    this.generic = List.copyOf(generics);
    this.genericCues = CueIndex.of(this.generic);
    this.applicationGeneric = RootCauseExtractor.position(genericCues, APPLICATION);
    this.networkGeneric = RootCauseExtractor.position(genericCues, NETWORK);
    Map<String, Term> faultTerms = new LinkedHashMap<>();
    for (Term f : taxonomy.faults()) {
      faultTerms.put(f.id(), f);
    }
    this.faults = Map.copyOf(faultTerms);
    for (Term h : taxonomy.herrings()) {
      cues.computeIfAbsent(h.id(), k -> new ArrayList<>()).addAll(h.cues());
    }
    List<Term> terms = new ArrayList<>();
    cues.forEach((id, list) -> terms.add(new Term(id, list)));
    this.names = List.copyOf(terms);
    this.nameCues = CueIndex.of(names);
  }

  /**
   * The red herrings of a document, each with the first sentence that shows it, in document order.
   * {@code rootComponent} is left out unless a sentence explicitly rules it out.
   */
  public Map<String, String> herrings(List<Statement> statements, String rootComponent) {
    return herrings(statements, rootComponent, RootCause.UNKNOWN_FAULT);
  }

  /**
   * Like {@link #herrings(List, String)}, also leaving out the herring that the root fault itself
   * is ("code-deploy" when the fault is a deployment, "ddos" when it is an attack) unless a
   * sentence explicitly denies it.
   */
  public Map<String, String> herrings(
      List<Statement> statements, String rootComponent, String rootFault) {
    Map<String, String> first = new LinkedHashMap<>();
    mentions(statements, rootComponent, rootFault).forEach((id, all) -> first.put(id, all.get(0)));
    return first;
  }

  /**
   * Like {@link #herrings(List, String, String)}, with every sentence that shows each herring, in
   * document order: the first is the evidence, a later timeline entry may tell when it was chased.
   */
  public Map<String, List<String>> mentions(
      List<Statement> statements, String rootComponent, String rootFault) {
    String rootHerring = FAULT_HERRINGS.getOrDefault(rootFault, "");
    String likelyHerring = LIKELY_HERRINGS.getOrDefault(rootFault, "");
    Term faultTerm = faults.get(rootFault);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      // "This outage was not a web server error, but an application error" is a verdict on a
      // suspicion wherever it stands, also opening the prevention advice.
      if (!readable(s.kind()) && !s.words().containsAny(VERDICT_DENIALS)) {
        continue;
      }
      boolean section = s.kind() == SectionKind.MISLEADING_PATHS;
      boolean ruledOut = s.words().containsAny(Hedges.RULED_OUT);
      boolean denied = s.words().containsAny(Hedges.DENIALS);
      if (s.words().containsAny(EXPLICIT_RULED_OUT)) {
        for (String id : explicitlyRuledOut(s, i > 0 ? statements.get(i - 1) : null)) {
          if (!id.equals(rootHerring)) {
            mention(out, id, s);
          }
        }
      }
      if (networkFoundClean(s, rootComponent)) {
        mention(out, NETWORK, s);
      }
      Statement following = i + 1 < statements.size() ? statements.get(i + 1) : null;
      if (rollbackDidNotHelp(s, following) && !CODE_DEPLOY.equals(rootHerring)) {
        mention(out, CODE_DEPLOY, s);
      }
      List<Clause> clauses = s.clauses();
      for (int k = 0; k < clauses.size(); k++) {
        Clause c = clauses.get(k);
        // "Initial investigation suggests an SQL injection attack, compromising the database": a
        // suspicion of the very fault that turned out to be the cause was right, and what it
        // names after that fault is no herring. A suspected misconfiguration is different:
        // responders suspect one in every part they check, so it counts as confirmed only in the
        // part where it was found.
        int confirmedFrom =
            c.stance() == Stance.SUSPECTED
                    && !ruledOut
                    && !denied
                    && faultTerm != null
                    && (!rootFault.equals(SUSPECTED_EVERYWHERE)
                        || namesRoot(c.words(), rootComponent))
                ? c.words().firstPosition(faultTerm)
                : -1;
        boolean strong = c.words().containsAny(STRONG);
        // "Investigated the backend servers, but found no issues": a check the next clause denies.
        // "Tried restarting the service, but the error persisted": a fix that did not help was a
        // dead end too.
        Clause next = k + 1 < clauses.size() ? clauses.get(k + 1) : null;
        boolean checkDenied =
            next != null
                && ((c.words().containsAny(CHECKS) && next.stance() == Stance.NEGATED)
                    || (c.words().containsAny(ATTEMPTS) && next.words().containsAny(FUTILE)));
        // "We went to the database first ... Query times were normal.": where they looked first,
        // found healthy in the next sentence.
        // "We looked at the database first; it wasn't the culprit": the same, in one sentence.
        boolean lookedFirst = c.words().containsAny(LOOKED_FIRST) || checkedFirst(c.words());
        checkDenied |=
            lookedFirst
                && (nextInSectionSays(s, following, FOUND_HEALTHY)
                    || (next != null
                        && (next.stance() == Stance.NEGATED
                            || next.words().containsAny(FOUND_HEALTHY))));
        int[] first = nameCues.firstPositions(c.words());
        if (applicationGeneric >= 0
            && c.stance() == Stance.SUSPECTED
            && !section
            && c.words().containsAny(OWN_CODE_SUSPICIONS)
            && noneNamed(first)
            && !APPLICATION.equals(rootComponent)) {
          // "Our first suspicion was the application", "we assumed our API had a leak": a
          // suspicion in so many words that names nothing more specific names the service's own
          // code, however generic the word. Only the application's words: "initial investigation
          // of the alerts" or "a review session" name no monitoring or login suspicion.
          int at = genericCues.firstPositions(c.words())[applicationGeneric];
          if (at >= 0
              && !(confirmedFrom >= 0 && confirmedFrom < at)
              && !namesATeam(c.words(), generic.get(applicationGeneric))
              && !afterTheRealCause(c.words().text().substring(0, at))) {
            mention(out, APPLICATION, s);
          }
        }
        for (int n = 0; n < names.size(); n++) {
          Term name = names.get(n);
          int at = first[n];
          if (at < 0) {
            continue;
          }
          // What the clause says before the name: each test below reads it.
          String before = c.words().text().substring(0, at);
          if (name.id().equals(MONITORING)
              || isCauseOfAnother(before, at, first)
              || afterTheRealCause(before)
              || namesATeam(c.words(), name)
              || namesItsLogs(c.words(), name)
              || (name.id().equals(CODE_DEPLOY) && noneShipped(before))
              || endOfALink(before)
              || (confirmedFrom >= 0 && confirmedFrom < at)) {
            continue;
          }
          boolean herring;
          if (section) {
            herring = c.stance() != Stance.ASSERTED || !c.words().containsAny(Hedges.CONFIRMATIONS);
          } else if (c.stance() == Stance.SUSPECTED) {
            herring = strong || ruledOut;
          } else if (c.stance() == Stance.NEGATED) {
            herring = true;
          } else {
            herring =
                checkDenied
                    || (Hedges.deniedBefore(c.words(), at) && mentionIsTheSubject(c.words(), at));
          }
          if (!herring) {
            continue;
          }
          // The root's own part counts only when the text calls it a dead end in so many words:
          // denied, or listed under a misleading-paths label ("initial focus on virtual host
          // configurations" when the fault was file permissions of the same web server).
          if (name.id().equals(likelyHerring) && !(ruledOut || denied)) {
            continue;
          }
          // The cause's own part named in a verdict that sets it against another ("This was a
          // network fault in the backbone, not a problem on the servers") is asserted there, not
          // denied.
          if ((name.id().equals(rootComponent) || name.id().equals(rootHerring))
              && (contrastedWithAnother(c.words(), at)
                  || !(denied
                      || c.stance() == Stance.NEGATED
                      || (name.id().equals(rootComponent) && calledMisleading(s, c))))) {
            continue;
          }
          mention(out, name.id(), s);
        }
      }
    }
    return out;
  }

  private static void mention(Map<String, List<String>> out, String id, Statement s) {
    List<String> sentences = out.computeIfAbsent(id, k -> new ArrayList<>());
    if (!sentences.contains(s.text())) {
      sentences.add(s.text());
    }
  }

  /**
   * Whether a clause is set out as a misleading path under its own heading or label. The word
   * "misleading" in a timeline entry is not enough: "misleading paths were taken, including
   * reinstalling the database" tells what was done, not what was suspected.
   */
  private static boolean calledMisleading(Statement s, Clause c) {
    return s.kind() == SectionKind.MISLEADING_PATHS && c.stance() != Stance.ASSERTED;
  }

  /** The incident itself denied to be of some kind. */
  static final List<String> VERDICT_DENIALS =
      List.of(
          "outage was not a",
          "outage was not an",
          "outage wasn't a",
          "incident was not a",
          "incident was not an",
          "incident wasn't a",
          "issue was not a",
          "problem was not a",
          "error was not a");

  /** The fault responders suspect in every part they look at. */
  static final String SUSPECTED_EVERYWHERE = "misconfiguration";

  private boolean namesRoot(Words clause, String rootComponent) {
    int[] first = nameCues.firstPositions(clause);
    for (int n = 0; n < names.size(); n++) {
      if (first[n] >= 0 && names.get(n).id().equals(rootComponent)) {
        return true;
      }
    }
    return false;
  }

  /** The herring each fault is itself: a deploy that really broke things is no red herring. */
  static final Map<String, String> FAULT_HERRINGS =
      Map.of("deployment", "code-deploy", "security", "ddos", "capacity", "traffic-spike");

  /**
   * The herring a fault most likely was, counted only when the text rules it out: a suspected code
   * change that nobody cleared was probably right when the cause was a bug, since the bug came in
   * with a change.
   */
  static final Map<String, String> LIKELY_HERRINGS = Map.of("software-bug", "code-deploy");

  static final String APPLICATION = "application";

  static final String NETWORK = "network";

  /**
   * The component responders look through, not at: "monitoring first showed SYN packets", "the
   * monitoring system triggered an alert". None of the 679 tuning documents' labellers counted it
   * as a herring where Recur had read 13, so it names none, even where the text rules it out ("the
   * alerts were real"): a generic monitoring word an author rules out by name ("ruled out the
   * logs") still does, through the explicit ruling-out.
   */
  static final String MONITORING = "monitoring";

  /** Suspicion in so many words, not an "initial investigation" or what happened "at first". */
  static final List<String> OWN_CODE_SUSPICIONS =
      List.of(
          "suspect*",
          "suspicion",
          "assumed",
          "assumption*",
          "thought it was",
          "first thought",
          "blam*",
          "guess*",
          "hypothes*",
          "convinced");

  private static boolean noneNamed(int[] firstPositions) {
    for (int at : firstPositions) {
      if (at >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Phrases that rule a hypothesis out in so many words. */
  static final List<String> EXPLICIT_RULED_OUT =
      List.of(
          "ruled out",
          "ruling out",
          "rule out",
          "was not the cause",
          "were not the cause",
          "not the culprit");

  /** What stands between a ruling-out verb and the generic name it rules out. */
  private static final List<String> RULED_OUT_OBJECTS =
      List.of(" ruled out ", " ruling out ", " rule out ");

  private static final List<String> OBJECT_DETERMINERS = List.of("", "the ", "our ", "any ");

  /**
   * What a sentence rules out in so many words when the name is too generic to count alone ("the
   * application was ruled out", "auth was ruled out") or stands in the sentence before ("Load
   * balancer checked first. Pool healthy; ruled out.").
   */
  private List<String> explicitlyRuledOut(Statement s, Statement previous) {
    List<String> out = new ArrayList<>();
    String text = s.words().text();
    for (Term g : generic) {
      for (String cue : g.cues()) {
        if (cue.endsWith("*")) {
          continue;
        }
        if (rulesOutAsSubject(text, cue)
            || text.contains(" " + cue + " was not the cause")
            || rulesOutAsObject(text, cue)) {
          out.add(g.id());
        }
      }
    }
    boolean named = !noneNamed(nameCues.firstPositions(s.words()));
    if (!named
        && out.isEmpty()
        && previous != null
        && previous.kind() == s.kind()
        && !previous.words().containsAny(Hedges.CONFIRMATIONS)) {
      // "Ruled out." with nothing named: it rules out what the sentence before was checking.
      int[] before = nameCues.firstPositions(previous.words());
      for (int n = 0; n < names.size(); n++) {
        if (before[n] >= 0) {
          out.add(names.get(n).id());
        }
      }
    }
    return out;
  }

  /**
   * "the application was ruled out", "API has been ruled out", and a note's "Application ruled
   * out.": the name right before the verb.
   */
  private static boolean rulesOutAsSubject(String text, String cue) {
    for (String link : RULED_OUT_LINKS) {
      if (text.contains(" " + cue + " " + link + "ruled out ")) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> RULED_OUT_LINKS =
      List.of(
          "", "was ", "were ", "is ", "are ", "has been ", "have been ", "was also ", "can be ");

  /** "ruled out the application", "after ruling out application server issues". */
  private static boolean rulesOutAsObject(String text, String cue) {
    for (String verb : RULED_OUT_OBJECTS) {
      for (String determiner : OBJECT_DETERMINERS) {
        if (text.contains(verb + determiner + cue + " ")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "a database overload due to increased traffic": the traffic explains the suspected overload and
   * is no hypothesis of its own. Nor is what a suspected change was made to: "a release of the
   * login service" suspects the release, not the login service.
   */
  private static boolean isCauseOfAnother(String before, int at, int[] firstOfEachName) {
    if (!(before.endsWith(" due to ")
        || before.endsWith(" due to the ")
        || before.endsWith(" due to a ")
        || before.endsWith(" considering the ")
        || before.endsWith(" given the ")
        || before.endsWith(" because of the ")
        || before.endsWith(" because of a ")
        || before.endsWith(" caused by ")
        || before.endsWith(" from ")
        || before.endsWith(" after a ")
        || before.endsWith(" after the ")
        // "schema changes during deployment": when the suspected change was made.
        || before.endsWith(" during ")
        || before.endsWith(" during a ")
        || before.endsWith(" during the ")
        // "an attack impacting the authentication service": what the suspected cause would hit.
        || before.endsWith(" impacting ")
        || before.endsWith(" impacting the ")
        || before.endsWith(" affecting ")
        || before.endsWith(" affecting the ")
        || before.endsWith(" targeting the ")
        // "had shipped a release of the login service": what the suspected change was made to.
        || before.endsWith(" release of ")
        || before.endsWith(" release of the ")
        || before.endsWith(" release of our ")
        || before.endsWith(" deploy of the ")
        || before.endsWith(" deployment of the ")
        || before.endsWith(" deploy to the ")
        || before.endsWith(" deployment to the ")
        || before.endsWith(" rollout of the ")
        || before.endsWith(" version of the ")
        || before.endsWith(" version of our "))) {
      return false;
    }
    for (int o : firstOfEachName) {
      if (o >= 0 && o < at - 8) {
        return true;
      }
    }
    return false;
  }

  /**
   * "focused on query optimization, delaying the identification of the disk space issue", "explored
   * network bottlenecks, overlooking the configuration": what a false lead kept hidden is the real
   * cause, not another lead.
   */
  private static boolean afterTheRealCause(String before) {
    for (String marker : REAL_CAUSE_AFTER) {
      if (before.contains(" " + marker + " ")) {
        return true;
      }
    }
    return false;
  }

  /** Words after which a misleading-path sentence names what was missed. */
  static final List<String> REAL_CAUSE_AFTER =
      List.of(
          "overlooking",
          "overlooked",
          "delaying the identification of",
          "delaying identification of",
          "delaying the discovery of",
          "instead of",
          "rather than",
          "while the real",
          "when the real");

  /**
   * "No deploys in the previous 5 days", "no recent change": that nothing shipped is a fact the
   * responders noted, not a suspected release they cleared: the labellers of the tuning sets
   * counted none of the four such sentences Recur had read as one.
   */
  private static boolean noneShipped(String before) {
    return (" " + before).endsWith(" no ");
  }

  /**
   * "Network trouble between the pods and the database", "latency between web servers and the
   * database": the parts a suspected link joins are its ends, not suspects of their own.
   */
  private static boolean endOfALink(String before) {
    int between = before.lastIndexOf(" between ");
    if (between < 0) {
      return false;
    }
    String link = " " + before.substring(0, between) + " ";
    return LINKS.stream().anyMatch(w -> link.contains(" " + w + " "));
  }

  private static final List<String> LINKS =
      List.of(
          "network",
          "networking",
          "latency",
          "connectivity",
          "connection",
          "connections",
          "link",
          "links",
          "routing",
          "route",
          "routes",
          "packet",
          "packets",
          "partition");

  /** "the database team", "backend engineers": people, not a hypothesis. */
  private static boolean namesATeam(Words clause, Term name) {
    // "<cue> team" needs "team" itself: most clauses name no people, and are done here.
    return clause.containsAny(PEOPLE) && namedBefore(clause, name, PEOPLE);
  }

  /**
   * "Initial investigation started with the Apache logs", "reviewed the authentication service
   * logs": the part whose logs were read is where the responders looked, not what they suspected.
   */
  private static boolean namesItsLogs(Words clause, Term name) {
    // Most clauses name no log: done here.
    return clause.containsAny(LOG_WORDS) && namedBefore(clause, name, OWNED_LOGS);
  }

  /** Whether a cue of {@code name} stands right before one of {@code followers} in the clause. */
  private static boolean namedBefore(Words clause, Term name, List<String> followers) {
    for (String cue : name.cues()) {
      String body = cue.endsWith("*") ? cue.substring(0, cue.length() - 1) : cue;
      for (String follower : followers) {
        if (clause.contains(body + " " + follower)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final List<String> LOG_WORDS = List.of("log", "logs", "metrics");

  /** What a part's logs are called after its name: "nginx error log", "auth service logs". */
  private static final List<String> OWNED_LOGS =
      List.of(
          "log",
          "logs",
          "error log",
          "error logs",
          "access log",
          "access logs",
          "server log",
          "server logs",
          "service log",
          "service logs",
          "api log",
          "api logs",
          "metrics");

  private static final List<String> CHECKS =
      List.of(
          "investigat*",
          "examin*",
          "checked",
          "checking",
          "inspect*",
          "looked into",
          "explored",
          "reviewed",
          "focus*",
          "analy*");

  static final String CODE_DEPLOY = "code-deploy";

  /**
   * Whether a statement tells a rollback that changed nothing, in its own words or the next
   * sentence's ("We rolled it back at 09:35. The reboots continued."): the change rolled back was
   * suspected and cleared, whatever the text calls it.
   */
  static boolean rollbackDidNotHelp(Statement s, Statement following) {
    // "Errors continued until we rolled back the release": the rollback was the fix.
    if (!s.words().containsAny(ROLLBACKS) || s.words().containsAny(ROLLBACK_ENDED_IT)) {
      return false;
    }
    return s.words().containsAny(UNCHANGED) || nextInSectionSays(s, following, UNCHANGED);
  }

  /**
   * Whether the mention at {@code at} is what a verdict asserts, set against what it denies after
   * it: "This was a network fault in the backbone, not a problem with the servers" denies the
   * servers, not the network. Nothing before the mention negates it.
   */
  static boolean contrastedWithAnother(Words clause, int at) {
    String text = clause.text();
    for (String n : Hedges.NEGATIONS) {
      if (text.lastIndexOf(" " + n + " ", at) >= 0) {
        return false;
      }
    }
    String after = text.substring(at);
    for (String contrast : CONTRASTS) {
      int where = after.indexOf(contrast);
      if (where >= 0) {
        // "The load balancer was ruled out, not the database": a denial of the mention itself
        // before the contrast.
        String between = after.substring(0, where + 1);
        return !Words.of(between.strip().split(" ")).containsAny(Hedges.DENIALS);
      }
    }
    return false;
  }

  private static final List<String> CONTRASTS =
      List.of(" not a ", " not an ", " not the ", " not our ", " rather than ");

  /** Whether {@code following}, the sentence after {@code s} in the same section, says any of. */
  private static boolean nextInSectionSays(Statement s, Statement following, List<String> words) {
    return following != null
        && following.kind() == s.kind()
        && following.words().containsAny(words);
  }

  /** Words of rolling a change back. */
  private static final List<String> ROLLBACKS =
      List.of(
          "rolled back",
          "rolled it back",
          "rolled them back",
          "rolling back",
          "rolled the release back",
          "rolled the deploy back",
          "rolled the change back",
          "rolled the template back",
          "rolled the build back",
          "rolled the update back",
          "rolled the patch back",
          "rolled that back",
          "rolled this back",
          "rolled those back",
          "reverted",
          "reverting",
          "rollback");

  /** Words saying a fix tried changed nothing. */
  private static final List<String> FUTILE =
      List.of(
          "persist*",
          "remained",
          "did not help",
          "didn't help",
          "no improvement",
          "no effect",
          "to no avail",
          "made no difference");

  /** Words that make a rollback the end of the trouble. */
  private static final List<String> ROLLBACK_ENDED_IT =
      List.of(
          "until", "before we rolled", "once we rolled", "after we rolled", "after the rollback");

  /**
   * Words saying that what was wrong went on after a change was undone: {@link #FUTILE}, less the
   * "persist*" that reaches "session persistence" in a sentence about anything rolled back and the
   * "remained" of "remained at zero", and more.
   */
  private static final List<String> UNCHANGED =
      Stream.concat(
              // Not "remained": "error rates remained at zero after the rollback".
              FUTILE.stream().filter(w -> !w.equals("persist*") && !w.equals("remained")),
              Stream.of(
                  "persisted",
                  "persists",
                  "persisting",
                  // Not a bare "continued" or "stayed": "we continued to monitor", "everyone
                  // stayed calm".
                  "continued on",
                  "continued to fail*",
                  "continued to crash*",
                  "continued to happen",
                  "continued unabated",
                  "errors continued",
                  "failures continued",
                  "crashes continued",
                  "reboots continued",
                  "restarts continued",
                  "outage continued",
                  "stayed the same",
                  "stayed down",
                  "stayed broken",
                  "stayed high",
                  "kept failing",
                  "kept crashing",
                  "kept happening",
                  "kept coming",
                  "unchanged",
                  "did not change",
                  "didn't change",
                  "did not stop",
                  "didn't stop",
                  "still failing",
                  "still failed",
                  "still crashing",
                  "no change",
                  "changed nothing",
                  "nothing changed",
                  "did nothing",
                  "fixed nothing",
                  "did not fix",
                  "didn't fix",
                  "had no effect"))
          .toList();

  /** "We looked at the database first", "checked the firewall first": a check told with "first". */
  static boolean checkedFirst(Words clause) {
    String text = clause.text().strip();
    return text.endsWith(" first") && (clause.containsAny(CHECKS) || clause.containsAny(LOOKED_AT));
  }

  /** Words of looking somewhere that {@link #CHECKS} lacks. */
  private static final List<String> LOOKED_AT =
      List.of("looked at", "went to", "started with", "suspected", "tried");

  /** Where responders looked first. */
  private static final List<String> LOOKED_FIRST =
      List.of(
          "we went to the",
          "first looked",
          "looked first",
          "looked at first",
          "first checked",
          "checked first",
          "we started with the",
          "started by checking",
          "first place we looked",
          "spent the first",
          "first stop",
          "went straight to");

  /** Words saying a part looked at was healthy. */
  private static final List<String> FOUND_HEALTHY =
      List.of(
          "was normal",
          "were normal",
          "looked normal",
          "looked fine",
          "was fine",
          "were fine",
          "is fine",
          "are fine",
          "looked innocent",
          "was healthy",
          "were healthy",
          "looked healthy",
          "nothing wrong",
          "nothing unusual",
          "no sign of",
          "no signs of",
          "was correct",
          "were correct",
          "was flat",
          "were ordinary",
          "was ordinary",
          "nothing to do with",
          "not the cause",
          "a victim",
          "ruled out");

  /**
   * Whether a clause that names the network only by a generic word finds it clean ("Network
   * investigation finds no issues", "initial checks showed no network faults", "the network seemed
   * clean"): the network is the place responders check first, and a clean result is a suspicion
   * dropped. Not the network team, and not when the network is the root's component.
   */
  private boolean networkFoundClean(Statement s, String rootComponent) {
    if (networkGeneric < 0 || NETWORK.equals(rootComponent) || !readable(s.kind())) {
      return false;
    }
    for (Clause c : s.clauses()) {
      Words w = c.words();
      // The four network words first: few clauses have one, and the clean phrases are many.
      if (w.containsAny(NETWORK_WORDS)
          && w.containsAny(FOUND_CLEAN)
          && !namesATeam(w, generic.get(networkGeneric))
          && noneNamed(nameCues.firstPositions(w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The network named as such: its other generic cues ("latency", "switch") name what was measured
   * more often than the network ("query latency was normal").
   */
  private static final List<String> NETWORK_WORDS =
      List.of("network", "networks", "networking", "connectivity");

  /** What a check that found nothing says. */
  private static final List<String> FOUND_CLEAN =
      Stream.concat(
              FOUND_HEALTHY.stream(),
              Stream.of(
                  "no issue*",
                  "no fault*",
                  "no problem*",
                  "no error*",
                  "no anomal*",
                  "seemed clean",
                  "was clean",
                  "looked clean",
                  "came back clean",
                  "found nothing",
                  "showed nothing",
                  "showed no",
                  "found no",
                  "revealed no"))
          .toList();

  /** Words of a fix tried. */
  private static final List<String> ATTEMPTS = List.of("attempt*", "tried", "tries", "trying");

  private static final List<String> PEOPLE =
      List.of(
          "team",
          "teams",
          "engineer*",
          "admin*",
          "administrator*",
          "developer*",
          "experts",
          "specialist*",
          "group");

  /** "not a DDoS attack": the negation is about the hypothesis, not about something it did. */
  private static boolean mentionIsTheSubject(Words clause, int at) {
    String before = clause.text().substring(0, at);
    return before.endsWith(" not a ")
        || before.endsWith(" not an ")
        || before.endsWith(" not the ")
        || (before.endsWith(" not ") && !negatesAVerb(before))
        || before.endsWith(" no ")
        || before.endsWith(" wasn't ")
        || before.endsWith(" wasn't a ")
        || before.endsWith(" isn't the ")
        || before.endsWith(" ruled out ")
        || before.endsWith(" ruled out the ")
        || before.endsWith(" ruled out a ")
        || before.endsWith(" rule out ");
  }

  /**
   * Whether the "not" that {@code before} ends with follows a modal or "do", so that what comes
   * next is a verb: "all users could not log in" tells a symptom, it rules out no login fault.
   */
  private static boolean negatesAVerb(String before) {
    String rest = before.substring(0, before.length() - " not ".length());
    int space = rest.lastIndexOf(' ');
    return VERB_BEFORE_NOT.contains(rest.substring(space + 1));
  }

  /** Words after which "not" negates a verb rather than a name. */
  private static final Set<String> VERB_BEFORE_NOT =
      Set.of(
          "could", "can", "would", "will", "should", "might", "may", "must", "did", "does", "do");

  private static boolean readable(SectionKind kind) {
    return switch (kind) {
      case CORRECTIVE_ACTIONS, TASKS, LESSONS_LEARNED, IMPACT -> false;
      default -> true;
    };
  }
}
