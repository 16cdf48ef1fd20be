package io.losslens.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of a test JVM: created on first use (never in a static
 * initializer of a test class), {@code local[2]}, UI off, few shuffle partitions, bound to the
 * loopback, with the LossLens functions registered and the catalog as {@code losslens}. Shared with other modules' tests through
 * this module's test-jar.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("losslens-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.catalog.losslens", LossCatalog.class.getName())
          .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      LossFunctions.register(session);
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
