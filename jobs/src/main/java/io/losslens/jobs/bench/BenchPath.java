package io.losslens.jobs.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ways of computing a mean loss that {@code losslens bench} measures against each other, by
 * their names in {@code --paths} and {@code bench.json}. Each is measured on the same cached
 * data, in one JVM, paired run by run with {@link #BUILTIN_EXPRESSION}.
 */
public enum BenchPath {
  /** {@code count(*)} of the cached data: what reading the cache costs at least. */
  SCAN_FLOOR(true),
  /** The loss written by hand in Spark's built-in SQL expressions: the reference of every ratio. */
  BUILTIN_EXPRESSION(true),
  /** The SQL function in a new session of the context after {@code LossFunctions.register}. */
  REGISTERED(true),
  /** {@code losslens.<function>} through the V2 function catalog {@code LossCatalog}. */
  CATALOG(true),
  /** The SQL function as the session extension {@code LossExtensions} injected it. */
  EXTENSION(true),
  /** {@code LossColumns}, averaged through the Dataset API. */
  COLUMN_API(true),
  /** A classic Java {@code UDF2} registered with {@code spark.udf()}, calling the same kernel. */
  JAVA_UDF(true),
  /** The typed {@code WeightedLossAggregator}, every row weighing 1. */
  TYPED_AGGREGATOR(true),
  /** {@code PerClassLossAggregator} with four losses; its overall cross-entropy mean. */
  PER_CLASS_BREAKDOWN(false),
  /** Spark MLlib's {@code MulticlassClassificationEvaluator} with metric {@code logLoss}. */
  MLLIB_LOGLOSS(false),
  /** One thread looping over arrays already on the driver, calling the kernel: the hardware. */
  JAVA_LOOP(true);

  private final boolean binary;

  BenchPath(boolean binary) {
    this.binary = binary;
  }

  /** The name in {@code --paths} and {@code bench.json}. */
  public String pathName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the path is measured for the binary losses too (not only for cross-entropy). */
  public boolean appliesTo(BenchLoss loss) {
    return loss == BenchLoss.CROSS_ENTROPY || binary;
  }

  /** The path of {@code name}, or null. */
  static BenchPath of(String name) {
    for (BenchPath p : values()) {
      if (p.pathName().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** Every path name, in measuring order. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (BenchPath p : values()) {
      names.add(p.pathName());
    }
    return names;
  }
}
