package io.losslens.it;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of the integration-test JVM, for the ITs that run in-process:
 * created on first use, {@code local[2]}, UI off, bound to the loopback, stopped at exit.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("losslens-its")
          .config("spark.ui.enabled", "false")
          .config("spark.sql.shuffle.partitions", "2")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
      session.sparkContext().setLogLevel("ERROR");
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
