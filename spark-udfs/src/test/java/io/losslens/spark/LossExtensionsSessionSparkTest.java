package io.losslens.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A session built only from {@code spark.sql.extensions=io.losslens.spark.LossExtensions}, as
 * spark-sql, the Thrift server or PySpark build one: no LossLens code is called. Runs in a JVM
 * of its own (the {@code session-extension} surefire execution), because the extension is read
 * when the SparkContext is created.
 */
class LossExtensionsSessionSparkTest {
  // cross_entropy(1, array(0.1, 0.7, 0.2)) = -ln 0.7, a worked value of the contract
  // (shared/design/sql-functions.md)
  private static final double CE = 0.35667494393873245;

  private static SparkSession spark;

  @BeforeAll
  static void startSession() {
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("extension-only")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.extensions", LossExtensions.class.getName())
        .getOrCreate();
  }

  @AfterAll
  static void stopSession() {
    spark.stop();
  }

  @Test
  void everyFunctionTwinAndAggregateIsThereWithoutRegistering() {
    assertThat(LossFunctions.isRegistered(spark)).isTrue();
    Row row = spark.sql("SELECT cross_entropy(1, array(0.1, 0.7, 0.2)) AS ce, "
        + "try_cross_entropy(3, array(0.1, 0.7, 0.2)) AS bad, "
        + "loss_mean('cross_entropy', 1, array(0.1, 0.7, 0.2)) AS mean").first();
    assertThat(row.getDouble(0)).isEqualTo(CE);
    assertThat(row.isNullAt(1)).isTrue(); // label 3 of 3 classes: NULL from the try_ twin
    assertThat(row.getDouble(2)).isEqualTo(CE);
  }

  @Test
  void everyNewSessionHasThemToo() {
    SparkSession other = spark.newSession();
    assertThat(LossFunctions.isRegistered(other)).isTrue();
    // focal_loss(1, 0.9, 0.25, 2) = 0.25 * (1 - 0.9)^2 * -ln 0.9 of the double 0.9, mpmath at
    // 50 digits rounded to a double (the contract's 2.634012891445657e-4 is 1 ulp from it)
    assertThat(other.sql("SELECT focal_loss(1, 0.9) AS f").first().getDouble(0))
        .isEqualTo(2.6340128914456557e-4);
  }

  @Test
  void callsAreStaticCallsOfTheKernelsInGeneratedCode() {
    List<Row> plan = spark.sql("EXPLAIN CODEGEN SELECT cross_entropy(CAST(id % 3 AS INT), "
        + "array(0.1D, 0.7D, 0.2D)) FROM range(10)").collectAsList();
    String code = plan.get(0).getString(0);
    // an array<double> and an array<float> are read in place (InPlaceKernels; without NULL
    // elements, a primitive result); a loss without an in-place kernel gets a double[]
    assertThat(code).contains(
        "io.losslens.spark.functions.InPlaceKernels.crossEntropyWithoutNulls(");
    String physical = spark.sql("EXPLAIN SELECT cross_entropy(CAST(id % 3 AS INT), "
        + "array(CAST(0.7 AS FLOAT), CAST(0.3 AS FLOAT))), cross_entropy_logits(0, "
        + "array(CAST(0.7 AS FLOAT), CAST(0.3 AS FLOAT))) FROM range(10)").first().getString(0);
    assertThat(physical)
        .contains(SparkText.staticInvoke("io.losslens.spark.functions.InPlaceKernels",
            "DoubleType", "crossEntropyOfFloatsWithoutNulls"))
        .contains(SparkText.staticInvokeOf("io.losslens.loss.CrossEntropy"));
  }

  /** Every function, twin and aggregate, as the extension injects them. */
  @ParameterizedTest
  @MethodSource("io.losslens.spark.FunctionDocsExpectations#all")
  void describeFunctionShowsUsageArgumentsAndExamples(FunctionDocsExpectations.Documented f) {
    String text = spark.sql("DESCRIBE FUNCTION EXTENDED " + f.name()).collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.joining("\n"));
    FunctionDocsExpectations.assertDescribeOutput(f, text);
  }
}
