package dev.recur.analyzers;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recur.core.Diagnostic;
import dev.recur.core.Pipeline;
import dev.recur.core.Postmortem;
import dev.recur.core.SourceDocument;

/**
 * Drives the whole default pipeline with arbitrary bytes. In a normal {@code mvn test} Jazzer runs
 * in regression mode over the inputs in {@code PipelineFuzzTestInputs/parsesAnyBytes} (seed
 * documents and any crash reproducers found so far); {@code JAZZER_FUZZ=1 mvn test
 * -Dtest=PipelineFuzzTest} fuzzes for real and writes new findings there.
 */
class PipelineFuzzTest {

  private static final Pipeline PIPELINE = DefaultPipeline.create(TextModels.english());

  @FuzzTest(maxDuration = "60s")
  void parsesAnyBytes(byte[] input) {
    Postmortem record = PIPELINE.parse(SourceDocument.decode("fuzz", input));
    for (Diagnostic d : record.diagnostics()) {
      if (d.code().equals("extractor-failed")) {
        throw new AssertionError(d.message());
      }
    }
  }
}
