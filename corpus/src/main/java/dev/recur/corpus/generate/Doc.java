package dev.recur.corpus.generate;

import java.util.List;

/** The layout-free shape of a generated document, turned into text by {@link Renderer}. */
final class Doc {

  private Doc() {}

  /**
   * A part of the document under one heading; {@code kinds} are the canonical kinds it counts as.
   */
  record Part(String heading, List<String> kinds, List<Block> blocks) {
    Part {
      kinds = List.copyOf(kinds);
      blocks = List.copyOf(blocks);
    }
  }

  /** A piece of content within a part. */
  sealed interface Block permits Para, Bullets, Labeled, Timeline, Table, Code {}

  /** A paragraph of prose. */
  record Para(String text) implements Block {}

  /** A bullet list; {@code checkbox} writes {@code - [ ]} task items. */
  record Bullets(List<String> items, boolean checkbox) implements Block {
    Bullets {
      items = List.copyOf(items);
    }
  }

  /** A nested labelled item such as {@code Impact: ...}, with optional sub-lines. */
  record Item(String label, String text, List<String> sub) {
    Item {
      sub = List.copyOf(sub);
    }
  }

  /** Labelled items, as in an issue summary with Duration, Impact and Root Cause. */
  record Labeled(List<Item> items) implements Block {
    Labeled {
      items = List.copyOf(items);
    }
  }

  /** A timeline entry: its time as written (empty when the document gives none) and its text. */
  record Entry(String time, String text) {}

  /** How a timeline is laid out. */
  enum TimelineStyle {
    BULLET,
    BOLD_BULLET,
    DASH_BULLET,
    PLAIN_LINES,
    PROSE,
    TABLE
  }

  /** A timeline of events. */
  record Timeline(List<Entry> entries, TimelineStyle style) implements Block {
    Timeline {
      entries = List.copyOf(entries);
    }
  }

  /** A table with a header row. */
  record Table(List<String> header, List<List<String>> rows) implements Block {
    Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** A preformatted block of log lines. */
  record Code(List<String> lines) implements Block {
    Code {
      lines = List.copyOf(lines);
    }
  }
}
