package dev.recur.analyzers.cause;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recur.analyzers.Parsed;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five seeds: fault, component, impact and red herrings all right. Skips without ../shared. */
class CauseSeedsTest {

  @Test
  void seedsAreReadRight() {
    Path shared = Parsed.shared().orElse(null);
    assumeTrue(shared != null, "../shared is absent");
    List<CauseGold.Row> rows =
        CauseGold.rows(shared.resolve("eval/seeds-gold.jsonl"), shared.resolve("seeds"), f -> true);
    assertEquals(5, rows.size());
    for (CauseGold.Row r : rows) {
      assertTrue(r.faultRight(), r.describe());
      assertTrue(r.componentRight(), r.describe());
      assertTrue(r.impactRight(), r.describe());
      assertEquals(r.goldHerrings(), r.gotHerrings(), r.describe());
      assertTrue(r.got().rootCause().orElseThrow().evidence().isPresent(), r.describe());
      assertTrue(!r.got().correctiveActions().isEmpty(), r.describe());
    }
  }
}
