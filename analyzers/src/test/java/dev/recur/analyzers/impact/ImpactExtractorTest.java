package dev.recur.analyzers.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.recur.analyzers.ExtractorContractTest;
import dev.recur.analyzers.Parsed;
import dev.recur.core.Extractor;
import dev.recur.core.Impact;
import dev.recur.core.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImpactExtractorTest extends ExtractorContractTest {

  @Override
  protected Extractor extractor() {
    return new ImpactExtractor(models());
  }

  private static Impact impact(String text) {
    return Parsed.parse(text).impact().orElseThrow();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "About 30% of users could not log in.|30",
        "Roughly a third of our customers saw errors.|33.33",
        "All users were unable to reach the dashboard.|100",
        "Half of our customers could not check out.|50",
        "The outage affected 100 percent of traffic to the API.|100",
        "Between 30-35% of requests failed during the window.|32.5",
        "~30% of visitors got a blank page.|30",
        "Around 45 % of sessions were dropped.|45",
        "Anyone trying to access the website got a 503 error.|100",
        "At its height, 100% of the traffic to this API was impacted.|100",
        "Two thirds of the students could not submit their work.|66.67",
        "Whoever tried to access the portal that morning got an error page.|100",
        "About 45% of sellers who opened the report page saw an error.|45",
        "The checkout failed for between 55% and 65% of users.|60",
        "Our API returned errors, affecting one in five users.|20",
        "Roughly 1 out of every 4 requests timed out.|25",
        "Everyone who tried to log in that hour got an error.|100",
        "One in five payment attempts was declined by mistake.|20",
        "No one could log in to the admin console during the outage.|100",
        "The site was down for everyone for 35 minutes.|100",
        "The outage left the site completely unavailable for approximately 75% of our users.|75",
        "No customer outside our own offices could reach the portal for an hour.|100",
        "Every checkout attempted during the window failed.|100",
        "Every customer was unable to book until service was restored at 09:35.|100",
        "A fifth of invoice submissions failed with a 500.|20",
        "Every single visitor who typed our domain was greeted with a connection error.|100",
        "The dashboard was unusable for everyone who had it open.|100",
        "At its peak, roughly one request in eight failed.|12.5",
        "One on four orders from this morning was delayed more than one hour.|25",
        "Every one of our customers was unable to sign in that morning.|100",
        "Every of our users could not authenticate until noon.|100",
        "Roughly two in five users could not load their timetables for ninety minutes.|40",
        "For an hour every visitor to the blog was redirected to a spam page.|100",
        "The error rate rose to 40% and around 30% of users were affected.|30",
        "Our 99.9% SLA was breached; 12% of users saw errors.|12",
        "The outage impacted an estimated sixty percent of users.|60",
        "Twenty-five per cent of our customers could not pay.|25",
        "During the incident a hundred percent of requests failed.|100",
        "The shop showed a 'Something went wrong' page to all customers until 14:10.|100",
        "The new flow was rolled out to 5% of users, and every one of them saw errors.|5",
        "Everyone got logged out at once and could not log back in for 20 minutes.|100",
        "Everyone in the office lost the shared drive for most of Thursday.|100",
        "All users could browse but nobody could save anything for 50 minutes.|100",
        "Every card payment failed for about 45 minutes this afternoon.|100",
        "About half of sign-ins failed until the rollout completed.|50",
        "Finance and HR, roughly a quarter of staff, could not work for two days.|25",
        "All our hostnames stopped resolving for everyone until the zone was restored.|100",
        "Today some of users was having errors when open the app, around 15 percent.|15",
        "v4.2 went straight to 100% without a canary and broke login for 30% of our users.|30",
        "Anyone visiting the shop that morning saw the default server page.|100",
        "All four CPUs sat at 100% while about 35% of checkout attempts timed out.|35",
      })
  void shareOfUsers(String sentence, double expected) {
    Impact i = impact(sentence);
    assertEquals(expected, i.usersPercent().orElseThrow(), 0.05, sentence);
  }

  @Test
  void twoSharesJoinedByAndAreNotARange() {
    assertEquals(
        30.0,
        impact("About 30% and later 40% of users saw errors.").usersPercent().orElseThrow(),
        0.05);
  }

  @Test
  void thanksToEveryoneWhoHelpedIsNotEveryUser() {
    assertEquals(
        Optional.empty(),
        impact(
                "The search page failed for some users. Thank you to everyone who helped restore it.")
            .usersPercent());
  }

  @Test
  void everyoneInAHowItWorksOrAnActionIsNoShare() {
    assertEquals(
        Optional.empty(),
        impact(
                "Calls to the shipping API timed out. All outbound traffic from the private subnets"
                    + " leaves through a pair of NAT instances.")
            .usersPercent());
    assertEquals(
        Optional.empty(),
        impact(
                "Some prices were stale for three hours. We have contacted every customer whose"
                    + " order was affected.")
            .usersPercent());
  }

  @Test
  void progressRatiosAndThingsOfEveryCustomerAreNoShare() {
    assertEquals(
        Optional.empty(),
        impact("## Impact\nFile reads were slow. Session cache hit ratio: 97% -> 41%.\n")
            .usersPercent());
    assertEquals(
        Optional.empty(),
        impact("Reads were slow for an hour. Rebuild at 40% with normal client latency.")
            .usersPercent());
    assertEquals(
        Optional.empty(),
        impact(
                "Uploads were failing. Failing over would have needed a DNS change for every"
                    + " customer domain.")
            .usersPercent());
  }

  @Test
  void sharesThatNeverHappenedAreNoImpact() {
    assertEquals(
        100.0,
        impact(
                "Every request from every visitor got a 503 for eleven minutes. Since then we have"
                    + " an alert that fires when any pool has fewer than half of its members"
                    + " enabled.")
            .usersPercent()
            .orElseThrow());
    assertEquals(
        Optional.empty(),
        impact("The team wanted to try the new flow with real payments from 5% of staff accounts.")
            .usersPercent());
    assertEquals(
        Optional.empty(),
        impact("Duration: 22:40 GMT+1 to 23:50 GMT+1 on 18/12/2022, when users saw errors.")
            .usersPercent());
  }

  @Test
  void responsesOfTheTeamSpansAndStagesAreNoShare() {
    for (String sentence :
        List.of(
            "Users reported failures once the rollout reached 25%.",
            "We spent half of the afternoon debugging the wrong service.",
            "Nobody on the team could reproduce the bug locally.",
            "Every other request timed out.",
            "We heard from 5 customers on 20 March that checkout was failing.",
            "We got 3 users in 10 minutes reporting errors.")) {
      assertEquals(Optional.empty(), impact(sentence).usersPercent(), sentence);
    }
  }

  @Test
  void theShareThatComplainedIsNotTheShareHit() {
    assertEquals(
        Optional.empty(),
        impact("Of our two hundred members, about 15% were writing in complaints by noon.")
            .usersPercent());
    assertEquals(
        Optional.of(100.0),
        impact(
                "Around 8% of users complained to support, but we believe 100% of users were"
                    + " affected.")
            .usersPercent());
  }

  @Test
  void notAllIsNotEveryone() {
    for (String sentence :
        List.of(
            "On Monday one of our web servers was unable to receive all incoming requests.",
            "It turned out that not all users were affected by the outage.")) {
      assertEquals(Optional.empty(), impact(sentence).usersPercent(), sentence);
    }
  }

  @Test
  void aSlowdownIsNoShare() {
    assertEquals(
        Optional.of(25.0),
        impact("Checkout slowed down by 70% and about 25% of users gave up on their orders.")
            .usersPercent());
  }

  @Test
  void allRequestsUnansweredIsEveryone() {
    assertEquals(
        Optional.of(100.0),
        impact(
                "## Summary\nAt midnight the shop's web server became unresponsive to all external"
                    + " requests.\n")
            .usersPercent());
  }

  @Test
  void anErrorForWhateverAnyoneAskedForIsEveryone() {
    assertEquals(
        Optional.of(100.0),
        impact("At 10:00 the API began answering 503 when accessing any endpoint.\n")
            .usersPercent());
    assertEquals(
        Optional.of(100.0),
        impact("Visitors got a 500 error loading any page of the shop.\n").usersPercent());
    // "Anyone trying to access" said of any one user, and a service down "to all".
    for (String sentence :
        List.of(
            "Any user trying to reach the site got a 500 error.",
            "Users were unable to access any page of the website.",
            "The booking service was unavailable to all.")) {
      assertEquals(Optional.of(100.0), impact(sentence + "\n").usersPercent(), sentence);
    }
    assertEquals(
        Optional.empty(),
        impact("We found no errors when accessing any endpoint from the office.\n").usersPercent());
    assertEquals(
        Optional.empty(),
        impact("The portal showed its error page for every page that needs student data.\n")
            .usersPercent());
  }

  @Test
  void aWholeServiceDownIsEveryoneUnlessAShareIsTold() {
    for (String sentence :
        List.of(
            "On the 3rd the billing portal could not be accessed because of a 502 error.",
            "A broken plugin took down our entire shop for the afternoon.",
            "The overload ended in a complete disruption of service for our members.",
            "09:12 - all request processing stopped on the gateway.",
            "For two hours the forum was completely unreachable.",
            "The failed restart affected the entire booking platform until noon.",
            "The storm impacted our whole mobile app for an hour.",
            "# Down\n## Root cause and resolution\nA typo in the settings file caused a 100%"
                + " outage until it was fixed.",
            "The bad certificate meant 100% downtime for the shop.",
            "The shop suffered a total outage for two hours.")) {
      assertEquals(Optional.of(100.0), impact(sentence).usersPercent(), sentence);
    }
    assertEquals(
        Optional.of(40.0),
        impact(
                "The forum was completely unreachable for two hours. About 40% of our members"
                    + " noticed.")
            .usersPercent());
    for (String sentence :
        List.of(
            "This timeline shows the first alert, the period of complete outage and the fix.",
            "The forum was slow but never went down.",
            "Our search page was completely rebuilt last month.",
            "By 06:45, 93% of users were back online.",
            "At 11:19, 25% of the traffic was restored to the new pool.",
            "The patch affected the entire staging environment overnight.",
            "We aim for 100% uptime and saw no outage this quarter.",
            "The outage was resolved by 08:20, a total downtime of 20 minutes.",
            "Total outage: about two hours.")) {
      assertEquals(Optional.empty(), impact(sentence).usersPercent(), sentence);
    }
  }

  @Test
  void aSplitBySeverityTakesTheShareWithTheOutage() {
    assertEquals(
        Optional.of(15.0),
        impact(
                "## Impact\nRoughly 60% of customers had degraded performance, while 15%"
                    + " experienced a full outage.\n")
            .usersPercent());
    assertEquals(
        Optional.of(5.0),
        impact("## Impact\nAbout 20% of users saw slow pages and 5% could not load the site.\n")
            .usersPercent());
    // "Load" and "complete" in the slower share's clause or further on name no other thing.
    assertEquals(
        Optional.of(40.0),
        impact(
                "## Impact\nNearly 80% of shoppers had slow load times and 40% met a complete"
                    + " unavailability of the store.\n")
            .usersPercent());
    assertEquals(
        Optional.of(25.0),
        impact("## Impact\nAbout 60% of users had trouble, with 25% unable to complete a sale.\n")
            .usersPercent());
    // Right after the share, "complete" is how far something got.
    assertEquals(
        Optional.empty(),
        impact("## Impact\nThe reindex was 60% complete when the cluster stopped.\n")
            .usersPercent());
  }

  @Test
  void aHitThatDidNotHappenIsNoShare() {
    for (String sentence :
        List.of(
            "Users trying to reach the portal would have been turned away, though none wrote"
                + " in.",
            "After the fix, a load test sent all requests through with 0 failed requests.")) {
      assertEquals(Optional.empty(), impact(sentence).usersPercent(), sentence);
    }
    assertEquals(
        Optional.of(100.0),
        impact("Users trying to reach the portal were turned away.").usersPercent());
  }

  @Test
  void aRiseIsNoShareButADropInActivityIs() {
    assertEquals(
        Optional.empty(),
        impact("Complaints from users rose by about 60% during the afternoon.").usersPercent());
    assertEquals(
        Optional.of(20.0),
        impact(
                "Complaints from customers jumped by 80%, and customer activity fell by 20% while"
                    + " the feed was down.")
            .usersPercent());
  }

  @Test
  void fractionOfTheMachineryIsNoShare() {
    assertEquals(
        Optional.empty(),
        impact("A line card died and took about a third of the rack uplinks with it.")
            .usersPercent());
    assertEquals(
        100.0 / 3,
        impact(
                "A line card died and took a third of the rack uplinks with it, and a third of"
                    + " our visitors got timeouts.")
            .usersPercent()
            .orElseThrow(),
        0.05);
    assertEquals(
        Optional.empty(),
        impact("Everyone on the team joined the call within minutes.").usersPercent());
  }

  /**
   * Outside an impact section a fraction is a share only of a population: the team's own work
   * (deploys, tests, alerts, builds) is not who the outage hit.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "A third of the deploys that week were rolled back.",
        "A quarter of the tests failed in CI.",
        "Two thirds of the alerts were noise.",
        "A fifth of the builds failed."
      })
  void fractionOfTheTeamsOwnWorkIsNoShare(String sentence) {
    assertEquals(Optional.empty(), impact(sentence).usersPercent());
  }

  @Test
  void fractionOfAPopulationStaysAShareOutsideTheImpactSection() {
    assertEquals(25.0, impact("A quarter of the checkouts failed.").usersPercent().orElseThrow());
    assertEquals(20.0, impact("A fifth of the sign-ins failed.").usersPercent().orElseThrow());
  }

  /** How far the recovery had got is no share of those the outage hit. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "## Timeline\n- 12:44 Sync re-enabled for 5% of users, then gradually for everyone\n\n"
            + "## Impact\nAll users were unable to sync for three hours.\n",
        "## Summary\nCustomers lost mobile data. Service was restored through the day, with 98% of"
            + " affected mobile sites back in service by 14:00. All customers in the region were"
            + " affected.\n"
      })
  void aStageOfTheRecoveryIsNoShare(String text) {
    assertEquals(Optional.of(100.0), impact(text).usersPercent());
  }

  @Test
  void theOutageToldBeforeItsRecoveryKeepsTheShare() {
    assertEquals(
        20.0,
        impact("About 20% of users could not log in until the service was restored.")
            .usersPercent()
            .orElseThrow());
  }

  /** Targets, goals and a level against the peak are rates, not shares of users. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Our availability target is 99.9% of searches answered within 10 seconds, and we missed it.",
        "The goal of 95% of requests under a second was missed during the outage.",
        "- 23:05 Attack traffic falls below 1% of the peak."
      })
  void aTargetOrALevelIsNoShare(String sentence) {
    assertEquals(Optional.empty(), impact(sentence).usersPercent());
  }

  /**
   * A service credit is what customers are owed, and "an hour and a half" how long it lasted: no
   * share of those hit.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Customers on the affected cluster are eligible for a 10% service credit on their bill.",
        "Sites with availability between 99.0% and 99.95% are entitled to a 10% credit of the"
            + " monthly charge, and sites below 99.0% to a 25% credit.",
        "We know that an hour and a half of unreliable checkout is a real cost to our merchants."
      })
  void aCreditOrAnHourAndAHalfIsNoShare(String sentence) {
    assertEquals(Optional.empty(), impact(sentence).usersPercent());
  }

  /** Telling that everyone can use the service again is the recovery, not the outage's reach. */
  @Test
  void everyoneAbleToUseItAgainIsNoShare() {
    assertEquals(
        Optional.empty(),
        impact(
                "The second node was restarted at 14:18 and all affected accounts should now be"
                    + " able to use the helpdesk.")
            .usersPercent());
    assertEquals(
        50.0, impact("Half of our customers could not check out.").usersPercent().orElseThrow());
  }

  /**
   * The outage told before the first share is that share's: a later share the outage words follow
   * ("about 8% counting every failed attempt") does not replace it.
   */
  @Test
  void anOutageToldBeforeTheFirstShareIsItsOwn() {
    assertEquals(
        6.5,
        impact(
                "Orders failed at payment for between 5 and 8 percent of orders placed in the"
                    + " window (about 5% counting a customer who later succeeded, about 8% counting"
                    + " every failed attempt).")
            .usersPercent()
            .orElseThrow());
    // A share told only as slower keeps its place for the split by severity.
    assertEquals(
        5.0,
        impact("During the outage 20% of users saw slow pages, and 5% could not log in at all.")
            .usersPercent()
            .orElseThrow());
  }

  /** A second share joined to the first ("… and 5% could not") is of the same population. */
  @Test
  void aSecondShareOfTheSamePopulationNeedNotNameIt() {
    assertEquals(
        5.0,
        impact(
                "Our booking app got slower and slower. About 15% of users saw slow pages (more"
                    + " than 5 seconds) and 5% could not load anything at all.")
            .usersPercent()
            .orElseThrow());
  }

  /** What everyone was given or had done to them afterwards is no share of those hit. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "As an apology, every customer received a 20% discount code.",
        "I log in with my own account, reset all admin passwords and log out all sessions."
      })
  void whatEveryoneGotAfterwardsIsNoShare(String sentence) {
    assertEquals(Optional.empty(), impact(sentence).usersPercent());
  }

  /**
   * A whole system named in more words, and a place, is still a whole service down; transfers are a
   * population like payments.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "From 14:12 until 17:58 the entire warehouse management system at Eastgate was"
            + " unavailable.|100",
        "About 20% of bank transfers failed during the window.|20"
      })
  void aWholeSystemNamedAtLengthAndTransfers(String text, double expected) {
    assertEquals(expected, impact(text).usersPercent().orElseThrow(), 0.01);
  }

  /** A share in an impact table's row, beside other rates. */
  @Test
  void aShareOfTransfersInATableRow() {
    String table =
        "## Customer impact\n\n| Measure | Value |\n|---|---|\n| Share of transfers declined |"
            + " 45% |\n| Customers who retried successfully within one hour | 71% |\n";
    assertEquals(45.0, impact(table).usersPercent().orElseThrow(), 0.01);
  }

  /** "All failing accounts" are those hit, not everyone. */
  @Test
  void allOfTheFailingOnesIsNoShare() {
    assertEquals(
        Optional.empty(),
        impact("The team found that all failing accounts had the older identifier format.")
            .usersPercent());
  }

  /** A share only the title gives counts, after every sentence has had its say. */
  @Test
  void aShareOnlyTheTitleGives() {
    assertEquals(
        22.0,
        impact(
                "# Login failures for 22% of users on 3 March\n\n## What happened\nMany staff"
                    + " and students could not sign in to the learning platform.\n")
            .usersPercent()
            .orElseThrow());
    assertEquals(
        40.0,
        impact("# Login failures for 22% of users\n\n## Impact\n40% of users could not sign in.\n")
            .usersPercent()
            .orElseThrow());
  }

  /** A number in the 500s is a server error only when told as one; "500 coins" is a count. */
  @Test
  void everyoneGivenACountIsNotEveryoneHit() {
    assertEquals(
        Optional.empty(),
        impact("Everyone who logged in on launch day gets a cloak and 500 coins.").usersPercent());
    assertEquals(
        Optional.of(100.0),
        impact("Everyone who logged in that morning got 503 errors.").usersPercent());
  }

  /** A possessive before the noun does not hide what the share is of. */
  @Test
  void shareOfAPossessedBudgetIsNotImpact() {
    assertEquals(
        Optional.empty(),
        impact(
                "## Impact\nThe incident consumed about 80% of the quarter's error budget for the"
                    + " checkout service.")
            .usersPercent());
  }

  @Test
  void ratioOfSomethingElseIsNotImpact() {
    assertEquals(
        Optional.empty(),
        impact("Users saw errors; one in five deploys had failed that week.").usersPercent());
  }

  @Test
  void cpuPercentIsNotImpact() {
    assertEquals(
        Optional.empty(),
        impact("CPU on the database host sat at 95% for an hour.").usersPercent());
  }

  @Test
  void otherThingsNamedEarlierInTheClauseAreNotImpactEvenUnderAnImpactHeading() {
    assertEquals(
        Optional.empty(),
        impact(
                "## Impact\nThe error rate peaked at 40% and CPU on the database sat at 95% for"
                    + " most of the hour.\n")
            .usersPercent());
  }

  @Test
  void errorRateIsNotImpact() {
    assertEquals(
        Optional.empty(),
        impact("The error rate climbed to 40% before the rollback.").usersPercent());
  }

  @Test
  void slaIsNotImpact() {
    assertEquals(Optional.empty(), impact("We missed our 99.9% SLA for the month.").usersPercent());
  }

  @Test
  void shareOfOneServerIsNotImpact() {
    assertEquals(
        Optional.empty(),
        impact("For 16 minutes 100 percent of the web server was offline.").usersPercent());
  }

  @Test
  void slowerResponsesAreNotImpact() {
    Impact i = impact("Pages loaded with 75% slower responses. Around 65% of users gave up.");
    assertEquals(65.0, i.usersPercent().orElseThrow(), 0.01);
  }

  @Test
  void explicitShareBeatsAllUsersWording() {
    Impact i =
        impact(
            "## Impact\nSearch was unavailable for all users. Approximately 80% of internal users"
                + " tried to search during the window.\n");
    assertEquals(80.0, i.usersPercent().orElseThrow(), 0.01);
  }

  @Test
  void everyoneAndTheirKinPutOtherWaysAreEveryone() {
    for (String sentence :
        List.of(
            "# Down\nSummary: the API was down, and the impact was everyone hitting it, 100%.",
            "# Down\n## Summary\nNginx answered 502 Bad Gateway to everybody for an hour.",
            "# Down\n## Summary\nThe signup page threw a fatal error for everyone.",
            "# Down\n## Summary\nFor ten minutes the blog showed the default Apache page to all"
                + " visitors.",
            "# Down\n## Summary\nCheckout broke at noon. All buyers were affected.",
            "# Down\n## Summary\nAll users were logged out and the app was unusable until we"
                + " restored the database.",
            "# Down\n## Summary\nWhoever opened the app that morning got a spinner forever.",
            "# Down\n## Summary\nDuring the sale the shop was closed for everybody for an hour.",
            "# Down\n## Summary\nAfter the deploy, visitors across the board got a 502.",
            "# Down\n## Summary\nThe whole incoming traffic was rejected by the proxy.",
            "# Down\n## Summary\nOur clients could not place orders at all that evening.",
            "# Down\n## Summary\nThe forum suffered a complete loss of service overnight.",
            "# Down\n## Summary\nOur members, one and all, saw a blank page.",
            "# Down\n## Summary\nOn Sunday our entire shop went dark for two hours.")) {
      assertEquals(Optional.of(100.0), impact(sentence).usersPercent(), sentence);
    }
    for (String sentence :
        List.of(
            "# Down\n## Summary\nThanks to everyone who chased the errors all night.",
            "# Down\n## Summary\nWe logged out all users before the maintenance window.",
            "# Slow\n## Summary\nThe profiler showed 70% of request time went to writing logs.",
            "# Down\n## Summary\nSome of our clients could not place orders at all that evening.")) {
      assertEquals(Optional.empty(), impact(sentence).usersPercent(), sentence);
    }
  }

  @Test
  void shareOfUsersBeatsShareOfRequestsInTheSameSection() {
    Impact i =
        impact(
            "## Impact\nOf 5,000 synthetic requests, 62% of all requests failed. We estimate that"
                + " around 25% of our user base saw slow or broken pages.\n");
    assertEquals(25.0, i.usersPercent().orElseThrow(), 0.01);
    // A label that names the people makes its bare share theirs, however long the label.
    Impact labelled =
        impact(
            "## Impact\n- User experience: sign-in failed, affecting 75% of active sessions\n-"
                + " Percentage of users affected: approximately 40%\n");
    assertEquals(40.0, labelled.usersPercent().orElseThrow(), 0.01);
  }

  @Test
  void shareOfRequestsStandsWhenNoUsersAreCounted() {
    Impact i =
        impact(
            "## Impact\n100% of incoming traffic bypassed the filter, and 40% of customer websites"
                + " were exposed.\n");
    assertEquals(100.0, i.usersPercent().orElseThrow(), 0.01);
  }

  @Test
  void fractionInTheImpactSectionBeatsARateInTheTimeline() {
    Impact i =
        impact(
            "## Impact\nRoughly a third of shoppers saw timeouts on the storefront.\n\n"
                + "## Timeline\n- 14:10 Request volume only 15% above a normal Monday.\n");
    assertEquals(100.0 / 3, i.usersPercent().orElseThrow(), 0.01);
  }

  @Test
  void rateAboveNormalIsNotImpact() {
    assertEquals(
        Optional.empty(),
        impact("Request volume was 20% above a normal weekday, nothing unusual.").usersPercent());
  }

  @Test
  void splitBySeverityTakesTheOutageShare() {
    Impact i =
        impact("20% of users saw slow pages, while 60% of users experienced a complete outage.");
    assertEquals(60.0, i.usersPercent().orElseThrow(), 0.01);
  }

  @Test
  void splitBySeverityAcrossSentencesTakesTheOutageShare() {
    assertEquals(
        4.0,
        impact(
                "## Impact\n- 25% of users saw sign-in take longer than 30 seconds.\n"
                    + "- 4% could not sign in at all until the provider recovered.\n")
            .usersPercent()
            .orElseThrow(),
        0.01);
    // Not a split: the later share is a part of the first one's, and neither is told as slow.
    assertEquals(
        30.0,
        impact(
                "## Impact\nAbout 30% of users were affected. 5% of users could not log in at"
                    + " all.\n")
            .usersPercent()
            .orElseThrow(),
        0.01);
  }

  @Test
  void aTicketLabelNamesThePopulationOfABareShare() {
    assertEquals(
        Optional.of(15.0),
        impact("Ticket: INC-7\nUsers affected: ~15%\nSeverity: 2\n\nNotes:\nUploads hung.\n")
            .usersPercent());
    // The label must still head an impact section: a bare share elsewhere is no one's.
    assertEquals(
        Optional.empty(),
        impact("Ticket: INC-7\nDisk: 95%\n\nNotes:\nUploads hung.\n").usersPercent());
  }

  @Test
  void aRevisedShareReplacesTheFirstEstimate() {
    assertEquals(
        Optional.of(22.0),
        impact(
                "## Impact\nOur first estimate was that about 8% of orders were failing. A review"
                    + " of the payment logs later confirmed that 22% of orders failed.\n")
            .usersPercent());
    assertEquals(
        Optional.of(22.0),
        impact(
                "## Impact\nInitially estimated at 8% of orders, the share of failed orders was"
                    + " later revised to 22% of orders.\n")
            .usersPercent());
    // Without an estimate to correct, the first share told still stands.
    assertEquals(
        Optional.of(8.0),
        impact(
                "## Impact\n8% of orders failed. Support confirmed that 22% of customers wrote"
                    + " in.\n")
            .usersPercent());
  }

  @Test
  void nearlyAllIsNoShareAndLostPacketsAreNoUsers() {
    // "Nearly all" is neither everyone nor a stated share; labellers leave it out.
    assertEquals(
        Optional.empty(),
        impact("## Impact\nNearly all users trying to pay saw an error page.\n").usersPercent());
    assertEquals(
        Optional.empty(),
        impact(
                "## Root cause\nOn the backup path between 8% and 12% of packets were lost, and requests"
                    + " to the far replica timed out.\n")
            .usersPercent());
  }

  @Test
  void aDropInWhatUsersDoIsTheirShare() {
    for (String sentence :
        List.of(
            "Checkouts dropped 40% below the forecast for that hour.",
            "There was a 40% drop in checkouts while the edge was down.",
            "Site traffic fell by about 40 percent during the outage.",
            "Engagement with the feed fell 40% over the two days.",
            "Active sessions on the tablet app dropped 40% against a usual Friday.",
            "The broken route meant a 40% reduction in customer access to the portal.")) {
      assertEquals(Optional.of(40.0), impact("## Impact\n" + sentence + "\n").usersPercent());
    }
    // A share of the users themselves beats it, and a drop in the machinery's load is none.
    assertEquals(
        Optional.of(60.0),
        impact(
                "## Impact\nAbout 60% of users were affected, leading to a 30% drop in sales"
                    + " during the outage.\n")
            .usersPercent());
    assertEquals(
        Optional.empty(),
        impact("## Impact\nCPU usage dropped 40% after the fix.\n").usersPercent());
  }

  @Test
  void fractionsInDigitsRangesOfFractionsAndTicketLinesAreShares() {
    assertEquals(
        29.17,
        impact("## Impact\nBetween a quarter and a third of video plays stalled.\n")
            .usersPercent()
            .orElseThrow(),
        0.01);
    assertEquals(
        33.33,
        impact("Impact: ~1/3 of video streams buffered or failed to start\n")
            .usersPercent()
            .orElseThrow(),
        0.01);
    assertEquals(
        Optional.of(100.0),
        impact(
                "# Volumetric attack\nStart: 21:14 UTC\nUsers affected: all\nAffected service: web"
                    + " and API\n")
            .usersPercent());
    // A date, a share of machines: no share of users.
    assertEquals(
        Optional.empty(),
        impact("## Impact\nOn 1/3 of the servers the disk filled up.\n").usersPercent());
  }

  @Test
  void absoluteCountGoesToUsersAffected() {
    Impact i = impact("Around 12,000 users could not sign in, and 2,000 users lost their carts.");
    assertEquals(Optional.of(12_000L), i.usersAffected());
    assertEquals(Optional.empty(), i.usersPercent());
  }

  @Test
  void correctiveActionsAreNotRead() {
    Impact i =
        impact(
            "## Corrective Actions\n- Make sure all users get an email when the site is down.\n");
    assertEquals(Optional.empty(), i.usersPercent());
  }

  @Test
  void affectedServiceAsWritten() {
    Impact i = impact("The outage affected our primary web service for two hours.");
    assertEquals(Optional.of("primary web service"), i.affectedService());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "The mobile app backend was unavailable for an hour.|mobile app backend",
        "The outage affected our checkout service for most of the morning.|checkout service",
        "The incident took down the admin console, and staff could not log in.|admin console",
        "A bad push brought down the booking engine.|booking engine",
        "The storm knocked out the payment gateway for an hour.|payment gateway",
      })
  void affectedServiceKeepsItsWholeName(String sentence, String expected) {
    assertEquals(Optional.of(expected), impact(sentence).affectedService(), sentence);
  }

  @Test
  void affectedServiceIsCutToTheNameAfterAnInnerDeterminer() {
    assertEquals("server", Services.trimmedToTheName("ports the server"));
    assertEquals("CapCut app", Services.trimmedToTheName("functionality of the CapCut app"));
    assertEquals("server", Services.trimmedToTheName("connect to her server"));
    assertEquals("payments API", Services.trimmedToTheName("payments API"));
    assertEquals("the", Services.trimmedToTheName("the"));
  }

  @Test
  void theServiceTheAuthorsCallTheirOwnIsTheLastNameBeforeAGenericOne() {
    assertEquals(
        Optional.of("website"),
        impact(
                "## Impact\nClients had difficulties loading pages on our website, and the"
                    + " system was slow.\n")
            .affectedService());
    // A sentence that says what was affected still comes first.
    assertEquals(
        Optional.of("checkout service"),
        impact(
                "## Impact\nMany customers use our website every day. The outage affected our"
                    + " checkout service.\n")
            .affectedService());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // What was spared is named to set it apart from what was hit.
        "Checkout requests failed for 40% of shoppers; the marketing website was not affected.|''",
        "The marketing site wasn't impacted, but the checkout service returned errors to"
            + " shoppers.|checkout service",
        "The partner portal was unaffected while the search API was down for an hour.|search API",
        "The outage did not affect the reporting dashboard; the payments API returned errors.|"
            + "payments API",
        "The mobile app and public API were healthy; the web dashboard was down for an hour.|web"
            + " dashboard",
        // A negation that says the service was hit keeps it.
        "For two hours users did not have access to the billing portal.|billing portal",
        "The booking site was not reachable for an hour.|booking site",
      })
  void aServiceTheTextSaysWasSparedIsNotTheAffectedOne(String sentence, String expected) {
    assertEquals(
        expected.isEmpty() ? Optional.empty() : Optional.of(expected),
        impact(sentence).affectedService(),
        sentence);
  }

  @Test
  void statusPageIsNotTheAffectedService() {
    assertEquals(
        Optional.empty(),
        impact("Some users saw errors. The status page was updated every half hour.")
            .affectedService());
  }

  @Test
  void affectedServiceFromItsLabel() {
    Impact i =
        impact(
            "## Summary\n**Service affected:** invoice exports\n**Impact:** about 5% of orders.\n");
    assertEquals(Optional.of("invoice exports"), i.affectedService());
  }

  @Test
  void affectedServiceFromTheTitleWhenTheTextNamesNone() {
    Impact i =
        impact(
            "# Postmortem: Partner API outage\n\n## Summary\nRequests failed for two hours"
                + " until the certificate was replaced.\n");
    assertEquals(Optional.of("Partner API"), i.affectedService());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "# Outage of the public API, 12 August 2024",
        "# Postmortem: Partial outage of public API on 12 August",
        "# Degradation of public API \u2013 slow responses",
        "# Downtime of public API due to an expired certificate",
      })
  void affectedServiceAfterTheEventInTheTitle(String title) {
    assertEquals(
        Optional.of("public API"),
        impact(title + "\n\n## Summary\nRequests failed for two hours.\n").affectedService());
  }

  @Test
  void aBareGenericNameIsTheLastResort() {
    assertEquals(
        Optional.of("checkout service"),
        impact(
                "## Summary\nAt noon the system went down. Our checkout service was unavailable"
                    + " for an hour.\n")
            .affectedService());
    assertEquals(
        Optional.of("Storefront"),
        impact("# Storefront outage\n\n## Summary\nAt noon the server went down.\n")
            .affectedService());
    assertEquals(
        Optional.of("server"),
        impact("## Summary\nAt noon the server went down for an hour.\n").affectedService());
  }

  @Test
  void affectedServiceIsWhereUsersCouldNotGet() {
    assertEquals(
        Optional.of("web application"),
        impact(
                "## Impact\nFrom 13:15 to 15:45, 80% of users were unable to access our web"
                    + " application.\n")
            .affectedService());
  }

  @Test
  void affectedServiceAfterAnOutageForOrAHackInTheTitle() {
    assertEquals(
        Optional.of("e-commerce platform"),
        impact("## Issue Summary\nImpact: 100% service outage for the e-commerce platform.\n")
            .affectedService());
    assertEquals(
        Optional.of("Recipe blog"),
        impact(
                "# Postmortem: Recipe blog hack by a spam gang\n\n## Summary\nFor six hours"
                    + " visitors saw pages that were not ours.\n")
            .affectedService());
  }

  @Test
  void affectedServiceNamedOutright() {
    assertEquals(
        Optional.of("payment gateway"),
        impact(
                "## Summary\nImpact: The service experiencing downtime was our payment gateway,"
                    + " affecting 80% of users.\n")
            .affectedService());
    assertEquals(
        Optional.of("User authentication service"),
        impact(
                "## Issue Summary\nDuration: 14:32 to 17:45 UTC\nImpact: User authentication"
                    + " service experienced a complete failure.\n")
            .affectedService());
    assertEquals(
        Optional.of("ticket service"),
        impact("## Issue Summary\nImpact: Complete ticket service outage for two hours.\n")
            .affectedService());
  }

  @Test
  void affectedServiceDropsWordsThatOnlySayHowItWasHit() {
    Impact i = impact("The incident affected the availability of our booking portal for an hour.");
    assertEquals(Optional.of("booking portal"), i.affectedService());
  }

  @Test
  void affectedServiceTakesTheProductNameGivenElsewhere() {
    Impact i =
        impact(
            "We run a small Caddy web server in a container. The incident impacted the web server"
                + " for forty minutes.\n");
    assertEquals(Optional.of("Caddy web server"), i.affectedService());
  }

  @Test
  void affectedServiceFromAPlainServiceLabel() {
    Impact i =
        impact("## Impact\n- Service: Harbor Ticketing Portal\n- About 40% of users saw errors.\n");
    assertEquals(Optional.of("Harbor Ticketing Portal"), i.affectedService());
  }

  @Test
  void affectedServiceSurvivesAnAsideBeforeItsVerb() {
    Impact i =
        impact(
            "Our recipe sharing web application, hosted on a single droplet, went dark for an"
                + " hour.");
    assertEquals(Optional.of("recipe sharing web application"), i.affectedService());
  }

  @Test
  void affectedServiceLeavesOutFondAndMockWords() {
    assertEquals(
        Optional.of("booking API"),
        impact("Our trusty booking API was down for six hours.").affectedService());
    assertEquals(
        Optional.of("website"),
        impact("# The Great Website Meltdown\n\nThe outage affected the website for an hour.\n")
            .affectedService());
  }

  @Test
  void affectedServiceIsCutAfterItsPossessor() {
    assertEquals(
        "search functionality", Services.trimmedToTheName("website's search functionality"));
    assertEquals("primary web app", Services.trimmedToTheName("company’s primary web app"));
    assertEquals(
        Optional.of("booking functionality"),
        impact("The store’s booking functionality was down for ten minutes.").affectedService());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Students could not connect to the Weather API for two hours.|Weather API",
        "Visitors got a 500 error on our Drupal site until noon.|Drupal site",
        "Customers were blocked from accessing the billing dashboard.|billing dashboard",
      })
  void affectedServiceFromWhereUsersWereGoing(String sentence, String expected) {
    assertEquals(Optional.of(expected), impact(sentence).affectedService(), sentence);
  }

  @Test
  void whereUsersWereGoingGivesWayToWhatWasAffected() {
    Impact i =
        impact(
            "## Impact\nRequests to the upload endpoint failed.\n\n## Summary\nThe outage affected"
                + " our photo sharing service for an hour.\n");
    assertEquals(Optional.of("photo sharing service"), i.affectedService());
  }

  @Test
  void aBarePartWhereUsersWereGoingIsNoService() {
    assertEquals(Optional.empty(), impact("Users saw 502 errors on every page.").affectedService());
  }

  @Test
  void severityFollowsTheWording() {
    assertEquals(
        Severity.FULL_OUTAGE, impact("The website was completely down for all users.").severity());
    assertEquals(
        Severity.PARTIAL_OUTAGE, impact("About 30% of users could not log in.").severity());
    assertEquals(Severity.DEGRADATION, impact("Pages were slow and latency doubled.").severity());
    assertTrue(impact("We met on Tuesday.").severity() == Severity.UNKNOWN);
  }
}
