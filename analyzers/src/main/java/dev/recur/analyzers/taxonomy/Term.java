package dev.recur.analyzers.taxonomy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One value of a taxonomy axis (a fault, a component, a red herring or an action category) and the
 * phrases that name it in text. A cue is lower-case words separated by single spaces; a trailing
 * {@code *} lets the last word match as a prefix ({@code misconfigur*}). Hyphens and slashes in a
 * cue are read as spaces ({@code on-call} is kept as {@code on call}), because text is split into
 * words at them.
 *
 * @param id the value as it appears in records, such as {@code load-balancer}
 * @param cues the phrases that point at this value, in lower case
 */
public record Term(String id, List<String> cues) {
  public Term {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("[id] must not be blank");
    }
    cues = cues == null ? List.of() : cues.stream().map(Term::asWords).toList();
    for (String cue : cues) {
      if (cue.isBlank() || !cue.equals(cue.strip()) || cue.equals("*")) {
        throw new IllegalArgumentException(
            "[cues] of '"
                + id
                + "' must be non-blank words without outer spaces, got '"
                + cue
                + "'");
      }
      if (!cue.equals(cue.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "[cues] of '" + id + "' must be lower case, got '" + cue + "'");
      }
    }
  }

  private static final Pattern SPACES = Pattern.compile(" {2,}");

  /**
   * A cue spelled as {@link Words} spell text: hyphens, slashes and underscores are spaces, and a
   * possessive {@code 's} and a percent sign are words of their own ("provider's" matches "the
   * provider 's", "100% cpu" matches "100 % cpu").
   */
  private static String asWords(String cue) {
    // "nginx -t" is the words "nginx t": a mark next to a space leaves one space, not two.
    String spaced =
        SPACES
            .matcher(
                cue.replace('-', ' ').replace('/', ' ').replace('_', ' ').replace('\u2019', '\''))
            .replaceAll(" ")
            .strip();
    StringBuilder out = new StringBuilder(spaced.length() + 2);
    for (int i = 0; i < spaced.length(); i++) {
      char c = spaced.charAt(i);
      if (c == '\''
          && i > 0
          && Character.isLetterOrDigit(spaced.charAt(i - 1))
          && i + 1 < spaced.length()
          && spaced.charAt(i + 1) == 's'
          && (i + 2 == spaced.length() || !Character.isLetterOrDigit(spaced.charAt(i + 2)))) {
        out.append(' ');
      }
      if (c == '%' && i > 0 && Character.isDigit(spaced.charAt(i - 1))) {
        out.append(' ');
      }
      out.append(c);
    }
    return out.toString();
  }
}
