package dev.recur.analyzers.cause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.Parsed;
import dev.recur.analyzers.TextModels;
import dev.recur.analyzers.sections.SectionExtractor;
import dev.recur.analyzers.taxonomy.CueIndex;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.taxonomy.Words;
import dev.recur.core.Extractor;
import dev.recur.core.Pipeline;
import dev.recur.core.RecordDraft;
import dev.recur.core.RootCause;
import dev.recur.core.SectionKind;
import dev.recur.core.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The labelling conventions that decide between neighbouring values, each on sentences of its own:
 * how a sentence that tells the fix counts (little for the fault, in full for the place), and where
 * limits and modules live.
 */
class CauseConventionsTest {

  private static final TextModels MODELS = TextModels.english();

  private static Statement statement(SectionKind kind, String text) {
    return Statements.statement(MODELS.tokenizer(), kind, 0, text);
  }

  @Test
  void passiveFixVerbMakesTheSentenceAFix() {
    Statement fix =
        statement(
            SectionKind.ROOT_CAUSE,
            "The outage was fixed when we configured a second server behind the balancer.");
    Statement plain =
        statement(
            SectionKind.ROOT_CAUSE, "A second server behind the balancer had been configured.");
    assertTrue(
        RootCauseExtractor.weight(fix) < RootCauseExtractor.weight(plain) / 2,
        RootCauseExtractor.weight(fix) + " vs " + RootCauseExtractor.weight(plain));
  }

  @Test
  void fixThatAlsoNamesItsCauseKeepsItsWeight() {
    Statement both =
        statement(
            SectionKind.ROOT_CAUSE,
            "The outage was caused by a wrong balancer rule and was fixed by reverting it.");
    assertEquals(RootCauseExtractor.placeWeight(both), RootCauseExtractor.weight(both));
    assertTrue(RootCauseExtractor.weight(both) > 4.0, "" + RootCauseExtractor.weight(both));
  }

  @Test
  void fixSentenceStillNamesThePlace() {
    Statement fix =
        statement(
            SectionKind.RESOLUTION,
            "To fix it, we reverted the firewall rule that blocked the traffic.");
    assertTrue(
        RootCauseExtractor.placeWeight(fix) > RootCauseExtractor.weight(fix),
        RootCauseExtractor.placeWeight(fix) + " vs " + RootCauseExtractor.weight(fix));
  }

  private static RootCause cause(String text) {
    return Parsed.parse(text).rootCause().orElseThrow();
  }

  @Test
  void slipInWordPressConfigurationIsABug() {
    // By the .phpp convention WordPress's own files are code, whatever the author calls them.
    RootCause c =
        cause(
            "## Root Cause\nThe site went down because of a typo in the WordPress configuration.\n");
    assertEquals("software-bug", c.fault(), c.toString());
  }

  @Test
  void exhaustionIsTheSymptomOfALeakToldElsewhere() {
    RootCause c =
        cause(
            "## Summary\nFrom Friday night the image service kept running out of memory, and its"
                + " pods were OOM-killed every hour.\n\n## Root Cause\nMemory grew without end"
                + " until the pods ran out of memory and were killed.\nWe found a leak later.\n");
    assertEquals("software-bug", c.fault(), c.toString());
  }

