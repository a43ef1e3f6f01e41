package dev.recur.corpus.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs numbered tasks on the calling thread and the common fork-join pool's workers, each worker
 * taking the next task number as it becomes free, so that a few long tasks and many short ones
 * still spread evenly. Tasks must write to disjoint places; everything they wrote is visible to the
 * caller when {@link #run} returns.
 */
final class Workers {

  private Workers() {}

  /** One task of a batch. */
  @FunctionalInterface
  interface Task {
    /** Runs task number {@code i}. */
    void run(int i) throws IOException;
  }

  /**
   * Runs tasks {@code 0 .. count-1}, lower numbers first.
   *
   * @throws IOException the first one a task threw, after every task has stopped
   */
  static void run(int count, Task task) throws IOException {
    AtomicInteger next = new AtomicInteger();
    Runnable drain =
        () -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
            try {
              task.run(i);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
        };
    int helpers = Math.min(count - 1, ForkJoinPool.getCommonPoolParallelism());
    List<ForkJoinTask<?>> forked = new ArrayList<>();
    for (int h = 0; h < helpers; h++) {
      forked.add(ForkJoinPool.commonPool().submit(drain));
    }
    RuntimeException failure = null;
    try {
      drain.run();
    } catch (RuntimeException e) {
      failure = e;
      // the others stop taking tasks
      next.set(count);
    }
    for (ForkJoinTask<?> f : forked) {
      try {
        f.join();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
          next.set(count);
        }
      }
    }
    if (failure instanceof UncheckedIOException u) {
      throw u.getCause();
    }
    if (failure != null) {
      throw failure;
    }
  }
}
