package io.losslens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.losslens.loss.CrossEntropy;
import io.losslens.loss.FocalLoss;
import io.losslens.spark.functions.LossFunction;
import io.losslens.spark.functions.LossRegistry;
import io.losslens.spark.functions.SqlFunction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** The registered functions through SQL: types, arities, NULLs, errors, twins, the fast path. */
class LossFunctionsSparkTest {
  private static final double TOLERANCE = 1e-12;

  private static SparkSession spark() {
    return SharedSpark.session();
  }

  static Stream<LossFunction> functions() {
    return LossRegistry.all().stream();
  }

  /** The registry's worked examples (values from provenance/registry_examples.py, mpmath). */
  @ParameterizedTest
  @MethodSource("functions")
  void workedExampleHoldsForFunctionAndTwin(LossFunction f) {
    Object expected = parse(f.exampleResult());
    Row row = spark().sql("SELECT " + f.name() + "(" + f.exampleArguments() + "), "
        + f.tryName() + "(" + f.exampleArguments() + ")").first();
    assertClose(row.get(0), expected);
    assertClose(row.get(1), expected);
  }

  static List<FunctionDocsExpectations.Documented> documented() {
    return FunctionDocsExpectations.all();
  }

  /** Every function, twin and aggregate, as registered by {@link LossFunctions#register}. */
  @ParameterizedTest
  @MethodSource("documented")
  void describeFunctionShowsUsageArgumentsAndExample(FunctionDocsExpectations.Documented f) {
    String text = spark().sql("DESCRIBE FUNCTION EXTENDED " + f.name()).collectAsList().stream()
        .map(r -> r.getString(0)).collect(Collectors.joining("\n"));
    FunctionDocsExpectations.assertDescribeOutput(f, text);
  }

  @Test
  void theDocumentationExpectationsCoverEveryRegisteredFunction() {
    assertThat(FunctionDocsExpectations.all().stream().map(FunctionDocsExpectations.Documented::name))
        .containsExactlyInAnyOrderElementsOf(LossFunctions.definitions().stream()
            .map(SqlFunction::name).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"TINYINT", "SMALLINT", "INT", "BIGINT", "FLOAT", "DOUBLE",
      "DECIMAL(10, 0)", "DECIMAL(5, 2)"})
  void labelsOfAnyNumericTypeAreWidened(String type) {
    // -ln 0.7 (mpmath): 0.35667494393873245; -ln 0.8 (mpmath): 0.2231435513142097
    Row row = spark().sql("SELECT cross_entropy(CAST(1 AS " + type + "), array(0.1, 0.7, 0.2)),"
        + " binary_cross_entropy(CAST(1 AS " + type + "), 0.8D)").first();
    assertThat(row.getDouble(0)).isCloseTo(0.35667494393873245, within(1e-16));
    assertThat(row.getDouble(1)).isCloseTo(0.2231435513142097, within(1e-16));
  }

  @Test
  void floatPredictionsAreWidenedExactly() {
    // 0.75 and 0.25 are exact in float; -ln(0.75) (mpmath) = 0.2876820724517809
    Row row = spark().sql("SELECT binary_cross_entropy(1, CAST(0.75 AS FLOAT)),"
        + " cross_entropy(0, array(CAST(0.75 AS FLOAT), CAST(0.25 AS FLOAT)))").first();
    assertThat(row.getDouble(0)).isEqualTo(0.2876820724517809);
    assertThat(row.getDouble(1)).isEqualTo(0.2876820724517809);
  }

  @Test
  void everyVectorRepresentationGivesTheSameResult() {
    spark().sql("SELECT 1 AS label, array(0.1D, 0.7D, 0.2D) AS d,"
        + " array(CAST(0.5 AS FLOAT), CAST(0.25 AS FLOAT), CAST(0.25 AS FLOAT)) AS f,"
        + " array(0, 1, 0) AS i, array(0.1, 0.7, 0.2) AS dec").createOrReplaceTempView("reps");
    Row row = spark().sql("SELECT cross_entropy(label, d), cross_entropy(label, dec),"
        + " cross_entropy(label, f), soft_cross_entropy(i, d), cross_entropy(1, array(0.5D, 0.25D))"
        + " FROM reps").first();
    // -ln 0.7 (mpmath) = 0.35667494393873245; -ln 0.25 = ln 4 = 1.3862943611198906
    assertThat(row.getDouble(0)).isEqualTo(0.35667494393873245);
    assertThat(row.getDouble(1)).isEqualTo(0.35667494393873245);
    assertThat(row.getDouble(2)).isEqualTo(1.3862943611198906);
    assertThat(row.getDouble(3)).isEqualTo(0.35667494393873245);
    assertThat(row.getDouble(4)).isEqualTo(1.3862943611198906);
  }

