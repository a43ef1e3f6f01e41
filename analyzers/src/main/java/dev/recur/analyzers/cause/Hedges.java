package dev.recur.analyzers.cause;

import dev.recur.analyzers.cause.Statement.Stance;
import dev.recur.analyzers.taxonomy.Words;
import java.util.List;
import java.util.stream.Stream;

/**
 * The words by which authors deny, suspect, rule out or confirm a cause. Kept in one place so that
 * the root-cause and red-herring extractors read a sentence the same way.
 */
final class Hedges {

  private Hedges() {}

  /** Words after which the rest of a clause is denied. */
  static final List<String> NEGATIONS =
      List.of(
          "not",
          "no",
          "never",
          "nothing",
          "wasn't",
          "weren't",
          "isn't",
          "aren't",
          "didn't",
          "doesn't",
          "don't",
          "wasnt",
          "isnt",
          "without",
          "neither",
          "nor",
          "ruled out",
          "rule out",
          "ruling out",
          "excluded");

  /** Words that frame a clause as a guess rather than a finding. */
  static final List<String> SUSPICIONS =
      List.of(
          "suspect*",
          "suspicion*",
          "assum*",
          "thought",
          "think",
          "believ*",
          "hypothes*",
          "theory",
          "theories",
          "initial*",
          "at first",
          "first suspect*",
          "first thought",
          "consider*",
          "blam*",
          "focused on",
          "focusing on",
          "focus was on",
          "focus on",
          "might",
          "must be",
          // "It had to be a DDoS", not "the certificate had to be renewed by hand".
          "it had to be",
          "that had to be",
          "this had to be",
          // What people looked for is a question, not a finding: "we checked for a DDoS"; not "the
          // script looked for the key in the wrong directory".
          "we checked for",
          "we looked for",
          "we tested for",
          "we checked whether",
          "we checked if",
          "team checked for",
          "engineers checked for",
          "must have been",
          "decided it was",
          "maybe",
          "perhaps",
          "potential*",
          "possible",
          "possibly",
          "could be",
          "could have been",
          "chasing",
          "chased",
          "guess*",
          "first idea",
          "the idea that",
          "convinced",
          "seemed",
          "seeming",
          "seemingly",
          "looked like",
          "appeared to be",
          "speculat*",
          "wondered",
          "pointed to",
          "misleading*",
          "red herring",
          "false lead*",
          "misdiagnos*",
          "could it be",
          "usual suspects",
          "theorized",
          "presumed",
          "veers",
          "veered");

  /**
   * Findings about a suspect that both rule it out and deny it. "Unrelated" counts when said of the
   * suspect ("proved unrelated", "was unrelated to"), not of another thing: "during an unrelated
   * maintenance" and "an unrelated hotfix" rule nothing out.
   */
  private static final List<String> FOUND_INNOCENT =
      List.of(
          // Timeline notes in the present tense: "query statistics look normal".
          "look normal",
          "looks normal",
          "look healthy",
          "looks healthy",
          "was unrelated",
          "were unrelated",
          "is unrelated",
          "are unrelated",
          "be unrelated",
          "been unrelated",
          "proved unrelated",
          "proven unrelated",
          "deemed unrelated",
          "seemed unrelated",
          "looked unrelated",
          "appeared unrelated",
          "as unrelated",
          "entirely unrelated",
          "completely unrelated",
          "totally unrelated",
          "unrelated to");

  private static List<String> with(List<String> cues, List<String> more) {
    return Stream.concat(cues.stream(), more.stream()).toList();
  }

  /** Words saying a suspicion came to nothing. */
  static final List<String> RULED_OUT =
      with(
          List.of(
              "ruled out",
              "rule out",
              "ruling out",
              "ruling it out",
              "ruling them out",
              "not the cause",
              "not the root cause",
              "not the culprit",
              "wasn't the culprit",
              "weren't the culprit",
              "isn't the culprit",
              "not to blame",
              "wasn't to blame",
              "not the issue",
              "not the problem",
              "wasn't the cause",
              "was not the cause",
              "wasn't it",
              "no anomal*",
              "no issue*",
              "no problem*",
              "no abnormal*",
              "nothing conclusive",
              "nothing unusual",
              "nothing wrong",
              "no evidence",
              "without concrete evidence",
              "was normal",
              "were normal",
              "normal behavior",
              "normal behaviour",
              "indicated normal",
              "was healthy",
              "were healthy",
              "innocent",
              "dead end",
              "red herring",
              "false lead*",
              "misleading",
              "wasted",
              "not related",
              "no improvement",
              "no luck",
              "not that",
              "wrong",
              "peachy",
              "in vain",
              "fruitless",
              "not responsible",
              "turned out",
              "instead",
              "however",
              "but",
              "alas",
              "elusive",
              "mistaken",
              "crimes not committed",
              "spoiler",
              "eventually wasn't",
              "diverting",
              "false alarm",
              "not find",
              "found nothing",
              "did not find",
              "didn't find",
              "no sign*",
              "not the source",
              "ruled",
              "excluded",
              "eliminated",
              "cleared",
              "not at fault",
              "confirms everything",
              "confirmed everything",
              "were functioning",
              "was functioning",
              "were working",
              "was working",
              "nothing"),
          FOUND_INNOCENT);

