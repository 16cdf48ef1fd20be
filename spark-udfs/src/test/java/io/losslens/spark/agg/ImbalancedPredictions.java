package io.losslens.spark.agg;

import io.losslens.loss.Predictions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Test data shaped like a real model's output on imbalanced classes: 5 classes at 70/15/8/5/2%,
 * softmax probabilities of noisy logits that favour the true class (some confidently wrong),
 * sample weights, a segment to slice by. Fixed seeds; generated on the driver.
 */
final class ImbalancedPredictions {
  static final double[] CLASS_FREQUENCIES = {0.70, 0.15, 0.08, 0.05, 0.02};
  static final String[] SEGMENTS = {"web", "app", "store"};
  private static final double[] WEIGHTS = {0.5, 1, 1, 2, 3.25};

  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("segment", DataTypes.StringType, false)
      .add("label", DataTypes.IntegerType, false)
      .add("probs", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("logits", DataTypes.createArrayType(DataTypes.DoubleType, false), false)
      .add("vec", SQLDataTypes.VectorType(), false)
      .add("w", DataTypes.DoubleType, false);

  private ImbalancedPredictions() {}

  static List<Row> rows(int n, long seed) {
    Random random = new Random(seed);
    int classes = CLASS_FREQUENCIES.length;
    List<Row> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int label = drawClass(random);
      double[] logits = new double[classes];
      boolean confidentlyWrong = random.nextDouble() < 0.05;
      for (int c = 0; c < classes; c++) {
        logits[c] = random.nextGaussian();
      }
      logits[confidentlyWrong ? (label + 1) % classes : label] += 1 + 3 * random.nextDouble();
      double[] probs = Predictions.softmax(logits);
      rows.add(RowFactory.create((long) i, SEGMENTS[random.nextInt(SEGMENTS.length)], label,
          probs, logits, Vectors.dense(probs), WEIGHTS[random.nextInt(WEIGHTS.length)]));
    }
    return rows;
  }

  static Dataset<Row> frame(SparkSession spark, int n, long seed) {
    return spark.createDataFrame(rows(n, seed), SCHEMA);
  }

  private static int drawClass(Random random) {
    double u = random.nextDouble();
    for (int c = 0; c < CLASS_FREQUENCIES.length - 1; c++) {
      u -= CLASS_FREQUENCIES[c];
      if (u < 0) {
        return c;
      }
    }
    return CLASS_FREQUENCIES.length - 1;
  }
}
