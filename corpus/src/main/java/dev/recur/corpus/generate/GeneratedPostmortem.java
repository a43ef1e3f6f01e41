package dev.recur.corpus.generate;

import java.util.Objects;

/**
 * One synthetic postmortem: its file name, its text and the ground truth a parser should recover.
 *
 * @param fileName a file name unique within one generated corpus, such as {@code pm-0000042.md}
 * @param text the document text
 * @param gold what a correct parse finds
 * @param layout the heading style the document was written in
 */
public record GeneratedPostmortem(String fileName, String text, GoldLabel gold, Layout layout) {
  public GeneratedPostmortem {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(layout, "layout");
    if (!fileName.equals(gold.file())) {
      throw new IllegalArgumentException(
          "gold file must be the document's file name, got " + gold.file() + " for " + fileName);
    }
  }
}
