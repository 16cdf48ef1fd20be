package io.losslens.it;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import com.holdenkarau.spark.testing.SparkSessionProvider$;
import java.time.Duration;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * spark-testing-base's DataFrame comparison, usable from JUnit 5. Its {@code
 * JavaDataFrameSuiteBase} is a JUnit 4 base class; here it only lends its comparison methods
 * (which need no context of their own), so tests keep their own session and lifecycle.
 */
final class DataFrameAssertions {
  private static final JavaDataFrameSuiteBase SUITE = new JavaDataFrameSuiteBase();

  private DataFrameAssertions() {}

  /**
   * Asserts equal column names and types, and equal rows in order, doubles within an absolute
   * {@code tolerance} (NULL only equals NULL). Nullability is not compared: it is an analyzer
   * detail (a VALUES list without NULLs gives a non-nullable column), not a result.
   */
  static void assertDataFrameApproximateEquals(Dataset<Row> expected, Dataset<Row> actual,
      double tolerance) {
    // On a mismatch the library builds its report in the session it holds; lend it ours.
    SparkSessionProvider$.MODULE$._sparkSession_$eq(actual.sparkSession());
    // the five-argument form is the current one; our rows hold no timestamps to tolerate
    SUITE.assertDataFrameApproximateEquals(nullable(expected), nullable(actual), tolerance,
        Duration.ZERO, SUITE.assertDataFrameApproximateEquals$default$5());
  }

  private static Dataset<Row> nullable(Dataset<Row> df) {
    StructType schema = new StructType(Arrays.stream(df.schema().fields())
        .map(f -> new StructField(f.name(), f.dataType(), true, f.metadata()))
        .toArray(StructField[]::new));
    return df.sparkSession().createDataFrame(df.javaRDD(), schema);
  }
}
