package dev.recur.analyzers.cause;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recur.analyzers.Parsed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors, just below the measured figures: on {@code ../shared/eval/dev-gold.jsonl} for
 * the 35 documents the rules were tuned on and the 15 set aside before tuning, separately (skipped
 * without ../shared), and on the project's own written sets (see {@code written-sets.md}). The
 * herring F1 floors of the written sets were raised to 0.02 below the figures of the fifth
 * 2026-12-07 session's red-herring rules.
 */
class CauseAccuracyFloorTest {

  /** The 15 documents set aside before tuning, listed once for the whole project. */
  static final Path HOLDOUT =
      Path.of("../corpus/src/test/resources/dev/recur/corpus/eval/dev-holdout.txt");

  private static Set<String> holdout() throws IOException {
    if (!Files.isRegularFile(HOLDOUT)) {
      return Set.of();
    }
    return Set.of(Files.readString(HOLDOUT, StandardCharsets.UTF_8).strip().split("\\s+"));
  }

  /**
   * Fails when a figure is under its floor. {@code perDocument} lists every document's result in
   * the message; it is off for a measuring set, whose documents must never be read one by one.
   */
  private static void check(
      List<CauseGold.Row> rows,
      boolean perDocument,
      double fault,
      double component,
      double impact,
      double f1) {
    double f = CauseGold.share(rows, CauseGold.Row::faultRight);
    double c = CauseGold.share(rows, CauseGold.Row::componentRight);
    double i = CauseGold.share(rows, CauseGold.Row::impactRight);
    double h = CauseGold.herringF1(rows);
    String figures =
        String.format(
            Locale.ROOT,
            "%d docs: fault %.3f component %.3f impact %.3f herring F1 %.3f%n%s",
            rows.size(),
            f,
            c,
            i,
            h,
            perDocument
                ? rows.stream().map(CauseGold.Row::describe).collect(Collectors.joining("\n"))
                : "(set-aside documents: aggregate figures only)");
    assertTrue(f >= fault, figures);
    assertTrue(c >= component, figures);
    assertTrue(i >= impact, figures);
    assertTrue(h >= f1, figures);
  }

  @Test
  void tunedDocumentsStayAboveTheirFloors() throws IOException {
    Path shared = Parsed.shared().orElse(null);
    assumeTrue(shared != null, "../shared is absent");
    Set<String> holdout = holdout();
    assumeTrue(!holdout.isEmpty(), "holdout list missing");
    List<CauseGold.Row> rows =
        CauseGold.rows(
            shared.resolve("eval/dev-gold.jsonl"),
            shared.resolve("corpus/postmortems-real"),
            f -> !holdout.contains(f));
    check(rows, true, FLOOR_TUNED[0], FLOOR_TUNED[1], FLOOR_TUNED[2], FLOOR_TUNED[3]);
  }

  @Test
  void setAsideDocumentsStayAboveTheirFloors() throws IOException {
    Path shared = Parsed.shared().orElse(null);
    assumeTrue(shared != null, "../shared is absent");
    Set<String> holdout = holdout();
    assumeTrue(!holdout.isEmpty(), "holdout list missing");
    List<CauseGold.Row> rows =
        CauseGold.rows(
            shared.resolve("eval/dev-gold.jsonl"),
            shared.resolve("corpus/postmortems-real"),
            holdout::contains);
    check(rows, false, FLOOR_HOLDOUT[0], FLOOR_HOLDOUT[1], FLOOR_HOLDOUT[2], FLOOR_HOLDOUT[3]);
  }

  /** The written sets of {@code written-sets.md}, which need no ../shared. */
  static final Path WRITTEN = Path.of("src/test/resources/dev/recur/analyzers/cause");

  /**
   * Checks one written set against its floors; {@code perDocument} is off for the measuring set,
   * whose documents must never be read one by one.
   */
  private static void checkWritten(String set, int size, double[] floor, boolean perDocument) {
    checkWritten(set, f -> true, size, floor, perDocument);
  }

