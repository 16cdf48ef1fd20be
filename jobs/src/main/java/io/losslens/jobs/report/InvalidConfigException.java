package io.losslens.jobs.report;

/**
 * A configuration error that only the data can reveal (a missing column, a column of the wrong
 * type, an output directory that exists): a usage error like those found before the session
 * starts, and reported the same way (exit code 2), though found once Spark runs.
 */
public final class InvalidConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public InvalidConfigException(String message) {
    super(message);
  }
}
