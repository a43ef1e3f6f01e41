package dev.recur.cli;

/**
 * A command that cannot go on: its message is printed as {@code recur: MESSAGE} and its status
 * becomes the exit status (2 for a usage problem, 1 for a failure).
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  CommandFailure(int status, String message) {
    super(message);
    this.status = status;
  }

  /** Prints the message the way every command reports a problem, and returns the exit status. */
  int report() {
    System.err.println("recur: " + getMessage());
    return status;
  }
}
