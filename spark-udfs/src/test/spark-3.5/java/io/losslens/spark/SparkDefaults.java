package io.losslens.spark;

/** Defaults of Spark 3.5 the tests rely on; its twin in {@code src/test/spark-4} has Spark 4's. */
public final class SparkDefaults {
  /** {@code spark.sql.ansi.enabled} when nothing sets it: off in Spark 3.x. */
  public static final boolean ANSI_ENABLED = false;

  private SparkDefaults() {}
}
