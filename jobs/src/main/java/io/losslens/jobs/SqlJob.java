package io.losslens.jobs;

import io.losslens.spark.LossFunctions;
import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of {@code losslens sql}: registers the LossLens functions in the session, then runs
 * each statement in order and prints its result. The first failing statement ends the run with
 * its exception.
 */
public final class SqlJob {
  private static final Logger LOG = LoggerFactory.getLogger(SqlJob.class);

  private SqlJob() {}

  /** Runs {@code config} on {@code spark}: results to {@code out}, notes to {@code err}. */
  public static void run(SparkSession spark, SqlConfig config, PrintWriter out, PrintWriter err) {
    LossFunctions.register(spark);
    ResultPrinter printer = new ResultPrinter(config.format(), config.maxRows(), out, err);
    List<String> statements = config.statements();
    for (int i = 0; i < statements.size(); i++) {
      LOG.debug("statement {} of {}: {}", i + 1, statements.size(), statements.get(i));
      printer.print(spark.sql(statements.get(i)));
    }
  }
}
