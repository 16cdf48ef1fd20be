package io.losslens.spark.agg;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.eval.LossSpec;
import io.losslens.spark.SharedSpark;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.Tuple2;

/**
 * The aggregates through SQL, the Column API and the typed Dataset API, checked against
 * independent computations on realistic imbalanced data: an exact BigDecimal loop on the driver
 * (bit for bit) and Spark's built-in expressions (to 1e-12 relative: Spark's sum is a plain
 * double sum).
 */
class LossAggregatesSparkTest {
  private static final int ROWS = 20_000;
  private static final double EPS = 1e-15;
  private static final double RELATIVE = 1e-12;
  private static List<Row> data;

  private static SparkSession spark() {
    return SharedSpark.session();
  }

  @BeforeAll
  static void createTable() {
    data = ImbalancedPredictions.rows(ROWS, 20261124L);
    spark().createDataFrame(data, ImbalancedPredictions.SCHEMA).repartition(4)
        .createOrReplaceTempView("preds");
  }

  /** {@code -ln clip(p)} with the contract's exact clip, written out independently. */
  private static double crossEntropy(double p) {
    if (p < EPS) {
      return -Math.log(EPS);
    }
    return p >= 0.5 && 1 - p < EPS ? -Math.log1p(-EPS) : -Math.log(p);
  }

  private static double trueProbability(Row r) {
    // rows of the generator: (id, segment, label, probs, logits, vec, w)
    return ((double[]) r.get(3))[r.getInt(2)];
  }

  private static Row struct(String sql) {
    return spark().sql(sql).first().getStruct(0);
  }

  private static double byLoss(Row r, String field, String loss) {
    return r.<String, Double>getJavaMap(r.fieldIndex(field)).get(loss);
  }

