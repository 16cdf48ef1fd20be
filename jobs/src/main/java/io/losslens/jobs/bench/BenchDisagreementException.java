package io.losslens.jobs.bench;

/**
 * A path of the bench computed another mean loss than {@code builtin_expression}: the bench
 * would compare the speed of different computations, so it stops.
 */
public final class BenchDisagreementException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  BenchDisagreementException(String message) {
    super(message);
  }
}
