package io.losslens.jobs;

import org.apache.spark.sql.AnalysisException;

/**
 * The message a user needs from a failed command: the root cause's message (for a failed Spark
 * task, the exception the task threw, such as a loss function's
 * {@code cross_entropy: label 3 is out of range ...}), without Spark's wrapping.
 */
final class Failures {
  private Failures() {}

  static String message(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root instanceof AnalysisException
        // getMessage() appends the whole logical plan
        ? ((AnalysisException) root).getSimpleMessage()
        : root.getMessage();
    if (message == null || message.isBlank()) {
      return root.getClass().getName();
    }
    return message.strip();
  }
}
