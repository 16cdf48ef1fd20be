package io.losslens.jobs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * The CPU time a run costs: the CPU time Spark reports for its tasks (deserialization and
 * running) plus the calling thread's own (planning, code generation, a driver-side loop). On a
 * shared or throttled machine this is far steadier than the run's wall time, which also counts
 * the time a core spends waiting or taken by others; it leaves out the JVM's GC and compiler
 * threads, which wall time includes.
 *
 * <p>Task times arrive by listener events, so {@link #now} first waits until every event posted
 * so far has been delivered. Not thread-safe: one run at a time.
 */
final class CpuMeter implements AutoCloseable {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final SparkContext context;
  private final AtomicLong taskNanos = new AtomicLong();
  private final SparkListener listener = new SparkListener() {
    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
      TaskMetrics metrics = end.taskMetrics();
      if (metrics != null) {
        taskNanos.addAndGet(metrics.executorDeserializeCpuTime() + metrics.executorCpuTime());
      }
    }
  };

  CpuMeter(SparkContext context) {
    this.context = context;
    context.addSparkListener(listener);
  }

  /**
   * The CPU nanoseconds spent so far by the tasks of this context since this meter started and
   * by the calling thread: the difference of two readings is what the work between them cost.
   */
  long now() {
    try {
      // Spark's own way to wait for its listeners (public in the bytecode, private[spark] in
      // Scala); 10 seconds at most
      context.listenerBus().waitUntilEmpty();
    } catch (TimeoutException e) {
      throw new IllegalStateException("the bench's CPU meter: Spark's listener events were not "
          + "delivered within 10 s", e);
    }
    return taskNanos.get() + THREADS.getCurrentThreadCpuTime();
  }

  @Override
  public void close() {
    context.removeSparkListener(listener);
  }
}