  private static void checkWritten(
      String set, Predicate<String> files, int size, double[] floor, boolean perDocument) {
    List<CauseGold.Row> rows =
        CauseGold.rows(WRITTEN.resolve(set + "-gold.jsonl"), WRITTEN.resolve(set), files);
    assertTrue(rows.size() == size, set + ": " + rows.size() + " documents");
    check(rows, perDocument, floor[0], floor[1], floor[2], floor[3]);
  }

  @Test
  void writtenTuningSetStaysAboveItsFloors() {
    checkWritten("written-a", 48, FLOOR_WRITTEN_A, true);
  }

  @Test
  void secondWrittenTuningSetStaysAboveItsFloors() {
    checkWritten("written-c", 40, FLOOR_WRITTEN_C, true);
  }

  @Test
  void writtenMeasuringSetStaysAboveItsFloors() {
    checkWritten("written-b", 48, FLOOR_WRITTEN_B, false);
  }

  @Test
  void thirdWrittenTuningSetStaysAboveItsFloors() {
    checkWritten("written-e", 40, FLOOR_WRITTEN_E, true);
  }

  @Test
  void shortSummariesWithoutHeadingsStayAboveTheirFloors() {
    checkWritten("written-f", 60, FLOOR_WRITTEN_F, true);
  }

  @Test
  void secondWrittenMeasuringSetStaysAboveItsFloors() {
    checkWritten("written-d", 40, FLOOR_WRITTEN_D, false);
  }

  @Test
  void thirdWrittenMeasuringSetStaysAboveItsFloors() {
    checkWritten("written-g", 40, FLOOR_WRITTEN_G, false);
  }

  @Test
  void writtenImpactSetStaysAboveItsFloors() {
    checkWritten("written-h", 80, FLOOR_WRITTEN_H, true);
  }

  /** The files of one half of written-i, as listed beside it for {@code recur eval --only}. */
  private static Predicate<String> half(String list) {
    try {
      Set<String> files = Set.copyOf(Files.readAllLines(WRITTEN.resolve(list)));
      return files::contains;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void secondWrittenImpactSetTuningHalfStaysAboveItsFloors() {
    checkWritten("written-i", half("written-i-tuning.txt"), 40, FLOOR_WRITTEN_I_TUNE, true);
  }

  @Test
  void secondWrittenImpactSetMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-i", half("written-i-measuring.txt"), 40, FLOOR_WRITTEN_I_MEASURE, false);
  }

  @Test
  void hardFaultCallsTuningHalfStaysAboveItsFloors() {
    checkWritten("written-k", half("written-k-tuning.txt"), 30, FLOOR_WRITTEN_K_TUNE, true);
  }

  @Test
  void hardFaultCallsMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-k", half("written-k-measuring.txt"), 30, FLOOR_WRITTEN_K_MEASURE, false);
  }

  @Test
  void studentStyleHardCallsTuningHalfStaysAboveItsFloors() {
    checkWritten("written-m", half("written-m-tuning.txt"), 30, FLOOR_WRITTEN_M_TUNE, true);
  }

