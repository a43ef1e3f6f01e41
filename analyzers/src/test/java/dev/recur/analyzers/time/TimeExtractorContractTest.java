package dev.recur.analyzers.time;

import dev.recur.analyzers.ExtractorContractTest;
import dev.recur.core.Extractor;

/** The time step under the hostile-input contract. */
class TimeExtractorContractTest extends ExtractorContractTest {

  @Override
  protected Extractor extractor() {
    return new TimeExtractor(models());
  }
}