  @Test
  void exhaustionIsTheSymptomOfALimitSetTooLow() {
    RootCause c =
        cause(
            "## Summary\nAt noon a third of our web nodes refused connections with too many open"
                + " files.\n\n## Root Cause\nNodes built from the new base image had a file"
                + " descriptor ulimit of 1024 instead of 65536.\nUnder ordinary load those nodes ran"
                + " out of descriptors.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
    assertEquals("os", c.component(), c.toString());
  }

  @Test
  void exhaustionStaysTheLoadsWhenTheLoadIsBlamed() {
    RootCause c =
        cause(
            "## Root Cause\nA surge of traffic from the sale exhausted the connection pool.\nThe"
                + " pool was set too low for the sale and ran out.\n");
    assertEquals("capacity", c.fault(), c.toString());
  }

  @Test
  void ownerOfAPossessiveIsThePlace() {
    RootCause c =
        cause(
            "## Root Cause\nApache's DocumentRoot was set to the wrong folder, so every page"
                + " returned 404.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
    assertEquals("web-server", c.component(), c.toString());
  }

  @Test
  void attackTakesItsTargetNotAWordThatStartsLikeAPlace() {
    RootCause c =
        cause(
            "## Root Cause\nA volumetric DDoS attack flooded our web servers with requests from a"
                + " botnet.\n");
    assertEquals("security", c.fault(), c.toString());
    assertEquals("web-server", c.component(), c.toString());
  }

  @Test
  void fullLogPartitionIsCapacityOfStorage() {
    RootCause c =
        cause(
            "## What caused it\nThe log partition reached 100% usage, so the database could"
                + " not write its journal and stopped.\n");
    assertEquals("capacity", c.fault(), c.toString());
    assertEquals("storage", c.component(), c.toString());
  }

  @Test
  void aPartitionAtFullIsCapacity() {
    RootCause c =
        cause(
            "## Root Cause\nRetention on the export directory is seven days, so within a week the"
                + " log partition sat at 100% and the zip step could not write its file.\n");
    assertEquals("capacity", c.fault(), c.toString());
    assertEquals("storage", c.component(), c.toString());
  }

  @Test
  void paymentsProviderIsNoCloudProvider() {
    RootCause c =
        cause(
            "## Root Cause\nOur retry loop had no backoff and no cap, so when the payments provider"
                + " slowed down each worker retried thousands of times.\n");
    assertEquals("software-bug", c.fault(), c.toString());
    assertFalse(c.component().equals("cloud-provider"), c.toString());
  }

  @Test
  void routineWorkCountsLessThanAFailureOfIt() {
    Words upgrade =
        Words.of(" on tuesday we upgraded the image library to the new version".split(" "));
    Words botched =
        Words.of(" the botched rollout left half the hosts on the old build".split(" "));
    assertEquals(RootCauseExtractor.ROUTINE_WEIGHT, faultCues(upgrade).get("deployment"), 1e-9);
    assertEquals(1.0, faultCues(botched).get("deployment"), 1e-9);
  }

  @Test
  void upgradeThatCarriedABugInIsTheBugs() {
    RootCause c =
        cause(
            "## Root Cause\nOn Sunday the SSO service was upgraded to version 4.2, which brings a"
                + " new version of the token library. The upgrade went out as planned. The new"
                + " library has a bug: it decodes the token a second time, so signatures no longer"
                + " match after the package update.\n");
    assertEquals("software-bug", c.fault(), c.toString());
  }

  /** Production reached by mistake, in the words people use for it, is an operator's slip. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        " an engineer ran a cleanup command against our production database",
        " the script was run against the production cluster",
        " believing they were connected to staging they truncated the table",
        " i thought i was on the test server when i deleted the folder"
      })
  void productionReachedByMistakeIsHumanError(String text) {
    assertTrue(faultCues(text).containsKey("human-error"));
  }

  /** A negation four words before a cue still denies it. */
  @Test
  void aNegationFourWordsBackDeniesTheCue() {
    assertFalse(faultCues(" we did not run out of capacity").containsKey("capacity"));
  }

  /** A backfill rewrites stored data: what it got wrong is the data's fault, by the taxonomy. */
  @Test
  void aBackfillIsDataWork() {
    assertTrue(
        faultCues(" the one-off backfill copied the wrong currency onto every pot")
            .containsKey("data"));
  }

  @Test
  void proxyUpstreamIsNoThirdParty() {
    assertFalse(
        faultCues(" nginx could not connect to the upstream and returned 502")
            .containsKey("dependency"));
  }

  @Test
  void timeoutsRunningOutAreNoExpiry() {
    assertFalse(
        faultCues(" clients kept calling the dead hosts until their timeouts expired")
            .containsKey("expiry"));
    assertTrue(
        faultCues(" the certificate on the api host expired at midnight").containsKey("expiry"));
  }

  @Test
  void sentencesAfterAnAnnouncedFindingTellTheCauseWhenNoSectionDoes() {
    RootCause c =
        cause(
            "Late on Tuesday no customer outside our offices could reach the portal. We first"
                + " suspected a DDoS, but the scrubbing service saw normal traffic.\n\nThe actual"
                + " cause was in our own perimeter firewall. That afternoon a change to the policy"
                + " template replaced the allow rule for HTTPS with one scoped to the internal"
                + " range.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
    assertEquals("firewall", c.component(), c.toString());
  }

  @Test
  void timelineAloneCanNameTheFault() {
    RootCause c =
        cause(
            "Summary: Payments were unavailable for 52 minutes.\n\nTimeline (UTC):\n16:07  An"
                + " engineer runs a delete of the payments namespace, intending to remove the"
                + " preview copy in staging; the active context was the production cluster.\n"
                + "16:22  Restore begins from the GitOps repository.\n");
    assertEquals("human-error", c.fault(), c.toString());
  }

  @Test
  void openFileLimitBelongsToTheOperatingSystem() {
    RootCause c =
        cause(
            "## Root Cause\nThe failures came from misconfigured file descriptor limits on the"
                + " host, so nginx could not open more sockets under load.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
    assertEquals("os", c.component(), c.toString());
  }

  @Test
  void phpModuleOfApacheBelongsToTheWebServer() {
    RootCause c =
        cause(
            "## Root Cause\nA routine system update removed the PHP module from Apache, and every"
                + " WordPress page answered with an error.\n");
    assertEquals("web-server", c.component(), c.toString());
  }

  private static final CueIndex FAULTS = CueIndex.of(Taxonomy.builtIn().faults());

  /** The fault cues one clause votes for, as the root-cause step counts them. */
  private static Map<String, Double> faultCues(Words clause) {
    return RootCauseExtractor.cueVotes(List.of(clause), FAULTS);
  }

  /** The fault cues of a clause written as words apart by single spaces. */
  private static Map<String, Double> faultCues(String clause) {
    return faultCues(Words.of(clause.split(" ")));
  }

  @Test
  void loadAWrongSettingFailedToCarryIsOnlyTheOccasion() {
    Words clause =
        Words.of(
            " a misconfigured worker pool too small to handle the surge in traffic".split(" "));
    assertEquals(clause.positions("to handle").get(0), RootCauseExtractor.occasion(clause, FAULTS));
    assertEquals(
        "misconfiguration",
        cause(
                "## Root Cause\nThe root cause was a misconfigured worker pool that was too small"
                    + " to handle the surge in traffic after the newsletter.\n")
            .fault());
  }

  @Test
  void loadThatOverwhelmedAPartIsStillTheCause() {
    Words clause = Words.of(" the web server was unable to handle the surge in traffic".split(" "));
    assertEquals(Integer.MAX_VALUE, RootCauseExtractor.occasion(clause, FAULTS));
  }

  @Test
  void categorizerGuessAloneIsNoVerdict() {
    RootCause c =
        cause(
            "## Summary\nThe shop was down for two hours on Friday.\n\n## Root Cause\nNobody has"
                + " found the reason yet; the team keeps digging.\n");
    assertEquals(RootCause.UNKNOWN_FAULT, c.fault(), c.toString());
  }

  @Test
  void seemingCauseIsOnlySuspected() {
    assertEquals(
        Statement.Stance.SUSPECTED,
        Hedges.stance(Words.of(" it was a seeming misconfiguration of the balancer".split(" "))));
  }

  @Test
  void whatItHadToBeIsOnlySuspected() {
    assertEquals(
        Statement.Stance.SUSPECTED,
        Hedges.stance(Words.of(" the on-call engineer decided it had to be a ddos".split(" "))));
  }

  @Test
  void whatWasLookedForIsOnlySuspected() {
    assertEquals(
        Statement.Stance.SUSPECTED,
        Hedges.stance(Words.of(" we checked for a denial-of-service attack".split(" "))));
  }

  @Test
  void serviceNeverStartedIsHumanError() {
    RootCause c =
        cause(
            "## Root Cause\nThe nginx service was not actually started after the host came"
                + " back.\n");
    assertEquals("human-error", c.fault(), c.toString());
    assertEquals("web-server", c.component(), c.toString());
  }

  @Test
  void pastedTerminalSessionDoesNotVote() {
    Statement prompt =
        statement(SectionKind.ROOT_CAUSE, "ops@web-3:~$ docker ps shows the container restarting");
    assertEquals(0.0, RootCauseExtractor.weight(prompt));
    assertEquals(0.0, RootCauseExtractor.placeWeight(prompt));
  }

  @Test
  void labelOfNoKnownKindInsideRootCauseKeepsItsSentencesThere() {
    List<Statement> seen =
        statementsOf(
            "## Root Cause\nWe read the logs for an hour.\n\n**Side Note:** The Apache service"
                + " was never actually started after the maintenance.\n");
    Statement note =
        seen.stream().filter(s -> s.text().contains("never actually")).findFirst().orElseThrow();
    assertEquals(SectionKind.ROOT_CAUSE, note.kind(), seen.toString());
  }

  @Test
  void categorizerReadsThePlaceBeforeTheEffects() {
    Words sentence =
        Words.of(
            " the disk array failed on the main host that was hosting the application".split(" "));
    String[] words = sentence.text().strip().split(" ");
    assertEquals(
        "the disk array failed on the main host",
        String.join(" ", RootCauseExtractor.beforeConsequence(sentence, words)));
    Words short_ = Words.of(" it caused errors in the application".split(" "));
    String[] all = short_.text().strip().split(" ");
    assertEquals(all.length, RootCauseExtractor.beforeConsequence(short_, all).length);
  }

  @Test
  void faultCategorizerReadsTheDeeperCause() {
    assertEquals(
        "an unindexed query in the new search feature",
        String.join(
            " ",
            RootCauseExtractor.afterCause(
                ("the database was overloaded due to a surge of requests caused by an unindexed"
                        + " query in the new search feature")
                    .split(" "))));
    String[] shortRest = "the site went down because of this bug".split(" ");
    assertEquals(shortRest.length, RootCauseExtractor.afterCause(shortRest).length);
    String[] noLink = "a typo in the nginx configuration".split(" ");
    assertEquals(noLink.length, RootCauseExtractor.afterCause(noLink).length);
  }

  private static List<Statement> statementsOf(String text) {
    List<Statement> seen = new ArrayList<>();
    Extractor capture =
        new Extractor() {
          @Override
          public String name() {
            return "capture";
          }

          @Override
          public void contribute(RecordDraft draft) {
            seen.addAll(Statements.of(draft, MODELS));
          }
        };
    Pipeline.builder()
        .add(new SectionExtractor())
        .add(capture)
        .build()
        .parse(SourceDocument.of("t.md", text));
    return seen;
  }

  @Test
  void misconfigurationInASourceFileIsABug() {
    RootCause c =
        cause(
            "## Root Cause\nThe root cause of the 500 errors was a misconfiguration in the"
                + " class-loader.php file of the blog.\n");
    assertEquals("software-bug", c.fault(), c.toString());
  }

  @Test
  void connectionLeakIsABugOfTheCodeNotAShortageOfTheDatabase() {
    RootCause c =
        cause(
            "## Root Cause\nThe nightly report worker opened a database connection per row and"
                + " never closed them, exhausting the connection limit within an hour.\n");
    assertEquals("software-bug", c.fault(), c.toString());
    assertEquals("application", c.component(), c.toString());
  }

  @Test
  void typoInAConnectionStringIsAMisconfiguration() {
    RootCause c =
        cause(
            "## Root Cause\nA typo in the connection string of the orders service pointed it at a"
                + " database host that does not exist.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
  }

  @Test
  void queryThatLackedAnIndexIsABugOfTheDatabase() {
    RootCause c =
        cause(
            "## Root Cause\nThe search endpoint ran a query that lacked proper indexing, and at"
                + " the evening peak it put a heavy load on the primary.\n");
    assertEquals("software-bug", c.fault(), c.toString());
    assertEquals("database", c.component(), c.toString());
  }

  @Test
  void pushingAnApplicationOntoTheWrongHostsIsDeployment() {
    RootCause c =
        cause(
            "## Root Cause\nThe root cause was pushing an application written for one web server"
                + " onto hosts that run another, both bound to the same port.\n");
    assertEquals("deployment", c.fault(), c.toString());
  }

  @Test
  void shellPromptsArePastedAndTheCheckStaysLinear() {
    assertTrue(RootCauseExtractor.pasted("vagrant@box:~$ sudo service nginx restart"));
    assertTrue(RootCauseExtractor.pasted("root@3f2a:/# cat /etc/nginx/nginx.conf"));
    assertFalse(RootCauseExtractor.pasted("Mail ops@example.com: the disk was full."));
    // Word characters by the hundred thousand, with and without an @: no quadratic scan.
    String run = "a".repeat(200_000);
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20),
        () -> {
          assertFalse(RootCauseExtractor.pasted(run + "@" + run + ":"));
          assertFalse(RootCauseExtractor.pasted(run));
        });
  }
}
