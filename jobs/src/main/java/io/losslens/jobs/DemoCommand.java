package io.losslens.jobs;

import io.losslens.jobs.demo.DemoConfig;
import io.losslens.jobs.demo.DemoData;
import io.losslens.jobs.report.InvalidConfigException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code losslens demo}: writes a seeded, imbalanced prediction set shaped like a Spark ML
 * classifier's output ({@link DemoData}), to try {@code report} on or to test with.
 */
@Command(name = "demo", sortOptions = false,
    description = {
        "Writes seeded predictions of an imbalanced multi-class model: id, segment, label, "
            + "weight, rawPrediction (logits), probability, prediction.",
        "Parquet and ORC keep Spark ML vectors; JSON writes arrays; CSV writes each vector as "
            + "the text of a JSON array (which 'report' reads back)."
    })
public final class DemoCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--rows", paramLabel = "N", defaultValue = "" + DemoConfig.DEFAULT_ROWS,
      description = "rows to generate (default: ${DEFAULT-VALUE})")
  private long rows;

  @Option(names = "--classes", paramLabel = "C", defaultValue = "" + DemoConfig.DEFAULT_CLASSES,
      description = "classes (default: ${DEFAULT-VALUE})")
  private int classes;

  @Option(names = "--imbalance", paramLabel = "RATIO",
      defaultValue = "" + DemoConfig.DEFAULT_IMBALANCE,
      description = "rows of the most frequent class over rows of the least frequent; class "
          + "shares fall geometrically in between (default: ${DEFAULT-VALUE})")
  private double imbalance;

  @Option(names = "--quality", paramLabel = "Q", defaultValue = "" + DemoConfig.DEFAULT_QUALITY,
      description = "how good the model is: the logit margin it gives the true class; 0 "
          + "guesses from the class prior (default: ${DEFAULT-VALUE})")
  private double quality;

  @Option(names = "--seed", paramLabel = "SEED", defaultValue = "" + DemoConfig.DEFAULT_SEED,
      description = "fixes every value (default: ${DEFAULT-VALUE})")
  private long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "parquet",
      description = "parquet (default), orc, json (JSON Lines) or csv")
  private String format;

  @Option(names = "--output", paramLabel = "DIR", required = true,
      description = "the directory to write (any Hadoop path)")
  private String output;

  @Option(names = "--overwrite", description = "replace --output if it exists")
  private boolean overwrite;

  @Mixin
  private SparkOptions sparkOptions;

  @Override
  public Integer call() {
    DemoConfig config = config();
    String chosenFormat = format();
    SparkSession spark = sparkOptions.sessionBuilder("losslens demo", Map.of()).getOrCreate();
    try {
      write(spark, config, chosenFormat, output, overwrite, spec.commandLine().getErr());
    } finally {
      // stop, not try-with-resources: Spark 4's SparkSession.close() declares IOException
      spark.stop();
    }
    return 0;
  }

  /** Generates the predictions of {@code config} and writes them to {@code output}. */
  static void write(SparkSession spark, DemoConfig config, String format, String output,
      boolean overwrite, PrintWriter err) {
    spark.sparkContext().setJobDescription("losslens demo: writing " + config.rows()
        + " predictions to " + output);
    err.println("losslens demo: writing " + config + " as " + format + " to " + output);
    err.flush();
    if (!overwrite && exists(spark, output)) {
      throw new InvalidConfigException("--output " + output + " exists; pass --overwrite to "
          + "replace it");
    }
    readable(DemoData.generate(spark, config), format).write()
        .mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
        .option("header", "true") // CSV: a header line names the columns
        .format(format)
        .save(output);
  }

  private static boolean exists(SparkSession spark, String dir) {
    try {
      Path path = new Path(dir);
      return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
    } catch (IOException e) {
      throw new UncheckedIOException("--output " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The vectors as the format can hold them. */
  private static Dataset<Row> readable(Dataset<Row> data, String format) {
    if (format.equals("parquet") || format.equals("orc")) {
      return data;
    }
    Column[] columns = new Column[data.columns().length];
    for (int i = 0; i < columns.length; i++) {
      String name = data.columns()[i];
      boolean vector = name.equals("rawPrediction") || name.equals("probability");
      Column column = data.col(name);
      if (vector) {
        column = functions.vector_to_array(column, "float64");
        if (format.equals("csv")) {
          column = org.apache.spark.sql.functions.to_json(column);
        }
      }
      columns[i] = column.as(name);
    }
    return data.select(columns);
  }

  DemoConfig config() {
    try {
      return DemoConfig.of(rows, classes, imbalance, quality, seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private String format() {
    String chosen = format.trim().toLowerCase(Locale.ROOT);
    if (!chosen.equals("parquet") && !chosen.equals("orc") && !chosen.equals("json")
        && !chosen.equals("csv")) {
      throw new ParameterException(spec.commandLine(), "--format must be parquet, orc, json or "
          + "csv, but was '" + format + "'");
    }
    return chosen;
  }
}
