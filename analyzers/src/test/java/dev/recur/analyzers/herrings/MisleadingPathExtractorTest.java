package dev.recur.analyzers.herrings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.ExtractorContractTest;
import dev.recur.analyzers.Parsed;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.core.Extractor;
import dev.recur.core.MisleadingPath;
import dev.recur.core.Postmortem;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MisleadingPathExtractorTest extends ExtractorContractTest {

  @Override
  protected Extractor extractor() {
    return new MisleadingPathExtractor(models(), Taxonomy.builtIn());
  }

  private static Set<String> herrings(String text) {
    return Parsed.parse(text).misleadingPaths().stream()
        .map(MisleadingPath::hypothesis)
        .collect(Collectors.toSet());
  }

  /** The red herrings of one timeline entry in a document whose cause is an expired certificate. */
  private static Set<String> herringsBeforeAnExpiredCertificate(String entry) {
    return herrings(
        "## Timeline\n"
            + entry
            + "\n\n## Root Cause\nA certificate on the ingress expired over the weekend.\n");
  }

  @Test
  void negatedDdosIsRedHerring() {
    assertEquals(
        Set.of("ddos"),
        herrings(
            "This was not a DDoS. A misconfigured load balancer sent all traffic to one node."));
  }

  @Test
  void aVerbNegatedByAModalIsASymptomNotADenial() {
    // "could not log in" names the login as what users failed at; it rules no login fault out.
    assertEquals(Set.of(), herrings("All users could not log in between 10:00 and 11:00."));
    assertEquals(
        Set.of(), herrings("- shoppers did not connect to the cache\n- the disk was full\n"));
    assertEquals(
        Set.of("database"),
        herrings(
            "Checkout failed for an hour. It was not the database. The web host had run out of"
                + " memory."));
  }

  @Test
  void anUnrelatedThingIsNoDenialButWhatLooksNormalIs() {
    // "An unrelated hotfix" and "an unrelated maintenance" describe a thing; they rule nothing out.
    assertEquals(
        Set.of(),
        herrings(
            "## What happened\nThe data volume filled up at 04:20. Usage grew from 45% to 100% over"
                + " two weeks, and the disk alert had been silenced during an unrelated"
                + " maintenance.\n\n## Root cause\nAttachment uploads tripled and nobody"
                + " revisited the sizing of the volume.\n"));
    assertEquals(
        Set.of("database"),
        herrings(
            "## Timeline\n- 14:20 On-call suspects the primary database because of the CPU graph;"
                + " query statistics look normal.\n\n## Root cause\nA health-check path in the"
                + " load balancer configuration was changed by mistake.\n"));
  }

  @Test
  void whatASuspectedReleaseWentToIsNoSuspectOfItsOwn() {
    assertEquals(
        Set.of("code-deploy"),
        herrings(
            "## Investigation\nBecause the identity team had shipped a release of the login service"
                + " the evening before, the first suspicion fell on that deploy. Rolling it back"
                + " changed nothing.\n\n## Root cause\nAn intermediate certificate in the served"
                + " chain had expired.\n"));
  }

  @Test
  void rollbackThatChangedNothingClearsTheChange() {
    assertEquals(
        Set.of("code-deploy"),
        herrings(
            "## What happened\nThe database host rebooted every twelve minutes. A release at 08:55"
                + " had added a background job, so we rolled it back at 09:35. The reboots"
                + " continued on the same rhythm.\n\n## Root cause\nA faulty memory module in"
                + " the database host failed its checks.\n"));
    assertEquals(
        Set.of(),
        herrings(
            "## What happened\nThe config change was rolled back and errors stopped at 10:12. We"
                + " continued to monitor for an hour and everyone stayed calm.\n\n## Root cause\n"
                + "A typo in the nginx configuration sent every request to a dead upstream.\n"));
  }

  @Test
  void rollbackThatEndedTheTroubleOrTrafficMovedIsNoHerring() {
    assertEquals(
        Set.of(),
        herrings(
            "## What happened\nErrors continued until we rolled back the 14:02 release at 14:40."
                + " At 14:50 all traffic went to the secondary load balancer. Error rates were"
                + " normal by 15:00.\n\n## Root cause\nA bug in the new pagination code looped"
                + " forever.\n"));
  }

  @Test
  void whereTheyLookedFirstFoundHealthyIsAHerring() {
    assertEquals(
        Set.of("database"),
        herrings(
            "## What happened\nWe went to the database first, because the signup form was the"
                + " slowest page. Query times were normal.\n\n## Root cause\nEvery Apache worker"
                + " was busy: 600 workers were not enough for the surge of signups.\n"));
  }

  @Test
  void suspicionOfTheServicesOwnCodeNamesTheApplication() {
    assertEquals(
        Set.of("application"),
        herrings(
            "## What happened\nOur first suspicion was the API, which was the process being"
                + " killed. Its memory was flat.\n\n## Root cause\nThe metrics agent on every"
                + " host leaked memory until the OOM killer fired.\n"));
    assertEquals(
        Set.of(),
        herrings(
            "## Timeline\n- 08:32 Engineers received alerts and began an initial investigation of"
                + " the logs.\n\n## Root cause\nA full disk on the database host stopped every"
                + " write.\n"));
  }

  @Test
  void suspectedNetworkPartitionIsTheNetwork() {
    assertEquals(
        Set.of("network"),
        herrings(
            "## What happened\nWe first suspected a network partition between the broker nodes,"
                + " but all the nodes could reach each other.\n\n## Root cause\nA bug in the"
                + " queue's leader election left no leader.\n"));
  }

  @Test
  void networkLogsThatLookedInnocentAreADroppedSuspicion() {
    assertEquals(
        Set.of("network"),
        herrings(
            "## Timeline\n- 17:30 - Network logs looked innocent.\n- 18:00 - Found the slow"
                + " query.\n\n## Root cause\nA slow query in the report page overloaded the"
                + " database.\n"));
  }

  @Test
  void whereTheyCheckedFirstAndFoundNothingIsAHerring() {
    String root =
        "\n\n## Root cause\nA wrong weight in the load balancer configuration sent all traffic"
            + " to one server.\n";
    assertEquals(
        Set.of("database"),
        herrings(
            "## Timeline\n- 17:30 - We looked at the database first; it wasn't the culprit."
                + root));
    assertEquals(
        Set.of("firewall"),
        herrings(
            "## Timeline\n- 17:30 - We checked the firewall first, but its rules were correct."
                + root));
  }

  @Test
  void guessesAndIdeasAreSuspicions() {
    assertEquals(
        Set.of("database", "load-balancer"),
        herrings(
            "## Summary\nAPI calls from one zone timed out for an hour.\n\n## Timeline\n- 10:05 The"
                + " on-call engineer's first guess was the database, but CPU was at 20% and"
                + " replication lag was zero.\n- 10:20 The second guess was the load balancer;"
                + " its configuration matched the repository.\n\n## Root Cause\nA wrong route"
                + " table on the new subnet sent the zone's traffic through a congested VPN link.\n"));
  }

  @Test
  void whatItLookedLikeIsASuspicionNotTheCause() {
    String text =
        "## Root Cause\nIt looked like we were overloaded; we were actually capped by a"
            + " misconfigured max_connections of 20, far below what the database host could"
            + " handle.\n";
    assertEquals("misconfiguration", Parsed.parse(text).rootCause().orElseThrow().fault());
  }

  @Test
  void routineLookAtTheUsualSuspectsIsNoHerring() {
    assertEquals(
        Set.of(),
        herrings(
            "## Timeline\n- 10:05 The team checked the usual suspects, the web server and the"
                + " application server.\n\n## Root Cause\nThe database connection pool was too"
                + " small for the traffic.\n"));
  }

  @Test
  void theDeployRuledOutIsCodeDeploy() {
    assertEquals(
        Set.of("code-deploy"),
        herrings(
            "## Timeline\n- 10:05 A release of the billing API had shipped an hour earlier, so we"
                + " rolled it back. Errors went on; the deploy was ruled out.\n\n## Root Cause\n"
                + "The TLS certificate of the billing API expired.\n"));
  }

  @Test
  void ruledOutAloneRulesOutWhatTheSentenceBeforeChecked() {
    assertEquals(
        Set.of("load-balancer"),
        herrings(
            "## Timeline\n- 21:40 The load balancer was checked first out of habit. Pool healthy,"
                + " no recent change; ruled out.\n\n## Root Cause\nA firewall rule cleanup removed"
                + " the rule for the feed service.\n"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- 10:30 Assumed the root cause to be excessive load and added two more workers.",
        "- 10:30 Our first theory was that this was legitimate traffic from the newsletter.",
        "- 10:30 We chased the resource exhaustion theory for twenty minutes; CPU was fine.",
        "- 10:30 We initially suspected a traffic jam from the flash sale.",
      })
  void loadWordingsNameATrafficSpike(String entry) {
    assertEquals(Set.of("traffic-spike"), herringsBeforeAnExpiredCertificate(entry));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- 09:02 Monitoring first showed the error rate climbing, and we suspected the database.",
        "- 09:02 Initial investigation started with the Apache logs; we suspected the database.",
        "- 09:02 No deploys had gone out that day, so we suspected the database.",
      })
  void theLensTheLogsAndAReleaseThatNeverHappenedAreNoSuspects(String entry) {
    assertEquals(Set.of("database"), herringsBeforeAnExpiredCertificate(entry));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- 09:20 We first suspected a network hiccup between the two racks.",
        "- 09:20 Misleading path: an hour spent on the network configurations of the office.",
        "- 09:20 The working theory was network trouble between the pods and the broker.",
      })
  void networkWordingsNameTheNetwork(String entry) {
    assertEquals(Set.of("network"), herringsBeforeAnExpiredCertificate(entry));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- 09:30 We first suspected we were being DDoSed; inbound traffic was normal.",
        "- 09:30 A flood of junk traffic was the first theory; the edge saw ordinary volumes.",
      })
  void floodWordingsNameADdos(String entry) {
    assertEquals(Set.of("ddos"), herringsBeforeAnExpiredCertificate(entry));
  }

  @Test
  void theNextSuspectIsASuspect() {
    assertEquals(
        Set.of("database"),
        herringsBeforeAnExpiredCertificate("- 09:25 Next suspect: MariaDB. It answered at once."));
  }

  @Test
  void requestVolumeIsNoStorage() {
    assertEquals(
        Set.of("traffic-spike"),
        herringsBeforeAnExpiredCertificate(
            "- 09:15 Request volume was normal, so a traffic surge was ruled out."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- 10:20 Paged the platform team after ruling out app server problems.",
        "- 10:20 We ruled out app servers and paged the platform team.",
      })
  void genericNameCountsAsTheObjectOfRulingOut(String entry) {
    assertEquals(Set.of("application"), herringsBeforeAnExpiredCertificate(entry));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- 09:40 Network checks between the zones found no issues.",
        "- 09:40 The first round of checks showed no network faults.",
        "- 09:40 Connectivity looked clean from every host we tried.",
      })
  void theNetworkFoundCleanIsAHerring(String entry) {
    assertEquals(Set.of("network"), herringsBeforeAnExpiredCertificate(entry));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "- 09:40 The network team found no issues on their side.",
        "- 09:40 Query latency was normal, so we looked at the ingress.",
      })
  void aNetworkTeamOrAMeasureFoundCleanIsNone(String entry) {
    assertEquals(Set.of(), herringsBeforeAnExpiredCertificate(entry));
  }

  @Test
  void misdiagnosisIsAHerring() {
    assertEquals(
        Set.of("traffic-spike"),
        herrings(
            "## Timeline\n- 02:20 Misdiagnosed as a traffic spike; we added two more web nodes."
                + "\n\n## Root Cause\nThe TLS certificate of the session store expired.\n"));
  }

  @Test
  void genericNameCountsWhenRuledOutInSoManyWords() {
    assertEquals(
        Set.of("application"),
        herrings(
            "The application was ruled out at 15:40 once its tests passed against a copy of"
                + " production. The cause was a data migration that dropped a column.\n"));
  }

  /** A note's "Application ruled out." rules the application out as the full sentence would. */
  @Test
  void genericNameRuledOutInANote() {
    assertEquals(
        Set.of("application"),
        herrings(
            "## Investigation\n- Treated at first as a regression of the invoice template."
                + " Application ruled out.\n\n## Root Cause\nA schema migration left the"
                + " billing country empty for old accounts.\n"));
    assertEquals(
        Set.of("application"),
        herrings(
            "## Investigation\nThe API has been ruled out: its error rate never moved.\n\n"
                + "## Root Cause\nAn expired certificate on the load balancer.\n"));
  }

  /** A rollback that "changed nothing" or "did nothing" cleared what it rolled back. */
  @Test
  void rollbackToldAsDoingNothingClearsTheChange() {
    String cause = "\n\n## Root cause\nA disk on the database host failed.\n";
    assertEquals(
        Set.of("code-deploy"),
        herrings(
            "## What happened\nWe had shipped a tracker update that afternoon, so we rolled it"
                + " back. That changed nothing."
                + cause));
    assertEquals(
        Set.of("code-deploy"),
        herrings(
            "## What happened\nA deploy had gone out ten minutes earlier, so we rolled that back"
                + " first, which did nothing."
                + cause));
  }

  /** "This was B, not A": the verdict asserts B, the document's own cause, and denies A only. */
  @Test
  void verdictThatContrastsTheCauseWithAnotherDoesNotDenyTheCause() {
    assertEquals(
        Set.of(),
        herrings(
            "## Root cause\nA network partition between the two campus buildings: a loose fibre"
                + " in the backbone dropped packets. This was a network fault in the backbone, not"
                + " a problem on the servers' side.\n"));
  }

  /** "the website's server" names the server as "the server" does. */
  @Test
  void aPossessedServerIsTheServer() {
    assertEquals(
        Set.of("web-server"),
        herrings(
            "## Timeline\n9:10 AM: The team initially assumed the issue was with the website's"
                + " server, but it was not the root cause\n\n## Root cause\nThe disks of the"
                + " hosts filled up with logs.\n"));
  }

  @Test
  void deployThatWasTheCauseIsNoHerring() {
    assertEquals(
        Set.of(),
        herrings(
            "## Timeline\n- 10:00 We suspected the recent deployment first.\n\n## Root Cause\n"
                + "A bad deploy of the payments service shipped a broken build to every node.\n"));
  }

  @Test
  void suspicionOfTheRealFaultNamesNoHerring() {
    assertEquals(
        Set.of(),
        herrings(
            "## Timeline\n- 00:10 Initial investigation suggested a brute force attack, possibly"
                + " compromising the customer database.\n\n## Root Cause\nA brute force attack"
                + " against the login page of the shop tried thousands of stolen passwords.\n"));
  }

  @Test
  void trafficNamedAsTheReasonForAnotherSuspicionIsNotItsOwn() {
    assertEquals(
        Set.of("network"),
        herrings(
            "Misleading path: we then suspected network congestion, considering the spike in"
                + " traffic at lunchtime, but the network was fine. The root cause was a cache"
                + " misconfiguration.\n"));
  }

  @Test
  void whatAFalseLeadOverlookedIsNoHerring() {
    assertEquals(
        Set.of("network"),
        herrings(
            "## Misleading Paths\nWe chased network bottlenecks for an hour, overlooking the"
                + " disk of the database host.\n\n## Root Cause\nThe disk of the database host"
                + " filled up.\n"));
  }

  @Test
  void whatASuspectedAttackWouldHitIsNoHerringOfItsOwn() {
    assertEquals(
        Set.of("ddos"),
        herrings(
            "## Timeline\n- 09:10 Initial assumption: an external attack impacting the"
                + " authentication service.\n\n## Root Cause\nA misconfigured connection pool of"
                + " the database.\n"));
  }

  @Test
  void suspectedCodeChangeIsNoHerringWhenTheCauseWasABug() {
    assertEquals(
        Set.of(),
        herrings(
            "We assumed a recent code change was to blame. The root cause was a bug in the"
                + " checkout code that threw a null pointer exception.\n"));
  }

  @Test
  void suspectedCodeChangeRuledOutCountsEvenWhenTheCauseWasABug() {
    assertEquals(
        Set.of("code-deploy"),
        herrings(
            "## Timeline\n- 09:20 Engineers chased a bad code release for a while before ruling"
                + " it out.\n\n## Root Cause\nA bug in the payment service crashed it under"
                + " load.\n"));
  }

  @Test
  void rootComponentListedAsAMisleadingPathCounts() {
    assertEquals(
        Set.of("web-server"),
        herrings(
            "## Misleading Paths\nInitial focus on the virtual host configuration of Apache.\n\n"
                + "## Root Cause\nWrong file permissions on the Apache configuration file.\n"));
  }

  @Test
  void verdictOpeningThePreventionAdviceRulesOut() {
    assertEquals(
        Set.of("web-server"),
        herrings(
            "## Root Cause\nA typo in a PHP file of the WordPress application.\n\n## Prevention\n"
                + "This outage was not a web server error, but an application error. Test before"
                + " deploying.\n"));
  }

  @Test
  void flakyNetworkingIsTheNetwork() {
    assertEquals(
        Set.of("network"),
        herrings(
            "## Timeline\n- 13:03 Investigation focused on flaky networking between the hosts,"
                + " which turned out to be a dead end.\n\n## Root Cause\nAn expired TLS"
                + " certificate.\n"));
  }

  @Test
  void ruledOutDatabaseIsRedHerring() {
    assertEquals(
        Set.of("database"),
        herrings("We ruled out the database early. The real culprit was an expired certificate."));
  }

  @Test
  void initiallySuspectedIsRedHerring() {
    assertEquals(
        Set.of("database", "ddos"),
        herrings(
            "We initially suspected the database. Then we thought it was a DDoS attack, but the"
                + " traffic was normal. The root cause was a load balancer misconfiguration."));
  }

  @Test
  void serverRestartIsWebServer() {
    assertEquals(
        Set.of("web-server"),
        herrings(
            "At first we assumed a server crash and restarted the servers, with no improvement."
                + " The cause was a bug in the checkout code."));
  }

  @Test
  void backendCodeIsApplication() {
    assertEquals(
        Set.of("application"),
        herrings(
            "The on-call engineer first suspected the application code, which turned out to be"
                + " fine. The DNS record had been deleted by mistake."));
  }

  @Test
  void trafficSurgeIsTrafficSpike() {
    assertEquals(
        Set.of("traffic-spike"),
        herrings(
            "- 10:00 Assumption made that a sudden traffic surge caused the errors; we added"
                + " servers.\n- 10:30 No improvement.\n\nRoot cause: a slow query on the orders table."));
  }

  @Test
  void routineCheckIsNotRedHerring() {
    assertEquals(
        Set.of(),
        herrings(
            "We checked the dashboards and the logs. The root cause was an expired TLS certificate."));
  }

  @Test
  void rootComponentIsNotItsOwnRedHerring() {
    assertEquals(
        Set.of(),
        herrings(
            "We suspected the load balancer from the start. The load balancer had been"
                + " misconfigured by a config push."));
  }

  @Test
  void misleadingPathsSectionNamesItsHypotheses() {
    Set<String> found =
        herrings(
            "## Misleading Investigation Paths\n- Investigated a possible DDoS attack without"
                + " evidence.\n- Considered database overload, but metrics were normal.\n\n"
                + "## Root Cause\nThe load balancer settings were wrong.\n");
    assertEquals(Set.of("ddos", "database"), found);
  }

  @Test
  void teamNamesAreNotHypotheses() {
    assertEquals(
        Set.of(),
        herrings(
            "The database team was paged and confirmed the root cause: an expired certificate."));
  }

  @Test
  void minutesSpentComeFromTheTimeline() {
    Postmortem p =
        Parsed.parse(
            "## Timeline\n"
                + "- 10:00 AM: Alerts fired for errors on the checkout.\n"
                + "- 10:15 AM: We initially suspected a DDoS attack and enabled rate limits.\n"
                + "- 10:45 AM: Traffic looked normal; the DDoS theory was dropped.\n"
                + "- 11:00 AM: Found the misconfigured load balancer and rolled it back.\n");
    List<MisleadingPath> paths = p.misleadingPaths();
    MisleadingPath ddos =
        paths.stream().filter(m -> m.hypothesis().equals("ddos")).findFirst().orElseThrow();
    assertEquals(Optional.of(30), ddos.minutesSpent(), paths.toString());
    assertTrue(ddos.evidence().contains("suspected"), ddos.evidence());
  }

  @Test
  void aLeadNamedInProseIsTimedByTheTimelineEntryThatDroppedIt() {
    Postmortem p =
        Parsed.parse(
            "## Investigation\n"
                + "The on-call engineer first assumed a DDoS attack. The edge dashboards showed"
                + " ordinary volumes, so that was ruled out.\n\n"
                + "## Timeline\n"
                + "- 14:05 Error alerts fire on the public API.\n"
                + "- 14:30 DDoS ruled out.\n"
                + "- 14:50 Health check path on the load balancer found wrong and corrected.\n\n"
                + "## Root Cause\nA misconfigured health check on the load balancer.\n");
    MisleadingPath ddos =
        p.misleadingPaths().stream()
            .filter(m -> m.hypothesis().equals("ddos"))
            .findFirst()
            .orElseThrow();
    assertEquals(Optional.of(25), ddos.minutesSpent(), p.misleadingPaths().toString());
    assertTrue(ddos.evidence().contains("first assumed"), ddos.evidence());
  }

  @Test
  void rootsOwnPartCalledAFalseLeadIsAHerring() {
    assertEquals(
        Set.of("web-server"),
        herrings(
            "## Timeline\n- 09:10 First idea: a broken rewrite rule in the Apache virtual host"
                + " (false lead).\n\n## Root Cause\nThe Apache worker limit in the main"
                + " configuration was set to two, so the web server turned visitors away.\n"));
  }

  @Test
  void restartThatDidNotHelpIsADeadEnd() {
    assertEquals(
        Set.of("web-server"),
        herrings(
            "## Timeline\n- 10:02 The on-call engineer tried to restart the service, but the 500"
                + " errors persisted.\n\n## Root Cause\nA bug in the checkout code divided by"
                + " zero when the cart was empty.\n"));
  }

  @Test
  void rootsOwnPartCheckedWithoutErrorsIsAHerring() {
    assertEquals(
        Set.of("web-server"),
        herrings(
            "## Timeline\n- 11:50 The first checks focused on the nginx configuration files, but"
                + " no errors were found in them.\n- 12:10 The site in sites-available had never"
                + " been linked into sites-enabled.\n\n## Root Cause\nThe nginx site was not"
                + " enabled, so the default page was served.\n"));
  }

  @Test
  void initialInvestigationsInThePluralAreAStrongSuspicion() {
    assertEquals(
        Set.of("cache"),
        herrings(
            "## Timeline\n- 09:20 Initial investigations focused on a possible Redis bug, though"
                + " the logs soon pointed elsewhere.\n\n## Root Cause\nAn expired TLS"
                + " certificate on the API gateway rejected every client.\n"));
  }
}