  @Test
  void studentStyleHardCallsMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-m", half("written-m-measuring.txt"), 30, FLOOR_WRITTEN_M_MEASURE, false);
  }

  /**
   * The hard calls between faults again, by a twelfth writer, mostly in the style of students'
   * write-ups about a small web stack: measured blind in two halves at 54ca568 (tuning 96.7, 83.3,
   * 93.3, 0.88; measuring 93.3, 90, 96.7, 0.91). The measuring half's fault floor is 0.90 since the
   * bar for any verdict was halved (MIN_EVIDENCE): one of its documents gets a guess where it had
   * unknown, while the two student measuring halves gained a fault each. It is 0.86 since a hedged
   * sentence under a root-cause heading counts as a finding (VERSION 33): one document more lost,
   * while the measuring sets as a whole kept their faults and gained a component.
   */
  static final double[] FLOOR_WRITTEN_M_TUNE = {0.96, 0.83, 0.93, 0.88};

  static final double[] FLOOR_WRITTEN_M_MEASURE = {0.86, 0.90, 0.96, 0.92};

  @Test
  void longCompanyReportsTuningHalfStaysAboveItsFloors() {
    checkWritten("written-n", half("written-n-tuning.txt"), 20, FLOOR_WRITTEN_N_TUNE, true);
  }

  @Test
  void longCompanyReportsMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-n", half("written-n-measuring.txt"), 20, FLOOR_WRITTEN_N_MEASURE, false);
  }

  /**
   * Long company and engineering-blog reports whose causes are mostly told without their keyword,
   * by a thirteenth writer, a third of them with no share among distracting percentages: measured
   * blind in two halves at 3c44601 (tuning 80, 65, 85, 0.81; measuring 70, 60, 85, 0.74), then the
   * even half read (a recovery stage, a target, a level against the peak, headings that tell the
   * real cause and the theories).
   */
  static final double[] FLOOR_WRITTEN_N_TUNE = {0.85, 0.70, 1.00, 0.80};

  static final double[] FLOOR_WRITTEN_N_MEASURE = {0.70, 0.60, 0.90, 0.73};

  @Test
  void outageReportsAndTicketsTuningHalfStaysAboveItsFloors() {
    checkWritten("written-o", half("written-o-tuning.txt"), 20, FLOOR_WRITTEN_O_TUNE, true);
  }

  @Test
  void outageReportsAndTicketsMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-o", half("written-o-measuring.txt"), 20, FLOOR_WRITTEN_O_MEASURE, false);
  }

  /**
   * Cloud providers' reasons for outage, wiki templates, status logs and customer emails, by a
   * fourteenth writer: measured blind in two halves at 3c44601 (tuning 85, 75, 90, 0.80; measuring
   * 85, 75, 90, 0.86), then the even half read (fractions of the team's own work, a count in the
   * 500s, a share back in service, a cause never found, tables that are not a database's).
   */
  static final double[] FLOOR_WRITTEN_O_TUNE = {0.90, 0.75, 1.00, 0.83};

  static final double[] FLOOR_WRITTEN_O_MEASURE = {0.85, 0.75, 0.90, 0.86};

  @Test
  void studentAssignmentsTuningHalfStaysAboveItsFloors() {
    checkWritten("written-p", half("written-p-tuning.txt"), 15, FLOOR_WRITTEN_P_TUNE, true);
  }

  @Test
  void studentAssignmentsMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-p", half("written-p-measuring.txt"), 15, FLOOR_WRITTEN_P_MEASURE, false);
  }

  /**
   * Students' postmortem assignments about a small web stack, by a fifteenth writer: measured blind
   * in two halves at 3c44601 (tuning 93.3, 80, 93.3, 0.86; measuring 100, 93.3, 93.3, 0.85).
   */
  static final double[] FLOOR_WRITTEN_P_TUNE = {0.93, 0.80, 0.93, 0.85};

  static final double[] FLOOR_WRITTEN_P_MEASURE = {0.93, 0.93, 0.93, 0.84};

  @Test
  void juniorEngineersReportsTuningHalfStaysAboveItsFloors() {
    checkWritten("written-q", half("written-q-tuning.txt"), 15, FLOOR_WRITTEN_Q_TUNE, true);
  }

  @Test
  void juniorEngineersReportsMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-q", half("written-q-measuring.txt"), 15, FLOOR_WRITTEN_Q_MEASURE, false);
  }

  /**
   * Junior engineers' and coding-school postmortems of small production services, by a sixteenth
   * writer: measured blind in two halves at 3c44601 (tuning 93.3, 80, 86.7, 0.82; measuring 86.7,
   * 86.7, 93.3, 0.92); the tuning half's impact rose to 93.3 with the rules written-n and written-o
   * led to, before any of its documents was read.
   */
  static final double[] FLOOR_WRITTEN_Q_TUNE = {0.93, 0.80, 0.93, 0.82};

  static final double[] FLOOR_WRITTEN_Q_MEASURE = {0.86, 0.86, 0.93, 0.91};

  @Test
  void customerFacingReportsTuningHalfStaysAboveItsFloors() {
    checkWritten("written-r", half("written-r-tuning.txt"), 20, FLOOR_WRITTEN_R_TUNE, true);
  }

  @Test
  void customerFacingReportsMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-r", half("written-r-measuring.txt"), 20, FLOOR_WRITTEN_R_MEASURE, false);
  }

  /**
   * Large companies' engineering-blog postmortems and mid-size companies' customer-facing root
   * cause analyses, by a seventeenth and an eighteenth writer: measured blind in two halves at
   * 41eb3e2 (tuning 80, 55, 100, 0.78; measuring 90, 90, 70, 0.81); the tuning half's fault rose to
   * 90 once interim reports' wordings of an unknown cause were read.
   */
  static final double[] FLOOR_WRITTEN_R_TUNE = {0.90, 0.55, 1.0, 0.79};

  static final double[] FLOOR_WRITTEN_R_MEASURE = {0.90, 0.90, 0.70, 0.80};

  @Test
  void bootcampAssignmentsTuningHalfStaysAboveItsFloors() {
    checkWritten("written-s", half("written-s-tuning.txt"), 15, FLOOR_WRITTEN_S_TUNE, true);
  }

  @Test
  void bootcampAssignmentsMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-s", half("written-s-measuring.txt"), 15, FLOOR_WRITTEN_S_MEASURE, false);
  }

  /**
   * Bootcamp students' postmortem assignments written as messily as real ones (misspelled headings,
   * the assignment's questions left in, jokes, shell output), by a nineteenth writer: measured
   * blind in two halves at 41eb3e2 (tuning 93.3, 80, 100, 0.62; measuring 100, 80, 86.7, 0.77).
   */
  static final double[] FLOOR_WRITTEN_S_TUNE = {0.93, 0.80, 1.0, 0.61};

  static final double[] FLOOR_WRITTEN_S_MEASURE = {1.0, 0.80, 0.86, 0.76};

  @Test
  void customerIncidentReportsTuningHalfStaysAboveItsFloors() {
    checkWritten("written-t", half("written-t-tuning.txt"), 20, FLOOR_WRITTEN_T_TUNE, true);
  }

  @Test
  void customerIncidentReportsMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-t", half("written-t-measuring.txt"), 20, FLOOR_WRITTEN_T_MEASURE, false);
  }

  /**
   * Customer-facing incident reports, status-page histories, emails and providers' reasons for
   * outage, written for how the share of those hit is told among credits, service levels, recovery
   * stages and rollout stages, by a twentieth writer: measured blind in two halves at df75784
   * (tuning 90, 90, 80, 0.80; measuring 95, 85, 80, 0.725); the tuning half's impact rose to 100
   * once credits, "an hour and a half" and "all accounts should now be able to" were read. The
   * tuning half's component floor is 0.85 since a hedged sentence under a root-cause heading counts
   * as a finding (VERSION 33): "the deletion script could be run against production" names the
   * script's place where an operator's slip in storage was labelled.
   */
  static final double[] FLOOR_WRITTEN_T_TUNE = {0.90, 0.85, 1.0, 0.79};

  static final double[] FLOOR_WRITTEN_T_MEASURE = {0.95, 0.85, 0.80, 0.72};

  @Test
  void teamReviewsAndNoticesTuningHalfStaysAboveItsFloors() {
    checkWritten("written-u", half("written-u-tuning.txt"), 20, FLOOR_WRITTEN_U_TUNE, true);
  }

  @Test
  void teamReviewsAndNoticesMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-u", half("written-u-measuring.txt"), 20, FLOOR_WRITTEN_U_MEASURE, false);
  }

  /**
   * Teams' blameless reviews, blog posts, chat and wiki summaries, handover notes, IT notices and
   * bootcamp assignments, written for how impact is told, by a twenty-first writer: measured blind
   * in two halves at 2f9f7d4 (tuning 85, 85, 90, 0.77; measuring 95, 90, 85, 0.78); after its
   * tuning half was read, tuning 90, 85, 100, 0.77 and measuring fault 100.
   */
  static final double[] FLOOR_WRITTEN_U_TUNE = {0.90, 0.85, 1.0, 0.76};

  static final double[] FLOOR_WRITTEN_U_MEASURE = {1.0, 0.90, 0.85, 0.78};

  @Test
  void bootcampImpactTuningHalfStaysAboveItsFloors() {
    checkWritten("written-v", half("written-v-tuning.txt"), 20, FLOOR_WRITTEN_V_TUNE, true);
  }

  @Test
  void bootcampImpactMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-v", half("written-v-measuring.txt"), 20, FLOOR_WRITTEN_V_MEASURE, false);
  }

  /**
   * Students' and junior engineers' postmortems of a small web stack, written for how they tell the
   * share of users, by a twenty-second writer: measured blind in two halves at bf50aea (tuning 100,
   * 85, 75, 0.95; measuring 90, 80, 95, 0.78); the tuning half's impact rose to 90 once a second
   * share of the same population, a discount every customer received and sessions logged out were
   * read. The measuring half's component floor is 0.75 since a hedged sentence under a root-cause
   * heading counts as a finding (VERSION 33): one document lost, while the measuring sets as a
   * whole gained a component.
   */
  static final double[] FLOOR_WRITTEN_V_TUNE = {1.0, 0.85, 0.90, 0.94};

  static final double[] FLOOR_WRITTEN_V_MEASURE = {0.90, 0.75, 0.95, 0.77};

  @Test
  void manyTradesImpactTuningHalfStaysAboveItsFloors() {
    checkWritten("written-w", half("written-w-tuning.txt"), 20, FLOOR_WRITTEN_W_TUNE, true);
  }

  @Test
  void manyTradesImpactMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-w", half("written-w-measuring.txt"), 20, FLOOR_WRITTEN_W_MEASURE, false);
  }

  /**
   * Games, banks, hospitals, universities, public services and logistics, in every format, written
   * for how they tell the share of users, by a twenty-third writer: measured blind in two halves at
   * b9cd3f6 (tuning 90, 90, 90, 0.84; measuring 95, 75, 85, 0.73); the tuning half's impact rose to
   * 100 once a whole system named at length and a share of transfers were read.
   */
  static final double[] FLOOR_WRITTEN_W_TUNE = {0.90, 0.90, 1.0, 0.83};

  static final double[] FLOOR_WRITTEN_W_MEASURE = {0.95, 0.75, 0.85, 0.72};

  @Test
  void oneParagraphSummariesTuningHalfStaysAboveItsFloors() {
    checkWritten("written-x", half("written-x-tuning.txt"), 20, FLOOR_WRITTEN_X_TUNE, true);
  }

  @Test
  void oneParagraphSummariesMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-x", half("written-x-measuring.txt"), 20, FLOOR_WRITTEN_X_MEASURE, false);
  }

  /**
   * One-paragraph incident summaries without headings (status notes, chat messages, report lines,
   * notices), the short real-world summaries the issue names, by a twenty-fourth writer: measured
   * blind in two halves at 147e8eb (tuning 85, 85, 95, 0.83; measuring 95, 80, 75, 0.75); after
   * lower-case sentences were split (also after a number: "on port 25. we lost an hour"), the
   * tuning half's fault 90, component 85, F1 0.91.
   */
  static final double[] FLOOR_WRITTEN_X_TUNE = {0.90, 0.85, 0.95, 0.90};

  static final double[] FLOOR_WRITTEN_X_MEASURE = {0.95, 0.80, 0.75, 0.75};

  @Test
  void bugOrMisconfigurationTuningHalfStaysAboveItsFloors() {
    checkWritten("written-y", half("written-y-tuning.txt"), 40, FLOOR_WRITTEN_Y_TUNE, true);
  }

  @Test
  void bugOrMisconfigurationMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-y", half("written-y-measuring.txt"), 40, FLOOR_WRITTEN_Y_MEASURE, false);
  }

  /**
   * Students' postmortems on the line between a software bug and a misconfiguration (bugs told
   * every way but "typo", slips in servers' configuration files), by a twenty-fifth writer:
   * measured blind in two halves at fdf8fa5 (tuning 90, 95, 72.5, 0.75; measuring 85, 80, 85,
   * 0.67); the shares of both rose (90, 92.5) once "everyone hitting the site, 100%", "a 502 to
   * everyone", "all shoppers were affected" and their kin were read.
   */
  static final double[] FLOOR_WRITTEN_Y_TUNE = {0.90, 0.95, 0.90, 0.74};

  static final double[] FLOOR_WRITTEN_Y_MEASURE = {0.85, 0.80, 0.92, 0.66};

  @Test
  void whomItHitTuningHalfStaysAboveItsFloors() {
    checkWritten("written-z", half("written-z-tuning.txt"), 40, FLOOR_WRITTEN_Z_TUNE, true);
  }

  @Test
  void whomItHitMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-z", half("written-z-measuring.txt"), 40, FLOOR_WRITTEN_Z_MEASURE, false);
  }

  /**
   * Students' postmortems told for whom the outage hit (everyone put many ways, shares beside other
   * percentages, no share at all), by a twenty-sixth writer: measured blind in two halves at
   * 71dd004 (tuning 95, 80, 90, 0.76; measuring 95, 80, 80, 0.75); the tuning half's impact rose to
   * 97.5 once "whoever opened the app", "closed for everybody" and "70% of request time" were read.
   */
  static final double[] FLOOR_WRITTEN_Z_TUNE = {0.95, 0.80, 0.97, 0.75};

  static final double[] FLOOR_WRITTEN_Z_MEASURE = {0.95, 0.80, 0.80, 0.74};

  @Test
  void everyoneHitTuningHalfStaysAboveItsFloors() {
    checkWritten("written-0", half("written-0-tuning.txt"), 30, FLOOR_WRITTEN_0_TUNE, true);
  }

  @Test
  void everyoneHitMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-0", half("written-0-measuring.txt"), 30, FLOOR_WRITTEN_0_MEASURE, false);
  }

  /**
   * Students' postmortems in which every user was hit, each told another way and none with the
   * usual words, and some with no share at all, by a twenty-seventh writer: measured blind in two
   * halves at 6e9efb5 (tuning 70, 76.7, 80, 0.93; measuring 86.7, 76.7, 50, 0.92); the tuning
   * half's impact rose to 100 once "users across the board", "one and all", "the full incoming
   * traffic", "couldn't use the app at all", "a complete loss of service" and "went dark" were
   * read.
   */
  static final double[] FLOOR_WRITTEN_0_TUNE = {0.70, 0.76, 1.0, 0.93};

  static final double[] FLOOR_WRITTEN_0_MEASURE = {0.86, 0.76, 0.53, 0.91};

  @Test
  void thirdWrittenImpactSetTuningHalfStaysAboveItsFloors() {
    checkWritten("written-l", half("written-l-tuning.txt"), 30, FLOOR_WRITTEN_L_TUNE, true);
  }

  @Test
  void thirdWrittenImpactSetMeasuringHalfStaysAboveItsFloors() {
    checkWritten("written-l", half("written-l-measuring.txt"), 30, FLOOR_WRITTEN_L_MEASURE, false);
  }

  /**
   * Written for the hard calls between faults (a code defect called a configuration problem, a
   * rollout against the setting it shipped, an operator's slip against a deliberate setting,
   * exhaustion as a symptom), by a tenth writer: measured blind in two halves at a5b60a1 (tuning
   * 63.3, 83.3, 96.7, 0.73; measuring 70, 80, 100, 0.64), then the even half tuned on (the actual
   * fault after "only the symptom", a setting its author clears, "by accident", "we couldn't
   * determine why", a case opened with a vendor, a component kept beside an unknown fault, a
   * deployment scaled to zero): tuning fault 86.7, component 90. Splitting lower-case sentences
   * after a full stop (2026-12-07, eighth session) cost one fault here, a chat log whose operator
   * slip now votes apart from the scale-down, and gave one to written-q's tuning half: 83.3.
   */
  static final double[] FLOOR_WRITTEN_K_TUNE = {0.83, 0.89, 0.96, 0.76};

  /**
   * Lowered for component and F1 when "vendor" stopped being a dependency cue (b608e78 to the next
   * commit): that change won four faults elsewhere, two of them on measuring sets, and cost this
   * half one component and 0.02 of F1.
   */
  static final double[] FLOOR_WRITTEN_K_MEASURE = {0.70, 0.76, 0.96, 0.61};

  /**
   * A third set written for the share of users, by an eleventh writer: measured blind in two halves
   * at a5b60a1 (tuning 93.3, 86.7, 90, 0.88; measuring 100, 80, 90, 0.79), then the even half's
   * impact failures read (a ticket's "Users affected: 15%", a first estimate revised later, active
   * sessions that dropped): tuning impact 100, measuring 93.3.
   */
  static final double[] FLOOR_WRITTEN_L_TUNE = {0.93, 0.86, 0.96, 0.90};

  static final double[] FLOOR_WRITTEN_L_MEASURE = {0.96, 0.80, 0.93, 0.79};

  /**
   * A second set written for the share of users, by a ninth writer: measured blind in two halves at
   * 0fb8932 (tuning 97.5, 95, 92.5, 0.81; measuring 97.5, 95, 87.5, 0.84), then the even half tuned
   * on.
   */
  static final double[] FLOOR_WRITTEN_I_TUNE = {0.95, 0.92, 0.95, 0.81};

  static final double[] FLOOR_WRITTEN_I_MEASURE = {0.95, 0.92, 0.85, 0.84};

  /** Just below the figures measured after the rules were fixed on this set. */
  static final double[] FLOOR_WRITTEN_A = {0.95, 0.83, 0.97, 0.84};

  /** Just below the figures after the rules were fixed on this set too. */
  static final double[] FLOOR_WRITTEN_C = {0.82, 0.62, 0.97, 0.80};

  /** Measured without reading a document's result: the rules' generalisation, not a target. */
  static final double[] FLOOR_WRITTEN_B = {0.91, 0.79, 0.95, 0.79};

  /**
   * Measured without reading a document's result, like written-b; a harder set in the style of
   * company reports, where causes are mostly told without their keyword.
   */
  static final double[] FLOOR_WRITTEN_D = {0.70, 0.70, 0.90, 0.74};

  /**
   * Measured without reading a document's result, like written-b; every fault and most components,
   * in every layout, by a seventh writer (85, 80, 95, 0.72 when it arrived).
   */
  static final double[] FLOOR_WRITTEN_G = {0.82, 0.77, 0.92, 0.71};

  /**
   * Short postmortems written for the share of users: measured blind once (87.5, 78.8, 90, 0.69),
   * then tuned on for impact; just below the figures after.
   */
  static final double[] FLOOR_WRITTEN_H = {0.85, 0.76, 0.95, 0.79};

  /** Measured once blind (80, 60, 90, 0.53), then tuned on; just below the figures after. */
  static final double[] FLOOR_WRITTEN_E = {0.77, 0.62, 0.87, 0.72};

  /**
   * One-paragraph summaries without headings ("A bad config push to our load balancers sent all
   * traffic to one region."): measured once blind (83.3, 71.7, 83.3, 0.77), then tuned on (impact
   * wording, every sentence read); just below the figures after.
   */
  static final double[] FLOOR_WRITTEN_F = {0.88, 0.77, 0.97, 0.89};

  /** fault, component, impact, herring F1 floors; set just below the measured figures. */
  static final double[] FLOOR_TUNED = {0.96, 0.91, 0.97, 0.93};

  /** Measured once, after tuning ended: the rules' generalisation, not a target. */
  static final double[] FLOOR_HOLDOUT = {0.65, 0.90, 0.90, 0.80};
}
