package dev.recur.corpus.archive;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The entries of several sources, one source after another, opened only when the one before is used
 * up. Not {@code flatMap}: a stream read through its {@link Stream#iterator()}, as the ingester
 * reads archives, buffers the whole of each flat-mapped inner stream before handing out its first
 * element, which loaded every document of a million-file folder (or every row of a large JSON Lines
 * archive) into memory at once.
 */
final class LazyConcat {

  private LazyConcat() {}

  /**
   * The elements of {@code open(input)} for each input in turn; closing the result closes the inner
   * stream in use.
   */
  static <T, R> Stream<R> of(List<T> inputs, Function<T, Stream<R>> open) {
    Entries<T, R> entries = new Entries<>(inputs.iterator(), open);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(entries, Spliterator.ORDERED), false)
        .onClose(entries::close);
  }

  private static final class Entries<T, R> implements Iterator<R> {
    private final Iterator<T> inputs;
    private final Function<T, Stream<R>> open;
    private Stream<R> current;
    private Iterator<R> elements;

    Entries(Iterator<T> inputs, Function<T, Stream<R>> open) {
      this.inputs = inputs;
      this.open = open;
    }

    @Override
    public boolean hasNext() {
      while (elements == null || !elements.hasNext()) {
        close();
        if (!inputs.hasNext()) {
          return false;
        }
        current = open.apply(inputs.next());
        elements = current.iterator();
      }
      return true;
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return elements.next();
    }

    void close() {
      if (current != null) {
        Stream<R> done = current;
        current = null;
        elements = null;
        done.close();
      }
    }
  }
}
