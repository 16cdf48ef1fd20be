package io.losslens.jobs;

import io.losslens.jobs.report.ReportConfig;
import io.losslens.jobs.report.ReportJob;
import io.losslens.jobs.report.Settings;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code losslens report}: the per-class loss report of a prediction set. The options are read
 * into {@link Settings} (command line over {@code --config} file), validated into a
 * {@link ReportConfig} before a session exists, and run by {@link ReportJob}.
 */
@Command(name = "report", sortOptions = false,
    description = {
        "Writes a per-class loss report of predictions: per_class.csv, per_class.parquet, "
            + "summary.json and report.html in --output, and prints a summary.",
        "Every option can also be a key of a --config file (the name without dashes); the "
            + "command line wins over the file, the file over the defaults."
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private InputOptions input;

  // --losses and --slice-cols are read, like the mixin's options, from the parse result
  @Option(names = "--losses", paramLabel = "LOSSES", order = 20,
      description = {"the losses, comma-separated, each with optional parameters after a colon: "
          + "cross_entropy, focal_loss, hinge_loss, squared_hinge_loss. The job uses the stable "
          + "form for the prediction kind (cross_entropy on logits is cross_entropy_logits; "
          + "hinge_loss on a vector is the multi-class hinge). Parameters: on probabilities "
          + "focal_loss:gamma=2,alphas=[0.25,0.5,1] (one alpha per class); on a binary "
          + "probability or logit focal_loss:alpha=0.25,gamma=2; eps for probabilities.",
          "(default: cross_entropy,focal_loss; on logits cross_entropy; on scores hinge_loss,"
              + "squared_hinge_loss)"})
  private String losses;

  @Option(names = "--slice-cols", paramLabel = "COL1,COL2,...", order = 23,
      description = "also break the report down by the values of these columns")
  private String sliceCols;

  @Option(names = "--open", order = 32,
      description = "open report.html in the browser when it is written")
  private boolean open;

  @Mixin
  private SparkOptions sparkOptions;

  @Override
  public Integer call() {
    ReportConfig config = config();
    SparkSession.Builder session = sparkOptions.sessionBuilder("losslens report",
        config.sparkConf());
    String page;
    SparkSession spark = session.getOrCreate();
    try {
      page = ReportJob.run(spark, config, spec.commandLine().getOut(),
          spec.commandLine().getErr());
    } finally {
      // stop, not try-with-resources: Spark 4's SparkSession.close() declares IOException
      spark.stop();
    }
    if (open) {
      Browser.open(page, spec.commandLine().getErr());
    }
    return 0;
  }

  /** The validated configuration; a {@link ParameterException} (exit code 2) if invalid. */
  ReportConfig config() {
    return input.config(spec);
  }
}
