package dev.recur.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Turns I/O failures into the short reasons {@code recur: PATH: REASON} prints. */
final class ErrorText {

  private ErrorText() {}

  static String of(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * {@code message} about the file or folder {@code path}, prefixed with the path unless it already
   * names it: "no index at DIR; create one ..." needs no second DIR in front.
   */
  static String about(Object path, String message) {
    String p = String.valueOf(path);
    return message != null && message.contains(p) ? message : p + ": " + message;
  }
}
