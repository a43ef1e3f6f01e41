package dev.recur.analyzers.cause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.ExtractorContractTest;
import dev.recur.analyzers.Parsed;
import dev.recur.analyzers.sections.SectionExtractor;
import dev.recur.analyzers.taxonomy.CueIndex;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.analyzers.taxonomy.Term;
import dev.recur.analyzers.taxonomy.Words;
import dev.recur.core.Extractor;
import dev.recur.core.Pipeline;
import dev.recur.core.RootCause;
import dev.recur.core.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RootCauseExtractorTest extends ExtractorContractTest {

  @Override
  protected Extractor extractor() {
    return new RootCauseExtractor(models(), CauseModels.builtIn(), Taxonomy.builtIn());
  }

  private static RootCause cause(String text) {
    return Parsed.parse(text).rootCause().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A bad config push to our load balancers sent all traffic to one region.|misconfiguration|load-balancer",
        "Our SSL certificate expired on Sunday night and browsers refused to load the shop.|expiry|certificate",
        "The disk on the primary database host filled up with logs and writes started failing.|capacity|storage",
        "An engineer accidentally deleted the production DNS zone while cleaning up old records.|human-error|dns",
        "Our cloud provider had a regional outage and every instance we ran there went dark.|dependency|cloud-provider",
        "A memory leak in the new image service crashed it every few hours until we rolled back.|software-bug|application",
        "A DDoS attack against our web servers saturated them for an hour.|security|web-server",
        "A network partition between the two data centers split the cluster in half.|network|network",
        "The uplink from the main rack stopped passing traffic and half the hosts dropped out.|network|network",
        "The interconnect between our two halls failed and each half of the cluster carried on alone.|network|network",
        "A stolen API key let an attacker download customer records.|security|auth",
        "An expired domain registration took the whole site offline.|expiry|dns",
      })
  void paragraphWithoutHeadingsGetsCause(String text, String fault, String component) {
    RootCause c = cause(text);
    assertEquals(fault, c.fault(), c.toString());
    assertEquals(component, c.component(), c.toString());
    assertTrue(c.evidence().isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // A source file the author calls a configuration file: a bug by the conventions.
        "While saving our edits, a stray character slipped into the configuration file"
            + " /srv/shop/app/settings.py and broke the import of the payment module.|software-bug",
        // A slip in settings is a misconfiguration.
        "A syntax error in the cache connection settings, pushed with the release, made every"
            + " worker fail to start.|misconfiguration",
        // Unindexed queries that exhausted the pool: the queries are the bug.
        "An unindexed query on the orders table exhausted the connection pool and took checkout"
            + " down.|software-bug",
        // A dependency installed at the wrong version is the rollout's, not a provider's.
        "A dependency of the frontend was installed at version 4 instead of version 3, and the"
            + " page renderer crashed on start.|deployment",
        // A limit set too low is a setting, whatever ran out.
        "A misconfigured connection pool on the orders database exhausted its connections within"
            + " minutes.|misconfiguration",
        // Told as set, the limit stays the cause beside the everyday traffic it met...
        "The orders service connection limit was set too low, so it ran out of connections during"
            + " normal daytime traffic.|misconfiguration",
        // ...but not beside a surge.
        "The worker pool was set too low for the sudden surge of traffic after the sale opened,"
            + " and checkouts stalled.|capacity",
        // A fault at a provider is the provider's, whatever it did to the link.
        "The outage came from a network connectivity issue with our cloud service"
            + " provider.|dependency",
        // The network told as a provider's is the provider's failure, not our network's.
        "Packet loss on the network link between our servers and the internet, from a routing"
            + " fault at our ISP, made the API unreachable.|dependency",
      })
  void conventionsRecastWhatTheWordsSuggest(String rootCause, String fault) {
    RootCause c = cause("## Root Cause\n" + rootCause + "\n");
    assertEquals(fault, c.fault(), c.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // The server's own configuration names the source file: still the configuration.
        "The nginx.conf of the shop pointed the root at /srv/shop/index.php of the old"
            + " release, a misconfiguration.|misconfiguration",
        // A setting told as what made the queries slow.
        "A misconfigured pool size setting made our queries slow, and they overloaded the"
            + " database.|misconfiguration",
        // The load that exhausted a limit is the load's.
        "A surge of traffic from the sale exhausted the connection pool limit of the"
            + " database.|capacity",
        // A provider's package registry that failed is the provider.
        "Our builds failed because the third-party package registry that hosts a dependency"
            + " was down for two hours.|dependency",
      })
  void recastsLeaveTheirExceptionsAlone(String rootCause, String fault) {
    RootCause c = cause("## Root Cause\n" + rootCause + "\n");
    assertEquals(fault, c.fault(), c.toString());
  }

  @Test
  void aDeadlockIsTheDatabasesByTheConventions() {
    RootCause c =
        cause(
            "## Root Cause\nTwo checkout transactions kept deadlocking each other after the"
                + " release.\n");
    assertEquals("software-bug", c.fault(), c.toString());
    assertEquals("database", c.component(), c.toString());
  }

  @Test
  void rootCauseSectionWinsOverTheRest() {
    RootCause c =
        cause(
            "## Summary\nThe site was slow and the database looked busy.\n\n"
                + "## Root Cause\nThe load balancer was misconfigured and sent every request to one node.\n");
    assertEquals("misconfiguration", c.fault());
    assertEquals("load-balancer", c.component());
    assertTrue(c.evidence().orElseThrow().contains("load balancer"), c.toString());
  }

  @Test
  void causeSaidToBeUnknownIsNotGuessedFromTheFix() {
    RootCause c =
        cause(
            "## Summary\nThe public API was down for two hours.\n\n"
                + "## Root Cause\nThe exact cause could not be determined, and the investigation is"
                + " still open.\n\n## Timeline\n- 10:00 Alerts fired.\n- 10:40 Mitigation was rolled"
                + " out.\n\n## Mitigation\nService recovered after the hosts were restarted. The fix"
                + " itself took about 15 minutes to roll out.\n");
    assertEquals("unknown", c.fault(), c.toString());
  }

  /** The cheap first look for an unknown cause must not miss any of its wordings. */
  @Test
  void everyWordingOfAnUnknownCauseHoldsAStemLookedForFirst() {
    for (String wording : RootCauseExtractor.UNDETERMINED) {
      assertTrue(
          RootCauseExtractor.UNDETERMINED_STEMS.stream().anyMatch(wording::contains), wording);
    }
  }

  /** A status line or a summary can say the cause was never found, in many wordings. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "**Status:** Root cause not determined",
        "Despite a week of investigation we have not found why the writes stalled.",
        "The cause was never found.",
        "We never established why the broker stopped.",
        "Report type: Interim - root cause under investigation",
        "We have not yet established why this incident happened.",
        "After two weeks we still do not know what caused the commits to stall.",
        "What we do not yet know is why the primary stopped committing."
      })
  void causeNeverFoundIsNotGuessedFromTheSymptoms(String unknown) {
    RootCause c =
        cause(
            "# Write API outage\n\n"
                + unknown
                + "\n\n## Summary\nFor 23 minutes the primary database stopped committing writes"
                + " and requests timed out; CPU and memory stayed normal, and the cluster recovered"
                + " by itself.\n\n"
                + "## Actions\n- Fail over automatically when commits stall.\n");
    assertEquals("unknown", c.fault(), c.toString());
  }

  /**
   * Tables that are not a database's: a forwarding table is the network's, a connection-tracking
   * table the kernel's.
   */
  @Test
  void tablesThatAreNotADatabasesNameTheirOwnPart() {
    assertEquals(
        "network",
        cause(
                "## Root cause\nA bug left stale entries in the forwarding table of the"
                    + " top-of-rack devices.\n")
            .component());
    assertEquals(
        "os",
        cause(
                "## Root cause\nA bug left closed flows in the connection tracking table until it"
                    + " was full.\n")
            .component());
  }

  @Test
  void exhaustionCalledOnlyTheSymptomGivesWayToTheActualFault() {
    RootCause c =
        cause(
            "## Summary\nThe render workers ran out of memory and restarted all morning; adding"
                + " workers only bought time, and each new one filled up the same way. Traffic was"
                + " flat. It looked like we were out of capacity, but running out of memory was only"
                + " the symptom. The actual fault was a leak in our own render code.\n");
    assertEquals("software-bug", c.fault(), c.toString());
  }

  @Test
  void aSymptomOfTheCauseStillNamesTheCause() {
    RootCause c =
        cause(
            "## Root cause\nThe high CPU on the database was only a symptom of a runaway query in"
                + " the new report code.\n");
    assertEquals("software-bug", c.fault(), c.toString());
  }

  @Test
  void aSettingTheAuthorClearsIsNoMisconfiguration() {
    RootCause c =
        cause(
            "## Summary\nCustomers saw 503 errors for twenty minutes.\n\n## Root cause\nThe"
                + " routing rules in the load balancer configuration were correct and were never"
                + " touched. The drain command meant for the staging pool reached the production"
                + " pool by accident.\n");
    assertEquals("human-error", c.fault(), c.toString());
  }

  @Test
  void aCauseNeverFoundStaysUnknownWhoeverWasAskedForHelp() {
    RootCause c =
        cause(
            "## Summary\nThe fragment cache nodes restarted one after another for an hour.\n\n"
                + "## Root cause\nUndetermined. The cache processes on four of the cache nodes"
                + " exited and we couldn't determine why. A support case is open with the cache"
                + " vendor.\n");
    assertEquals("unknown", c.fault(), c.toString());
    // Where it broke is told even so, and kept.
    assertEquals("cache", c.component(), c.toString());
  }

  @Test
  void scalingSomethingDownIsNoShortageOfRoom() {
    for (String down :
        List.of(
            " she scaled both deployments to zero",
            " we are scaling back to six pods",
            " ran kubectl scale --replicas=0 on both")) {
      assertTrue(RootCauseExtractor.scaledDown(down, endOfScale(down)), down);
    }
    String up = " the pool could not scale past ten";
    assertTrue(!RootCauseExtractor.scaledDown(up, endOfScale(up)), up);
  }

  /**
   * A root-cause section that opens with its verdict, "Unknown.", stays unknown whatever the checks
   * and guesses it goes on to list name.
   */
  @Test
  void aRootCauseSectionThatSaysUnknownIsBelieved() {
    RootCause c =
        cause(
            "## Summary\nThe site stopped responding for 23 minutes; a reboot brought it back.\n\n"
                + "## Root cause\nUnknown.\n\nAfter the reboot we looked at the journal of the"
                + " previous boot: the logs stop at 21:12, nothing special. Our best guess is a"
                + " problem with disk IO on the provider's host after a kernel upgrade, but we"
                + " have no proof.\n");
    assertEquals("unknown", c.fault(), c.toString());
  }

  /** Running out of leads or ideas is a search that ended, not a resource that did. */
  @Test
  void exhaustingTheLeadsIsNoShortageOfRoom() {
    for (String search :
        List.of(
            "an update when we find the cause or exhaust our leads",
            "having exhausted the obvious explanations, we looked at the kernel",
            "we ran out of ideas by midnight")) {
      int at = search.contains("exhaust") ? search.indexOf("exhaust") : search.indexOf("ran out");
      // The cue's own words: "exhaust…" up to its space, or all of "ran out of".
      int end = search.startsWith("ran", at) ? at + "ran out of".length() : search.indexOf(' ', at);
      assertTrue(RootCauseExtractor.searchExhausted(search, new int[] {at, end}), search);
    }
    String pool = "the workers exhausted the connection pool";
    int at = pool.indexOf("exhausted");
    assertTrue(!RootCauseExtractor.searchExhausted(pool, new int[] {at, at + 9}), pool);
    RootCause c =
        cause(
            "## What we know\nEvery region's proxies reset their connections at 16:02 for eleven"
                + " minutes. We do not know what caused the proxy processes to restart.\n\n"
                + "## Next steps\n- An update to this report when we find the cause or exhaust"
                + " our leads.\n");
    assertEquals("unknown", c.fault(), c.toString());
  }

  private static int endOfScale(String text) {
    int at = text.indexOf(" scal") + 1;
    return text.indexOf(' ', at);
  }

  @Test
  void anUpgradeThatLeftOutAStepIsTheRolloutsFault() {
    // The slow queries are what the missing step did; the carried-bug rule must not take them for
    // a bug the upgrade only brought in.
    RootCause c =
        cause(
            "## Root cause\nWe upgraded the search database to the new major version. Our upgrade"
                + " runbook left out a step, rebuilding the index statistics, so the planner picked"
                + " slow query plans until we rebuilt them by hand.\n");
    assertEquals("deployment", c.fault(), c.toString());
  }

  @Test
  void aPersonWhoDeletedSomethingMadeAnOperatorSlip() {
    RootCause c =
        cause(
            "## What happened\nThe cleanup list was built by matching a prefix. An engineer"
                + " removed every zone on it, including the one our customers' records point at.\n");
    assertEquals("human-error", c.fault(), c.toString());
  }

  @Test
  void inefficientCodeThatOverwhelmedTheDatabaseIsABug() {
    RootCause c =
        cause(
            "## Root cause\nThe outage was caused by an inefficiently designed report feature"
                + " that sent an excessive number of database queries for every page. The flood"
                + " overwhelmed the database server and pages timed out.\n");
    assertEquals("software-bug", c.fault(), c.toString());
  }

  @Test
  void aRouterNamedIsAPlaceNotANetworkFault() {
    // "Router" says where, like "database" or "load balancer"; the fault is the duplex setting.
    RootCause c =
        cause(
            "## Root cause\nWhen I configured the new router port for the provider, the duplex was"
                + " set to auto. Our router then ran the link at half duplex against the provider"
                + " router, and the router dropped the traffic.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
  }

  @Test
  void aVendorWhoHelpedFindTheCauseIsNoFailedProvider() {
    RootCause c =
        cause(
            "## Root cause\nAfter two days on a call with the vendor, their support team found it:"
                + " our own cleanup script removed the session files every hour because of a wrong"
                + " path in the script.\n");
    assertNotEquals("dependency", c.fault(), c.toString());
  }

  @Test
  void whatItHadToBeIsASuspicion() {
    RootCause c =
        cause(
            "## Root cause\nWith traffic up sixty-fold, the on-call engineer decided it had to be"
                + " a DDoS. The visitors were real, and the surge of signups exhausted the 600"
                + " Apache workers.\n");
    assertEquals("capacity", c.fault(), c.toString());
  }

  @Test
  void shortSentenceWithASubjectIsNoHeadline() {
    assertTrue(RootCauseExtractor.headline(Words.of(" expired tls certificate".split(" "))));
    assertTrue(
        !RootCauseExtractor.headline(Words.of(" we have reported this to the vendor".split(" "))));
  }

  @Test
  void symptomsBesideAnUndeterminedCauseAreNoGuess() {
    // The categorizer reads "our checkout service returned errors" as half a vendor outage; beside
    // the author's own "could not be determined" it is only the symptom.
    RootCause c =
        cause(
            "Root Cause: The exact cause could not be determined from the available evidence.\n\n"
                + "Our checkout service returned errors, and every customer was affected.\n\n"
                + "The symptoms cleared after a rolling restart of the fleet.\n");
    assertEquals("unknown", c.fault(), c.toString());
  }

  @Test
  void causeStillUnderInvestigationStillTakesAFindingInItsOwnSection() {
    RootCause c =
        cause(
            "## Root Cause\nThe trigger is still under investigation, but the disk of the database"
                + " host filling up stopped every write.\n\n## Resolution\nWe rolled out a fix.\n");
    assertEquals("capacity", c.fault(), c.toString());
  }

  @Test
  void fixUnderRootCauseHeadingDoesNotOutvoteTheCause() {
    RootCause c =
        cause(
            "## Root Cause and Resolution\nThe evening rush exhausted the database connection pool."
                + "\nTo fix it, we changed the pool configuration and reconfigured the settings."
                + "\nResolution: the misconfigured limits were raised in the config file.\n");
    assertEquals("capacity", c.fault(), c.toString());
    assertEquals("database", c.component(), c.toString());
  }

  @Test
  void componentWrittenAsThePlaceOfTheFaultWins() {
    RootCause c =
        cause(
            "## Root Cause\nA DNS misconfiguration: the record for the billing API pointed at a"
                + " private address that the app could not reach.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
    assertEquals("dns", c.component(), c.toString());
  }

  @Test
  void plainServersWithNoPartNamedAreTheWebServer() {
    RootCause c =
        cause(
            "## Root Cause\nA traffic spike after the newsletter overloaded our servers, and pages"
                + " took a minute to load.\n");
    assertEquals("capacity", c.fault(), c.toString());
    assertEquals("web-server", c.component(), c.toString());
    // A part named beside them is where it broke, not the servers it ran on.
    c =
        cause(
            "## Root Cause\nA traffic spike after the newsletter overloaded our database servers,"
                + " and pages took a minute to load.\n");
    assertEquals("database", c.component(), c.toString());
  }

  @Test
  void faultFollowedByItsPlaceNamesTheComponent() {
    RootCause c =
        cause(
            "## Root Cause\nA bug in the cache layer's eviction code kept stale entries forever,"
                + " and the application served old prices from the database for an hour.\n");
    assertEquals("software-bug", c.fault(), c.toString());
    assertEquals("cache", c.component(), c.toString());
  }

  @Test
  void sentenceOpeningWithThisCausedTellsEffectsOnly() {
    RootCause c =
        cause(
            "## Root Cause\nA software bug in the load balancer's health checker marked every node"
                + " as down.\nThis caused the remaining servers to become overloaded, leading to"
                + " timeouts and resource exhaustion everywhere.\n");
    assertEquals("software-bug", c.fault(), c.toString());
    assertEquals("load-balancer", c.component(), c.toString());
  }

  @Test
  void shortHeadlineUnderRootCauseIsTheVerdict() {
    RootCause c =
        cause(
            "## Root Cause\nMemory exhaustion on the cache nodes\n\nThe eviction setting had been"
                + " left at its default value when the cluster was built.\n");
    assertEquals("capacity", c.fault(), c.toString());
    assertEquals("cache", c.component(), c.toString());
  }

  @Test
  void howTheCauseWasFoundIsNotTheCause() {
    RootCause c =
        cause(
            "## Root Cause\nReading the monitoring dashboards and the logs revealed that a sudden"
                + " surge in traffic from a newsletter overloaded the database server.\n");
    assertEquals("capacity", c.fault(), c.toString());
    assertEquals("database", c.component(), c.toString());
  }

  @Test
  void typingErrorInAFileNameIsASoftwareBug() {
    RootCause c =
        cause(
            "## Root Cause\nA typing error had left one of the WordPress PHP files with the wrong"
                + " file name, so the application could not load it.\n");
    assertEquals("software-bug", c.fault(), c.toString());
    assertEquals("application", c.component(), c.toString());
  }

  @Test
  void syntaxErrorInAConfigurationFileIsAMisconfiguration() {
    RootCause c =
        cause(
            "## Root Cause\nA syntax error in the Nginx configuration file, a directive without"
                + " its closing semicolon, kept the web server from starting again.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
    assertEquals("web-server", c.component(), c.toString());
  }

  @Test
  void whatTheSurgeExposedIsTheCause() {
    RootCause c =
        cause(
            "## Root Cause\nThe evening surge in traffic exposed the web server's inadequate"
                + " configuration of its worker limits.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
    assertEquals("web-server", c.component(), c.toString());
  }

  @Test
  void failingDiskIsTheStorageWhateverTheHostServes() {
    RootCause c =
        cause(
            "## Root Cause\nThe database server went down because of a hardware failure: its hard"
                + " drive was failing.\n");
    assertEquals("hardware", c.fault(), c.toString());
    assertEquals("storage", c.component(), c.toString());
  }

  @Test
  void clusterOfAComponentIsThatComponent() {
    RootCause c =
        cause(
            "## Root cause\nThe Kafka cluster filled its disks because retention was set to"
                + " forever.\n");
    assertEquals("queue", c.component(), c.toString());
  }

  @Test
  void componentNamedOnlyAsAMachineGivesWayToThePartOnIt() {
    assertEquals(
        List.of("database"),
        RootCauseExtractor.namedOnlyAsHost(
            List.of(Words.of("a disk failure on the database host".split(" "))),
            CueIndex.of(Taxonomy.builtIn().components())));
    assertEquals(
        List.of(),
        RootCauseExtractor.namedOnlyAsHost(
            List.of(
                Words.of(
                    "the database cluster lost its quorum and the database stalled".split(" "))),
            CueIndex.of(Taxonomy.builtIn().components())));
    RootCause c =
        cause("## Root Cause\nThe SSD in one of our cache hosts wore out and started failing.\n");
    assertEquals("hardware", c.fault(), c.toString());
    assertEquals("storage", c.component(), c.toString());
  }

  @Test
  void filePermissionsAreNoAuthenticationFault() {
    RootCause c =
        cause(
            "## Root Cause\nIncorrect file permissions on the Apache site configuration file kept"
                + " the web server from reading it.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
    assertEquals("web-server", c.component(), c.toString());
  }

  @Test
  void attackTakesTheComponentItBrokeInto() {
    RootCause c =
        cause(
            "## Root Cause\nStolen credentials were used to break into the MySQL database of the"
                + " shop.\n");
    assertEquals("security", c.fault(), c.toString());
    assertEquals("database", c.component(), c.toString());
  }

  @Test
  void faultNounBeforeItsPlaceStillBindsThePlace() {
    RootCause c =
        cause("## Root Cause\nThe root cause was a corrupted index in the Memcached cluster.\n");
    assertEquals("data", c.fault(), c.toString());
    assertEquals("cache", c.component(), c.toString());
  }

  @Test
  void loginIsNoLogAndPastedLogLinesDoNotVote() {
    RootCause c =
        cause(
            "## Root Cause\nA null pointer exception in the login service request handler.\n\n"
                + "## Timeline\n[worker-3] WARN upstream request took 900ms\n"
                + "[worker-3] WARN upstream request took 950ms\n");
    assertEquals("software-bug", c.fault(), c.toString());
    assertEquals("auth", c.component(), c.toString());
  }

  @Test
  void settingLeftAtTheWrongValueIsAMisconfiguration() {
    RootCause c =
        cause(
            "## Root Cause\nThe eviction policy of the new Redis cache was left at its default,"
                + " so it dropped session keys whenever memory got tight.\n");
    assertEquals("misconfiguration", c.fault(), c.toString());
    assertEquals("cache", c.component(), c.toString());
  }

  @Test
  void negatedDdosIsNotTheCause() {
    RootCause c =
        cause(
            "## Root Cause\nThis was not a DDoS attack. A typo in the nginx configuration made the"
                + " web server listen on the wrong port.\n");
    assertNotEquals("security", c.fault(), c.toString());
    assertEquals("web-server", c.component(), c.toString());
  }

  @Test
  void initialSuspicionIsNotTheCause() {
    RootCause c =
        cause(
            "We initially suspected the database. We first thought it was a DDoS attack."
                + " It turned out that the SSL certificate had expired.\n");
    assertEquals("expiry", c.fault(), c.toString());
    assertEquals("certificate", c.component(), c.toString());
  }

  @Test
  void paragraphWithoutHeadingsIsReadWholeEvenWithoutACue() {
    assertEquals(
        "capacity",
        cause(
                "New servers could not start during the evening peak because the account had"
                    + " reached its instance quota in the region.")
            .fault());
    assertEquals(
        RootCause.UNKNOWN_FAULT,
        cause("The website was slow for a while this morning and several customers complained.")
            .fault());
  }

  @Test
  void paragraphThatDoesNotKnowWhyStaysUnknown() {
    assertEquals(
        RootCause.UNKNOWN_FAULT,
        cause(
                "The report workers stopped picking up jobs for an hour. A router had been"
                    + " replaced the evening before, but the network was ruled out. We do not know"
                    + " why the workers stopped; restarting them fixed it.")
            .fault());
  }

  @Test
  void nothingToGoOnIsUnknownWithLowConfidence() {
    RootCause c = cause("We are sorry. The team met on Tuesday. Thanks for your patience.");
    assertEquals(RootCause.UNKNOWN_FAULT, c.fault());
    assertTrue(c.confidence() < 0.2, c.toString());
  }

  @Test
  void oneWordRepeatedIsNoGroundForAGuess() {
    for (int n : List.of(10, 5_000)) {
      RootCause c = cause("word ".repeat(n));
      assertEquals(RootCause.UNKNOWN_FAULT, c.fault(), n + " times: " + c);
      assertTrue(c.confidence() < 0.2, c.toString());
    }
  }

  @Test
  void confidenceIsHigherWithClearEvidence() {
    RootCause clear =
        cause("## Root Cause\nThe root cause was a misconfiguration of the load balancer.\n");
    RootCause vague = cause("Something with the balancer, maybe.");
    assertTrue(clear.confidence() > vague.confidence(), clear + " vs " + vague);
  }

  @Test
  void userTaxonomyAddsAComponentWithoutCodeChanges() {
    Taxonomy mine =
        Taxonomy.builtIn()
            .extend(
                Taxonomy.of(
                    List.of(),
                    List.of(new Term("payments-api", List.of("payments api", "payments-api"))),
                    List.of(),
                    List.of()));
    Pipeline pipeline =
        Pipeline.builder()
            .add(new SectionExtractor())
            .add(new RootCauseExtractor(models(), CauseModels.builtIn(), mine))
            .build();
    RootCause c =
        pipeline
            .parse(
                SourceDocument.of(
                    "t",
                    "## Root Cause\nThe root cause was a bug in the payments API that rejected"
                        + " every card.\n"))
            .rootCause()
            .orElseThrow();
    assertEquals("payments-api", c.component(), c.toString());
    assertEquals("software-bug", c.fault(), c.toString());
  }

  @Test
  void aSettingsFileWhoseSlipTheDocumentPlacesInASourceFileIsABug() {
    String rootCause =
        "## Root cause\nThe outage came from a typo in a settings file that was edited shortly"
            + " before the maintenance update was pushed.\n";
    // Told nowhere else, the slip is in configuration.
    assertEquals("misconfiguration", cause("# Site down\n\n" + rootCause).fault());
    // The timeline names the file, an application source file: by the labelling conventions the
    // slip is a bug, whatever the author calls the file, and a quote around it changes nothing.
    for (String file :
        List.of("/var/www/html/wp-settings.php", "\u2018/var/www/html/wp-settings.php\u2019")) {
      String text =
          "# Site down\n\n## Timeline\n- 08:39 - Typo found in an include on line 137 of "
              + file
              + "\n\n"
              + rootCause;
      assertEquals("software-bug", cause(text).fault(), file);
    }
  }

  /**
   * A source file named by its language ("one of the PHP files") is as much code as one named by
   * its extension: a setting wrong there is a bug by the labelling conventions.
   */
  @Test
  void aSourceFileNamedByItsLanguageIsCode() {
    for (String file : List.of("PHP files", "Python files", "source files")) {
      String text =
          "# Shop down\n\n## Root cause\nThe cause was a misconfigured include path in one of the "
              + file
              + " of the shop.\n";
      assertEquals("software-bug", cause(text).fault(), file);
    }
    for (String place : List.of("the wp-settings file", "the PHP code")) {
      String text = "# Shop down\n\n## Root cause\nA misconfiguration in " + place + ".\n";
      assertEquals("software-bug", cause(text).fault(), place);
    }
    assertEquals(
        "misconfiguration",
        cause(
                "# Shop down\n\n## Root cause\nThe cause was a misconfigured include path in the"
                    + " web server's virtual host.\n")
            .fault());
  }

  /**
   * In a WordPress site's story, a slip in "the configuration file" that names no server is in the
   * site's own PHP settings, a bug by the conventions; one in a named server's configuration, or in
   * a story that is not WordPress's, stays a misconfiguration.
   */
  @Test
  void aSlipInTheConfigurationOfAWordPressSiteIsABug() {
    String site =
        "# Blog down\n\n## Summary\nOur WordPress blog answered every request with a 500.\n\n";
    assertEquals(
        "software-bug",
        cause(site + "## Root cause\nA typo in the configuration file broke the site.\n").fault());
    assertEquals(
        "misconfiguration",
        cause(
                site
                    + "## Root cause\nA typo in the load balancer configuration file sent every"
                    + " request to a server that was down.\n")
            .fault());
    assertEquals(
        "misconfiguration",
        cause(
                "# Shop down\n\n## Summary\nOur shop answered every request with a 500.\n\n"
                    + "## Root cause\nA typo in the configuration file broke the site.\n")
            .fault());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "## Root cause\nAn edge case in the booking endpoint was never covered, so deleting a"
            + " booking with linked rooms returned an error.",
        "## Root cause\nThe export job hit a parsing error on dates written with a time zone and"
            + " stopped.",
        "## Root cause\nA reply from the rates service was not properly parsed, so the prices"
            + " reached the checkout in the wrong format.",
      })
  void edgeCasesAndParsingErrorsAreBugs(String text) {
    assertEquals("software-bug", cause("# Incident\n\n" + text + "\n").fault(), text);
  }

  /**
   * A typing or spelling mistake is a slip of the pen like a typo: a bug in code, a
   * misconfiguration in a configuration file (the convention {@code configSlips} reads).
   */
  @Test
  void typingAndSpellingMistakesAreSlipsLikeTypos() {
    assertEquals(
        "software-bug",
        cause(
                "## Root cause\nA typing mistake in one of the page templates made every product"
                    + " page fail.\n")
            .fault());
    assertEquals(
        "software-bug",
        cause("## Root cause\nA spelling mistake in the name of an included module.\n").fault());
    assertEquals(
        "misconfiguration",
        cause(
                "## Root cause\nA typing mistake in the nginx configuration file sent the API"
                    + " traffic to the wrong upstream.\n")
            .fault());
  }

  @Test
  void anErrorInTheConfigurationIsAMisconfigurationHoweverTersely() {
    // a four-word cause gives the categorizer too little to go on, so the words must
    assertEquals(
        "misconfiguration",
        cause(
                "# Outage\n## Summary\n- Impact: the site served errors\n- Cause: Error in"
                    + " configuration file\n")
            .fault());
    assertEquals(
        "misconfiguration",
        cause("## Root cause\nAn error in the config of the reverse proxy.\n").fault());
  }

  @Test
  void aHedgedFindingUnderTheRootCauseHeadingIsTheAuthorsConclusion() {
    // The heading says what the sentence is: the cause as far as the author could tell.
    assertEquals(
        "misconfiguration",
        cause(
                "# Outage\n## Summary\nThe billing site was down for an hour.\n## Root cause\n"
                    + "It seemed that there was a wrong configuration in the load balancer.\n")
            .fault());
    assertEquals(
        "expiry",
        cause(
                "# Outage\n## Summary\nThe shop was down for an hour.\n## Root cause\n"
                    + "We think the certificate expired.\n")
            .fault());
    // A first suspicion told there is still no finding.
    assertEquals(
        "capacity",
        cause(
                "# Outage\n## Summary\nThe shop was down for an hour.\n## Root cause\nWe"
                    + " initially suspected a DDoS attack. The disk had filled up with logs.\n")
            .fault());
  }

  @Test
  void aForgottenSettingIsAWrongSetting() {
    // By the taxonomy an operator's slip is human error only when nothing describes it better.
    for (String cause :
        List.of(
            "ROOT CAUSE: I set up ufw for ssh only and forgot to open ports 80 and 443. The"
                + " firewall dropped the web traffic, the server itself was fine.",
            "Root cause: we forgot to add the new domain to the allowed redirect URIs of our OAuth"
                + " app.")) {
      assertEquals(
          "misconfiguration",
          cause("# Outage\nSummary: the site was down for an hour.\n" + cause + "\n").fault(),
          cause);
    }
  }
}
