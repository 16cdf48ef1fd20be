package io.losslens.spark.ml;

import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.losslens.loss.LossInputException;
import io.losslens.spark.SharedSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link LossEvaluator} on small hand-made predictions shaped like Spark ML output: every metric
 * against a plain Java loop over the collected rows with the loss's closed form (written out here,
 * not the kernels), weighted and class-weighted; the params' rules and every schema error with
 * its exact message.
 */
class LossEvaluatorSparkTest {
  private static final double RELATIVE = 1e-12;

  private static final StructType BINARY_SCHEMA = new StructType()
      .add("label", DataTypes.DoubleType)
      .add("probability", SQLDataTypes.VectorType())
      .add("rawPrediction", SQLDataTypes.VectorType())
      .add("p", DataTypes.DoubleType)
      .add("z", DataTypes.DoubleType)
      .add("w", DataTypes.DoubleType);
  private static final StructType MULTI_SCHEMA = new StructType()
      .add("label", DataTypes.IntegerType)
      .add("probability", SQLDataTypes.VectorType())
      .add("rawPrediction", SQLDataTypes.VectorType())
      .add("target", DataTypes.createArrayType(DataTypes.DoubleType, false))
      .add("w", DataTypes.DoubleType)
      .add("segment", DataTypes.StringType);

  private static Dataset<Row> binary;
  private static Dataset<Row> multi;
  private static List<Row> binaryRows;
  private static List<Row> multiRows;

  private static SparkSession spark() {
    return SharedSpark.session();
  }

  @BeforeAll
  static void createData() {
    // (label, p, z, w): p is the probability of class 1 as in Spark ML's probability (1 - p, p),
    // z a logit or margin as in rawPrediction (-z, z); neither clipped by eps 1e-15
    double[][] b = {
        {1, 0.8, 1.5, 1.0}, {0, 0.3, -0.4, 2.0}, {1, 0.35, -0.2, 0.5}, {0, 0.9, 2.5, 1.5},
        {1, 0.6, 0.7, 3.0}, {0, 0.05, -3.0, 0.25}};
    List<Row> rows = new ArrayList<>();
    for (double[] r : b) {
      rows.add(RowFactory.create(r[0], Vectors.dense(1 - r[1], r[1]),
          Vectors.dense(-r[2], r[2]), r[1], r[2], r[3]));
    }
    binary = spark().createDataFrame(rows, BINARY_SCHEMA).repartition(2).cache();
    multi = spark().createDataFrame(List.of(
        multi(0, new double[] {0.7, 0.2, 0.1}, new double[] {2.0, 0.5, -1.0},
            new double[] {0.8, 0.1, 0.1}, 1.0),
        multi(1, new double[] {0.1, 0.6, 0.3}, new double[] {0.1, 1.2, 0.3},
            new double[] {0.0, 1.0, 0.0}, 2.0),
        multi(2, new double[] {0.25, 0.25, 0.5}, new double[] {1.0, 1.0, 0.2},
            new double[] {0.2, 0.2, 0.6}, 0.5),
        multi(2, new double[] {0.6, 0.3, 0.1}, new double[] {1.5, 0.0, -0.5},
            new double[] {0.0, 0.5, 0.5}, 4.0),
        multi(0, new double[] {0.05, 0.9, 0.05}, new double[] {-1.0, 2.0, 0.0},
            new double[] {0.9, 0.05, 0.05}, 1.0)), MULTI_SCHEMA).repartition(2).cache();
    // the expected values loop over the rows as Spark holds them
    binaryRows = binary.collectAsList();
    multiRows = multi.collectAsList();
  }

  private static Row multi(int label, double[] probs, double[] logits, double[] target,
      double w) {
    // a sparse vector for one row: the column holds both forms, as Spark ML output can
    Vector probability = label == 1 ? Vectors.dense(probs).toSparse() : Vectors.dense(probs);
    return RowFactory.create(label, probability, Vectors.dense(logits), target, w, "s" + label);
  }