  private static void assertRelativelyClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
  }

  @Test
  void lossSummaryIsTheExactlyRoundedSumOfEveryRow() {
    BigDecimal weightedLoss = BigDecimal.ZERO;
    BigDecimal weight = BigDecimal.ZERO;
    for (Row r : data) {
      double w = r.getDouble(6);
      // the per-row product is rounded once, as the aggregate documents; the sum is exact
      weightedLoss = weightedLoss.add(new BigDecimal(w * crossEntropy(trueProbability(r))));
      weight = weight.add(new BigDecimal(w));
    }
    Row s = struct("SELECT loss_summary('cross_entropy', label, probs, w) FROM preds");
    assertThat(s.<Double>getAs("weighted_loss_sum")).isEqualTo(weightedLoss.doubleValue());
    assertThat(s.<Double>getAs("weight_sum")).isEqualTo(weight.doubleValue());
    assertThat(s.<Double>getAs("mean"))
        .isEqualTo(weightedLoss.doubleValue() / weight.doubleValue());
    assertThat(s.<String>getAs("normalization")).isEqualTo("weight");
    assertThat(s.<Long>getAs("rows")).isEqualTo(ROWS);
    assertThat(s.<Long>getAs("total_rows")).isEqualTo(ROWS);
    assertThat(s.<Long>getAs("invalid_rows")).isZero();
    assertThat(s.getJavaMap(s.fieldIndex("invalid"))).isEmpty();
    assertThat(s.isNullAt(s.fieldIndex("note"))).isTrue();

    Row byRows = struct("SELECT loss_summary('cross_entropy', label, probs, w, "
        + "map('normalization', 'rows')) FROM preds");
    assertThat(byRows.<Double>getAs("mean")).isEqualTo(weightedLoss.doubleValue() / ROWS);

    Row builtIn = spark().sql("SELECT sum(w * -ln(least(greatest(element_at(probs, label + 1), "
        + "1e-15D), 1 - 1e-15D))) / sum(w), loss_mean('cross_entropy', label, probs, w) "
        + "FROM preds").first();
    assertRelativelyClose(builtIn.getDouble(1), builtIn.getDouble(0));
    assertThat(builtIn.getDouble(1)).isEqualTo(s.<Double>getAs("mean"));
  }

  @Test
  void perClassBreakdownAgreesWithBuiltInExpressions() {
    Row report = struct("SELECT per_class_loss('cross_entropy, multiclass_focal_loss', label, "
        + "probs, w) FROM preds");
    // every per-class number from Spark's own expressions: argmax by array_position (first
    // maximum, as LossLens), the clip as least/greatest, focal with its default gamma = 2
    Map<Integer, Row> reference = new HashMap<>();
    spark().sql("WITH r AS (SELECT label, w, element_at(probs, label + 1) AS py, "
        + "array_position(probs, array_max(probs)) - 1 AS predicted, "
        + "least(greatest(element_at(probs, label + 1), 1e-15D), 1 - 1e-15D) AS pc FROM preds) "
        + "SELECT label, count(*), sum(w), sum(w * -ln(pc)), sum(w * -pow(1 - pc, 2) * ln(pc)),"
        + " sum(w * py), sum(IF(predicted = label, w, 0D)), sum(w / pc) "
        + "FROM r GROUP BY label").collectAsList().forEach(r -> reference.put(r.getInt(0), r));
    Map<Integer, Double> predictedWeight = new HashMap<>();
    spark().sql("SELECT array_position(probs, array_max(probs)) - 1, sum(w) FROM preds "
        + "GROUP BY 1").collectAsList()
        .forEach(r -> predictedWeight.put((int) r.getLong(0), r.getDouble(1)));
    long total = reference.values().stream().mapToLong(r -> r.getLong(1)).sum();
    double totalWeight = reference.values().stream().mapToDouble(r -> r.getDouble(2)).sum();
    double totalLoss = reference.values().stream().mapToDouble(r -> r.getDouble(3)).sum();

    assertThat(report.<Integer>getAs("num_classes")).isEqualTo(5);
    assertThat(report.<Long>getAs("rows")).isEqualTo(ROWS);
    assertThat(report.<Long>getAs("total_rows")).isEqualTo(ROWS);
    assertRelativelyClose(report.<Double>getAs("weight_sum"), totalWeight);
    assertRelativelyClose(byLoss(report, "loss_mean", "cross_entropy"), totalLoss / totalWeight);
    List<Row> classes = report.getList(report.fieldIndex("classes"));
    assertThat(classes).hasSize(5);
    double macro = 0;
    for (Row c : classes) {
      Row ref = reference.get(c.<Integer>getAs("class"));
      long n = ref.getLong(1);
      double w = ref.getDouble(2);
      assertThat(c.<Long>getAs("rows")).isEqualTo(n);
      assertRelativelyClose(c.getAs("weight_sum"), w);
      assertRelativelyClose(c.getAs("support_share"), w / totalWeight);
      assertRelativelyClose(byLoss(c, "loss_mean", "cross_entropy"), ref.getDouble(3) / w);
      assertRelativelyClose(byLoss(c, "loss_mean", "multiclass_focal_loss"),
          ref.getDouble(4) / w);
      assertRelativelyClose(byLoss(c, "loss_share", "cross_entropy"),
          ref.getDouble(3) / totalLoss);
      // the cross-entropy gradient is -1/p~ at the label and 0 elsewhere: its norm is 1/p~
      assertRelativelyClose(byLoss(c, "mean_gradient_magnitude", "cross_entropy"),
          ref.getDouble(7) / w);
      assertRelativelyClose(c.getAs("mean_true_probability"), ref.getDouble(5) / w);
      assertRelativelyClose(c.getAs("recall"), ref.getDouble(6) / w);
      assertRelativelyClose(c.getAs("precision"),
          ref.getDouble(6) / predictedWeight.get(c.<Integer>getAs("class")));
      // inverse frequency n / (C n_c), exact in the integers
      assertThat(c.<Double>getAs("balanced_weight")).isEqualTo(total / (5.0 * n));
      assertThat(c.getList(c.fieldIndex("notes"))).isEmpty();
      macro += ref.getDouble(3) / w / 5;
    }
    assertRelativelyClose(byLoss(report, "macro_loss_mean", "cross_entropy"), macro);
  }

  @Test
  void effectiveNumberWeightsFollowCuiEtAlAndSumToTheNumberOfClasses() {
    Row report = struct("SELECT per_class_loss('cross_entropy', label, probs, w, "
        + "map('beta', '0.99')) FROM preds");
    List<Row> classes = report.getList(report.fieldIndex("classes"));
    // Cui et al. 2019: weight_c proportional to (1 - beta) / (1 - beta^n_c), normalized to sum C
    double[] raw = new double[classes.size()];
    double sum = 0;
    for (int c = 0; c < raw.length; c++) {
      long n = classes.get(c).getAs("rows");
      raw[c] = (1 - 0.99) / (1 - Math.pow(0.99, n));
      sum += raw[c];
    }
    double weights = 0;
    for (int c = 0; c < raw.length; c++) {
      double weight = classes.get(c).getAs("effective_number_weight");
      assertRelativelyClose(weight, raw.length * raw[c] / sum);
      weights += weight;
    }
    assertThat(weights).isCloseTo(5, within(1e-12));
    assertThat(report.<Double>getAs("beta")).isEqualTo(0.99);
  }

  @Test
  void slicesByGroupByEqualSeparateRunsPerSlice() {
    String call = "per_class_loss('cross_entropy', label, probs, w)";
    Map<String, Row> grouped = spark().sql("SELECT segment, " + call + " FROM preds "
        + "GROUP BY segment").collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getStruct(1)));
    assertThat(grouped).containsOnlyKeys(ImbalancedPredictions.SEGMENTS);
    for (String segment : ImbalancedPredictions.SEGMENTS) {
      assertThat(grouped.get(segment)).isEqualTo(
          struct("SELECT " + call + " FROM preds WHERE segment = '" + segment + "'"));
    }
  }

  @Test
  void columnAndTypedApisGiveTheSqlResultsBitForBit() {
    Dataset<Row> preds = spark().table("preds");
    WeightedLossAggregator focal = WeightedLossAggregator.of(LossSpec.multiclassFocal(1.5));
    Row sql = struct("SELECT loss_summary('multiclass_focal_loss', label, probs, w, "
        + "map('gamma', '1.5')) FROM preds");

    // the Column API over an ML vector column
    assertThat(preds.select(focal.apply(col("label"), col("vec"), col("w"))).first()
        .getStruct(0)).isEqualTo(sql);

    // the typed API over a Dataset<LossInput>
    Dataset<LossInput> inputs = preds.map((MapFunction<Row, LossInput>) r -> input(r),
        Encoders.bean(LossInput.class));
    assertThat(inputs.select(focal.toColumn()).first()).isEqualTo(sql);

    // typed groupByKey slices equal the SQL GROUP BY
    Map<String, Row> typed = new HashMap<>();
    Dataset<Tuple2<String, LossInput>> keyed = preds.map(
        (MapFunction<Row, Tuple2<String, LossInput>>) r -> new Tuple2<>(r.getAs("segment"),
            input(r)), Encoders.tuple(Encoders.STRING(), Encoders.bean(LossInput.class)));
    keyed.groupByKey((MapFunction<Tuple2<String, LossInput>, String>) Tuple2::_1,
        Encoders.STRING())
        .mapValues((MapFunction<Tuple2<String, LossInput>, LossInput>) Tuple2::_2,
            Encoders.bean(LossInput.class))
        .agg(focal.toColumn()).collectAsList().forEach(t -> typed.put(t._1(), t._2()));
    for (String segment : ImbalancedPredictions.SEGMENTS) {
      assertThat(typed.get(segment)).isEqualTo(struct("SELECT loss_summary("
          + "'multiclass_focal_loss', label, probs, w, map('gamma', '1.5')) FROM preds "
          + "WHERE segment = '" + segment + "'"));
    }
  }

  private static LossInput input(Row r) {
    List<Double> probs = r.getList(r.fieldIndex("probs"));
    return LossInput.of(r.<Integer>getAs("label"),
        probs.stream().mapToDouble(Double::doubleValue).toArray()).weighted(r.getAs("w"));
  }

  @Test
  void binaryLossesReadSparkMlTwoVectorsAsTheirPositiveEntry() {
    // p = probability of class 1 taken from the 5-class data: label 1 vs the rest
    spark().sql("SELECT IF(label = 1, 1, 0) AS y, element_at(probs, 2) AS p, "
        + "array(1 - element_at(probs, 2), element_at(probs, 2)) AS pair, w FROM preds")
        .createOrReplaceTempView("binary_preds");
    Row scalar = struct("SELECT loss_summary('focal_loss', y, p, w, map('alpha', '0.25', "
        + "'gamma', '2')) FROM binary_preds");
    Row pair = struct("SELECT loss_summary('focal_loss', y, pair, w) FROM binary_preds");
    assertThat(pair).isEqualTo(scalar);
    // focal loss written out with built-ins: alpha_t (1 - p_t)^2 * -ln p_t (no clip is active)
    double builtIn = spark().sql("SELECT sum(w * IF(y = 1, 0.25D, 0.75D) "
        + "* pow(1 - IF(y = 1, p, 1 - p), 2) * -IF(y = 1, ln(p), ln(1 - p))) / sum(w) "
        + "FROM binary_preds").first().getDouble(0);
    assertRelativelyClose(scalar.getAs("mean"), builtIn);

    // class weights multiply the sample weight by the weight of the true class
    Row weighted = struct("SELECT loss_summary('binary_cross_entropy', y, p, w, "
        + "map('class_weights', '1, 9')) FROM binary_preds");
    double reference = spark().sql("SELECT sum(w * IF(y = 1, 9D, 1D) * -IF(y = 1, ln(p), "
        + "ln(1 - p))) / sum(w * IF(y = 1, 9D, 1D)) FROM binary_preds").first().getDouble(0);
    assertRelativelyClose(weighted.getAs("mean"), reference);

    Row breakdown = struct("SELECT per_class_loss('focal_loss', y, pair, w) FROM binary_preds");
    assertThat(breakdown.<Integer>getAs("num_classes")).isEqualTo(2);
    Row positives = breakdown.<Row>getList(breakdown.fieldIndex("classes")).get(1);
    double recall = spark().sql("SELECT sum(IF(p > 0.5, w, 0D)) / sum(w) FROM binary_preds "
        + "WHERE y = 1").first().getDouble(0);
    assertRelativelyClose(positives.getAs("recall"), recall);
  }

  @Test
  void dropMalformedCountsEveryRowByReasonAndKeepsTheValidOnesExact() {
    spark().sql("SELECT label, probs, w FROM preds UNION ALL SELECT * FROM VALUES "
        + "(CAST(NULL AS INT), array(0.5D, 0.5D, 0D, 0D, 0D), 1D), "
        + "(1, CAST(NULL AS ARRAY<DOUBLE>), 1D), "
        + "(1, array(0.5D, 0.5D, 0D, 0D, 0D), CAST(NULL AS DOUBLE)), "
        + "(1, array(0.5D, CAST('NaN' AS DOUBLE), 0D, 0D, 0D), 1D), "
        + "(1, array(0.5D, 0.5D, 0D, 0D), 1D), "
        + "(1, array(0.5D, 1.5D, 0D, 0D, 0D), 1D), "
        + "(7, array(0.5D, 0.5D, 0D, 0D, 0D), 1D), "
        + "(7, array(0.5D, 0.5D, 0D, 0D, 0D), 1D), "
        + "(1, array(0.5D, 0.5D, 0D, 0D, 0D), -1D), "
        + "(1, array(0.5D, 0.5D, 0D, 0D, 0D), CAST('Infinity' AS DOUBLE)) "
        + "AS bad(label, probs, w)").createOrReplaceTempView("dirty");
    String options = "map('mode', 'DROPMALFORMED', 'num_classes', '5')";
    Row dirty = struct("SELECT per_class_loss('cross_entropy', label, probs, w, " + options
        + ") FROM dirty");
    assertThat(dirty.<Long>getAs("total_rows")).isEqualTo(ROWS + 10);
    assertThat(dirty.<Long>getAs("rows")).isEqualTo(ROWS);
    assertThat(dirty.<Long>getAs("invalid_rows")).isEqualTo(10);
    assertThat(dirty.<String, Long>getJavaMap(dirty.fieldIndex("invalid")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("null_label", 1L, "null_prediction", 1L,
            "null_weight", 1L, "non_finite_prediction", 1L, "vector_length_mismatch", 1L,
            "probability_out_of_range", 1L, "label_out_of_range", 2L, "non_finite_weight", 1L,
            "negative_weight", 1L));
    Row clean = struct("SELECT per_class_loss('cross_entropy', label, probs, w, " + options
        + ") FROM preds");
    assertThat(dirty.getList(dirty.fieldIndex("classes")))
        .isEqualTo(clean.getList(clean.fieldIndex("classes")));

    Row summary = struct("SELECT loss_summary('cross_entropy', label, probs, w, " + options
        + ") FROM dirty");
    assertThat(summary.<Long>getAs("rows") + summary.<Long>getAs("invalid_rows"))
        .isEqualTo(summary.<Long>getAs("total_rows")).isEqualTo(ROWS + 10);
  }

  @Test
  void failFastStopsAtAnInvalidRowNamingTheRuleAndTheValues() {
    assertThatThrownBy(() -> spark().sql("SELECT loss_summary('cross_entropy', label, probs) "
        + "FROM VALUES (1, array(0.2D, 0.8D)), (2, array(0.2D, 0.8D)) AS t(label, probs)")
        .collect())
        .hasStackTraceContaining("loss_summary: invalid row (label_out_of_range): label 2.0 is "
            + "not a class index, a whole number in [0, 2); row: label=2.0, "
            + "prediction=[0.2, 0.8], weight=1.0; mode DROPMALFORMED skips such rows");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "loss_summary('cross_entropi', label, probs) | loss_summary: unknown loss 'cross_entropi'; "
          + "the losses are binary_cross_entropy, ",
      "loss_summary('focal_loss', label, p, map('gama', '1')) | loss_summary: unknown option "
          + "'gama'; the options are eps, gamma, alpha, alphas, class_weights, mode, "
          + "normalization, num_classes",
      "loss_summary('focal_loss', label, p, map('gamma', '-1')) | focal_loss: gamma must be "
          + ">= 0, but was -1.0",
      "loss_summary('cross_entropy', label, probs, map('gamma', '1')) | loss_summary: option "
          + "gamma applies to none of the losses (cross_entropy); it is a parameter of "
          + "focal_loss, focal_loss_logits, multiclass_focal_loss",
      "loss_summary('cross_entropy', label, probs, map('mode', 'PERMISSIVE')) | loss_summary: "
          + "option mode must be FAILFAST or DROPMALFORMED, but was 'PERMISSIVE'",
      "per_class_loss('kl_divergence', probs, probs) | per_class_loss: kl_divergence has no "
          + "class label, so it has no per-class breakdown",
      "loss_summary('cross_entropy', label, p) | loss_summary: argument 3 (prediction) must be "
          + "a vector (array or Spark ML vector) for cross_entropy, but was double",
      "loss_summary('cross_entropy, focal_loss', label, probs) | loss_summary: takes one loss",
      "loss_summary('cross_entropy', label) | loss_summary: expects 3 to 5 arguments (loss, "
          + "label, prediction [, weight] [, options]), but got 2",
      "loss_summary(name, label, probs) | loss_summary: argument 1 (loss) must be a constant",
      "loss_summary('weighted_cross_entropy', label, probs) | weighted_cross_entropy: "
          + "class_weights is required",
      "per_class_loss('cross_entropy', label, probs, map('normalization', 'rows')) | "
          + "per_class_loss: unknown option 'normalization'",
      "per_class_loss('focal_loss', label, p, map('class_weights', '1, 2, 3')) | per_class_loss:"
          + " class_weights must have one entry per class (2), but had 3"})
  void badConfigurationsFailAtAnalysisBeforeAnyRowIsRead(String call, String message) {
    assertThatThrownBy(() -> spark().sql("SELECT " + call + " FROM VALUES ('x', 1, 0.5D, "
        + "array(0.5D, 0.5D)) AS t(name, label, p, probs)"))
        .isInstanceOf(AnalysisException.class).hasMessageContaining(message);
  }

  @Test
  void classesWithoutRowsAndEmptyInputsAreReportedWithTheirReasons() {
    Row report = struct("SELECT per_class_loss('cross_entropy', label, probs, w, "
        + "map('num_classes', '5')) FROM preds WHERE label < 2");
    List<Row> classes = report.getList(report.fieldIndex("classes"));
    assertThat(classes).hasSize(5);
    for (Row c : classes.subList(2, 5)) {
      assertThat(c.<Long>getAs("rows")).isZero();
      assertThat(c.isNullAt(c.fieldIndex("recall"))).isTrue();
      assertThat(byLossIsNull(c, "loss_mean", "cross_entropy")).isTrue();
      assertThat(c.getList(c.fieldIndex("notes"))).containsExactly("no rows of this class");
    }
    Row empty = struct("SELECT loss_summary('cross_entropy', label, probs, w) FROM preds "
        + "WHERE label > 100");
    assertThat(empty.isNullAt(empty.fieldIndex("mean"))).isTrue();
    assertThat(empty.<String>getAs("note")).isEqualTo("no valid rows");
    assertThat(empty.<Long>getAs("total_rows")).isZero();
    Row none = struct("SELECT per_class_loss('cross_entropy', label, probs, w) FROM preds "
        + "WHERE label > 100");
    assertThat(none.<Integer>getAs("num_classes")).isZero();
    assertThat(none.getList(none.fieldIndex("notes"))).contains(
        "no valid rows, so the number of classes is not known");
  }

  private static boolean byLossIsNull(Row r, String field, String loss) {
    return r.<String, Double>getJavaMap(r.fieldIndex(field)).get(loss) == null;
  }

  @Test
  void dropMalformedInTheJavaApi() {
    WeightedLossAggregator lenient = WeightedLossAggregator.of(LossSpec.of("cross_entropy"))
        .mode(Mode.DROPMALFORMED);
    List<LossInput> rows = new ArrayList<>(List.of(LossInput.of(0, new double[] {0.5, 0.5}),
        LossInput.of(3, new double[] {0.5, 0.5})));
    Row result = spark().createDataset(rows, Encoders.bean(LossInput.class))
        .select(lenient.toColumn()).first();
    assertThat(result.<Long>getAs("rows")).isEqualTo(1);
    assertThat(result.<String, Long>getJavaMap(result.fieldIndex("invalid")))
        .containsExactly(Map.entry("label_out_of_range", 1L));
    // -ln 0.5 = ln 2 (closed form)
    assertThat(result.<Double>getAs("mean")).isEqualTo(Math.log(2));
  }
}
