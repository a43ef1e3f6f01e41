package dev.recur.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A postmortem as read, before any analysis: its text, where it came from, and what went wrong
 * while decoding it. Offsets in a parsed record point into {@link #text()}.
 *
 * @param source the path as given, an archive row reference, or {@code -} for standard input
 * @param text the decoded text, line endings kept
 * @param dateHint a date the archive gives for the document (a CSV column, say), used when the text
 *     itself states no date
 * @param diagnostics problems met while decoding
 */
public record SourceDocument(
    String source, String text, Optional<LocalDate> dateHint, List<Diagnostic> diagnostics) {
  public SourceDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dateHint, "dateHint");
    diagnostics = List.copyOf(diagnostics);
  }

  /** A document whose text is already decoded. */
  public static SourceDocument of(String source, String text) {
    return new SourceDocument(source, text, Optional.empty(), List.of());
  }

  /**
   * Decodes bytes as UTF-8, or as UTF-16 when they open with its byte-order mark (what Windows
   * editors save as "Unicode"). Invalid sequences become U+FFFD and add an {@code invalid-utf8}
   * diagnostic; bytes that look binary add a {@code binary-input} diagnostic; a byte-order mark is
   * dropped. Never throws on content.
   */
  public static SourceDocument decode(String source, byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (bytes.length >= 2
        && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF))) {
      // The UTF-16 decoder reads the mark for the byte order and drops it; a lone surrogate or an
      // odd last byte becomes U+FFFD.
      return withBinaryCheck(source, new String(bytes, StandardCharsets.UTF_16), diagnostics);
    }
    int from = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    ByteBuffer input = ByteBuffer.wrap(bytes, from, bytes.length - from);
    String text;
    try {
      CharsetDecoder strict =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      text = strict.decode(input).toString();
    } catch (CharacterCodingException e) {
      text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
      diagnostics.add(
          new Diagnostic(
              "invalid-utf8",
              source
                  + ": not valid UTF-8 (first bad byte near offset "
                  + firstMalformedOffset(bytes, from)
                  + "); bad bytes were replaced with U+FFFD"));
    }
    return withBinaryCheck(source, text, diagnostics);
  }

  /** The document of {@code text}, with a {@code binary-input} diagnostic if it looks binary. */
  private static SourceDocument withBinaryCheck(
      String source, String text, List<Diagnostic> diagnostics) {
    long controls = countBinaryControls(text);
    if (controls > 0 && controls * 20 > Math.max(1, text.length())) {
      diagnostics.add(
          new Diagnostic(
              "binary-input",
              source
                  + ": looks like binary data ("
                  + controls
                  + " control characters in "
                  + text.length()
                  + " characters); results will be poor"));
    }
    return new SourceDocument(source, text, Optional.empty(), diagnostics);
  }

  /** The stable content id: the first 16 hex digits of the SHA-256 of the UTF-8 text. */
  public String contentId() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /** This document with a different date hint. */
  public SourceDocument withDateHint(Optional<LocalDate> hint) {
    return new SourceDocument(source, text, hint, diagnostics);
  }

  private static long countBinaryControls(String text) {
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        n++;
      }
    }
    return n;
  }

  private static int firstMalformedOffset(byte[] bytes, int from) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    decoder.decode(in, out, true);
    return in.position();
  }
}
