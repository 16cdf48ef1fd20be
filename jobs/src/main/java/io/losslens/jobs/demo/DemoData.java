package io.losslens.jobs.demo;

import io.losslens.loss.Predictions;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Seeded predictions of an imbalanced multi-class model, shaped like the output of a Spark ML
 * classifier: {@code label}, {@code rawPrediction} (logits), {@code probability} (their
 * softmax), {@code prediction}, plus a sample {@code weight} and a {@code segment} to slice by.
 *
 * <p>The model has learned the class prior (each logit starts at the log of its class
 * frequency) and adds {@code quality} to the true class's logit, with unit Gaussian noise on
 * every logit: so, as in practice, it is confident on frequent classes and loses rare ones.
 * Each row depends only on the seed and its id, never on partitioning.
 */
public final class DemoData {
  /** The columns, in order. */
  public static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("segment", DataTypes.StringType, false)
      .add("label", DataTypes.DoubleType, false)
      .add("weight", DataTypes.DoubleType, false)
      .add("rawPrediction", SQLDataTypes.VectorType(), false)
      .add("probability", SQLDataTypes.VectorType(), false)
      .add("prediction", DataTypes.DoubleType, false);

  private static final String[] SEGMENTS = {"web", "mobile", "store"};
  /** Cumulative shares of the segments: 60%, 30%, 10%. */
  private static final double[] SEGMENT_CUMULATIVE = {0.6, 0.9, 1.0};
  // the model is a little worse on the smaller segments
  private static final double[] SEGMENT_QUALITY = {1.0, 0.85, 0.7};

  private DemoData() {}

  /** The predictions {@code config} describes, lazily: nothing runs until an action. */
  public static Dataset<Row> generate(SparkSession spark, DemoConfig config) {
    return generate(spark, config, partitions(spark, config.rows()));
  }

  /**
   * As {@link #generate(SparkSession, DemoConfig)} in {@code partitions} partitions (at least
   * the default number); the rows are the same whatever the partitioning.
   */
  public static Dataset<Row> generate(SparkSession spark, DemoConfig config, int partitions) {
    double[] frequency = classFrequencies(config.classes(), config.imbalance());
    int count = (int) Math.min(Math.max(partitions, partitions(spark, config.rows())),
        config.rows());
    return spark.range(0, config.rows(), 1, count)
        .map(new Generator(frequency, config.quality(), config.seed()), Encoders.row(SCHEMA));
  }

  /** Class shares falling geometrically from the first class to the last, by {@code imbalance}. */
  static double[] classFrequencies(int classes, double imbalance) {
    double ratio = Math.pow(imbalance, -1.0 / (classes - 1));
    double[] frequency = new double[classes];
    double total = 0;
    for (int k = 0; k < classes; k++) {
      frequency[k] = Math.pow(ratio, k);
      total += frequency[k];
    }
    for (int k = 0; k < classes; k++) {
      frequency[k] /= total;
    }
    return frequency;
  }

  private static int partitions(SparkSession spark, long rows) {
    int cores = spark.sparkContext().defaultParallelism();
    return (int) Math.max(1, Math.min(cores * 4L, rows / 10_000 + 1));
  }

  /** One row from its id; serializable, shipped to the executors. */
  private static final class Generator implements MapFunction<Long, Row> {
    private static final long serialVersionUID = 1L;
    private final double[] cumulative;
    private final double[] logPrior;
    private final double quality;
    private final long seed;

    Generator(double[] frequency, double quality, long seed) {
      this.cumulative = new double[frequency.length];
      this.logPrior = new double[frequency.length];
      double sum = 0;
      for (int k = 0; k < frequency.length; k++) {
        sum += frequency[k];
        cumulative[k] = sum;
        logPrior[k] = Math.log(frequency[k]);
      }
      this.quality = quality;
      this.seed = seed;
    }

    @Override
    public Row call(Long id) {
      // a generator per row, seeded by the row's id: reproducible whatever the partitioning
      SplittableRandom random = new SplittableRandom(seed ^ (id * 0x9E3779B97F4A7C15L));
      int segment = draw(SEGMENT_CUMULATIVE, random.nextDouble());
      int label = draw(cumulative, random.nextDouble());
      double[] logits = new double[logPrior.length];
      for (int k = 0; k < logits.length; k++) {
        logits[k] = logPrior[k] + gaussian(random);
      }
      logits[label] += quality * SEGMENT_QUALITY[segment];
      int predicted = Predictions.argmax(logits);
      // sample weights around 1, as from a survey design or a resampling correction
      double weight = 0.5 + random.nextInt(4) * 0.5;
      return RowFactory.create(id, SEGMENTS[segment], (double) label, weight,
          Vectors.dense(logits), Vectors.dense(Predictions.softmax(logits)), (double) predicted);
    }

    /** The bin of {@code u} in {@code cumulative} shares; the last bin takes any rounding rest. */
    private static int draw(double[] cumulative, double u) {
      for (int k = 0; k < cumulative.length - 1; k++) {
        if (u < cumulative[k]) {
          return k;
        }
      }
      return cumulative.length - 1;
    }

    /** A standard normal draw (Box-Muller; SplittableRandom has no nextGaussian before Java 17). */
    private static double gaussian(SplittableRandom random) {
      double u = 1.0 - random.nextDouble(); // in (0, 1], so the log is finite
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
  }
}
