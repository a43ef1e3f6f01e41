package dev.recur.analyzers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChunkTokenizerTest {

  private static TextModels models;

  @BeforeAll
  static void load() {
    models = TextModels.english();
  }

  private static final String[] PIECES = {
    "The", "database", "didn't", "fail;", "(it", "was", "DNS).", "nginx.conf", "99.9%", "—",
    "U.S.", "e.g.", "can't", "\"quoted\"", "x", ",", "re-try/retry", "10:42", "UTC,", "$5",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.", "émigré's", "\u00a0", "\t",
        "\u2003", "\u001f", "\n"
  };

  @Test
  void splitsExactlyAsTheLearnedTokenizerDoes() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    TokenizerME plain = new TokenizerME(models.tokenizerModel());
    ChunkTokenizer remembering =
        new ChunkTokenizer(
            new TokenizerME(models.tokenizerModel()), new ConcurrentHashMap<>(), 1_000);
    for (int n = 0; n < 300; n++) {
      StringBuilder text = new StringBuilder();
      int words = random.nextInt(25);
      for (int i = 0; i < words; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        text.append(random.nextInt(6) == 0 ? "  " : " ");
      }
      String s = text.toString();
      assertArrayEquals(
          plain.tokenizePos(s), remembering.tokenizePos(s), "seed " + seed + ": " + s);
      assertArrayEquals(plain.tokenize(s), remembering.tokenize(s), "seed " + seed + ": " + s);
    }
  }

  @Test
  void stopsRememberingAtCapacityButStillSplits() {
    Map<String, Span[]> memory = new HashMap<>();
    ChunkTokenizer t = new ChunkTokenizer(new TokenizerME(models.tokenizerModel()), memory, 2);
    String[] tokens = t.tokenize("we didn't see it, nor DNS.");
    assertArrayEquals(
        new TokenizerME(models.tokenizerModel()).tokenize("we didn't see it, nor DNS."), tokens);
    assertEquals(2, memory.size());
  }
}
