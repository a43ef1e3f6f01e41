package dev.recur.core;

import java.util.Objects;

/**
 * One section of a postmortem: its canonical kind, the heading as written, where it lies in the
 * original text and its content with markup removed.
 *
 * @param kind the canonical kind; {@link SectionKind#OTHER} keeps {@code heading} as written
 * @param heading the heading text as written, without markup (empty for a heading-less block)
 * @param start offset of the first character of the section (its heading) in the original text
 * @param end offset just past the section's last character in the original text
 * @param text the section body with Markdown and HTML markup stripped
 */
public record Section(SectionKind kind, String heading, int start, int end, String text) {
  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "section offsets must satisfy 0 <= start <= end, got start=" + start + " end=" + end);
    }
  }
}
