package io.losslens.spark.ml;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.losslens.spark.SharedSpark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.tuning.CrossValidator;
import org.apache.spark.ml.tuning.CrossValidatorModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test: {@code CrossValidator} selecting among logistic regressions on
 * imbalanced (95/5) binary data by focal loss, and by class-weighted cross-entropy, picks the
 * model each loss should pick. What it should pick is computed here without the evaluator: each
 * candidate fitted on the same explicit folds ({@code foldCol}), its validation predictions
 * collected and the loss summed in a plain loop over the rows with the loss's closed form. The two
 * criteria pick different models, so an evaluator that ignored its metric would fail.
 */
class LossEvaluatorModelSelectionSparkTest {
  private static final int FOLDS = 2;
  private static final double EPS = 1e-15;
  /** Class weights for class-weighted cross-entropy: positives are 19x rarer. */
  private static final double[] CLASS_WEIGHTS = {1, 19};
  private static final double ALPHA = 0.25;
  private static final double GAMMA = 2;
  private static final double RELATIVE = 1e-12;

  private static final StructType SCHEMA = new StructType()
      .add("label", DataTypes.DoubleType)
      .add("features", SQLDataTypes.VectorType())
      .add("balance", DataTypes.DoubleType)
      .add("fold", DataTypes.IntegerType);

  private static Dataset<Row> data;
  private static LogisticRegression lr;
  private static ParamMap[] grid;

