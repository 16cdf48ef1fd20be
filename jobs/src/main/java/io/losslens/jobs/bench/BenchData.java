package io.losslens.jobs.bench;

import static org.apache.spark.sql.functions.col;

import io.losslens.jobs.demo.DemoConfig;
import io.losslens.jobs.demo.DemoData;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The bench's data, generated from the seed, cached and materialised, and visible to every
 * session of the context as global temporary views.
 *
 * <p>Multi-class ({@link #MULTICLASS_VIEW}): the predictions of {@link DemoData} (imbalanced
 * classes, probabilities the softmax of noisy logits, so none is near 0), as
 * {@code label} (int), {@code probs_f} ({@code array<float>}: the probabilities rounded to
 * float), {@code probs} ({@code array<double>}: {@code probs_f} widened, so every input type
 * holds the very same numbers and every path can agree to the last bits; like {@code probs_f}
 * and the output of {@code vector_to_array}, its type rules out NULL elements), and, when a path
 * reads them, {@code probability} (a Spark ML dense vector of {@code probs}) and
 * {@code prediction}.
 *
 * <p>Binary ({@link #BINARY_VIEW}): one-vs-rest of the rarest class, heavily imbalanced:
 * {@code y} (int, 1 for the rarest class) and {@code p} (double, its probability).
 */
final class BenchData {
  static final String MULTICLASS_VIEW = "losslens_bench_multiclass";
  static final String BINARY_VIEW = "losslens_bench_binary";
  /** How a session names the views. */
  static final String MULTICLASS = "global_temp." + MULTICLASS_VIEW;
  static final String BINARY = "global_temp." + BINARY_VIEW;

  private static final long PARTITION_BYTES = 64L << 20;
  /** Widened from {@code array<float>} without NULL elements, so without them too. */
  private static final DataType DOUBLES = DataTypes.createArrayType(DataTypes.DoubleType, false);

  private final Dataset<Row> multiClass;
  private final Dataset<Row> binary;

  private BenchData(Dataset<Row> multiClass, Dataset<Row> binary) {
    this.multiClass = multiClass;
    this.binary = binary;
  }

  /**
   * The data {@code config} describes, uncached: the multi-class predictions with the columns
   * the selected paths read.
   */
  static Dataset<Row> multiClass(SparkSession spark, BenchConfig config) {
    DemoConfig demo = DemoConfig.of(config.rows(), config.classes(), DemoConfig.DEFAULT_IMBALANCE,
        DemoConfig.DEFAULT_QUALITY, config.seed());
    Dataset<Row> generated = DemoData.generate(spark, demo, partitions(config)).select(
        col("label").cast(DataTypes.IntegerType).as("label"),
        col("prediction"),
        functions.vector_to_array(col("probability"), "float32").as("probs_f"))
        .withColumn("probs", col("probs_f").cast(DOUBLES));
    List<Column> columns = new ArrayList<>(List.of(col("label"), col("probs")));
    if (config.measures(BenchPath.CATALOG)) {
      columns.add(col("probs_f"));
    }
    if (config.measures(BenchPath.CATALOG) || config.measures(BenchPath.MLLIB_LOGLOSS)) {
      columns.add(functions.array_to_vector(col("probs")).as("probability"));
      columns.add(col("prediction"));
    }
    return generated.select(columns.toArray(new Column[0]));
  }

  /**
   * Enough partitions that each cached block of the multi-class data stays near
   * {@value #PARTITION_BYTES} bytes (with many classes, the default's few partitions would make
   * blocks of gigabytes, hard on the memory store and the disk spill).
   */
  static int partitions(BenchConfig config) {
    // probs; probs_f is half of it; the vector another copy
    double columns = 1 + (config.measures(BenchPath.CATALOG) ? 1.5
        : config.measures(BenchPath.MLLIB_LOGLOSS) ? 1 : 0);
    double bytes = config.rows() * (8.0 * config.classes() * columns + 32);
    return (int) Math.min(100_000, Math.ceil(bytes / PARTITION_BYTES));
  }

  /** The binary predictions derived from {@code multiClass}: one-vs-rest of the rarest class. */
  static Dataset<Row> binary(Dataset<Row> multiClass, int classes) {
    int rarest = classes - 1;
    return multiClass.select(
        col("label").equalTo(rarest).cast(DataTypes.IntegerType).as("y"),
        col("probs").getItem(rarest).as("p"));
  }

  /**
   * Generates, caches and materialises the data, and names it {@link #MULTICLASS} and
   * {@link #BINARY} in every session of the context.
   */
  static BenchData cache(SparkSession spark, BenchConfig config) {
    spark.sparkContext().setJobDescription("losslens bench: generating and caching "
        + config.rows() + " rows of " + config.classes() + " classes");
    Dataset<Row> multiClass = multiClass(spark, config).persist(storageLevel(config));
    multiClass.count();
    Dataset<Row> binary = binary(multiClass, config.classes()).cache();
    binary.count();
    multiClass.createOrReplaceGlobalTempView(MULTICLASS_VIEW);
    binary.createOrReplaceGlobalTempView(BINARY_VIEW);
    return new BenchData(multiClass, binary);
  }

  /**
   * In memory (spilling to disk) while the data is at most a quarter of the heap; on disk beyond
   * that: the memory store cannot take blocks of data many times the heap without running the
   * JVM out of memory (2,000,000 rows of 1,000 classes are 16 GB as doubles alone).
   */
  static StorageLevel storageLevel(BenchConfig config) {
    double bytes = config.rows() * (8.0 * config.classes() + 32);
    return bytes <= Runtime.getRuntime().maxMemory() / 4.0
        ? StorageLevel.MEMORY_AND_DISK() : StorageLevel.DISK_ONLY();
  }

  Dataset<Row> multiClass() {
    return multiClass;
  }

  Dataset<Row> binary() {
    return binary;
  }

  /** Drops the views and the cached blocks. */
  void release(SparkSession spark) {
    spark.catalog().dropGlobalTempView(MULTICLASS_VIEW);
    spark.catalog().dropGlobalTempView(BINARY_VIEW);
    binary.unpersist(true);
    multiClass.unpersist(true);
  }
}
