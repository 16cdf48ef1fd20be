package io.losslens.spark.agg;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.eval.LossSpec;
import io.losslens.loss.eval.PerClassAccumulator;
import io.losslens.spark.SharedSpark;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.Literal;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The aggregates over bound columns ({@link LossAggregateFunction}): every vector type, read in
 * place, converted or constant, gives the bits of the typed aggregator over {@link LossInput}
 * beans; a NULL element anywhere in a vector (also past the first 64 entries, where Spark's null
 * bitmap takes a second word) makes it NULL; buffers survive serialization; calls are named by
 * the arguments the user gave.
 */
class LossAggregateFunctionSparkTest {
  /**
   * Dyadic probabilities: exact as floats too, so every vector type holds the same doubles; with
   * 0, so that a sparse vector of them stores fewer entries than it has.
   */
  private static final double[] EIGHTHS = {0.0, 0.25, 0.375, 0.5};

  private static List<LossInput> inputs() {
    List<LossInput> inputs = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      double a = EIGHTHS[i % 4];
      double b = EIGHTHS[(i / 4) % 4] / 2;
      inputs.add(LossInput.of(i % 3, new double[] {a, b, 1 - a - b}).weighted(1 + (i % 5) * 0.5));
    }
    return inputs;
  }

  @Test
  void everyVectorTypeGivesTheBitsOfTheTypedAggregator() {
    SparkSession spark = SharedSpark.session();
    PerClassLossAggregator breakdown = PerClassLossAggregator.of(LossSpec.of("cross_entropy"),
        LossSpec.multiclassFocal(2), LossSpec.of("multiclass_hinge_loss"));
    WeightedLossAggregator mean = WeightedLossAggregator.of(LossSpec.multiclassFocal(1.5));
    Dataset<LossInput> typed = spark.createDataset(inputs(), Encoders.bean(LossInput.class));
    scala.Tuple2<Row, Row> expected = typed.select(breakdown.toColumn(), mean.toColumn())
        .first();

    StructType schema = new StructType().add("label", DataTypes.IntegerType)
        .add("w", DataTypes.DoubleType)
        .add("doubles", DataTypes.createArrayType(DataTypes.DoubleType, false))
        .add("nullable_doubles", DataTypes.createArrayType(DataTypes.DoubleType, true))
        .add("floats", DataTypes.createArrayType(DataTypes.FloatType, false))
        .add("vector", new VectorUDT())
        .add("sparse_vector", new VectorUDT());
    List<Row> rows = new ArrayList<>();
    for (LossInput in : inputs()) {
      double[] p = in.getPrediction();
      List<Double> boxed = Arrays.asList(p[0], p[1], p[2]);
      rows.add(RowFactory.create(in.getLabel().intValue(), in.getWeight(), p, boxed,
          new float[] {(float) p[0], (float) p[1], (float) p[2]}, Vectors.dense(p),
          Vectors.dense(p).toSparse()));
    }
    Dataset<Row> df = spark.createDataFrame(rows, schema).repartition(3);
    // a dense vector's values are read in place, a sparse one is expanded
    for (String column : List.of("doubles", "nullable_doubles", "floats", "vector",
        "sparse_vector")) {
      Column prediction = col(column);
      Row actual = df.select(breakdown.apply(col("label"), prediction, col("w")),
          mean.apply(col("label"), prediction, col("w"))).first();
      assertThat(actual.getStruct(0)).as(column).isEqualTo(expected._1());
      assertThat(actual.getStruct(1)).as(column).isEqualTo(expected._2());
    }
    assertThat(expected._2().<Double>getAs("mean")).isPositive();
  }

  /**
   * Label and weight columns of every number type are read in place, widened as Spark's cast
   * would; a decimal or an expression goes through a projection, a literal is read once. NULL
   * labels and weights stay rows counted by reason. All give the bits of the typed aggregator
   * over the same values as boxed doubles.
   */
  @Test
  void everyNumberTypeOfLabelAndWeightGivesTheBitsOfTheTypedAggregator() {
    SparkSession spark = SharedSpark.session();
    List<LossInput> beans = inputs();
    beans.get(5).setLabel(null);
    beans.get(9).setWeight(null);
    PerClassLossAggregator breakdown = PerClassLossAggregator.of(LossSpec.of("cross_entropy"),
        LossSpec.of("multiclass_hinge_loss")).mode(Mode.DROPMALFORMED);
    WeightedLossAggregator mean = WeightedLossAggregator.of(LossSpec.of("cross_entropy"))
        .mode(Mode.DROPMALFORMED);
    Dataset<LossInput> typed = spark.createDataset(beans, Encoders.bean(LossInput.class));
    scala.Tuple2<Row, Row> expected = typed.select(breakdown.toColumn(), mean.toColumn())
        .first();
    Row unweighted = typed.withColumn("weight", lit(1.0)).as(Encoders.bean(LossInput.class))
        .select(breakdown.toColumn()).first();

    // the weights (1 to 3 in steps of 0.5) are exact as floats; the labels are whole
    Dataset<Row> df = typed.selectExpr("prediction", "cast(label AS tinyint) AS l_byte",
        "cast(label AS smallint) AS l_short", "cast(label AS int) AS l_int",
        "cast(label AS bigint) AS l_long", "cast(label AS float) AS l_float", "label AS l_double",
        "cast(label AS decimal(3, 0)) AS l_decimal", "weight AS w_double",
        "cast(weight AS float) AS w_float", "cast(weight AS decimal(4, 1)) AS w_decimal")
        .repartition(3);
    // columns are read in place; a decimal and an expression go through a projection
    Map<String, Column> labels = Map.of("byte", col("l_byte"), "short", col("l_short"),
        "int", col("l_int"), "long", col("l_long"), "float", col("l_float"),
        "double", col("l_double"), "decimal", col("l_decimal"),
        "expression", col("l_int").plus(lit(0)));
    Map<String, Column> weights = Map.of("double", col("w_double"), "float", col("w_float"),
        "decimal", col("w_decimal"), "expression", col("w_double").multiply(lit(1)));
    labels.forEach((labelType, label) -> {
      weights.forEach((weightType, weight) -> {
        Row actual = df.select(breakdown.apply(label, col("prediction"), weight),
            mean.apply(label, col("prediction"), weight)).first();
        String as = labelType + " label, " + weightType + " weight";
        assertThat(actual.getStruct(0)).as(as).isEqualTo(expected._1());
        assertThat(actual.getStruct(1)).as(as).isEqualTo(expected._2());
      });
      Row constantWeight = df.select(breakdown.apply(label, col("prediction"), lit(1.0))).first();
      assertThat(constantWeight.getStruct(0)).as(labelType + " label, weight 1.0")
          .isEqualTo(unweighted);
    });
    assertThat(expected._1().<Long>getAs("total_rows")).isEqualTo(beans.size());
    assertThat(expected._1().<Long>getAs("invalid_rows")).isEqualTo(2);
  }

  @Test
  void aConstantVectorGivesTheBitsOfTheTypedAggregator() {
    SparkSession spark = SharedSpark.session();
    double[] constant = {0.125, 0.5, 0.375};
    List<LossInput> beans = new ArrayList<>();
    for (int label = 0; label < 3; label++) {
      beans.add(LossInput.of(label, constant));
    }
    PerClassLossAggregator breakdown = PerClassLossAggregator.of(LossSpec.of("cross_entropy"),
        LossSpec.of("multiclass_hinge_loss"));
    Row expected = spark.createDataset(beans, Encoders.bean(LossInput.class))
        .select(breakdown.toColumn()).first();
    Row actual = spark.range(3).select(breakdown.apply(col("id"),
        array(lit(0.125), lit(0.5), lit(0.375)))).first()
        .getStruct(0);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.<Long>getAs("rows")).isEqualTo(3);
  }

  @Test
  @SuppressWarnings("unchecked")
  void buffersSurviveSerialization() {
    PerClassLossAggregator breakdown = PerClassLossAggregator.of(LossSpec.of("cross_entropy"))
        .numClasses(3);
    LossAggregateFunction<PerClassAccumulator> function =
        (LossAggregateFunction<PerClassAccumulator>) AggregateInputs.bind(breakdown,
            "per_class_loss", breakdown.primaryLoss(), Literal.create(0.0, DataTypes.DoubleType),
            Literal.create(new GenericArrayData(new Object[] {0.25, 0.5, 0.25}),
                DataTypes.createArrayType(DataTypes.DoubleType, false)), null);
    PerClassAccumulator sums = function.createAggregationBuffer();
    for (LossInput in : inputs()) {
      sums.add(in.getLabel(), null, in.getPrediction(), in.getWeight());
    }
    PerClassAccumulator read = function.deserialize(function.serialize(sums));
    assertThat(read).isEqualTo(sums).isNotSameAs(sums);
    assertThat(breakdown.finish(read)).isEqualTo(breakdown.finish(sums));
  }

  @Test
  void callsAreNamedByTheArgumentsGiven() {
    SparkSession spark = SharedSpark.session();
    spark.sql("SELECT * FROM VALUES (0, array(0.5D, 0.5D), 2D) AS t(label, probs, w)")
        .createOrReplaceTempView("named_calls");
    assertThat(spark.sql("SELECT loss_summary('cross_entropy', label, probs), "
        + "per_class_loss('cross_entropy', label, probs, w), "
        + "loss_summary('kl_divergence', probs, probs) FROM named_calls").columns())
        .containsExactly("loss_summary(label, probs)", "per_class_loss(label, probs, w)",
            "loss_summary(probs, probs)");
    Dataset<Row> columnApi = spark.table("named_calls").select(WeightedLossAggregator
        .of(LossSpec.of("cross_entropy")).apply(col("label"), col("probs"), col("w")));
    assertThat(columnApi.queryExecution().executedPlan().toString())
        .contains("loss_summary(cast(label#").doesNotContain("LossAggregator@");
  }

  @Test
  void aNullElementAnywhereMakesTheVectorNull() {
    SparkSession spark = SharedSpark.session();
    StringBuilder wide = new StringBuilder("array(0.5D, 0.5D");
    for (int i = 2; i < 70; i++) {
      wide.append(i == 66 ? ", NULL" : ", 0D");
    }
    String seventy = wide.append(")").toString();
    String withoutNull = seventy.replace("NULL", "0D");
    spark.sql("SELECT * FROM VALUES "
        + "(0, array(0.5D, NULL, 0.5D)), (0, array(NULL, 0.5D, 0.5D)), (0, array(0.5D, 0.5D, NULL)), "
        + "(0, array(0.5D, 0.25D, 0.25D)), (0, " + seventy + "), (0, " + withoutNull + ") "
        + "AS t(label, probs)").createOrReplaceTempView("null_elements");
    Row summary = spark.sql("SELECT loss_summary('cross_entropy', label, probs, "
        + "map('mode', 'DROPMALFORMED')) FROM null_elements").first().getStruct(0);
    assertThat(summary.<Long>getAs("rows")).isEqualTo(2);
    assertThat(summary.<String, Long>getJavaMap(summary.fieldIndex("invalid")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("null_prediction", 4L));
    // the valid rows, each -ln 0.5: doubling is exact
    assertThat(summary.<Double>getAs("weighted_loss_sum")).isEqualTo(-2 * Math.log(0.5));

    Row divergence = spark.sql("SELECT loss_summary('kl_divergence', p, q, "
        + "map('mode', 'DROPMALFORMED')) FROM VALUES "
        + "(array(0.5D, NULL), array(0.5D, 0.5D)), (array(0.5D, 0.5D), array(0.5D, 0.5D)) "
        + "AS t(p, q)").first().getStruct(0);
    assertThat(divergence.<Long>getAs("rows")).isEqualTo(1);
    assertThat(divergence.<String, Long>getJavaMap(divergence.fieldIndex("invalid")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("null_label", 1L));
  }
}
