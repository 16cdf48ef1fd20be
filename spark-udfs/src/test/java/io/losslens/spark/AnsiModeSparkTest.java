package io.losslens.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LossLens leaves {@code spark.sql.ansi.enabled} to Spark (off by default in 3.5, on in 4), and
 * the functions behave per that mode around them: an argument the user's SQL fails to compute
 * (a malformed {@code CAST}, a division by zero) is NULL without ANSI, so the function gives
 * NULL, and an error with ANSI, so the function fails with Spark's error. The {@code try_} twins
 * give NULL in both modes, for constant and column arguments alike. Both modes run on both
 * Spark versions; the default is checked per version.
 */
class AnsiModeSparkTest {
  private static final String ANSI = "spark.sql.ansi.enabled";
  private static final String PROBS = "array(0.1, 0.7, 0.2)";

  private SparkSession spark;
  private String ansiBefore;

  @BeforeEach
  void session() {
    spark = SharedSpark.session();
    ansiBefore = spark.conf().get(ANSI);
    spark.sql("SELECT 'x' AS s, 1 AS one, 0 AS zero").createOrReplaceTempView("ansi_input");
  }

  @AfterEach
  void restore() {
    spark.conf().set(ANSI, ansiBefore);
  }

  @Test
  void theModeIsSparksDefault() {
    assertThat(ansiBefore).isEqualTo(Boolean.toString(SparkDefaults.ANSI_ENABLED));
  }

  @ParameterizedTest(name = "ansi={0}")
  @ValueSource(booleans = {false, true})
  void aMalformedCastIsNullWithoutAnsiAndSparksErrorWithIt(boolean ansi) {
    spark.conf().set(ANSI, ansi);
    for (String label : new String[] {"CAST('x' AS INT)", "CAST(s AS INT)"}) {
      String query = "SELECT cross_entropy(" + label + ", " + PROBS + ") FROM ansi_input";
      if (ansi) {
        assertThat(catchThrowable(() -> spark.sql(query).collectAsList())).as(query)
            .hasMessageStartingWith("[CAST_INVALID_INPUT] The value 'x' of the type \"STRING\" "
                + "cannot be cast to \"INT\" because it is malformed.");
      } else {
        assertThat(spark.sql(query).first().isNullAt(0)).as(query).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "ansi={0}")
  @ValueSource(booleans = {false, true})
  void aDivisionByZeroIsNullWithoutAnsiAndSparksErrorWithIt(boolean ansi) {
    spark.conf().set(ANSI, ansi);
    for (String p : new String[] {"1 / 0", "one / zero"}) {
      String query = "SELECT binary_cross_entropy(1, " + p + ") FROM ansi_input";
      if (ansi) {
        assertThat(catchThrowable(() -> spark.sql(query).collectAsList())).as(query)
            .hasMessageStartingWith("[DIVIDE_BY_ZERO] Division by zero.");
      } else {
        assertThat(spark.sql(query).first().isNullAt(0)).as(query).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "ansi={0}")
  @ValueSource(booleans = {false, true})
  void tryTwinsAreNullWhereTheirArgumentsFailInEitherMode(boolean ansi) {
    spark.conf().set(ANSI, ansi);
    Row row = spark.sql("SELECT try_cross_entropy(CAST('x' AS INT), " + PROBS + "), "
        + "try_cross_entropy(CAST(s AS INT), " + PROBS + "), try_binary_cross_entropy(1, 1 / 0), "
        + "try_binary_cross_entropy(1, one / zero), try_cross_entropy_grad(CAST('x' AS INT), "
        + PROBS + ") FROM ansi_input").first();
    for (int i = 0; i < row.length(); i++) {
      assertThat(row.isNullAt(i)).as("column %d", i).isTrue();
    }
  }
}
