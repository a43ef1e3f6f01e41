package dev.recur.analyzers.cause;

import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.cause.Statement.Clause;
import dev.recur.analyzers.cause.Statement.Stance;
import dev.recur.analyzers.taxonomy.CueIndex;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.taxonomy.Term;
import dev.recur.analyzers.taxonomy.Words;
import dev.recur.core.Extractor;
import dev.recur.core.RecordDraft;
import dev.recur.core.RootCause;
import dev.recur.core.SectionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the primary root cause as a fault and a component of the taxonomy. Every asserted clause
 * votes: the taxonomy's cue phrases it contains and the trained categorizers' probabilities for its
 * sentence, weighted by where the sentence stands (the root-cause section first, then the summary,
 * resolution and conclusion) and by whether it is phrased as a finding ("the root cause was",
 * "caused by"). Clauses that only suspect a cause or deny it do not vote, so "not a DDoS" and "we
 * first thought the database" never become the cause. With no vote strong enough the fault is
 * {@code unknown} with low confidence. Stateless and thread-safe.
 */
public final class RootCauseExtractor implements Extractor {

  /** Weight of the categorizer's probability against one cue hit. */
  static final double MODEL_WEIGHT = 2.0;

  /**
   * Below this total vote the text is taken to say nothing about the cause. It grows with {@link
   * #MODEL_WEIGHT}: the categorizers' spread-out guesses on sentences that name no cause must not
   * add up to a verdict where the text gives none. Half a model vote: on the tuning sets a weakly
   * told cause ("Apache was not running", "the eviction plan was set to 'eject all'") was right
   * more often than the unknown a higher bar gave (1.125 votes: 4 faults fewer), and an author who
   * says the cause is unknown already discounts every vote far below it.
   */
  static final double MIN_EVIDENCE = 0.5 * MODEL_WEIGHT;

  /**
   * What the categorizer's fault probability must exceed to count in a sentence that names no
   * fault: its guesses there lean towards the fault it saw most in training (misconfiguration), and
   * many such sentences under a root-cause heading would otherwise add up to a verdict.
   */
  static final double GUESS_FLOOR = 0.1;

  /**
   * The votes a component needs to be kept when the fault stays unknown, nearly twice {@link
   * #MIN_EVIDENCE}: a part the text names as where it broke in more than a sentence or two. Below
   * it the component is {@code other}, as with no evidence at all. Chosen on the tuning sets (4
   * over 8 and 12).
   */
  static final double COMPONENT_WITHOUT_FAULT = 2 * MODEL_WEIGHT;

  private final TextModels text;
  private final CauseModels models;
  private final Taxonomy taxonomy;
  private final CueIndex faultIndex;
  private final CueIndex componentIndex;

  /** Where the deployment fault stands in {@link #faultIndex}; -1 when the taxonomy lacks it. */
  private final int deploymentTerm;

  /** A root-cause step reading with these models and this taxonomy. */
  public RootCauseExtractor(TextModels text, CauseModels models, Taxonomy taxonomy) {
    this.text = Objects.requireNonNull(text, "text");
    this.models = Objects.requireNonNull(models, "models");
    this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    this.faultIndex = CueIndex.of(taxonomy.faults());
    this.componentIndex = CueIndex.of(taxonomy.components());
    this.deploymentTerm = position(faultIndex, DEPLOYMENT);
  }

  @Override
  public String name() {
    return "root-cause";
  }

  @Override
  public void contribute(RecordDraft draft) {
    draft.rootCause(decide(Statements.of(draft, text)));
  }

