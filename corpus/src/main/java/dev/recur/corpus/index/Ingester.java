package dev.recur.corpus.index;

import dev.recur.core.Postmortem;
import dev.recur.corpus.archive.ArchiveItem;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * Streams an archive into a {@link Corpus}: one thread reads entries in order into a bounded queue,
 * worker threads parse and index them, so memory stays flat however large the archive is. Unchanged
 * documents are skipped, changed ones replace their old version, and an entry that cannot be read
 * or parsed is reported and skipped without stopping the rest. Commits every {@link
 * Builder#commitEvery(int)} documents and at the end. Immutable and thread-safe; build one with
 * {@link #builder()}.
 */
public final class Ingester {

  /**
   * Hears about every entry as it is done; called from worker threads, so implementations must be
   * thread-safe.
   */
  public interface Listener {
    /** An entry was indexed, or found unchanged. */
    void indexed(String source, Corpus.PutOutcome outcome);

    /**
     * A new or changed entry was read into {@code record}, which is what got indexed; called just
     * before {@link #indexed}. Lets a caller look at what was read (warn about a file in which
     * nothing was recognised, say) without parsing it a second time. Does nothing by default.
     */
    default void read(String source, Postmortem record) {}

    /** An entry could not be read or indexed, with a reason for people. */
    void failed(String source, String reason);
  }

  /**
   * What an ingest did.
   *
   * @param added sources new to the corpus
   * @param replaced sources whose changed content replaced their old version
   * @param unchanged sources already indexed with the same content
   * @param failed entries that could not be read or indexed
   */
  public record Summary(long added, long replaced, long unchanged, long failed) {
    public Summary {
      if (added < 0 || replaced < 0 || unchanged < 0 || failed < 0) {
        throw new IllegalArgumentException(
            "counts must be >= 0, got added="
                + added
                + " replaced="
                + replaced
                + " unchanged="
                + unchanged
                + " failed="
                + failed);
      }
    }

    /** Every entry seen. */
    public long total() {
      return added + replaced + unchanged + failed;
    }
  }

  private static final Listener SILENT =
      new Listener() {
        @Override
        public void indexed(String source, Corpus.PutOutcome outcome) {}

        @Override
        public void failed(String source, String reason) {}
      };

  private final int threads;
  private final int queueCapacity;
  private final int commitEvery;
  private final Listener listener;

  private Ingester(Builder b) {
    this.threads = b.threads;
    this.queueCapacity = b.queueCapacity > 0 ? b.queueCapacity : b.threads * 16;
    this.commitEvery = b.commitEvery;
    this.listener = b.listener;
  }

  /** A builder with one worker per core, a queue of 16 entries per worker, commits every 50,000. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads every entry of {@code items} into {@code corpus} and commits. The stream is consumed but
   * not closed.
   *
   * @throws IllegalStateException when indexing stopped for good (the index itself failed); what
   *     was committed before stays
   */
  public Summary ingest(Corpus corpus, Stream<ArchiveItem> items) {
    Objects.requireNonNull(corpus, "corpus");
    BlockingQueue<Optional<ArchiveItem>> queue = new ArrayBlockingQueue<>(queueCapacity);
    AtomicLong added = new AtomicLong();
    AtomicLong replaced = new AtomicLong();
    AtomicLong unchanged = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong sinceCommit = new AtomicLong();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicReference<RuntimeException> fatal = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Ingester::daemon);
    try {
      for (int i = 0; i < threads; i++) {
        pool.execute(
            () -> {
              while (!stop.get()) {
                Optional<ArchiveItem> next;
                try {
                  next = queue.take();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  return;
                }
                if (next.isEmpty()) {
                  return;
                }
                ArchiveItem item = next.get();
                if (item instanceof ArchiveItem.Failed f) {
                  failed.incrementAndGet();
                  listener.failed(f.source(), f.reason());
                  continue;
                }
                try {
                  Corpus.Written written =
                      corpus.write(((ArchiveItem.Read) item).document(), Optional.empty());
                  Corpus.PutOutcome outcome = written.outcome();
                  (switch (outcome) {
                        case ADDED -> added;
                        case REPLACED -> replaced;
                        case UNCHANGED -> unchanged;
                      })
                      .incrementAndGet();
                  written.record().ifPresent(r -> listener.read(item.source(), r));
                  listener.indexed(item.source(), outcome);
                  if (outcome != Corpus.PutOutcome.UNCHANGED
                      && sinceCommit.incrementAndGet() >= commitEvery) {
                    sinceCommit.set(0);
                    corpus.commit();
                  }
                } catch (AlreadyClosedException e) {
                  fatal.compareAndSet(
                      null,
                      new IllegalStateException("the index was closed: " + e.getMessage(), e));
                  stop.set(true);
                  return;
                } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
                  failed.incrementAndGet();
                  listener.failed(
                      item.source(), String.valueOf(e.getMessage() == null ? e : e.getMessage()));
                }
              }
            });
      }
      Iterator<ArchiveItem> it = items.iterator();
      while (!stop.get() && it.hasNext()) {
        offer(queue, Optional.of(it.next()), stop);
      }
      for (int i = 0; i < threads; i++) {
        offer(queue, Optional.empty(), stop);
      }
      pool.shutdown();
      awaitTermination(pool);
    } finally {
      pool.shutdownNow();
    }
    if (fatal.get() != null) {
      throw fatal.get();
    }
    corpus.commit();
    return new Summary(added.get(), replaced.get(), unchanged.get(), failed.get());
  }

  private static void offer(
      BlockingQueue<Optional<ArchiveItem>> queue, Optional<ArchiveItem> item, AtomicBoolean stop) {
    try {
      while (!stop.get() && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        // the workers are busy; back-pressure keeps the reader from running ahead
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.set(true);
      throw new IllegalStateException("ingest was interrupted", e);
    }
  }

  private static void awaitTermination(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // workers finish the queue; nothing to do meanwhile
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest was interrupted", e);
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "recur-ingest");
    t.setDaemon(true);
    return t;
  }

  /** Configures an {@link Ingester}; rejects nonsense values as they are given. */
  public static final class Builder {
    private int threads = Runtime.getRuntime().availableProcessors();
    private int queueCapacity = -1;
    private int commitEvery = 50_000;
    private Listener listener = SILENT;

    private Builder() {}

    /** Worker threads that parse and index; default one per core. */
    public Builder threads(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("[threads] must be >= 1, got " + value);
      }
      threads = value;
      return this;
    }

    /** Entries read ahead of the workers; default 16 per worker. */
    public Builder queueCapacity(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("[queueCapacity] must be >= 1, got " + value);
      }
      queueCapacity = value;
      return this;
    }

    /** Documents written between commits; default 50,000. */
    public Builder commitEvery(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("[commitEvery] must be >= 1, got " + value);
      }
      commitEvery = value;
      return this;
    }

    /** Who hears about each entry; default nobody. */
    public Builder listener(Listener value) {
      listener = Objects.requireNonNull(value, "listener");
      return this;
    }

    /** The immutable ingester. */
    public Ingester build() {
      return new Ingester(this);
    }
  }
}
