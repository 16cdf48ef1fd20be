package io.losslens.spark;

/** Defaults of Spark 4 the tests rely on; its twin in {@code src/test/spark-3.5} has Spark 3.5's. */
public final class SparkDefaults {
  /** {@code spark.sql.ansi.enabled} when nothing sets it: on since Spark 4.0. */
  public static final boolean ANSI_ENABLED = true;

  private SparkDefaults() {}
}
