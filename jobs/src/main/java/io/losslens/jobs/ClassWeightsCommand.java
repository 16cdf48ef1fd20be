package io.losslens.jobs;

import io.losslens.jobs.report.ClassWeightsJob;
import io.losslens.jobs.report.ReportConfig;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code losslens class-weights}: suggested class weights of a prediction set, for training code
 * to read. Same input options and validation as {@code report}.
 */
@Command(name = "class-weights", sortOptions = false,
    description = {
        "Writes suggested class weights of predictions, balanced (n / (C n_c), from row "
            + "counts, as scikit-learn's) and effective-number (Cui et al. 2019), as "
            + "class_weights.json and class_weights.csv in --output.",
        "Rows count as in 'report': an invalid row is an error, or with --mode DROPMALFORMED "
            + "skipped and counted. A report's --config file serves here too: its losses "
            + "decide which rows are valid, as in the report; slice-cols is ignored."
    })
public final class ClassWeightsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private InputOptions input;

  @Mixin
  private SparkOptions sparkOptions;

  @Override
  public Integer call() {
    ReportConfig config = config();
    SparkSession.Builder session = sparkOptions.sessionBuilder("losslens class-weights",
        config.sparkConf());
    SparkSession spark = session.getOrCreate();
    try {
      ClassWeightsJob.run(spark, config, spec.commandLine().getOut(),
          spec.commandLine().getErr());
    } finally {
      // stop, not try-with-resources: Spark 4's SparkSession.close() declares IOException
      spark.stop();
    }
    return 0;
  }

  /** The validated configuration; a {@link ParameterException} (exit code 2) if invalid. */
  ReportConfig config() {
    return input.config(spec);
  }
}