  @BeforeAll
  static void createData() {
    SparkSession spark = SharedSpark.session();
    Random random = new Random(20261125L);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      boolean positive = random.nextDouble() < 0.05;
      double y = positive ? 1 : 0;
      // positives shifted along both features; 'balance' weighs classes equally in training
      rows.add(RowFactory.create(y, Vectors.dense(random.nextGaussian() + 1.5 * y,
          random.nextGaussian() + 0.75 * y), positive ? 19.0 : 1.0, random.nextInt(FOLDS)));
    }
    // One partition, so that a fit here and CrossValidator's fit of the same rows are the same
    // bits: with two, LogisticRegression's feature summarizer merges the partitions' results in
    // the order their tasks finish, its mean update is not commutative in floating point, and
    // refits differed by 1e-12 relative in a metric. An RDD-backed frame keeps its partition
    // through filters (a local relation would be re-sliced).
    data = spark.createDataFrame(new JavaSparkContext(spark.sparkContext()).parallelize(rows, 1),
        SCHEMA).cache();
    lr = new LogisticRegression().setMaxIter(25);
    grid = new ParamMap[] {candidate(0.0, ""), candidate(0.0, "balance"), candidate(0.2, "")};
  }

  private static ParamMap candidate(double regParam, String weightCol) {
    return new ParamMap().put(lr.regParam(), regParam).put(lr.weightCol(), weightCol);
  }

  // --- the losses, written out independently of LossLens ---

  /** {@code ln(clip(x))} with the contract's clip to {@code [eps, 1 - eps]} in exact arithmetic. */
  private static double lnClipped(double x) {
    if (x < EPS) {
      return Math.log(EPS);
    }
    return x >= 0.5 && 1 - x < EPS ? Math.log1p(-EPS) : Math.log(x);
  }

  private static double clipped(double x) {
    return Math.min(Math.max(x, EPS), 1 - EPS);
  }

  /** alpha_t (1 - p_t)^gamma * -ln p_t, p the probability of class 1. */
  private static double focal(double y, double p) {
    double lnPt = y == 1 ? lnClipped(p) : lnClipped(1 - p);
    double oneMinusPt = y == 1 ? clipped(1 - p) : clipped(p);
    double alphaT = y == 1 ? ALPHA : 1 - ALPHA;
    return alphaT * Math.pow(oneMinusPt, GAMMA) * -lnPt;
  }

  /** weighted_cross_entropy: {@code -c[y] ln p~[y]} of the probability vector. */
  private static double weightedCrossEntropy(int y, double[] probability) {
    return CLASS_WEIGHTS[y] * -lnClipped(probability[y]);
  }

  /**
   * For each candidate, the mean over folds of the mean loss of its validation rows, as
   * {@code [focal, weighted cross-entropy]}: each candidate fitted on the rows of the other
   * folds, as CrossValidator splits them by {@code foldCol}.
   */
  private static double[][] independentAverages() {
    double[][] sums = new double[grid.length][2];
    for (int fold = 0; fold < FOLDS; fold++) {
      Dataset<Row> training = data.filter(col("fold").notEqual(fold)).drop("fold");
      Dataset<Row> validation = data.filter(col("fold").equalTo(fold)).drop("fold");
      for (int c = 0; c < grid.length; c++) {
        LogisticRegressionModel model = lr.fit(training, grid[c]);
        List<Row> rows = model.transform(validation).select("label", "probability")
            .collectAsList();
        double focal = 0;
        double weighted = 0;
        for (Row r : rows) {
          int y = (int) r.getDouble(0);
          double[] probability = ((Vector) r.get(1)).toArray();
          focal += focal(y, probability[1]);
          weighted += weightedCrossEntropy(y, probability);
        }
        sums[c][0] += focal / rows.size();
        sums[c][1] += weighted / rows.size();
      }
    }
    double[][] averages = new double[grid.length][2];
    for (int c = 0; c < grid.length; c++) {
      for (int k = 0; k < 2; k++) {
        averages[c][k] = sums[c][k] / FOLDS;
      }
    }
    return averages;
  }

  private static int argmin(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] < values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static double[] column(double[][] table, int k) {
    return Arrays.stream(table).mapToDouble(row -> row[k]).toArray();
  }

  private static CrossValidatorModel select(LossEvaluator evaluator) {
    return new CrossValidator().setEstimator(lr).setEvaluator(evaluator)
        .setEstimatorParamMaps(grid).setNumFolds(FOLDS).setFoldCol("fold").setParallelism(1)
        .fit(data);
  }

  private static void assertAveragesMatch(double[] actual, double[] expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.length; i++) {
      assertThat(actual[i]).as("candidate " + i)
          .isCloseTo(expected[i], within(RELATIVE * Math.abs(expected[i])));
    }
  }

  private static void assertChosen(CrossValidatorModel selection, ParamMap expected) {
    LogisticRegressionModel best = (LogisticRegressionModel) selection.bestModel();
    assertThat(best.getRegParam()).isEqualTo(expected.apply(lr.regParam()));
    assertThat(best.getWeightCol()).isEqualTo(expected.apply(lr.weightCol()));
  }

  @Test
  void crossValidationPicksTheModelEachLossPrefers() {
    double[][] expected = independentAverages();
    double[] focal = column(expected, 0);
    double[] weighted = column(expected, 1);
    // the criteria disagree: focal loss with alpha = 0.25 on the rare class prefers the
    // unweighted fit; class-weighted cross-entropy the fit trained with balanced weights
    // (independent averages by candidate: focal 0.0190, 0.1030, 0.0265; weighted 1.689, 0.755,
    // 2.363)
    assertThat(argmin(focal)).isZero();
    assertThat(argmin(weighted)).isEqualTo(1);

    CrossValidatorModel byFocal = select(new LossEvaluator().setMetricName("focal_loss")
        .setAlpha(ALPHA).setGamma(GAMMA));
    assertAveragesMatch(byFocal.avgMetrics(), focal);
    assertThat(argmin(byFocal.avgMetrics())).isEqualTo(argmin(focal));
    assertChosen(byFocal, grid[argmin(focal)]);

    CrossValidatorModel byWeighted = select(new LossEvaluator()
        .setMetricName("weighted_cross_entropy").setClassWeights(CLASS_WEIGHTS));
    assertAveragesMatch(byWeighted.avgMetrics(), weighted);
    assertThat(argmin(byWeighted.avgMetrics())).isEqualTo(argmin(weighted));
    assertChosen(byWeighted, grid[argmin(weighted)]);
  }
}
