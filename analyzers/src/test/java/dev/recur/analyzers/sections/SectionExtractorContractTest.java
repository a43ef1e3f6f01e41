package dev.recur.analyzers.sections;

import dev.recur.analyzers.ExtractorContractTest;
import dev.recur.core.Extractor;

/** The section step under the hostile-input contract. */
class SectionExtractorContractTest extends ExtractorContractTest {

  @Override
  protected Extractor extractor() {
    return new SectionExtractor();
  }
}