  // --- the closed forms, written out independently of the kernels ---

  private static double bce(double y, double p) {
    return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
  }

  private static double bceLogit(double y, double z) {
    return -(y * Math.log(sigmoid(z)) + (1 - y) * Math.log(1 - sigmoid(z)));
  }

  private static double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** alpha_t (1 - p_t)^gamma bce, with p_t the probability of the true class. */
  private static double focal(double y, double p, double alpha, double gamma) {
    double pt = y == 1 ? p : 1 - p;
    double at = y == 1 ? alpha : 1 - alpha;
    return at * Math.pow(1 - pt, gamma) * bce(y, p);
  }

  private static double hinge(double y, double s) {
    return Math.max(0, 1 - (y == 1 ? 1 : -1) * s);
  }

  private static double[] values(Row r, String column) {
    Object v = r.get(r.fieldIndex(column));
    if (v instanceof Vector) {
      return ((Vector) v).toArray();
    }
    List<Double> list = r.getList(r.fieldIndex(column));
    return list.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static int label(Row r) {
    return r.getInt(r.fieldIndex("label"));
  }

  private static double probabilityOfLabel(Row r) {
    return values(r, "probability")[label(r)];
  }

  private static double logSumExp(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (double v : z) {
      sum += Math.exp(v - max);
    }
    return max + Math.log(sum);
  }

  private static double kl(double[] p, double[] q) {
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 0) {
        sum += p[i] * Math.log(p[i] / q[i]);
      }
    }
    return sum;
  }

  private static double multiHinge(Row r) {
    double[] s = values(r, "rawPrediction");
    int y = label(r);
    double rival = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < s.length; j++) {
      if (j != y) {
        rival = Math.max(rival, s[j]);
      }
    }
    return Math.max(0, 1 + rival - s[y]);
  }

  /** {@code sum(w * loss) / sum(w)} over the rows, in a plain loop. */
  private static double mean(List<Row> rows, ToDoubleFunction<Row> loss,
      ToDoubleFunction<Row> weight) {
    double weighted = 0;
    double weights = 0;
    for (Row r : rows) {
      double w = weight.applyAsDouble(r);
      weighted += w * loss.applyAsDouble(r);
      weights += w;
    }
    return weighted / weights;
  }

  private static void assertRelativelyClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
  }

  // --- values ---

  @Test
  void crossEntropyOfAHandWorkedExample() {
    Dataset<Row> two = spark().createDataFrame(List.of(
        RowFactory.create(1, Vectors.dense(0.1, 0.7, 0.2), Vectors.dense(0, 0, 0), null, 1.0, ""),
        RowFactory.create(0, Vectors.dense(0.5, 0.25, 0.25), Vectors.dense(0, 0, 0), null, 3.0,
            "")), MULTI_SCHEMA);
    // (-ln 0.7 + 3 * -ln 0.5) / (1 + 3) = (0.35667494393873245 + 2.0794415416798357) / 4
    // = 0.60902912140464209265... (50 digits: Python's decimal), rounded to double
    assertThat(new LossEvaluator().setWeightCol("w").evaluate(two)).isEqualTo(0.609029121404642);
  }

  static Stream<Arguments> binaryMetrics() {
    ToDoubleFunction<Row> y = r -> r.getDouble(0);
    ToDoubleFunction<Row> p = r -> r.getDouble(3);
    ToDoubleFunction<Row> z = r -> r.getDouble(4);
    return Stream.of(
        Arguments.of(new LossEvaluator().setMetricName("binary_cross_entropy"),
            (ToDoubleFunction<Row>) r -> bce(y.applyAsDouble(r), p.applyAsDouble(r))),
        Arguments.of(new LossEvaluator().setMetricName("binary_cross_entropy_logits"),
            (ToDoubleFunction<Row>) r -> bceLogit(y.applyAsDouble(r), z.applyAsDouble(r))),
        Arguments.of(new LossEvaluator().setMetricName("focal_loss"),
            (ToDoubleFunction<Row>) r -> focal(y.applyAsDouble(r), p.applyAsDouble(r), 0.25, 2)),
        Arguments.of(new LossEvaluator().setMetricName("focal_loss").setAlpha(0.75)
            .setGamma(0.5), (ToDoubleFunction<Row>) r -> focal(y.applyAsDouble(r),
                p.applyAsDouble(r), 0.75, 0.5)),
        Arguments.of(new LossEvaluator().setMetricName("focal_loss_logits").setGamma(1),
            (ToDoubleFunction<Row>) r -> focal(y.applyAsDouble(r),
                sigmoid(z.applyAsDouble(r)), 0.25, 1)),
        Arguments.of(new LossEvaluator().setMetricName("hinge_loss"),
            (ToDoubleFunction<Row>) r -> hinge(y.applyAsDouble(r), z.applyAsDouble(r))),
        Arguments.of(new LossEvaluator().setMetricName("squared_hinge_loss"),
            (ToDoubleFunction<Row>) r -> Math.pow(hinge(y.applyAsDouble(r),
                z.applyAsDouble(r)), 2)));
  }

  @ParameterizedTest
  @MethodSource("binaryMetrics")
  void binaryMetricsReadThePositiveEntryOfSparkMlVectors(LossEvaluator evaluator,
      ToDoubleFunction<Row> loss) {
    assertRelativelyClose(evaluator.evaluate(binary), mean(binaryRows, loss, r -> 1));
    LossEvaluator weighted = evaluator.copy(new ParamMap()).setWeightCol("w");
    assertRelativelyClose(weighted.evaluate(binary),
        mean(binaryRows, loss, r -> r.getDouble(5)));
    // a number in the column is read as the positive entry is: the same bits
    LossEvaluator scalar = evaluator.copy(new ParamMap()).setProbabilityCol("p")
        .setRawPredictionCol("z");
    assertThat(scalar.evaluate(binary)).isEqualTo(evaluator.evaluate(binary));
  }

  @Test
  void classWeightsWeighBinaryRowsByTheirTrueClass() {
    // class 0 weighs 1, class 1 weighs 4: sum(w c[y] loss) / sum(w c[y])
    double[] c = {1, 4};
    LossEvaluator focal = new LossEvaluator().setMetricName("focal_loss").setWeightCol("w")
        .setClassWeights(c);
    assertRelativelyClose(focal.evaluate(binary), mean(binaryRows,
        r -> focal(r.getDouble(0), r.getDouble(3), 0.25, 2),
        r -> r.getDouble(5) * c[(int) r.getDouble(0)]));
  }

  static Stream<Arguments> multiClassMetrics() {
    double[] c = {1, 2, 5};
    double[] a = {0.25, 0.5, 1};
    ToDoubleFunction<Row> ce = r -> -Math.log(probabilityOfLabel(r));
    return Stream.of(
        Arguments.of(new LossEvaluator(), ce, (ToDoubleFunction<Row>) r -> 1),
        Arguments.of(new LossEvaluator().setMetricName("cross_entropy_logits"),
            (ToDoubleFunction<Row>) r -> logSumExp(values(r, "rawPrediction"))
                - values(r, "rawPrediction")[label(r)], (ToDoubleFunction<Row>) r -> 1),
        // PyTorch's CrossEntropyLoss(weight=c): rows weighted by class, mean by weight
        Arguments.of(new LossEvaluator().setClassWeights(c), ce,
            (ToDoubleFunction<Row>) r -> c[label(r)]),
        // the contract's weighted_cross_entropy: the class weight is in the loss, rows weigh 1
        Arguments.of(new LossEvaluator().setMetricName("weighted_cross_entropy")
            .setClassWeights(c), (ToDoubleFunction<Row>) r -> c[label(r)]
                * -Math.log(probabilityOfLabel(r)), (ToDoubleFunction<Row>) r -> 1),
        Arguments.of(new LossEvaluator().setMetricName("multiclass_focal_loss"),
            (ToDoubleFunction<Row>) r -> Math.pow(1 - probabilityOfLabel(r), 2)
                * -Math.log(probabilityOfLabel(r)), (ToDoubleFunction<Row>) r -> 1),
        Arguments.of(new LossEvaluator().setMetricName("multiclass_focal_loss").setGamma(1.5)
            .setAlphas(a), (ToDoubleFunction<Row>) r -> a[label(r)]
                * Math.pow(1 - probabilityOfLabel(r), 1.5) * -Math.log(probabilityOfLabel(r)),
            (ToDoubleFunction<Row>) r -> 1),
        Arguments.of(new LossEvaluator().setMetricName("multiclass_hinge_loss"),
            (ToDoubleFunction<Row>) LossEvaluatorSparkTest::multiHinge,
            (ToDoubleFunction<Row>) r -> 1),
        Arguments.of(new LossEvaluator().setMetricName("multiclass_squared_hinge_loss")
            .setNumClasses(3), (ToDoubleFunction<Row>) r -> Math.pow(multiHinge(r), 2),
            (ToDoubleFunction<Row>) r -> 1),
        Arguments.of(new LossEvaluator().setMetricName("kl_divergence").setLabelCol("target"),
            (ToDoubleFunction<Row>) r -> kl(values(r, "target"), values(r, "probability")),
            (ToDoubleFunction<Row>) r -> 1),
        Arguments.of(new LossEvaluator().setMetricName("js_divergence").setLabelCol("target"),
            (ToDoubleFunction<Row>) r -> {
              double[] p = values(r, "target");
              double[] q = values(r, "probability");
              double[] m = new double[p.length];
              for (int i = 0; i < m.length; i++) {
                m[i] = (p[i] + q[i]) / 2;
              }
              return 0.5 * kl(p, m) + 0.5 * kl(q, m);
            }, (ToDoubleFunction<Row>) r -> 1),
        Arguments.of(new LossEvaluator().setMetricName("soft_cross_entropy")
            .setLabelCol("target"), (ToDoubleFunction<Row>) r -> {
              double[] t = values(r, "target");
              double[] q = values(r, "probability");
              double sum = 0;
              for (int i = 0; i < t.length; i++) {
                sum -= t[i] == 0 ? 0 : t[i] * Math.log(q[i]);
              }
              return sum;
            }, (ToDoubleFunction<Row>) r -> 1));
  }

  @ParameterizedTest
  @MethodSource("multiClassMetrics")
  void multiClassMetricsEqualALoopOverTheRows(LossEvaluator evaluator,
      ToDoubleFunction<Row> loss, ToDoubleFunction<Row> classWeight) {
    assertRelativelyClose(evaluator.evaluate(multi), mean(multiRows, loss, classWeight));
    LossEvaluator weighted = evaluator.copy(new ParamMap()).setWeightCol("w");
    assertRelativelyClose(weighted.evaluate(multi), mean(multiRows, loss,
        r -> r.getDouble(r.fieldIndex("w")) * classWeight.applyAsDouble(r)));
  }

  @Test
  void epsClipsProbabilities() {
    // with eps = 0.1 the labels' probabilities 0.7, 0.6, 0.5, 0.1, 0.05 are clipped to
    // [0.1, 0.9]: only 0.05 changes, to 0.1
    LossEvaluator clipped = new LossEvaluator().setEps(0.1);
    assertRelativelyClose(clipped.evaluate(multi), mean(multiRows,
        r -> -Math.log(Math.max(probabilityOfLabel(r), 0.1)), r -> 1));
    assertThat(clipped.evaluate(multi)).isLessThan(new LossEvaluator().evaluate(multi));
  }

  @Test
  void columnsWithDotsInTheirNamesAreRead() {
    Dataset<Row> dotted = multi.withColumnRenamed("probability", "model.probability");
    assertThat(new LossEvaluator().setProbabilityCol("model.probability").evaluate(dotted))
        .isEqualTo(new LossEvaluator().evaluate(multi));
  }

  @Test
  void droppedRowsAreLeftOutOfTheMeanOnlyWhenAsked() {
    Dataset<Row> withBad = multi.union(spark().createDataFrame(List.of(
        RowFactory.create(7, Vectors.dense(0.2, 0.3, 0.5), Vectors.dense(0, 0, 0), null, 1.0,
            "bad")), MULTI_SCHEMA));
    LossEvaluator failFast = new LossEvaluator().setWeightCol("w");
    assertThatThrownBy(() -> failFast.evaluate(withBad)).rootCause()
        .isInstanceOf(LossInputException.class)
        .hasMessage("loss_evaluator: invalid row (label_out_of_range): label 7.0 is not a class "
            + "index, a whole number in [0, 3); row: label=7.0, prediction=[0.2, 0.3, 0.5], "
            + "weight=1.0; mode DROPMALFORMED skips such rows and counts them by reason");
    assertRelativelyClose(failFast.copy(new ParamMap()).setMode("dropmalformed")
        .evaluate(withBad), mean(multiRows, r -> -Math.log(probabilityOfLabel(r)),
            r -> r.getDouble(r.fieldIndex("w"))));
  }

  @Test
  void noRowsOrNoWeightHaveNoMean() {
    assertThatThrownBy(() -> new LossEvaluator().evaluate(multi.limit(0)))
        .isInstanceOf(LossInputException.class)
        .hasMessage("loss_evaluator: cross_entropy(eps=1.0E-15) has no mean over the dataset: "
            + "no valid rows");
    assertThatThrownBy(() -> new LossEvaluator().setWeightCol("zero")
        .evaluate(multi.withColumn("zero", lit(0))))
        .isInstanceOf(LossInputException.class)
        .hasMessage("loss_evaluator: cross_entropy(eps=1.0E-15) has no mean over the dataset: "
            + "the weights of the valid rows sum to 0");
  }

  // --- the evaluator's contract with Spark ML ---

  @Test
  void smallerIsBetterAndDefaultsAreSparkMlColumns() {
    LossEvaluator e = new LossEvaluator();
    assertThat(e.isLargerBetter()).isFalse();
    assertThat(e.uid()).startsWith("lossEval_");
    assertThat(e.getMetricName()).isEqualTo("cross_entropy");
    assertThat(e.getEps()).isEqualTo(1e-15);
    assertThat(e.getGamma()).isEqualTo(2.0);
    assertThat(e.getAlpha()).isEqualTo(0.25);
    assertThat(e.getAlphas()).isNull();
    assertThat(e.getClassWeights()).isNull();
    assertThat(e.getNumClasses()).isZero();
    assertThat(e.getLabelCol()).isEqualTo("label");
    assertThat(e.getProbabilityCol()).isEqualTo("probability");
    assertThat(e.getRawPredictionCol()).isEqualTo("rawPrediction");
    assertThat(e.getWeightCol()).isNull();
    assertThat(e.setWeightCol("").getWeightCol()).isNull();
    assertThat(e.getMode()).isEqualTo("FAILFAST");
    assertThat(e.params()).extracting(p -> p.name()).containsExactlyInAnyOrder("metricName",
        "eps", "gamma", "alpha", "alphas", "classWeights", "numClasses", "labelCol",
        "probabilityCol", "rawPredictionCol", "weightCol", "mode");
    assertThat(e.explainParams()).contains("metricName: the loss whose weighted mean is the "
        + "metric (smaller is better): binary_cross_entropy, ");
  }

  @Test
  void eachLossReadsTheColumnOfItsPredictions() {
    LossEvaluator e = new LossEvaluator().setProbabilityCol("p").setRawPredictionCol("z");
    assertThat(e.setMetricName("cross_entropy").getPredictionColumn()).isEqualTo("p");
    assertThat(e.setMetricName("focal_loss").getPredictionColumn()).isEqualTo("p");
    assertThat(e.setMetricName("kl_divergence").getPredictionColumn()).isEqualTo("p");
    assertThat(e.setMetricName("cross_entropy_logits").getPredictionColumn()).isEqualTo("z");
    assertThat(e.setMetricName("focal_loss_logits").getPredictionColumn()).isEqualTo("z");
    assertThat(e.setMetricName("hinge_loss").getPredictionColumn()).isEqualTo("z");
    assertThat(e.setMetricName("multiclass_hinge_loss").getPredictionColumn()).isEqualTo("z");
  }

  @Test
  void copyKeepsTheUidAndSetsTheExtraParamsOnACopyOnly() {
    LossEvaluator e = new LossEvaluator("lossEval_fixed").setMetricName("multiclass_focal_loss")
        .setAlphas(1, 2, 3);
    LossEvaluator copy = e.copy(new ParamMap().put(e.gamma(), 0.5).put(e.weightCol(), "w"));
    assertThat(copy).isNotSameAs(e);
    assertThat(copy.uid()).isEqualTo("lossEval_fixed");
    assertThat(copy.getGamma()).isEqualTo(0.5);
    assertThat(copy.getWeightCol()).isEqualTo("w");
    assertThat(copy.getAlphas()).containsExactly(1, 2, 3);
    assertThat(e.getGamma()).isEqualTo(2.0);
    assertThat(e.getWeightCol()).isNull();
    // evaluate(dataset, paramMap) evaluates such a copy
    assertThat(e.evaluate(multi, new ParamMap().put(e.gamma(), 0.5).put(e.weightCol(), "w")))
        .isEqualTo(copy.evaluate(multi));
  }

  @Test
  void arraysAreCopiedInAndOut() {
    double[] alphas = {1, 2, 3};
    LossEvaluator e = new LossEvaluator().setAlphas(alphas);
    alphas[0] = 9;
    e.getAlphas()[1] = 9;
    assertThat(e.getAlphas()).containsExactly(1, 2, 3);
  }

  @Test
  void toStringShowsTheMetricWhatItTakesAndWhatItReads() {
    assertThat(new LossEvaluator("lossEval_1").setMetricName("focal_loss")).hasToString(
        "LossEvaluator: uid=lossEval_1, metricName=focal_loss, alpha=0.25, gamma=2.0, "
            + "eps=1.0E-15, labelCol=label, probabilityCol=probability, mode=FAILFAST");
    assertThat(new LossEvaluator("lossEval_2").setMetricName("multiclass_hinge_loss")
        .setClassWeights(1, 9).setNumClasses(2).setWeightCol("w")).hasToString(
        "LossEvaluator: uid=lossEval_2, metricName=multiclass_hinge_loss, classWeights=[1.0, "
            + "9.0], numClasses=2, labelCol=label, rawPredictionCol=rawPrediction, weightCol=w, "
            + "mode=FAILFAST");
  }

  // --- errors ---

  static Stream<Arguments> invalidParams() {
    LossEvaluator e = new LossEvaluator();
    String metrics = "binary_cross_entropy, binary_cross_entropy_logits, hinge_loss, "
        + "squared_hinge_loss, focal_loss, focal_loss_logits, cross_entropy, "
        + "cross_entropy_logits, soft_cross_entropy, weighted_cross_entropy, "
        + "multilabel_cross_entropy, multiclass_hinge_loss, multiclass_squared_hinge_loss, "
        + "multiclass_focal_loss, kl_divergence, js_divergence";
    return Stream.of(
        Arguments.of((Runnable) () -> e.setMetricName("foo"),
            "metricName must be one of " + metrics + ", but was 'foo'"),
        Arguments.of((Runnable) () -> e.setMetricName("Cross_Entropy"),
            "metricName must be one of " + metrics + ", but was 'Cross_Entropy'"),
        Arguments.of((Runnable) () -> e.setMetricName("cross_entropy_grad"),
            "metricName must be one of " + metrics + ", but was 'cross_entropy_grad'"),
        Arguments.of((Runnable) () -> e.setMetricName(null),
            "metricName must be one of " + metrics + ", but was null"),
        Arguments.of((Runnable) () -> e.set(e.metricName(), "loss_summary"),
            "metricName must be one of " + metrics + ", but was 'loss_summary'"),
        Arguments.of((Runnable) () -> e.copy(new ParamMap().put(e.metricName(), "f1")),
            "metricName must be one of " + metrics + ", but was 'f1'"),
        Arguments.of((Runnable) () -> e.setEps(0.7), "eps must be in (0, 0.5), but was 0.7"),
        Arguments.of((Runnable) () -> e.setEps(0), "eps must be in (0, 0.5), but was 0.0"),
        Arguments.of((Runnable) () -> e.setGamma(-1), "gamma must be >= 0, but was -1.0"),
        Arguments.of((Runnable) () -> e.setGamma(Double.NaN),
            "gamma must be a finite number, but was NaN"),
        Arguments.of((Runnable) () -> e.setAlpha(1.5), "alpha must be <= 1 (a negative alpha "
            + "means no alpha weighting), but was 1.5"),
        Arguments.of((Runnable) () -> e.setAlphas(0.25, -0.5),
            "alphas[1] must be >= 0, but was -0.5"),
        Arguments.of((Runnable) () -> e.setAlphas(), "alphas must not be empty"),
        Arguments.of((Runnable) () -> e.setClassWeights(1, Double.POSITIVE_INFINITY),
            "classWeights[1] must be a finite number, but was Infinity"),
        Arguments.of((Runnable) () -> e.setNumClasses(1), "numClasses must be >= 2, but was 1"),
        Arguments.of((Runnable) () -> e.setMode("PERMISSIVE"),
            "mode must be FAILFAST or DROPMALFORMED, but was 'PERMISSIVE'"),
        Arguments.of((Runnable) () -> e.setLabelCol(""), "labelCol must name a column, but "
            + "was ''"),
        Arguments.of((Runnable) () -> e.setProbabilityCol(null), "probabilityCol must name a "
            + "column, but was null"));
  }

  @ParameterizedTest
  @MethodSource("invalidParams")
  void invalidParamValuesFailWhenSet(Runnable set, String message) {
    assertThatThrownBy(set::run).isInstanceOf(LossInputException.class)
        .hasMessage("loss_evaluator: " + message);
  }

  static Stream<Arguments> paramsThatDoNotFit() {
    return Stream.of(
        Arguments.of(new LossEvaluator().setGamma(1), "gamma is set, but cross_entropy takes no "
            + "gamma; its parameters are eps"),
        Arguments.of(new LossEvaluator().setMetricName("hinge_loss").setEps(0.01), "eps is set, "
            + "but hinge_loss takes no eps; it takes none"),
        Arguments.of(new LossEvaluator().setMetricName("focal_loss").setAlphas(1, 2),
            "alphas is set, but focal_loss takes no alphas; its parameters are alpha, gamma, "
                + "eps"),
        Arguments.of(new LossEvaluator().setMetricName("weighted_cross_entropy"),
            "weighted_cross_entropy needs classWeights, a weight >= 0 per class"),
        // the aggregates' own rules, in their terms
        Arguments.of(new LossEvaluator().setMetricName("kl_divergence").setLabelCol("target")
            .setClassWeights(1, 1, 1), "kl_divergence has no class label, so class_weights "
                + "cannot apply"),
        Arguments.of(new LossEvaluator().setClassWeights(1, 2).setNumClasses(3),
            "class_weights must have one entry per class (3), but had 2"),
        Arguments.of(new LossEvaluator().setMetricName("focal_loss").setNumClasses(3),
            "num_classes must be 2 for binary losses, but was 3"));
  }

  @ParameterizedTest
  @MethodSource("paramsThatDoNotFit")
  void paramsThatDoNotFitTogetherFailBeforeAnyRowIsRead(LossEvaluator evaluator,
      String message) {
    assertThatThrownBy(evaluator::aggregator).isInstanceOf(LossInputException.class)
        .hasMessage("loss_evaluator: " + message);
    assertThatThrownBy(() -> evaluator.evaluate(multi)).isInstanceOf(LossInputException.class)
        .hasMessage("loss_evaluator: " + message);
  }

  static Stream<Arguments> columnsThatDoNotFit() {
    String columns = "The columns are label, probability, rawPrediction, target, w, segment";
    return Stream.of(
        Arguments.of(new LossEvaluator().setProbabilityCol("probabilty"), "probabilityCol: no "
            + "column 'probabilty' in the input; did you mean 'probability'? " + columns),
        Arguments.of(new LossEvaluator().setLabelCol("Label"), "labelCol: no column 'Label' in "
            + "the input; did you mean 'label'? " + columns),
        Arguments.of(new LossEvaluator().setWeightCol("weight"), "weightCol: no column 'weight' "
            + "in the input; the columns are label, probability, rawPrediction, target, w, "
            + "segment"),
        Arguments.of(new LossEvaluator().setMetricName("cross_entropy_logits")
            .setRawPredictionCol("scores"), "rawPredictionCol: no column 'scores' in the input; "
                + "the columns are label, probability, rawPrediction, target, w, segment"),
        Arguments.of(new LossEvaluator().setLabelCol("segment"), "labelCol: column 'segment' "
            + "has type string, but must be a number (the class index) for cross_entropy"),
        Arguments.of(new LossEvaluator().setMetricName("focal_loss").setLabelCol("target"),
            "labelCol: column 'target' has type array<double>, but must be a number (the "
                + "label: 1 positive, 0 negative) for focal_loss"),
        Arguments.of(new LossEvaluator().setMetricName("hinge_loss").setLabelCol("target"),
            "labelCol: column 'target' has type array<double>, but must be a number (the "
                + "label: 1 positive, 0 or -1 negative) for hinge_loss"),
        Arguments.of(new LossEvaluator().setMetricName("kl_divergence"), "labelCol: column "
            + "'label' has type int, but must be a vector (the target: array of numbers or "
            + "Spark ML vector) for kl_divergence"),
        Arguments.of(new LossEvaluator().setProbabilityCol("w"), "probabilityCol: column 'w' "
            + "has type double, but must be a vector of class probabilities (array of numbers "
            + "or Spark ML vector) for cross_entropy"),
        Arguments.of(new LossEvaluator().setMetricName("multiclass_hinge_loss")
            .setRawPredictionCol("w"), "rawPredictionCol: column 'w' has type double, but must "
                + "be a vector of class scores (array of numbers or Spark ML vector) for "
                + "multiclass_hinge_loss"),
        Arguments.of(new LossEvaluator().setMetricName("binary_cross_entropy_logits")
            .setRawPredictionCol("segment"), "rawPredictionCol: column 'segment' has type "
                + "string, but must be the logit of class 1 (a number, or the 2-vector of a "
                + "Spark ML binary classifier) for binary_cross_entropy_logits"),
        Arguments.of(new LossEvaluator().setWeightCol("segment"), "weightCol: column 'segment' "
            + "has type string, but must be a number (the sample weight)"));
  }

  @ParameterizedTest
  @MethodSource("columnsThatDoNotFit")
  void columnsAreCheckedAgainstTheSchemaFirst(LossEvaluator evaluator, String message) {
    assertThatThrownBy(() -> evaluator.evaluate(multi)).isInstanceOf(LossInputException.class)
        .hasMessage("loss_evaluator: " + message);
  }
}
