package dev.recur.corpus.search;

/**
 * A search query that cannot be read, with a message that quotes the offending part and says what
 * was expected, such as {@code duration:>2x — expected a length like 90m or 2h}.
 */
public final class QuerySyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String fragment;

  /** A problem with {@code fragment}, the part of the query at fault. */
  public QuerySyntaxException(String fragment, String problem) {
    super(fragment + " — " + problem);
    this.fragment = fragment;
  }

  QuerySyntaxException(String fragment, String problem, Throwable cause) {
    super(fragment + " — " + problem, cause);
    this.fragment = fragment;
  }

  /** The part of the query at fault. */
  public String fragment() {
    return fragment;
  }
}