  /** Words that mark the real finding after a false lead. */
  static final List<String> CONFIRMATIONS =
      List.of(
          "root cause",
          "turned out",
          "actual*",
          "real cause",
          "true cause",
          "real culprit",
          "real villain",
          "the culprit",
          "culprit was",
          "discovered",
          "identified",
          "found that",
          "was caused by",
          "were caused by",
          "caused by",
          "due to",
          "traced",
          "determined",
          "revealed",
          "realized",
          "realised",
          "confirmed that",
          "the issue was",
          "stemmed from",
          "resulted from",
          "because");

  /** Words at which a sentence turns to a new clause. */
  static final List<String> TURNS =
      List.of(
          "but", "however", "instead", "rather", "whereas", "although", "though", "yet", "while");

  /** Phrases by which a clause denies what it names as a whole. */
  static final List<String> DENIALS =
      with(
          List.of(
              "ruled out",
              "rule out",
              "not the cause",
              "not the root cause",
              "not the culprit",
              "not the issue",
              "not the problem",
              "wasn't the cause",
              "was not the cause",
              "no anomal*",
              "no issue*",
              "no problem*",
              "no abnormal*",
              "nothing unusual",
              "nothing wrong",
              "was normal",
              "were normal",
              "normal behavior",
              "normal behaviour",
              "indicated normal",
              "appeared normal",
              "looked normal",
              "seemed normal",
              "was healthy",
              "were healthy",
              "were functioning",
              "was functioning",
              "functioning correctly",
              "functioning properly",
              "working correctly",
              "working properly",
              "operating normally",
              "found no",
              "no errors were found",
              "no error was found",
              "no errors found",
              "found nothing",
              "revealed no",
              "showed no",
              "came up empty",
              "to be fine",
              "turned out fine",
              "proved fine",
              "dead end",
              "red herring",
              "false lead*",
              "not related",
              "peachy",
              "not responsible",
              "excluded",
              "eliminated",
              "not at fault",
              "it 's not",
              "it is not",
              "it was not",
              "it wasn't",
              "was not a",
              "wasn't a",
              "not a",
              "not an"),
          FOUND_INNOCENT);

  /**
   * "Running out of memory was only the symptom": what the clause names is no cause. Not when the
   * clause goes on to name the cause ("the CPU was only a symptom of the runaway query"), which
   * {@link #SYMPTOM_OF} tells.
   */
  static final List<String> ONLY_SYMPTOM =
      List.of(
          "only the symptom",
          "only a symptom",
          "just a symptom",
          "merely a symptom",
          "was a symptom",
          "were symptoms",
          "only symptoms");

  private static final List<String> SYMPTOM_OF = List.of("symptom of", "symptoms of");

  /**
   * Words by which an author clears what a clause names of the fault, though nobody suspected it:
   * "the configuration file was never touched and was correct throughout". Read for the root cause
   * only; a thing cleared so is no red herring unless the text also tells it was suspected.
   */
  static final List<String> CLEARED =
      List.of(
          "was correct",
          "were correct",
          "was never touched",
          "were never touched",
          "was untouched",
          "were untouched");

  static Stance stance(Words clause) {
    if (clause.containsAny(SUSPICIONS)) {
      return Stance.SUSPECTED;
    }
    if (clause.containsAny(DENIALS)
        || (clause.containsAny(ONLY_SYMPTOM) && !clause.containsAny(SYMPTOM_OF))) {
      return Stance.NEGATED;
    }
    return Stance.ASSERTED;
  }

  /**
   * How many words before a mention a negation still denies it. Four reach "not" in "we did not run
   * out of capacity"; scored on the tuning sets, three and five each read one component fewer.
   */
  static final int DENIAL_REACH = 4;

  /**
   * Whether the mention at {@code position} of {@code words} is denied by a negation among the
   * {@link #DENIAL_REACH} words just before it ("not a DDoS", "no database errors", "we did not run
   * out of capacity").
   */
  static boolean deniedBefore(Words words, int position) {
    String text = words.text();
    int from = position;
    // One step to the space before the mention, then one a word.
    for (int i = 0; i <= DENIAL_REACH && from > 0; i++) {
      from = text.lastIndexOf(' ', from - 1);
      if (from < 0) {
        from = 0;
        break;
      }
    }
    String window = text.substring(from, position + 1);
    for (String n : NEGATIONS) {
      if (window.contains(" " + n + " ")) {
        return true;
      }
    }
    return false;
  }
}
