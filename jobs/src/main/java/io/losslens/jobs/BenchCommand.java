package io.losslens.jobs;

import io.losslens.jobs.bench.BenchConfig;
import io.losslens.jobs.bench.BenchJob;
import io.losslens.jobs.bench.BenchPath;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code losslens bench}: measures every way of computing a mean loss on Spark ({@link BenchJob})
 * against Spark's built-in expressions, on the same cached data in one JVM.
 */
@Command(name = "bench", sortOptions = false,
    description = {
        "Measures every way of computing a mean loss (built-in SQL, the registered functions, "
            + "the function catalog, the session extension, the Column API, a Java UDF, the "
            + "typed aggregators, MLlib's logLoss, a plain Java loop) on the same generated, "
            + "cached data: multi-class cross-entropy, binary cross-entropy and focal loss.",
        "Each run is paired with a run of builtin_expression next to it; ratios are medians of "
            + "the paired ratios. Every path must compute the builtin's value to 1e-12 "
            + "relative, or the bench fails. Prints a table and writes DIR/bench.json (a list; "
            + "an existing bench.json is replaced).",
        "Runs on Spark's local[*] (every core of this machine) unless --master or spark-submit "
            + "gives a master."
    })
public final class BenchCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "" + BenchConfig.DEFAULT_ROWS,
      description = "rows to generate (default: ${DEFAULT-VALUE})")
  private long rows;

  @Option(names = "--classes", paramLabel = "C", defaultValue = "" + BenchConfig.DEFAULT_CLASSES,
      description = "classes of the multi-class data (default: ${DEFAULT-VALUE})")
  private int classes;

  @Option(names = "--runs", paramLabel = "R", defaultValue = "" + BenchConfig.DEFAULT_RUNS,
      description = "measured runs of each path (default: ${DEFAULT-VALUE})")
  private int runs;

  @Option(names = "--warmup", paramLabel = "W", defaultValue = "" + BenchConfig.DEFAULT_WARMUP,
      description = "unmeasured runs of each path first (default: ${DEFAULT-VALUE})")
  private int warmup;

  @Option(names = "--paths", paramLabel = "PATH,...",
      description = "the paths to measure (default: all): scan_floor, builtin_expression "
          + "(always measured: the reference), registered, catalog, extension, column_api, "
          + "java_udf, typed_aggregator, per_class_breakdown, mllib_logloss, java_loop "
          + "(skipped, with a note, when its arrays would not fit in the driver's heap)")
  private String paths;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + BenchConfig.DEFAULT_SEED,
      description = "fixes every generated value (default: ${DEFAULT-VALUE})")
  private long seed;

  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "the local directory to write bench.json to (created if missing)")
  private String output;

  @Mixin
  private SparkOptions sparkOptions;

  @Override
  public Integer call() {
    BenchConfig config = config();
    SparkSession spark = sparkOptions.sessionBuilder("losslens bench",
        BenchJob.SESSION_SETTINGS).getOrCreate();
    try {
      BenchJob.run(spark, config, spec.commandLine().getOut(), spec.commandLine().getErr());
    } finally {
      // stop, not try-with-resources: Spark 4's SparkSession.close() declares IOException
      spark.stop();
    }
    return 0;
  }

  /** The validated configuration; a {@link ParameterException} (exit code 2) if invalid. */
  BenchConfig config() {
    BenchConfig config;
    try {
      config = BenchConfig.of(rows, classes, runs, warmup, paths, seed, output);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return config;
  }
}