  RootCause decide(List<Statement> statements) {
    CauseModels.Categorizer categorizer = models.categorizer();
    Map<String, Double> faultVotes = new LinkedHashMap<>();
    Map<String, Double> componentVotes = new LinkedHashMap<>();
    List<Vote> votes = new ArrayList<>();
    Set<SectionKind> kinds = kinds(statements);
    boolean causeSection = kinds.contains(SectionKind.ROOT_CAUSE);
    // No statement under a heading: a short summary told in a paragraph or two, where every
    // sentence may tell the cause and the categorizers read them all.
    boolean headingless = kinds.equals(EnumSet.of(SectionKind.OTHER));
    boolean undetermined = statesCauseUnknown(statements, causeSection);
    // "Root cause: Unknown." The author's one-word verdict stands over what the section goes on to
    // list: the checks made, the guesses not proven. Such a verdict is one of the ways the author
    // says the cause is unknown, so only then is it looked for.
    boolean verdictUnknown =
        undetermined
            && causeSection
            && statements.stream().anyMatch(RootCauseExtractor::headlineUnknown);
    boolean[] told = causeSection ? new boolean[statements.size()] : causeTold(statements);
    // "Typo discovered in an include command of /var/www/html/wp-settings.php": the "typo in a
    // settings file" another sentence tells is that file's, a bug by the labelling conventions.
    boolean slipInSource = someStatementNamesEach(statements, List.of(SLIPS, SOURCE_FILES));
    boolean wordpress = someStatementNamesEach(statements, List.of(WORDPRESS));
    boolean bugNamed = false;
    boolean rolloutFailed = false;
    boolean exhaustionExplained = false;
    boolean loadBlamed = false;
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      double placeWeight = placeWeight(s);
      if (placeWeight <= 0) {
        continue;
      }
      if (told[i]) {
        placeWeight = Math.max(placeWeight, kindWeight(SectionKind.ROOT_CAUSE));
      }
      double weight = faultWeight(s, placeWeight);
      // A fix ("To fix it, we raised the misconfigured limits") tells what was changed, not what
      // ran out; faultWeight lowers the weight of such a sentence and of no other.
      boolean fix =
          weight < placeWeight
              || s.kind() == SectionKind.RESOLUTION
              || s.kind() == SectionKind.CORRECTIVE_ACTIONS;
      if (undetermined && (s.words().containsAny(ASKED_FOR_HELP) || headlineUnknown(s))) {
        // "A ticket is open with the cache vendor": beside a cause the author says is not known,
        // whom they asked for help names no cause.
        continue;
      }
      if (undetermined && (s.kind() != SectionKind.ROOT_CAUSE || !causeSection)) {
        // The author says the cause is not known: "the fix took minutes to roll out" in the
        // resolution names no cause to make up for it.
        weight *= UNDETERMINED_DISCOUNT;
      }
      List<Words> asserted = assertedClauses(s);
      if (asserted.isEmpty()) {
        continue;
      }
      Vote vote = new Vote(s);
      // Once one sentence blames the load, no other needs reading for it.
      loadBlamed = loadBlamed || anyNames(asserted, LOAD_BLAMED);
      Map<String, Double> faultCues = cueVotes(asserted, faultIndex);
      Map<String, Double> namedComponents = cueVotes(asserted, componentIndex);
      // In the story of a WordPress site, a slip in "the configuration file" that names no server
      // is in the site's own PHP settings: the .phpp case, a bug by the labelling conventions.
      boolean siteSettingsSlip = wordpress && namedComponents.isEmpty();
      if (!slipInSource && !siteSettingsSlip) {
        faultCues = configSlips(asserted, faultCues);
      }
      bugNamed |= faultCues.containsKey(SOFTWARE_BUG);
      rolloutFailed |= faultCues.containsKey(DEPLOYMENT) && failedRollout(asserted);
      Map<String, Double> componentCues = new LinkedHashMap<>(namedComponents);
      if (componentCues.size() > 1) {
        // "The application's health check on the load balancer": the service's own code is named
        // in almost every sentence; beside a more specific part it is mostly the setting.
        componentCues.computeIfPresent(APPLICATION, (k, v) -> v * BESIDE_SPECIFIC_PART);
        for (String host : namedOnlyAsHost(asserted, componentIndex)) {
          componentCues.computeIfPresent(host, (k, v) -> v * BESIDE_SPECIFIC_PART);
        }
      }
      if (componentCues.isEmpty() && anyNames(asserted, PLAIN_SERVERS)) {
        // "The servers could not handle the surge", no part named: by the labelling conventions
        // the web server, the one a postmortem without names means.
        componentCues.put(WEB_SERVER, PLAIN_SERVER_CUE);
      }
      if (componentCues.containsKey(AUTH) && onlyFilePermissions(asserted, componentIndex)) {
        componentCues.remove(AUTH);
      }
      // "a load balancer misconfiguration", "a bug in the cache layer": the fault's own place.
      for (String c : boundComponents(asserted, faultIndex, componentIndex)) {
        componentCues.merge(c, BOUND_BONUS, Double::sum);
      }
      if (anyNames(asserted, OS_LIMITS)) {
        // "a file-descriptor ulimit of 1024 instead of 65536" explains "ran out of descriptors".
        exhaustionExplained |= !fix && faultCues.containsKey(MISCONFIGURATION);
        // "nginx's open-file limit was too low": the limit is the operating system's, whichever
        // program ran into it.
        componentCues.merge(OS, BOUND_BONUS, Double::sum);
      }
      // The categorizers read only sentences that can matter: ones that name a taxonomy value or
      // stand in the root-cause section. Elsewhere their spread-out guesses would only add noise.
      String[] words = s.words().text().strip().split(" ");
      boolean read =
          (!faultCues.isEmpty()
                  || !componentCues.isEmpty()
                  || s.kind() == SectionKind.ROOT_CAUSE
                  || told[i]
                  || headingless)
              && !repetitive(words);
      // "The cause could not be determined" is no guess at a fault, whatever words it has; and once
      // the author says so, a sentence naming no fault is read as the symptom it mostly is.
      boolean guess =
          read && !(faultCues.isEmpty() && (undetermined || saysUndetermined(s.words())));
      Map<String, Double> faultP = guess ? categorizer.faults(afterCause(words)) : Map.of();
      for (Recast r : RECASTS) {
        // Most statements give the fault a recast moves no vote at all: nothing to match then.
        boolean voted = faultCues.containsKey(r.from()) || faultP.containsKey(r.from());
        if (voted && r.applies(asserted)) {
          // A recast from capacity found what made the resource run out.
          exhaustionExplained |= !fix && r.from().equals(CAPACITY);
          faultCues = moved(faultCues, r.from(), r.to());
          faultP = moved(faultP, r.from(), r.to());
        }
      }
      Map<String, Double> componentP =
          read ? categorizer.components(beforeConsequence(s.words(), words)) : Map.of();
      if (anyNames(asserted, CONNECTION_LEAKS)) {
        // "A database connection leak": the database is what was leaked from; the bug is in the
        // code that opened the connections and never gave them back.
        componentCues = moved(componentCues, DATABASE, APPLICATION);
        componentP = moved(componentP, DATABASE, APPLICATION);
      }
      double floor = faultCues.isEmpty() ? GUESS_FLOOR : 0.0;
      for (Term fault : taxonomy.faults()) {
        double v =
            faultCues.getOrDefault(fault.id(), 0.0)
                + MODEL_WEIGHT * Math.max(0.0, faultP.getOrDefault(fault.id(), 0.0) - floor);
        if (fault.id().equals(RootCause.UNKNOWN_FAULT)) {
          continue;
        }
        vote.faults.put(fault.id(), weight * v);
        faultVotes.merge(fault.id(), weight * v, Double::sum);
      }
      for (Term component : taxonomy.components()) {
        double v =
            componentCues.getOrDefault(component.id(), 0.0)
                + MODEL_WEIGHT * componentP.getOrDefault(component.id(), 0.0);
        vote.components.put(component.id(), placeWeight * v);
        componentVotes.merge(component.id(), placeWeight * v, Double::sum);
      }
      votes.add(vote);
    }
    if (exhaustionExplained && !loadBlamed) {
      // "The service's memory climbed until its containers were OOM-killed" beside "the leak came
      // from a listener never removed" elsewhere: once a leak, a limit set too low or slow queries
      // explain what ran out, and no sentence blames the load, the exhaustion is their symptom.
      faultVotes.computeIfPresent(CAPACITY, (k, v) -> v * EXPLAINED_EXHAUSTION);
    }
    if (bugNamed && !rolloutFailed) {
      // "The new version of the library had a leak": a rollout that only carried a bug in is the
      // bug's, by the labelling conventions; the upgrade is where it came from.
      faultVotes.computeIfPresent(DEPLOYMENT, (k, v) -> v * CARRIED_BUG);
    }
    Optional<Map.Entry<String, Double>> fault = best(faultVotes);
    // Without a root-cause section every vote comes from sections that count for less (a summary,
    // a timeline entry), so a single named fault there must be enough.
    double minEvidence =
        causeSection ? MIN_EVIDENCE : headingless ? HEADINGLESS_EVIDENCE : MIN_EVIDENCE / 2;
    if (fault.isEmpty() || fault.get().getValue() < minEvidence || verdictUnknown) {
      // The two axes are read apart: "the broker stopped delivering and we never learned why"
      // names where it broke without what broke, and a component named that often is no guess.
      String kept =
          best(componentVotes)
              .filter(e -> e.getValue() >= COMPONENT_WITHOUT_FAULT)
              .map(Map.Entry::getKey)
              .orElse(RootCause.OTHER_COMPONENT);
      return new RootCause(RootCause.UNKNOWN_FAULT, kept, 0.05, Optional.empty());
    }
    String faultId = fault.get().getKey();
    Vote evidence =
        votes.stream()
            .max(
                (a, b) ->
                    Double.compare(
                        a.faults.getOrDefault(faultId, 0.0), b.faults.getOrDefault(faultId, 0.0)))
            .orElseThrow();
    // The component named in the evidence sentence counts double: the fault lives there.
    Map<String, Double> components = new LinkedHashMap<>(componentVotes);
    evidence.components.forEach((c, v) -> components.merge(c, v, Double::sum));
    Optional<Map.Entry<String, Double>> component = best(components);
    String componentId =
        component
            .filter(e -> e.getValue() >= MIN_EVIDENCE / 2)
            .map(Map.Entry::getKey)
            .orElse(RootCause.OTHER_COMPONENT);
    double confidence = confidence(faultVotes, fault.get().getValue());
    return new RootCause(faultId, componentId, confidence, Optional.of(evidence.statement.text()));
  }

  /**
   * Whether a sentence repeats a few words over and over ("word word word ..."): the categorizers
   * count every occurrence, so such a text would talk them into a confident guess it gives no
   * ground for.
   */
  static boolean repetitive(String[] words) {
    if (words.length < REPETITIVE_MIN_WORDS) {
      return false;
    }
    return Arrays.stream(words).distinct().count() * 3 < words.length;
  }

  /** Shorter sentences may repeat a word or two ("down, down, down") and still say something. */
  static final int REPETITIVE_MIN_WORDS = 6;

  /**
   * Which statements tell the cause in a document without a root-cause section: a sentence that
   * announces a finding ("The actual cause was in our own firewall.") and the next {@link
   * #TOLD_AFTER} sentences of the same kind, which usually say what the finding was. They count as
   * a root-cause section would, and the categorizers read them. Asked only of such a document.
   */
  static boolean[] causeTold(List<Statement> statements) {
    boolean[] told = new boolean[statements.size()];
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      if (!s.words().containsAny(FINDINGS) || remedial(s.words())) {
        continue;
      }
      for (int j = i; j < statements.size() && j <= i + TOLD_AFTER; j++) {
        if (statements.get(j).kind() == s.kind()) {
          told[j] = true;
        }
      }
    }
    return told;
  }

  /**
   * The bar for a verdict in a paragraph without headings, which is all the text there is: the
   * votes of one cue, or of one sentence whose fault the categorizers give about a third of their
   * belief (four times an even share), reach it. Symptoms alone ("the site was slow and customers
   * complained") score nothing, so they stay unknown.
   */
  static final double HEADINGLESS_EVIDENCE = 0.3;

  /** The section kinds the statements stand in, read once per parse. */
  private static Set<SectionKind> kinds(List<Statement> statements) {
    Set<SectionKind> kinds = EnumSet.noneOf(SectionKind.class);
    for (Statement s : statements) {
      kinds.add(s.kind());
    }
    return kinds;
  }

  /** How many sentences after a finding are read as telling it. */
  static final int TOLD_AFTER = 2;

  /**
   * Whether the root-cause section says the cause is not known ("could not be determined", "still
   * under investigation"): the verdict must then come from that section, if from anywhere. Without
   * such a section, the saying counts wherever it stands, and every vote is discounted.
   */
  static boolean statesCauseUnknown(List<Statement> statements, boolean causeSection) {
    for (Statement s : statements) {
      if ((!causeSection || s.kind() == SectionKind.ROOT_CAUSE)
          && (saysUndetermined(s.words()) || headlineUnknown(s))) {
        return true;
      }
    }
    return false;
  }

  /** Asking someone to find the cause: "we opened a case with the vendor". */
  static final List<String> ASKED_FOR_HELP =
      List.of(
          "opened a case",
          "opened a ticket",
          "opened a support",
          "ticket is open",
          "case is open",
          "ticket open",
          "case open",
          "raised a ticket",
          "raised a case",
          "filed a ticket",
          "filed a case",
          "support ticket",
          "support case",
          "when the vendor responds",
          "waiting for the vendor",
          "waiting on the vendor");

  /** A root-cause section that says in one word that the cause is not known: "Undetermined." */
  static boolean headlineUnknown(Statement s) {
    String t = s.words().text().strip();
    return s.kind() == SectionKind.ROOT_CAUSE && UNKNOWN_HEADLINES.contains(t);
  }

  private static final Set<String> UNKNOWN_HEADLINES =
      Set.of(
          "undetermined", "undetermined .", "unknown", "unknown .", "not determined", "not known");

  /**
   * What votes outside the root-cause section count when that section says the cause is unknown.
   */
  static final double UNDETERMINED_DISCOUNT = 0.25;

  /**
   * Whether {@code words} say the cause is not (yet) known. Asked of nearly every sentence, so the
   * few words every such wording holds are looked for first.
   */
  static boolean saysUndetermined(Words words) {
    String text = words.text();
    for (String stem : UNDETERMINED_STEMS) {
      if (text.contains(stem)) {
        return words.containsAny(UNDETERMINED);
      }
    }
    return false;
  }

  /** One of these is part of every wording of {@link #UNDETERMINED}. */
  static final List<String> UNDETERMINED_STEMS =
      List.of(
          "determin",
          "identif",
          "found",
          "know",
          "unclear",
          "investigat",
          "establish",
          "without a root");

  /** Wording that says the cause is not (yet) known. */
  static final List<String> UNDETERMINED =
      List.of(
          "could not be determined",
          "cannot be determined",
          "can not be determined",
          "not been determined",
          "not yet been determined",
          "not yet determined",
          "could not determine",
          "couldn't determine",
          "could not identify",
          "couldn't identify",
          "have not identified",
          "haven't identified",
          "has not been identified",
          "hasn't been identified",
          "have not yet found",
          "haven't yet found",
          "not yet found",
          "without a root cause",
          "cause not found",
          "cause not determined",
          "cause not yet determined",
          "have not found why",
          "haven't found why",
          "have not found the cause",
          "haven't found the cause",
          // "The cause was never found", "we never established why": a past that stayed so.
          "never found the cause",
          "never found why",
          "cause was never found",
          "cause was never identified",
          "cause was never determined",
          "never established why",
          "cause was not found",
          "no root cause was found",
          "root cause undetermined",
          "cause undetermined",
          "cause is undetermined",
          "cause remains undetermined",
          "cause was undetermined",
          "don't currently know",
          "do not currently know",
          // Why, not when or how: "we don't yet know when the index went bad" leaves the cause of
          // the outage told.
          "do not know why",
          "don't know why",
          "do not yet know why",
          "don't yet know why",
          "unable to determine",
          "could not be identified",
          "not been identified",
          "not yet been identified",
          "not yet identified",
          "unable to identify",
          "cause is unknown",
          "cause remains unknown",
          "cause is still unknown",
          "cause is not known",
          "cause is not yet known",
          "cause remains unclear",
          "cause is still unclear",
          "cause is unclear",
          "still under investigation",
          // An interim report: "Root cause under investigation", "we do not know what caused the
          // restarts", "we have not yet established why", "what we don't know is why".
          "cause under investigation",
          "cause is under investigation",
          "cause remains under investigation",
          "do not know what caused",
          "don't know what caused",
          "do not yet know what caused",
          "don't yet know what caused",
          "not yet established why",
          "have not established why",
          "haven't established why",
          "not yet established the cause",
          "not established the cause",
          "do not know is why",
          "don't know is why",
          "do not yet know is why",
          "don't yet know is why",
          "still being investigated",
          "investigation is still open",
          "investigation is ongoing",
          "investigation is still ongoing");

  /** Share of the fault vote the winner holds, scaled down when the evidence is thin. */
  private static double confidence(Map<String, Double> votes, double best) {
    double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
    double share = total <= 0 ? 0 : best / total;
    double strength = Math.min(1.0, best / 6.0);
    return Math.max(0.05, Math.min(0.99, 0.5 * share + 0.5 * strength));
  }

  private static Optional<Map.Entry<String, Double>> best(Map<String, Double> votes) {
    Map.Entry<String, Double> best = null;
    for (Map.Entry<String, Double> e : votes.entrySet()) {
      if (best == null || e.getValue() > best.getValue()) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * One vote for each term a clause names without denying it. A cue inside a longer cue of another
   * term ("api" inside "payments api", "application" inside "web application firewall") gives way
   * to the longer one.
   */
  static Map<String, Double> cueVotes(List<Words> clauses, CueIndex cues) {
    List<Term> terms = cues.terms();
    Map<String, Double> out = new LinkedHashMap<>();
    for (Words clause : clauses) {
      List<List<int[]>> spans = cues.spans(clause);
      int consequence = Math.min(firstConsequence(clause), occasion(clause, cues));
      int finding = findingStart(clause);
      for (int i = 0; i < terms.size(); i++) {
        String id = terms.get(i).id();
        boolean deployment = id.equals(DEPLOYMENT);
        boolean expiry = id.equals(EXPIRY);
        boolean capacity = id.equals(CAPACITY);
        for (int[] span : spans.get(i)) {
          // "Analyzing the logs revealed that ...": how the cause was found is not the cause.
          if (span[0] >= finding
              && !Hedges.deniedBefore(clause, span[0])
              && !covered(span, i, spans)) {
            // What a cause led to is a symptom: it votes, but less than the cause itself.
            double v = span[0] > consequence ? CONSEQUENCE_WEIGHT : 1.0;
            if (expiry && timerRunOut(clause.text(), span[0])) {
              continue;
            }
            if (capacity
                && (scaledDown(clause.text(), span[1]) || searchExhausted(clause.text(), span))) {
              continue;
            }
            if (deployment && routine(clause.text(), span[0])) {
              v *= ROUTINE_WEIGHT;
            }
            out.merge(id, v, Math::max);
          }
        }
      }
    }
    return out;
  }

  /**
   * Whether the cue at {@code at} names routine work rather than its failure: "we upgraded the
   * library", "the new version", "a patch", "the migration". Such work is the occasion of most
   * incidents; it is the fault only when the text says the work itself went wrong, which other cues
   * ("failed rollout", "botched upgrade", "without testing") say at full weight.
   */
  static boolean routine(String text, int at) {
    for (String activity : ROUTINE_WORK) {
      if (text.startsWith(activity, at)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a clause names a rollout that itself went wrong, not only routine work. */
  boolean failedRollout(List<Words> clauses) {
    if (deploymentTerm < 0) {
      return false;
    }
    for (Words clause : clauses) {
      for (int[] span : faultIndex.spans(clause).get(deploymentTerm)) {
        if (!routine(clause.text(), span[0])) {
          return true;
        }
      }
    }
    return false;
  }

  static final String DEPLOYMENT = "deployment";

  static final String CAPACITY = "capacity";

  static final String DEPENDENCY = "dependency";

  static final String NETWORK = "network";

  static final String EXPIRY = "expiry";

  /** Where the term {@code id} stands among {@code cues}' terms; -1 when a taxonomy lacks it. */
  static int position(CueIndex cues, String id) {
    for (int i = 0; i < cues.terms().size(); i++) {
      if (cues.terms().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * What the deployment vote keeps in a document that names a bug and no failed rollout: many
   * routine mentions of the upgrade that brought the bug in must not outweigh the bug.
   */
  static final double CARRIED_BUG = 0.3;

  /** What is left of capacity's votes when the document tells what made a resource run out. */
  static final double EXPLAINED_EXHAUSTION = 0.3;

  /** What a cue naming routine work counts against one naming a failure. */
  static final double ROUTINE_WEIGHT = 0.5;

  /** Deployment cues that name routine work, not a failed rollout; see {@link #routine}. */
  static final List<String> ROUTINE_WORK =
      List.of(
          "version",
          "new version",
          "new release",
          "upgrade",
          "upgrading",
          "migration",
          "reboot",
          "patch",
          "rollout",
          "roll out",
          "rolled out",
          "software update",
          "system update",
          "routine update",
          "package update",
          "os update",
          "kernel update",
          "automatic update",
          "automated update",
          "canary");

  /**
   * Whether a "scale" cue ending at {@code end} tells something scaled down rather than short of
   * room: "scaled both deployments to zero", "scaling back to six", "scale in". Taking capacity
   * away is an action, most often an operator's or a fix's; a service that could not scale up is
   * what the cue is for.
   */
  static boolean scaledDown(String text, int end) {
    if (end <= 4 || !text.startsWith("scal", text.lastIndexOf(' ', end - 1) + 1)) {
      return false;
    }
    String after = text.substring(end, Math.min(text.length(), end + 40));
    return SCALED_DOWN.matcher(after).lookingAt();
  }

  /**
   * Whether a capacity cue at {@code span} tells a search that ran out, not a resource: "until we
   * exhaust our leads", "we ran out of ideas", "having exhausted the obvious explanations".
   */
  static boolean searchExhausted(String text, int[] span) {
    if (!text.startsWith("exhaust", span[0]) && !text.startsWith("ran out", span[0])) {
      return false;
    }
    String after = text.substring(span[1], Math.min(text.length(), span[1] + 50));
    return EXHAUSTED_SEARCH.matcher(after).lookingAt();
  }

  private static final Pattern EXHAUSTED_SEARCH =
      Pattern.compile(
          "(?: [\\w-]{1,20}){0,3}? (?:leads?|options?|avenues?|possibilit(?:y|ies)|ideas?"
              + "|hypothes[ie]s|theor(?:y|ies)|suspects?|explanations?|guesses)\\b");

  private static final Pattern SCALED_DOWN =
      Pattern.compile(
          " (?:[\\w-]{1,20} ){0,3}?(?:to (?:zero|0)\\b|down\\b|back\\b|in\\b)|[^.]{0,20}--replicas ?= ?0\\b");

  /**
   * Whether an expiry cue at {@code at} is a timer or a message running out ("until their timeouts
   * expired", "messages started expiring"): routine behaviour, not an expired certificate or
   * domain.
   */
  static boolean timerRunOut(String text, int at) {
    if (!text.startsWith("expir", at)) {
      return false;
    }
    int from = Math.max(0, at - 40);
    String before = text.substring(from, at);
    for (String timer : TIMERS) {
      if (before.contains(timer)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> TIMERS =
      List.of(
          " timeout ",
          " timeouts ",
          " timer ",
          " timers ",
          " ttl ",
          " ttls ",
          " lease ",
          " leases ",
          " message ",
          " messages ",
          " cache entries ",
          " keys ");

  /**
   * A typo or syntax error in a configuration file is a misconfiguration, not a software bug ("a
   * syntax error in the Nginx configuration file", "a typo in the rewrite directive"); one in a
   * source file stays a bug ("a typo in wp-settings.php"). Moves the software-bug vote of such a
   * clause to misconfiguration.
   */
  static Map<String, Double> configSlips(List<Words> clauses, Map<String, Double> faultCues) {
    Double bug = faultCues.get(SOFTWARE_BUG);
    if (bug == null || !CONFIG_SLIP.applies(clauses)) {
      return faultCues;
    }
    // The cue only, and the stronger of the two: the recasts below move the categorizers' belief
    // as well, this convention never did.
    Map<String, Double> out = new LinkedHashMap<>(faultCues);
    out.remove(SOFTWARE_BUG);
    out.merge(MISCONFIGURATION, bug, Math::max);
    return out;
  }

  /**
   * A fault the words of a clause suggest that the labelling conventions file under another, when
   * the clause also has every one of {@code allOf}'s word groups and none of {@code noneOf}.
   *
   * @param from the fault the words suggest
   * @param to the fault the conventions give
   */
  record Recast(List<List<String>> allOf, List<String> noneOf, String from, String to) {
    boolean applies(List<Words> clauses) {
      for (Words clause : clauses) {
        if (namesEach(clause, allOf) && !clause.containsAny(noneOf)) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code votes} with the vote for {@code from} added to that for {@code to}. */
  static Map<String, Double> moved(Map<String, Double> votes, String from, String to) {
    Double v = votes.get(from);
    if (v == null) {
      return votes;
    }
    Map<String, Double> out = new LinkedHashMap<>(votes);
    out.remove(from);
    out.merge(to, v, Double::sum);
    return out;
  }

  /**
   * Whether every auth cue of the clauses is a permission of a file or directory ("wrong
   * permissions on the configuration file"): that is the file system's access, not authentication,
   * and the fault lives where the file belongs.
   */
  static boolean onlyFilePermissions(List<Words> clauses, CueIndex components) {
    int auth = position(components, AUTH);
    boolean any = false;
    for (Words clause : clauses) {
      List<int[]> spans = auth < 0 ? List.of() : components.spans(clause).get(auth);
      if (spans.isEmpty()) {
        continue;
      }
      if (!clause.containsAny(FILE_PERMISSIONS)) {
        return false;
      }
      for (int[] span : spans) {
        if (!clause.text().startsWith("permission", span[0])) {
          return false;
        }
      }
      any = true;
    }
    return any;
  }

  /**
   * The components a clause names only as the name of a machine ("the disk on the primary database
   * host", "a disk failure in the database cluster"): the part that failed is the one on that
   * machine, which the clause names too.
   */
  static List<String> namedOnlyAsHost(List<Words> clauses, CueIndex components) {
    List<String> out = new ArrayList<>();
    List<Term> terms = components.terms();
    for (int i = 0; i < terms.size(); i++) {
      boolean named = false;
      boolean asHostOnly = true;
      for (Words clause : clauses) {
        for (int[] span : components.spans(clause).get(i)) {
          named = true;
          asHostOnly &= opensWithAny(clause.text(), span[1], MACHINES);
        }
      }
      if (named && asHostOnly) {
        out.add(terms.get(i).id());
      }
    }
    return out;
  }

  /** Words that make the component name before them the name of a machine. */
  static final List<String> MACHINES =
      // Not "cluster", "node" or "instance": "the Kafka cluster filled its disks" names the queue.
      List.of(
          "host", "hosts", "server", "servers", "machine", "machines", "box", "boxes", "vm", "vms");

  static final String AUTH = "auth";

  static final String WEB_SERVER = "web-server";

  /** A server told without what it serves: too generic to be a cue of its own. */
  static final List<String> PLAIN_SERVERS = List.of("server", "servers");

  /**
   * What a plain server counts for the web server in a sentence that names no part: a quarter of a
   * cue, so that any part named elsewhere, or the categorizer's reading of the sentence, outweighs
   * it. Chosen on the tuning sets (0.1 to 1; 0.25 gained the most components, 4).
   */
  static final double PLAIN_SERVER_CUE = 0.25;

  static final String APPLICATION = "application";

  /** What an application cue counts in a clause that also names another component. */
  static final double BESIDE_SPECIFIC_PART = 0.6;

  static final String OS = "os";

  /** Whether any of the clauses has any of the phrases. */
  static boolean anyNames(List<Words> clauses, List<String> phrases) {
    for (Words clause : clauses) {
      if (clause.containsAny(phrases)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Limits the operating system sets per process or user (ulimits, open files); too low, they are a
   * misconfiguration of the os by the labelling conventions.
   */
  static final List<String> OS_LIMITS =
      List.of(
          "ulimit*",
          "file descriptor*",
          "open files",
          "open file limit*",
          "open-file limit*",
          "nofile",
          "limits.conf",
          "max user processes");

  static final String DATABASE = "database";

  /**
   * A leak of connections, told the ways authors tell it. Not "connections were not released": that
   * is as often a pool set up wrong as code that forgot them.
   */
  static final List<String> CONNECTION_LEAKS =
      List.of(
          "connection leak*",
          "connections leak*",
          "leaking connections",
          "leaking database connections",
          "leaked connections",
          "leaked database connections",
          "never closed",
          "never closes",
          "never closing",
          "without closing");

  /** Phrases that make "permissions" those of files. */
  static final List<String> FILE_PERMISSIONS =
      List.of(
          "file permission*",
          "directory permission*",
          "folder permission*",
          "permissions on the",
          "permissions on a",
          "permissions of the",
          "ownership",
          "chmod",
          "chown");

  static final String SOFTWARE_BUG = "software-bug";

  static final String MISCONFIGURATION = "misconfiguration";

  /** Slips of the pen, which are bugs or misconfigurations by the file they are in. */
  static final List<String> SLIPS =
      List.of(
          "typo",
          "typos",
          "syntax error*",
          "syntax problem*",
          "misspel*",
          "typing error*",
          "typographical error*",
          "mistake in typing",
          "typing mistake*",
          "spelling error*",
          "missing semicolon");

  /** Words that place a slip in configuration. */
  static final List<String> CONFIG_PLACES =
      List.of(
          "configuration",
          "configurations",
          "config",
          "configs",
          "setting",
          "settings",
          "directive*",
          "sites available",
          "sites enabled",
          "nginx.conf",
          "apache2.conf",
          "httpd.conf",
          "zone file",
          "connection string*",
          "environment variable*",
          "dns record*",
          "routing rule*",
          "rule*");

  /**
   * Words that call something configuration: its places, and the author's word for a mistake in it
   * ("a misconfiguration in wp-settings.php").
   */
  static final List<String> CONFIG_WORDS =
      Stream.concat(CONFIG_PLACES.stream(), Stream.of("misconfigur*")).toList();

  /**
   * Words that place a slip in code, where it is a bug whatever the author calls the file; a
   * misspelled file name or extension is the WordPress {@code .phpp} kind, a bug too, and so is a
   * slip in "the WordPress configuration": its settings are PHP files.
   */
  static final List<String> CODE_PLACES =
      List.of(
          ".php",
          ".phpp",
          "php",
          "wordpress",
          "word press",
          "source code",
          "code",
          "codebase",
          "script*",
          ".js",
          ".py",
          "filename*",
          "file name*",
          "file extension*",
          "extension",
          "file path*");

  /** Whether one statement of the document has a cue of every one of {@code groups}. */
  static boolean someStatementNamesEach(List<Statement> statements, List<List<String>> groups) {
    for (Statement s : statements) {
      if (namesEach(s.words(), groups)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code words} have a cue of every one of {@code groups}; a loop, not a stream, since it
   * runs for every clause of every statement.
   */
  static boolean namesEach(Words words, List<List<String>> groups) {
    for (List<String> group : groups) {
      if (!words.containsAny(group)) {
        return false;
      }
    }
    return true;
  }

  /** Words that tell the site is WordPress, whose settings are PHP source files. */
  static final List<String> WORDPRESS =
      List.of("wordpress", "word press", "wp settings*", "wp config*", ".php", ".phpp");

  /**
   * Application source files, by extension or by language: "a misconfigured file extension in one
   * of the PHP files" places the slip in code as surely as "wp-settings.php" does.
   */
  static final List<String> SOURCE_FILES =
      List.of(
          ".php",
          ".phpp",
          ".py",
          ".js",
          ".rb",
          ".java",
          ".ts",
          "php file*",
          "php code*",
          "wp settings*",
          "php script*",
          "python file*",
          "python script*",
          "javascript file*",
          "source file*",
          "source code file*");

  /** Configuration files of servers, which may well name a source file. */
  static final List<String> SERVER_CONFIG_FILES =
      List.of(
          ".conf",
          ".cfg",
          ".ini",
          ".yaml",
          ".yml",
          "sites available",
          "sites enabled",
          "directive*");

  /** The clauses {@link #configSlips} reads: a slip of the pen in configuration, not in code. */
  static final Recast CONFIG_SLIP =
      new Recast(List.of(SLIPS, CONFIG_PLACES), CODE_PLACES, SOFTWARE_BUG, MISCONFIGURATION);

  /** Words that blame the load, which keep an exhaustion the load's. */
  static final List<String> LOAD_BLAMED =
      List.of("traffic", "surge*", "spike*", "load test*", "influx");

  /** {@link #LOAD_BLAMED} without plain traffic: a sudden rise, not the load of an ordinary day. */
  static final List<String> SURGES = List.of("surge*", "spike*", "load test*", "influx");

  /** Limits an operator sets: too low, they are a setting, whatever ran out at them. */
  static final List<String> SETTABLE_LIMITS =
      List.of(
          "limit*",
          "pool",
          "pool size",
          "max connections",
          "max_connections",
          "maxconn",
          "worker_connections",
          "maxclients",
          "max clients");

  /** Third parties whose own network or machines may fail under a customer. */
  static final List<String> PROVIDERS =
      List.of(
          "cloud provider*",
          "cloud service provider*",
          "hosting provider*",
          "hosting company",
          "internet service provider*",
          "isp",
          "isp's",
          "upstream provider*",
          "colocation provider*",
          "data center provider*",
          "datacenter provider*");

  /** Code that took something and never gave it back. */
  static final List<String> LEAKS =
      List.of(
          "leak*",
          "never closed",
          "never closes",
          "never released",
          "never releases",
          "never freed",
          "never frees",
          "without closing",
          "without releasing",
          "without freeing");

  static final List<Recast> RECASTS =
      List.of(
          // A slip in the application's source file is a bug even when the author calls the file
          // its configuration ("a typo in the configuration file /var/www/html/wp-settings.php");
          // a server's own configuration may well name a source file ("nginx.conf points at
          // index.php").
          new Recast(
              List.of(SOURCE_FILES, CONFIG_WORDS),
              SERVER_CONFIG_FILES,
              MISCONFIGURATION,
              SOFTWARE_BUG),
          // Slow or unindexed queries that exhausted a pool or overloaded the database are a bug
          // of the database's queries; the exhaustion is what the bug did. Unless the clause
          // tells a setting as what made the queries slow ("misconfigurations led to inefficient
          // queries").
          new Recast(
              List.of(
                  List.of(
                      "inefficient quer*",
                      "redundant quer*",
                      "excessive quer*",
                      "too many quer*",
                      "slow quer*",
                      "unoptimized",
                      "unoptimised",
                      "missing index*",
                      "unindexed",
                      "full table scan*",
                      "poorly optimized",
                      "poorly optimised",
                      "lack of index*",
                      "lacked index*",
                      "lacked proper index*",
                      "lacking index*",
                      "n+1")),
              List.of("misconfigur*", "config", "configuration*", "setting*"),
              CAPACITY,
              SOFTWARE_BUG),
          // A limit set too low is a setting, by the conventions for ulimits, whatever it ran out
          // of: "the configuration set the concurrent connection limit too low, causing a
          // bottleneck", "a misconfigured connection pool exhausted its connections". Unless
          // the clause blames the load.
          new Recast(
              List.of(
                  List.of(
                      "misconfigur*",
                      "too low",
                      "too small",
                      "too few",
                      "set too",
                      "configured too"),
                  SETTABLE_LIMITS),
              LOAD_BLAMED,
              CAPACITY,
              MISCONFIGURATION),
          // Told as set ("the pool was set too low, causing exhaustion during peak traffic"), the
          // limit stays the cause beside the everyday traffic it met; only a surge takes over.
          new Recast(
              List.of(List.of("set too", "configured too"), SETTABLE_LIMITS),
              SURGES,
              CAPACITY,
              MISCONFIGURATION),
          // The network or the machines of a provider that failed are the provider's fault: "a
          // network connectivity issue with our cloud service provider", "a power outage at our
          // hosting provider's data centre".
          new Recast(List.of(PROVIDERS), List.of(), NETWORK, DEPENDENCY),
          // A leak that used up connections or memory is the bug; the exhaustion is what it did
          // ("opened a connection for every task but never closed them, exhausting the pool").
          // Unless the clause blames the load as well.
          new Recast(List.of(LEAKS), LOAD_BLAMED, CAPACITY, SOFTWARE_BUG),
          // A dependency that was installed at the wrong version is a package the rollout put
          // there, not a provider that failed.
          new Recast(
              List.of(
                  List.of("dependency", "dependencies"),
                  List.of(
                      "version*",
                      "installed",
                      "install",
                      "reinstall*",
                      "library",
                      "libraries",
                      "package*",
                      "npm",
                      "pip",
                      "downloaded",
                      "module*")),
              List.of(
                  "provider*",
                  "vendor*",
                  "third party",
                  "third-party",
                  "external",
                  "upstream",
                  "outage at",
                  "their side",
                  "their end"),
              DEPENDENCY,
              DEPLOYMENT));

  /**
   * Offset just past the last "revealed that" or kin in a clause, where what was found begins; 0
   * when the clause has none.
   */
  static int findingStart(Words clause) {
    int start = 0;
    for (String marker : DISCOVERY) {
      for (int at : clause.positions(marker)) {
        start = Math.max(start, at + marker.length());
      }
    }
    return start;
  }

  /** Verbs that turn from how a cause was found to the cause itself. */
  static final List<String> DISCOVERY =
      List.of(
          "revealed that",
          "reveals that",
          "showed that",
          "shows that",
          "found that",
          "indicated that",
          "indicates that",
          "confirmed that",
          "determined that",
          "discovered that",
          "established that",
          // "The surge exposed the server's inadequate configuration": what was exposed is the
          // cause, what exposed it only the occasion.
          "exposed the",
          "exposed a",
          "exposed an",
          "exposed its",
          "exposed our",
          "uncovered a",
          "uncovered the");

  /** Extra vote of a component written as the place of a fault cue in the same phrase. */
  static final double BOUND_BONUS = 1.0;

  /** Faults whose cues may name the part that failed or ran out ("disk failure", "disk full"). */
  static final Set<String> PLACE_NAMING_FAULTS = Set.of("hardware", "capacity");

  /** Words that may stand between a component and the fault noun it qualifies. */
  static final Set<String> QUALIFIER_GAP =
      Set.of("'s", "configuration", "config", "settings", "setting", "rule", "rules", "software");

  /** Prepositions that place a fault in a component: "a bug in the cache". */
  static final Set<String> PLACE_WORDS =
      Set.of("in", "of", "on", "at", "within", "inside", "against");

  static final Set<String> DETERMINERS = Set.of("the", "our", "a", "an", "its", "their", "this");

  /**
   * The components that a clause writes as the place of a fault cue: directly before it ("DNS
   * misconfiguration", "load balancer's misconfiguration") or after it with a preposition ("a bug
   * in the load balancer's failover", "exhaustion of the database pool").
   */
  static Set<String> boundComponents(List<Words> clauses, CueIndex faults, CueIndex components) {
    Set<String> out = new LinkedHashSet<>();
    for (Words clause : clauses) {
      List<int[]> faultSpans = new ArrayList<>();
      List<int[]> placeNaming = new ArrayList<>();
      Map<String, List<int[]>> faultSpansById = new LinkedHashMap<>();
      List<List<int[]>> spansOfFault = faults.spans(clause);
      for (int f = 0; f < spansOfFault.size(); f++) {
        String id = faults.terms().get(f).id();
        if (!id.equals(RootCause.UNKNOWN_FAULT)) {
          List<int[]> spans = spansOfFault.get(f);
          faultSpans.addAll(spans);
          faultSpansById.put(id, spans);
          if (PLACE_NAMING_FAULTS.contains(id)) {
            placeNaming.addAll(spans);
          }
        }
      }
      if (faultSpans.isEmpty()) {
        continue;
      }
      String text = clause.text();
      boolean attack = !faultSpansById.getOrDefault(SECURITY, List.of()).isEmpty();
      List<List<int[]>> spansOfComponent = components.spans(clause);
      for (int k = 0; k < spansOfComponent.size(); k++) {
        Term c = components.terms().get(k);
        for (int[] cs : spansOfComponent.get(k)) {
          if (attack && targetOfAttack(text, cs[0])) {
            // "credentials used to break into the MySQL database": an attack's place is its
            // target, not the means (credentials, tokens) it used.
            out.add(c.id());
            continue;
          }
          if (inside(cs, placeNaming)) {
            // "a failing hard drive", "out of disk space": a worn-out or exhausted part is the
            // place of the fault it names.
            out.add(c.id());
            continue;
          }
          if (inside(cs, faultSpans)
              && !inside(cs, faultSpansById.getOrDefault(c.id(), List.of()))) {
            // "sql" in "sql injection" is part of the fault's name, not its place; but "network"
            // in "network partition" names both.
            continue;
          }
          for (int[] fs : faultSpans) {
            if (fs[0] >= cs[1] && between(text, cs[1], fs[0], true)) {
              out.add(c.id());
            } else if (cs[0] >= fs[1] && between(text, fs[1], cs[0], false)) {
              out.add(c.id());
            }
          }
        }
      }
    }
    return out;
  }

  /** Whether a component at {@code at} is written as what an attack was aimed at. */
  static boolean targetOfAttack(String text, int at) {
    for (String marker : TARGET_WORDS) {
      int m = text.lastIndexOf(" " + marker + " ", at);
      if (m >= 0 && m + marker.length() + 2 <= at) {
        String[] gap = text.substring(m + marker.length() + 2, at).strip().split(" ");
        int i = 0;
        if (i < gap.length && DETERMINERS.contains(gap[i])) {
          i++;
        }
        if (gap.length == 1 && gap[0].isEmpty() || gap.length - i <= 1) {
          return true;
        }
      }
    }
    return false;
  }

  static final String SECURITY = "security";

  /** Words that aim an attack at its target. */
  static final List<String> TARGET_WORDS =
      List.of("into", "against", "targeting", "targeted", "aimed at", "on");

  private static boolean inside(int[] span, List<int[]> others) {
    for (int[] o : others) {
      if (o[0] <= span[0] && o[1] >= span[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words between two spans join them into one phrase. */
  private static boolean between(String text, int from, int to, boolean componentFirst) {
    String[] gap = text.substring(from, to).strip().split(" ");
    if (gap.length == 1 && gap[0].isEmpty()) {
      return componentFirst;
    }
    if (componentFirst) {
      return gap.length == 1 && QUALIFIER_GAP.contains(gap[0]);
    }
    // "a corrupted index in the cache": the fault's own noun may stand before the preposition.
    int p = gap.length > 1 && !PLACE_WORDS.contains(gap[0]) ? 1 : 0;
    if (gap.length > 3 + p || !PLACE_WORDS.contains(gap[p])) {
      return false;
    }
    // After the preposition: at most a determiner and one more word ("in the main database").
    int i = p + 1;
    if (i < gap.length && DETERMINERS.contains(gap[i])) {
      i++;
    }
    return gap.length - i <= 1;
  }

  /**
   * Offset of the load a wrong setting failed to carry, or past the end: in "a misconfigured pool,
   * too small to handle the surge in traffic" the surge is the occasion, not a second cause. Only
   * after a misconfiguration cue; "the server was unable to handle the surge" stays capacity.
   */
  static int occasion(Words clause, CueIndex cues) {
    int marker = Integer.MAX_VALUE;
    for (String m : LOAD_MARKERS) {
      List<Integer> at = clause.positions(m);
      if (!at.isEmpty() && at.get(0) < marker) {
        marker = at.get(0);
      }
    }
    if (marker == Integer.MAX_VALUE) {
      return marker;
    }
    List<Term> terms = cues.terms();
    List<List<int[]>> spans = cues.spans(clause);
    for (int i = 0; i < terms.size(); i++) {
      if (terms.get(i).id().equals(MISCONFIGURATION)) {
        for (int[] span : spans.get(i)) {
          if (span[1] <= marker) {
            return marker;
          }
        }
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Words that turn from a setting to the load it had to carry. */
  static final List<String> LOAD_MARKERS =
      List.of("to handle", "to cope with", "to keep up with", "to accommodate", "to absorb");

  /**
   * What the fault categorizer reads of a sentence that names a cause of a cause: the words after
   * its last causal link. In "an overloaded database due to a surge of queries from a new feature"
   * the deeper cause, which the conventions label, comes last; the categorizer, reading the whole
   * sentence, mostly answers for the first and plainer one. Too short a rest ("due to this") leaves
   * the sentence whole.
   */
  static String[] afterCause(String[] words) {
    String text = " " + String.join(" ", words) + " ";
    int from = -1;
    for (String link : CAUSAL_LINKS) {
      int at = text.lastIndexOf(link);
      if (at >= 0) {
        from = Math.max(from, at + link.length());
      }
    }
    if (from < 0) {
      return words;
    }
    String[] rest = text.substring(from).strip().split(" ");
    return rest.length >= MIN_CAUSE_WORDS ? rest : words;
  }

  /** Links after which a sentence names what brought about what it said before. */
  static final List<String> CAUSAL_LINKS =
      List.of(
          " due to ",
          " owing to ",
          " because of ",
          " caused by ",
          " traced to ",
          " traced back to ",
          " attributed to ",
          " stemming from ",
          " stemmed from ",
          " stems from ",
          " resulting from ",
          " resulted from ",
          " originated from ",
          " as a result of ");

  /**
   * The words before the sentence turns to effects ("a disk failure on the server that was hosting
   * the application"): what the cause led to or served is no place of it, for the categorizer
   * either. The whole sentence when the cause part would be too short to read.
   */
  static String[] beforeConsequence(Words sentence, String[] words) {
    int at = firstConsequence(sentence);
    if (at == Integer.MAX_VALUE) {
      return words;
    }
    String[] cause = sentence.text().substring(0, at).strip().split(" ");
    return cause.length >= MIN_CAUSE_WORDS ? cause : words;
  }

  static final int MIN_CAUSE_WORDS = 4;

  /** Offset of the first word that turns from a cause to its effects, or past the end. */
  static int firstConsequence(Words clause) {
    int first = Integer.MAX_VALUE;
    for (String marker : CONSEQUENCES) {
      List<Integer> at = clause.positions(marker);
      if (!at.isEmpty() && at.get(0) < first) {
        first = at.get(0);
      }
    }
    return first;
  }

  /**
   * What a cue told as a consequence ("... which caused a surge in memory") counts against the
   * cause itself. Scored on the tuning sets from 0.1 to 0.5 (2026-12-07, seventh session): 0.2 read
   * one fault and one component more than the earlier 0.35, and no measuring figure moved.
   */
  static final double CONSEQUENCE_WEIGHT = 0.2;

  static final List<String> CONSEQUENCES =
      List.of(
          // An anaphoric subject: the cause was the previous sentence, this one tells the effects.
          "this caused",
          "this led",
          "this resulted",
          "this made",
          "it caused",
          "which led",
          "which resulted",
          "this in turn",
          "led to",
          "leading to",
          "lead to",
          "leads to",
          "causing",
          "which caused",
          "that caused",
          "resulting in",
          "resulted in",
          "results in",
          "result in",
          "overwhelming",
          "which made",
          "making",
          "so that",
          // "the partition filled up, so the database stopped": what follows "so" is the effect.
          "so the",
          "so our",
          "so all",
          "so every",
          "so no",
          "so nothing",
          "so it",
          "so they",
          "so users",
          "so requests",
          "so customers",
          "triggering",
          "which triggered",
          "and caused",
          "thereby",
          "hence",
          "eventually",
          "subsequent",
          "subsequently",
          "followed by",
          "prevented",
          "preventing",
          // What the faulty part was serving is context, not the place of the fault.
          "that was hosting",
          "which was hosting",
          "hosting the",
          "that hosts",
          "which hosts",
          "that serves",
          "which serves",
          "serving the");

  private static boolean covered(int[] span, int self, List<List<int[]>> spans) {
    for (int j = 0; j < spans.size(); j++) {
      if (j == self) {
        continue;
      }
      for (int[] other : spans.get(j)) {
        if (other[0] <= span[0] && other[1] >= span[1] && other[1] - other[0] > span[1] - span[0]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The clauses that state something as fact; none when the whole sentence is a guess. A mild hedge
   * ("it seemed that", "we think") counts as a finding where the sentence says it found something
   * ("the root cause was probably ...") or stands under a root-cause heading, which says the same:
   * there it is the author's conclusion, told modestly. A first suspicion ("we initially suspected
   * a DDoS") is a guess wherever it is told.
   */
  static List<Words> assertedClauses(Statement s) {
    boolean finding =
        s.kind() == SectionKind.ROOT_CAUSE || s.words().containsAny(Hedges.CONFIRMATIONS);
    List<Words> out = new ArrayList<>();
    for (Clause c : s.clauses()) {
      boolean guess = c.words().containsAny(Hypotheses.STRONG);
      if ((c.stance() == Stance.ASSERTED && !c.words().containsAny(Hedges.CLEARED))
          || (finding
              && c.stance() == Stance.SUSPECTED
              && !guess
              && !s.words().containsAny(Hedges.DENIALS))) {
        out.add(c.words());
      }
    }
    return out;
  }

  /** How much a statement's fault votes count. */
  static double weight(Statement s) {
    double place = placeWeight(s);
    return place <= 0 ? place : faultWeight(s, place);
  }

  /**
   * {@link #weight} of a statement whose {@link #placeWeight} is {@code placeWeight}, without
   * reading it again: the two differ only for a sentence that tells the fix. How it was fixed, even
   * when written under a root-cause heading, names what was changed, not what broke: "To fix it, we
   * raised the pool size" is no misconfiguration.
   */
  private static double faultWeight(Statement s, double placeWeight) {
    return remedial(s.words()) ? Math.min(kindWeight(s.kind()), 1.0) * 0.5 : placeWeight;
  }

  /**
   * How much a statement's component votes count. A sentence telling the fix counts in full here:
   * "we reverted the firewall rule" names the wrong verb for the fault but the right place.
   */
  static double placeWeight(Statement s) {
    double base = kindWeight(s.kind());
    if (pasted(s.text())) {
      // A pasted log excerpt shows symptoms in the program's words; its "upstream" or "timeout"
      // is no finding of the author's.
      return 0;
    }
    Words w = s.words();
    if (w.containsAny(FINDINGS)) {
      base *= 2.5;
    } else if (w.containsAny(WEAK_FINDINGS)) {
      base *= 1.4;
    }
    if (s.kind() == SectionKind.ROOT_CAUSE && headline(w)) {
      base *= 1.5;
    }
    return base;
  }

  private static double kindWeight(SectionKind kind) {
    return switch (kind) {
      case ROOT_CAUSE -> 4.0;
      case SUMMARY -> 1.2;
      case RESOLUTION, CONCLUSION -> 1.0;
      case OTHER -> 0.8;
      case TIMELINE -> 0.5;
      case LESSONS_LEARNED, DETECTION -> 0.4;
      case IMPACT, ESCALATION -> 0.2;
      case CORRECTIVE_ACTIONS, TASKS -> 0.1;
      case MISLEADING_PATHS -> 0.0;
    };
  }

  /**
   * Whether {@code text} is a pasted log line or terminal session. The prompt pattern is bounded
   * and starts only at a word's start, so it stays linear on long runs of word characters; it is
   * tried only where an {@code @} is.
   */
  static boolean pasted(String text) {
    return LOG_LINE.matcher(text).find()
        || (text.indexOf('@') >= 0 && SHELL_PROMPT.matcher(text).find());
  }

  /** Whether a sentence tells how the incident was fixed rather than what broke. */
  static boolean remedial(Words w) {
    return opensWithAny(w.text(), 0, REMEDIATION)
        || (w.containsAny(REMEDIED) && !w.containsAny(CAUSE_NAMED))
        || w.containsAny(FUTURE_INCIDENTS);
  }

  /**
   * Incidents still to come: "mitigating the potential for future incidents caused by connection
   * exhaustion" names a cause that may happen, not the one that did.
   */
  static final List<String> FUTURE_INCIDENTS =
      List.of(
          "future incident*",
          "future outage*",
          "similar incidents",
          "similar outages",
          "such incidents",
          "such outages",
          "from recurring",
          "from happening again");

  /**
   * Whether {@code text} ({@link Words#text()}, with a space before every word) holds {@code " " +
   * opening + " "} at {@code at} for one of {@code openings}; compared in place, since every
   * statement asks.
   */
  private static boolean opensWithAny(String text, int at, List<String> openings) {
    for (String opening : openings) {
      int end = at + 1 + opening.length();
      if (text.length() > end
          && text.charAt(at) == ' '
          && text.startsWith(opening, at + 1)
          && text.charAt(end) == ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a root-cause sentence is a short headline ("Root Cause: Connection Pool Exhaustion"):
   * the author's own one-line verdict, worth more than the story around it.
   */
  static boolean headline(Words w) {
    int size = w.size();
    if (w.text().startsWith(" root cause ")) {
      size -= 2;
    } else if (w.text().startsWith(" cause ")) {
      size -= 1;
    }
    return size >= 2 && size <= HEADLINE_WORDS && !w.containsAny(VERBS);
  }

  static final int HEADLINE_WORDS = 7;

  /** A line of a program's log: a bracketed source or a timestamp, then a level. */
  static final Pattern LOG_LINE =
      Pattern.compile(
          "^\\s*(\\[[^\\]]{1,40}\\]|\\d{4}-\\d\\d-\\d\\d[T ][\\d:.,]+\\S*)\\s+(\\[)?"
              + "(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRIT|CRITICAL|EMERG)\\b");

  /**
   * A shell prompt ("vagrant@box:~$ ", "root@3f2a:/# "): a pasted terminal session shows commands
   * and their output, no finding of the author's.
   */
  static final Pattern SHELL_PROMPT =
      Pattern.compile("(?<![\\w.-])[\\w.-]{1,64}@[\\w.-]{1,253}:[~/][^\\s$#]{0,200}[$#](?:\\s|$)");

  /**
   * Finite verbs, and the pronouns that open a sentence, that make a short line a sentence rather
   * than a headline: "We have reported this to the vendor." is no verdict.
   */
  static final List<String> VERBS =
      List.of(
          "was", "were", "is", "are", "had", "has", "have", "did", "caused", "led", "became", "we",
          "they");

  /** Openings of a sentence that tells how the incident was fixed. */
  static final List<String> REMEDIATION =
      List.of(
          "resolution",
          "fix",
          "the fix",
          "fixed",
          "solution",
          "the solution",
          "mitigation",
          "remediation",
          "recovery",
          "to fix",
          "to resolve",
          "to address",
          "to mitigate",
          "to remedy",
          "to restore",
          "to recover",
          "we fixed",
          "we resolved",
          "we restored",
          "we restarted",
          "we rolled back",
          "we increased",
          "we expanded",
          "we updated",
          "we reconfigured",
          "the team fixed",
          "the team resolved",
          "engineers fixed",
          "the resolution");

  /**
   * Passive verbs of repair that make the sentence tell the fix wherever they stand: "The issue was
   * fixed when we configured a second server" names what was changed, not what broke. A sentence
   * that also names the cause ("caused by a bad rule and fixed by reverting it") keeps its weight.
   */
  static final List<String> REMEDIED =
      List.of(
          "was fixed when",
          "was fixed by",
          "were fixed by",
          "was resolved when",
          "was resolved by",
          "were resolved by",
          "was mitigated by",
          "was mitigated when",
          "was remedied by",
          "was solved by",
          "was solved when");

  /** Phrases that name a cause in the same sentence as its fix. */
  static final List<String> CAUSE_NAMED =
      List.of(
          "root cause",
          "caused by",
          "was caused",
          "due to",
          "because of",
          "stemmed from",
          "resulted from",
          "triggered by",
          "traced to",
          "traced back");

  /** Phrases that only link a cause to its effects: the sentence may name the cause, or not. */
  static final List<String> WEAK_FINDINGS = List.of("led to", "leading to", "lead to");

  /** Phrases that announce the cause itself. */
  static final List<String> FINDINGS =
      List.of(
          "root cause",
          "caused by",
          "was caused",
          "were caused",
          "the cause",
          "the culprit",
          "culprit",
          "due to",
          "stemmed from",
          "resulted from",
          "traced to",
          "traced back",
          "the problem was",
          "the issue was",
          "was the result",
          "because of",
          "turned out",
          "the reason",
          "triggered by",
          "was a result",
          "as a result of",
          "primary cause",
          "main cause",
          "underlying cause",
          "actual cause",
          "real cause",
          "true cause",
          "actual fault",
          "real fault",
          "the fault was",
          "real problem",
          "actual problem",
          "real issue",
          "actual issue",
          "real villain",
          "villain");

  /** One statement's votes, kept to pick the evidence sentence. */
  private static final class Vote {
    final Statement statement;
    final Map<String, Double> faults = new LinkedHashMap<>();
    final Map<String, Double> components = new LinkedHashMap<>();

    Vote(Statement statement) {
      this.statement = statement;
    }
  }
}
