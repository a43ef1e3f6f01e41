package dev.recur.corpus.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Selection-based summaries agree with the sorted definition on random samples. */
class SummaryTest {

  @Test
  void selectionAgreesWithSorting() {
    long seed = 20_240_301L;
    SplittableRandom rnd = new SplittableRandom(seed);
    for (int round = 0; round < 2_000; round++) {
      int n = 1 + rnd.nextInt(round < 1_000 ? 12 : 400);
      double[] v = new double[n];
      int distinct = 1 + rnd.nextInt(20);
      for (int i = 0; i < n; i++) {
        v[i] = rnd.nextBoolean() ? rnd.nextInt(distinct) : rnd.nextDouble() * 1000;
      }
      double[] sorted = v.clone();
      Arrays.sort(sorted);
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      double p90 = sorted[(int) Math.ceil(0.9 * n) - 1];
      Summary s = Summary.of(v);
      String where = "seed " + seed + ", round " + round + ", n " + n;
      assertEquals(Optional.of(median), s.median(), where);
      assertEquals(Optional.of(p90), s.p90(), where);
      assertEquals(Optional.of(sorted[0]), s.min(), where);
      assertEquals(Optional.of(sorted[n - 1]), s.max(), where);
    }
  }

  @Test
  void countedWholeNumbersAgreeWithSelection() {
    long seed = 20_261_122L;
    SplittableRandom rnd = new SplittableRandom(seed);
    // narrow spans are counted, wide ones fall back to selection
    for (int span : new int[] {1, 7, 100, 5_000, 20_000, 1_000_000_000}) {
      for (int size : new int[] {1, 2, 3, 10, 11, 999, 3_000}) {
        for (int repeat = 0; repeat < 20; repeat++) {
          int[] v = rnd.ints(size, 0, span).toArray();
          double[] d = Arrays.stream(v).asDoubleStream().toArray();
          assertEquals(
              Summary.ofSorting(d, size),
              Summary.ofInts(v, size),
              "seed " + seed + ", span " + span + ", size " + size + ", repeat " + repeat);
        }
      }
    }
  }
}
