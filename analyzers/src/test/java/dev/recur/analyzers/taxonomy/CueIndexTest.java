package dev.recur.analyzers.taxonomy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CueIndexTest {

  private static final String[] FILLER = {
    "the",
    "a",
    "not",
    "was",
    "config",
    "db",
    "x.phpp",
    "nginx.conf",
    "99.9%",
    "didn't",
    "-",
    "load-balancer",
    "Load",
    "Balancer",
    "/",
    "team",
    "(",
    ")",
    "misconfigured",
    "é",
    "cache,"
  };

  @Test
  void findsWhatSearchingEachCueFinds() {
    Taxonomy taxonomy = Taxonomy.builtIn();
    List<List<Term>> lists =
        List.of(taxonomy.faults(), taxonomy.components(), taxonomy.herrings(), taxonomy.actions());
    List<String> vocabulary = new ArrayList<>(List.of(FILLER));
    for (List<Term> terms : lists) {
      for (Term t : terms) {
        for (String cue : t.cues()) {
          vocabulary.add(cue.endsWith("*") ? cue.substring(0, cue.length() - 1) + "ed" : cue);
        }
      }
    }
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int n = 0; n < 400; n++) {
      String[] tokens = new String[random.nextInt(30)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = vocabulary.get(random.nextInt(vocabulary.size()));
      }
      Words words = Words.of(tokens);
      for (List<Term> terms : lists) {
        CueIndex index = CueIndex.of(terms);
        List<List<int[]>> spans = index.spans(words);
        int[] first = index.firstPositions(words);
        for (int t = 0; t < terms.size(); t++) {
          String where = "seed " + seed + ", term " + terms.get(t).id() + " in '" + words + "'";
          assertEquals(words.firstPosition(terms.get(t)), first[t], where);
          assertEquals(sorted(words.spans(terms.get(t))), sorted(spans.get(t)), where);
        }
      }
    }
  }

  @Test
  void wordsFindWholeWordPhrasesAndNothingElse() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] vocabulary = {"a", "ab", "abc", "b", "ba", "db", "team", "x.y", "9", "é", "éa"};
    for (int n = 0; n < 2_000; n++) {
      String[] tokens = new String[random.nextInt(8)];
      for (int i = 0; i < tokens.length; i++) {
        tokens[i] = vocabulary[random.nextInt(vocabulary.length)];
      }
      Words words = Words.of(tokens);
      String cue = vocabulary[random.nextInt(vocabulary.length)];
      if (random.nextBoolean()) {
        cue += " " + vocabulary[random.nextInt(vocabulary.length)];
      }
      String where = "seed " + seed + ": '" + cue + "' in '" + words + "'";
      assertEquals(words.text().contains(" " + cue + " "), words.contains(cue), where);
      boolean prefixHit = words.text().contains(" " + cue);
      assertEquals(prefixHit, words.contains(cue + "*"), where);
    }
  }

  @Test
  void prefixCueSpansToTheEndOfItsWord() {
    CueIndex index =
        CueIndex.of(List.of(new Term("misconfiguration", List.of("misconfigur*", "bad config"))));
    Words words = Words.of(new String[] {"A", "misconfigured", "proxy", "and", "bad", "config"});
    List<int[]> spans = index.spans(words).get(0);
    assertEquals(2, spans.size());
    assertArrayEquals(new int[] {3, 16}, spans.get(0));
    assertEquals(" bad config ", words.text().substring(spans.get(1)[0] - 1, spans.get(1)[1] + 1));
  }

  private static List<String> sorted(List<int[]> spans) {
    return spans.stream()
        .sorted(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]))
        .map(s -> s[0] + "-" + s[1])
        .toList();
  }

  @Test
  void possessiveIsAWordOfItsOwn() {
    Words words =
        Words.of(new String[] {"Apache's", "DocumentRoot", "and", "nginx\u2019s", "config"});
    assertEquals(" apache 's documentroot and nginx 's config ", words.text());
    assertEquals(7, words.size());
    // Only a letter's 's: a quoted 's' or a bare apostrophe stays as it was.
    assertEquals(" 's ", Words.of(new String[] {"'s"}).text());
  }

  @Test
  void aQuoteAroundAWordIsNoPartOfIt() {
    // A closing quote would hide the extension at the end of the file name from the ".php" cue.
    assertEquals(
        " file wp settings.php ",
        Words.of(new String[] {"file", "\u2018/var/www/html/wp-settings.php\u2019"})
            .text()
            .replace(" var www html", ""));
    assertEquals(" phpp ", Words.of(new String[] {"'phpp'"}).text());
    assertEquals(" don't users ", Words.of(new String[] {"don't", "users'"}).text());
  }

  @Test
  void aMarkBesideASpaceLeavesOneSpace() {
    // "nginx -t" reads as the words "nginx t"; with two spaces it could never match.
    Term term = new Term("x", List.of("nginx -t", "ci / cd"));
    assertEquals(List.of("nginx t", "ci cd"), term.cues());
    assertTrue(
        Words.of(new String[] {"run", "nginx", "-t", "first"}).containsAny(term.cues()),
        "nginx -t found");
  }

  @Test
  void cuesAreSpelledLikeTheWordsTheyMatch() {
    Term term =
        new Term(
            "x", List.of("provider's outage", "mod_ssl", "load-balancer", "let\u2019s encrypt"));
    assertEquals(
        List.of("provider 's outage", "mod ssl", "load balancer", "let 's encrypt"), term.cues());
    CueIndex index = CueIndex.of(List.of(term));
    Words words =
        Words.of(
            new String[] {
              "the", "provider's", "outage", "broke", "mod_ssl", "and", "Let's", "Encrypt"
            });
    assertEquals(3, index.spans(words).get(0).size(), words.text());
  }

  @Test
  void prefixCuesDoNotReachUnrelatedWords() {
    Taxonomy taxonomy = Taxonomy.builtIn();
    CueIndex components = CueIndex.of(taxonomy.components());
    CueIndex faults = CueIndex.of(taxonomy.faults());
    Words words =
        Words.of("a volumetric flood after an exhaustive search shared on linkedin".split(" "));
    for (List<int[]> spans : components.spans(words)) {
      assertEquals(0, spans.size(), words.text());
    }
    for (List<int[]> spans : faults.spans(words)) {
      assertEquals(0, spans.size(), words.text());
    }
  }
}
