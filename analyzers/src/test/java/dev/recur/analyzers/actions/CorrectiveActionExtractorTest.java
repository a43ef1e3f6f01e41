package dev.recur.analyzers.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.recur.analyzers.ExtractorContractTest;
import dev.recur.analyzers.Parsed;
import dev.recur.analyzers.taxonomy.Taxonomy;
import dev.recur.core.ActionCategory;
import dev.recur.core.CorrectiveAction;
import dev.recur.core.Extractor;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorrectiveActionExtractorTest extends ExtractorContractTest {

  @Override
  protected Extractor extractor() {
    return new CorrectiveActionExtractor(models(), Taxonomy.builtIn());
  }

  @Test
  void eachListItemGetsItsCategory() {
    List<CorrectiveAction> actions =
        Parsed.parse(
                "## Corrective and Preventative Measures\n"
                    + "We will take the following steps:\n"
                    + "- Add alerts on load balancer error rates.\n"
                    + "- Validate configuration files automatically before every push.\n"
                    + "- Require a second reviewer and a rollback plan for every change.\n"
                    + "- Document the failover procedure in the runbook.\n"
                    + "- Hold training sessions on incident response for new engineers.\n"
                    + "- Add two more web servers and enable autoscaling.\n"
                    + "- Run load tests against staging every week.\n"
                    + "- Hold a post-incident review with every team involved.\n"
                    + "- Buy the team a very large cake.\n"
                    + "## Tasks\n"
                    + "1. Update the on-call rota.\n")
            .correctiveActions();
    assertEquals(
        List.of(
            ActionCategory.MONITORING,
            ActionCategory.VALIDATION,
            ActionCategory.CHANGE_MANAGEMENT,
            ActionCategory.DOCUMENTATION,
            ActionCategory.TRAINING,
            ActionCategory.CAPACITY,
            ActionCategory.TESTING,
            ActionCategory.PROCESS,
            ActionCategory.OTHER,
            ActionCategory.PROCESS),
        actions.stream().map(CorrectiveAction::category).toList(),
        actions.toString());
    assertEquals("Add alerts on load balancer error rates.", actions.get(0).text());
  }

  /**
   * The categorizer reads what will be done: a promise with no category word gets its category, and
   * a noun of another category ("failover", "standby") does not outvote the verb.
   */
  @Test
  void theCategorizerReadsTheActionNotTheNouns() {
    List<CorrectiveAction> actions =
        Parsed.parse(
                "## Action items\n"
                    + "- Walk every new hire through the failover steps during their first week.\n"
                    + "- Write down how to promote the standby.\n"
                    + "- Move the orders database to the next instance size up.\n")
            .correctiveActions();
    assertEquals(
        List.of(ActionCategory.TRAINING, ActionCategory.DOCUMENTATION, ActionCategory.CAPACITY),
        actions.stream().map(CorrectiveAction::category).toList(),
        actions.toString());
  }

  @Test
  void taskBoxesAreNoPartOfTheItem() {
    List<CorrectiveAction> actions =
        Parsed.parse(
                "## Action items\n- [ ] Add an alert on replica lag.\n"
                    + "- [x] Write the failover runbook.\n")
            .correctiveActions();
    assertEquals(
        List.of("Add an alert on replica lag.", "Write the failover runbook."),
        actions.stream().map(CorrectiveAction::text).toList());
  }

  /** A label naming a category decides, whatever the item's words say; its first category wins. */
  @Test
  void aCategoryLabelDecides() {
    List<CorrectiveAction> actions =
        Parsed.parse(
                "## Action items\n"
                    + "- Documentation: add the new alert thresholds and their reasons.\n"
                    + "- Training: walk the team through the new deploy pipeline.\n"
                    + "- Documentation and monitoring: explain the lag alert in the runbook.\n")
            .correctiveActions();
    assertEquals(
        List.of(
            ActionCategory.DOCUMENTATION, ActionCategory.TRAINING, ActionCategory.DOCUMENTATION),
        actions.stream().map(CorrectiveAction::category).toList(),
        actions.toString());
  }

  @Test
  void commonWordingsOfEachCategoryAreKnown() {
    List<CorrectiveAction> actions =
        Parsed.parse(
                "## Action items\n"
                    + "- Set up Prometheus to scrape the queue depth.\n"
                    + "- Add a synthetic check that logs in every minute.\n"
                    + "- Add a check to the image build that fails when the file limit is too low.\n"
                    + "- Require the owning team to approve every change to the balancer pools.\n"
                    + "- Keep the previous release ready so that we can revert within minutes.\n"
                    + "- Roll out configuration changes to one region first.\n"
                    + "- Double the number of web servers before the holiday peak.\n"
                    + "- Keep a warm standby of the primary database in a second zone.\n"
                    + "- Decide who declares an incident and who updates the status page.\n"
                    + "- Restrict who can edit the production configuration.\n"
                    + "- Hold a session on reading the balancer metrics for new hires.\n"
                    + "- Set up continuous integration to build every branch.\n"
                    + "- Move the reports off APIs that are restricted to partners.\n")
            .correctiveActions();
    assertEquals(
        List.of(
            ActionCategory.MONITORING,
            ActionCategory.MONITORING,
            ActionCategory.VALIDATION,
            ActionCategory.CHANGE_MANAGEMENT,
            ActionCategory.CHANGE_MANAGEMENT,
            ActionCategory.CHANGE_MANAGEMENT,
            ActionCategory.CAPACITY,
            ActionCategory.CAPACITY,
            ActionCategory.PROCESS,
            ActionCategory.PROCESS,
            ActionCategory.TRAINING,
            ActionCategory.TESTING,
            ActionCategory.OTHER),
        actions.stream().map(CorrectiveAction::category).toList(),
        actions.toString());
  }

  @Test
  void proseParagraphIsSplitIntoSentences() {
    List<CorrectiveAction> actions =
        Parsed.parse(
                "## Prevention\nWe will add monitoring for disk usage on every host so that a"
                    + " filling disk pages someone long before it is full. We will also write a"
                    + " runbook for clearing old logs safely, and we will test the log rotation"
                    + " on staging before it reaches production again.\n")
            .correctiveActions();
    assertEquals(2, actions.size(), actions.toString());
    assertEquals(ActionCategory.MONITORING, actions.get(0).category());
  }

  @Test
  void noActionSectionNoActions() {
    assertEquals(List.of(), Parsed.parse("The site was down. We fixed it.").correctiveActions());
  }
}