  @Test
  void mlVectorsDenseAndSparseAreAccepted() {
    List<Row> rows = spark().createDataFrame(List.of(
            RowFactory.create(2.0,
                Vectors.dense(0.25, 0.0, 0.75),
                Vectors.sparse(3, new int[] {0, 2},
                    new double[] {0.25, 0.75}))),
            new StructType()
                .add("label", "double")
                .add("dense", SQLDataTypes.VectorType())
                .add("sparse", SQLDataTypes.VectorType()))
        .selectExpr("cross_entropy(label, dense)", "cross_entropy(label, sparse)",
            "cross_entropy(1, sparse)", "kl_divergence(dense, sparse)")
        .collectAsList();
    // -ln 0.75 (mpmath) = 0.2876820724517809; the sparse zero at index 1 clips to 1e-15
    assertThat(rows.get(0).getDouble(0)).isEqualTo(0.2876820724517809);
    assertThat(rows.get(0).getDouble(1)).isEqualTo(0.2876820724517809);
    assertThat(rows.get(0).getDouble(2)).isEqualTo(34.538776394910684);
    assertThat(rows.get(0).getDouble(3)).isEqualTo(0.0);
  }

  @Test
  void nullInNullOutEvenBesideInvalidArguments() {
    Row row = spark().sql("SELECT cross_entropy(NULL, array(0.1, 0.7, 0.2)),"
        + " cross_entropy(1, NULL), cross_entropy(1, array(0.1, NULL, 0.2)),"
        + " cross_entropy(7, array(0.1, NULL, 0.2)), binary_cross_entropy(NULL, 0.5, 0.7),"
        + " focal_loss(1, NULL, 2.0), cross_entropy_grad(1, CAST(NULL AS ARRAY<DOUBLE>)),"
        + " multiclass_focal_loss(1, array(0.1, 0.7, 0.2), 2, NULL)").first();
    for (int i = 0; i < row.length(); i++) {
      assertThat(row.isNullAt(i)).as("column %d", i).isTrue();
    }
    spark().sql("SELECT CAST(NULL AS INT) AS label, CAST(NULL AS DOUBLE) AS p UNION ALL"
        + " SELECT 1, 0.8D").createOrReplaceTempView("nullable_rows");
    List<Row> rows = spark().sql("SELECT binary_cross_entropy(label, p) FROM nullable_rows")
        .collectAsList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).isNullAt(0)).isTrue();
    assertThat(rows.get(1).getDouble(0)).isEqualTo(0.2231435513142097);
  }

  static Stream<Arguments> invalidRows() {
    return Stream.of(
        Arguments.of("cross_entropy(label + 2, array(0.1, 0.7, 0.2))",
            "cross_entropy: label 3 is out of range for 3 classes; must be a whole number in [0, 3)"),
        Arguments.of("cross_entropy(label + 0.5, array(0.1, 0.7, 0.2))",
            "cross_entropy: label 1.5 is not a whole number; must be a whole number in [0, 3)"),
        Arguments.of("cross_entropy(0, array(0.5, 1.5))",
            "cross_entropy: probs[1] must be in [0, 1], but was 1.5"),
        Arguments.of("binary_cross_entropy(label, p * 3)",
            "binary_cross_entropy: p must be in [0, 1], but was 2.4"),
        Arguments.of("hinge_loss(label + 1, 0.3)",
            "hinge_loss: label must be 1 (positive) or 0 or -1 (negative), but was 2.0"),
        Arguments.of("kl_divergence(array(0.5, 0.5), array(0.2, 0.3, 0.5))",
            "kl_divergence: p and q must have the same length, but had 2 and 3"),
        Arguments.of("cross_entropy_logits(0, CAST(array() AS ARRAY<DOUBLE>))",
            "cross_entropy_logits: logits must not be empty"),
        Arguments.of("binary_cross_entropy_logits(label, p * 1e308 * 10)",
            "binary_cross_entropy_logits: z must be a finite number, but was Infinity"),
        Arguments.of("multiclass_hinge_loss(0, array(label))",
            "multiclass_hinge_loss: scores must have at least 2 classes, but had 1"),
        Arguments.of("weighted_cross_entropy(0, array(0.5, 0.5), array(1.0, -p))",
            "weighted_cross_entropy: class_weights[1] must be >= 0, but was -0.8"),
        Arguments.of("focal_loss(label, p, p + 0.5)",
            "focal_loss: alpha must be <= 1 (a negative alpha means no alpha weighting), but was 1.3"),
        Arguments.of("focal_loss(label, p, 0.25, -p)",
            "focal_loss: gamma must be >= 0, but was -0.8"));
  }

  /** Per-row errors: the query fails with the contract message; the twin returns NULL. */
  @ParameterizedTest
  @MethodSource("invalidRows")
  void invalidRowFailsWithContractMessageAndTwinReturnsNull(String call, String message) {
    spark().sql("SELECT 1 AS label, 0.8D AS p").createOrReplaceTempView("one_row");
    assertThatThrownBy(() -> spark().sql("SELECT " + call + " FROM one_row").collectAsList())
        .satisfies(e -> assertThat(causeMessages(e)).contains(message));
    Row twin = spark().sql("SELECT try_" + call + " FROM one_row").first();
    assertThat(twin.isNullAt(0)).isTrue();
  }

  /** Where no argument can be NULL, an invalid constant fails at analysis, before any row. */
  @Test
  void invalidConstantParametersFailAtAnalysisWhenNoArgumentCanBeNull() {
    spark().range(0).selectExpr("1 AS label", "0.8D AS p").createOrReplaceTempView("no_rows");
    assertThatThrownBy(() -> spark().sql("SELECT binary_cross_entropy(label, p, 0.7) FROM no_rows"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("binary_cross_entropy: eps must be in (0, 0.5), but was 0.7");
    assertThatThrownBy(() -> spark().sql("SELECT focal_loss(label, p, 0.25, -1) FROM no_rows"))
        .hasMessageContaining("focal_loss: gamma must be >= 0, but was -1.0");
    assertThatThrownBy(() -> spark().sql(
        "SELECT weighted_cross_entropy(1, array(0.5, 0.5), array(1, -2)) FROM no_rows"))
        .hasMessageContaining("weighted_cross_entropy: class_weights[1] must be >= 0, but was -2.0");
    Row twin = spark().sql("SELECT try_binary_cross_entropy(1, 0.5, 0.7)").first();
    assertThat(twin.isNullAt(0)).isTrue();
  }

  /** Where an argument may be NULL, NULL still comes first; other rows fail with the check. */
  @Test
  void invalidConstantBesideNullableColumnGivesNullForNullRowsAndFailsOtherRows() {
    spark().sql("SELECT CAST(NULL AS DOUBLE) AS p UNION ALL SELECT 0.5D")
        .createOrReplaceTempView("maybe_null");
    Row nullRow = spark().sql("SELECT focal_loss(1, p, 0.25, -1) FROM maybe_null WHERE p IS NULL")
        .first();
    assertThat(nullRow.isNullAt(0)).isTrue();
    assertThatThrownBy(() -> spark().sql("SELECT focal_loss(1, p, 0.25, -1) FROM maybe_null")
        .collectAsList())
        .satisfies(e -> assertThat(causeMessages(e))
            .contains("focal_loss: gamma must be >= 0, but was -1.0"));
    assertThat(spark().sql("SELECT try_focal_loss(1, p, 0.25, -1) FROM maybe_null")
        .collectAsList()).allSatisfy(r -> assertThat(r.isNullAt(0)).isTrue());
  }

  @Test
  void wrongTypesAndAritiesAreAnalysisErrorsEvenForTwins() {
    assertThatThrownBy(() -> spark().sql("SELECT cross_entropy('1', array(0.5, 0.5))"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("cross_entropy: argument 1 (label) must be a number, but was string");
    assertThatThrownBy(() -> spark().sql("SELECT try_cross_entropy(1, 'x')"))
        .isInstanceOf(AnalysisException.class)
        .hasMessageContaining("try_cross_entropy: argument 2 (probs) must be array<double>,"
            + " array<float> or a Spark ML vector, but was string");
    assertThatThrownBy(() -> spark().sql("SELECT cross_entropy(1)"))
        .hasMessageContaining("cross_entropy: expects 2 to 3 arguments"
            + " (cross_entropy(label, probs [, eps])), but got 1");
    assertThatThrownBy(() -> spark().sql("SELECT focal_loss(1, 0.5, 0.25, 2, 1e-7, 1)"))
        .hasMessageContaining("focal_loss: expects 2 to 5 arguments");
    assertThatThrownBy(() -> spark().sql("SELECT js_divergence(array(1.0))"))
        .hasMessageContaining("js_divergence: expects 2 arguments");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // array<double>, array<float> and ML vectors are read in place, with a primitive result
      // where the type rules out NULL elements (a vector's does)
      "array(0.1D, 0.7D, 0.2D) | io.losslens.spark.functions.InPlaceKernels | DoubleType "
          + "| crossEntropyWithoutNulls",
      "array(0.1D, IF(id > 100, NULL, 0.7D), 0.2D) | io.losslens.spark.functions.InPlaceKernels "
          + "| DoubleType | crossEntropy",
      "array(CAST(0.1 AS FLOAT), CAST(0.7 AS FLOAT), CAST(0.2 AS FLOAT)) "
          + "| io.losslens.spark.functions.InPlaceKernels | DoubleType "
          + "| crossEntropyOfFloatsWithoutNulls",
      "array(CAST(0.1 AS FLOAT), IF(id > 100, NULL, CAST(0.7 AS FLOAT)), CAST(0.2 AS FLOAT)) "
          + "| io.losslens.spark.functions.InPlaceKernels | DoubleType | crossEntropyOfFloats",
      "v | io.losslens.spark.functions.InPlaceKernels | DoubleType "
          + "| crossEntropyOfVectorWithoutNulls"})
  void callsCompileToStaticInvokeInWholeStageCodegen(String probs, String owner,
      String resultType, String method) {
    spark().createDataFrame(List.of(RowFactory.create(
            Vectors.dense(0.1, 0.7, 0.2))),
        new StructType()
            .add("v", SQLDataTypes.VectorType()))
        .createOrReplaceTempView("vec");
    Dataset<Row> query = spark().sql("SELECT cross_entropy(CAST(id % 3 AS INT), "
        + probs + "), try_focal_loss(0, id / 10.0) FROM range(10) CROSS JOIN vec");
    assertThat(query.collectAsList()).hasSize(10);
    // after execution the adaptive plan is final and shows its whole-stage codegen stages
    String plan = query.queryExecution().executedPlan().toString();
    assertThat(plan)
        .contains(SparkText.staticInvoke(owner, resultType, method))
        .contains(SparkText.staticInvoke("io.losslens.loss.FocalLoss", "DoubleType", "loss"))
        .doesNotContain("UDF")
        .contains("*(");
  }

  /** Every Column API method builds the same call as SQL. */
  @ParameterizedTest
  @MethodSource("functions")
  void columnApiMatchesSqlAtEveryArity(LossFunction f) throws Exception {
    List<String> example = splitArguments(f.exampleArguments());
    for (int arity = f.minArity(); arity <= f.maxArity(); arity++) {
      List<String> args = new ArrayList<>(example.subList(0, Math.min(arity, example.size())));
      for (int i = args.size(); i < arity; i++) {
        Double dflt = f.params().get(i).defaultValue();
        args.add(dflt != null ? dflt.toString() : "array(1.0, 2.0, 0.5)");
      }
      for (boolean twin : new boolean[] {false, true}) {
        String sqlName = twin ? f.tryName() : f.name();
        Column[] cols = args.stream()
            .map(functions::expr).toArray(Column[]::new);
        Class<?>[] types = new Class<?>[arity];
        Arrays.fill(types, Column.class);
        Column viaApi = (Column) LossColumns.class
            .getMethod(LossColumnsSourceTest.camel(sqlName), types).invoke(null, (Object[]) cols);
        Row api = spark().range(1).select(viaApi).first();
        Row sql = spark().sql("SELECT " + sqlName + "(" + String.join(", ", args) + ")").first();
        assertThat(api.get(0)).as(sqlName + args).isEqualTo(sql.get(0));
        assertThat(api.isNullAt(0)).as(sqlName + args).isFalse();
      }
    }
  }

  /** The SQL path and a direct kernel call agree bit for bit on random data. */
  @Test
  void sqlAgreesWithKernelsOnRandomData() {
    Random random = new Random(20261124);
    int classes = 7;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      double[] probs = new double[classes];
      double[] logits = new double[classes];
      for (int c = 0; c < classes; c++) {
        probs[c] = random.nextInt(20) == 0 ? 0.0 : random.nextDouble();
        logits[c] = random.nextGaussian() * 10;
      }
      rows.add(RowFactory.create(random.nextInt(classes),
          random.nextDouble(), random.nextInt(2), probs, logits,
          Vectors.dense(probs).compressed()));
    }
    StructType schema = new StructType()
        .add("label", "int").add("p", "double").add("y", "int")
        .add("probs", "array<double>").add("logits", "array<double>")
        .add("v", SQLDataTypes.VectorType());
    List<Row> out = spark().createDataFrame(rows, schema).repartition(3).selectExpr(
        "label", "p", "y", "probs", "logits",
        "cross_entropy(label, probs)", "cross_entropy(label, v)", "focal_loss(y, p, 0.3, 1.5)",
        "cross_entropy_logits(label, logits)", "multiclass_focal_loss(label, probs, 1.0)",
        "cross_entropy_logits_grad(label, logits)").collectAsList();
    assertThat(out).hasSize(2000);
    for (Row r : out) {
      int label = r.getInt(0);
      double p = r.getDouble(1);
      int y = r.getInt(2);
      double[] probs = toDoubles(r.getList(3));
      double[] logits = toDoubles(r.getList(4));
      assertThat(r.getDouble(5)).isEqualTo(CrossEntropy.loss(label, probs, 1e-15));
      assertThat(r.getDouble(6)).isEqualTo(r.getDouble(5));
      assertThat(r.getDouble(7))
          .isEqualTo(FocalLoss.loss(y, p, 0.3, 1.5, 1e-15));
      assertThat(r.getDouble(8))
          .isEqualTo(CrossEntropy.lossFromLogits(label, logits));
      assertThat(r.getDouble(9))
          .isEqualTo(FocalLoss.multiclassLoss(label, probs, 1.0, 1e-15));
      double[] grad = new double[classes];
      CrossEntropy.gradientFromLogits(label, logits, grad);
      assertThat(toDoubles(r.getList(10))).containsExactly(grad);
    }
  }

  private static double[] toDoubles(List<Object> list) {
    return list.stream().mapToDouble(o -> (Double) o).toArray();
  }

  private static Object parse(String text) {
    if (text.startsWith("[")) {
      return Stream.of(text.substring(1, text.length() - 1).split(","))
          .mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }
    return Double.parseDouble(text);
  }

  @SuppressWarnings("unchecked")
  private static void assertClose(Object actual, Object expected) {
    if (expected instanceof double[]) {
      double[] e = (double[]) expected;
      List<Object> a = actual instanceof Seq
          ? JavaConverters.seqAsJavaList((Seq<Object>) actual)
          : (List<Object>) actual;
      assertThat(a).hasSize(e.length);
      for (int i = 0; i < e.length; i++) {
        assertClose(a.get(i), e[i]);
      }
      return;
    }
    double e = (Double) expected;
    assertThat((Double) actual).isCloseTo(e, within(Math.max(TOLERANCE * Math.abs(e), 1e-15)));
  }

  private static String causeMessages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
    }
    return all.toString();
  }

  /** Splits {@code 1, array(0.1, 0.7), 2} at top-level commas. */
  static List<String> splitArguments(String args) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < args.length(); i++) {
      char c = args.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        out.add(args.substring(start, i).trim());
        start = i + 1;
      }
    }
    out.add(args.substring(start).trim());
    return out;
  }
}
