package io.losslens.spark.agg;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.loss.eval.SqlOptions;
import io.losslens.spark.ReadmeText;
import io.losslens.spark.SharedSpark;
import java.io.IOException;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The README's aggregate section: its SQL examples run, and it documents every name and key. */
class ReadmeAggregateExamplesSparkTest {
  private static final String SECTION = "## Loss aggregates";

  private static String section() throws IOException {
    return ReadmeText.section(SECTION);
  }

  @Test
  void sqlExamplesRunOnPredictionsLikeTheirs() throws IOException {
    SparkSession spark = SharedSpark.session();
    spark.createDataFrame(ImbalancedPredictions.rows(2_000, 5L), ImbalancedPredictions.SCHEMA)
        .createOrReplaceTempView("generated");
    spark.sql("SELECT segment, label, vec AS probability, w AS weight FROM generated")
        .createOrReplaceTempView("predictions");
    spark.sql("SELECT segment, IF(label = 1, 1, 0) AS y, array(1 - element_at(probs, 2), "
        + "element_at(probs, 2)) AS probability, w AS weight FROM generated")
        .createOrReplaceTempView("binary_predictions");
    String text = section();
    int start = text.indexOf("```sql\n") + "```sql\n".length();
    String block = text.substring(start, text.indexOf("```", start));
    int statements = 0;
    for (String statement : block.split(";\n")) {
      String sql = statement.lines().filter(l -> !l.trim().startsWith("--"))
          .reduce("", (a, b) -> a + "\n" + b).trim();
      if (sql.isEmpty()) {
        continue;
      }
      List<Row> rows = spark.sql(sql).collectAsList();
      assertThat(rows).as(sql).isNotEmpty();
      assertThat(rows.get(0).anyNull()).as(sql).isFalse();
      statements++;
    }
    assertThat(statements).isEqualTo(4);
  }

  @Test
  void everyAggregateAndOptionIsDocumented() throws IOException {
    String text = section();
    LossAggregates.NAMES.forEach(name -> assertThat(text).contains("`" + name + "("));
    SqlOptions.PER_CLASS_KEYS.forEach(key -> assertThat(text).contains("`" + key + "`"));
    SqlOptions.WEIGHTED_KEYS.forEach(key -> assertThat(text).contains("`" + key + "`"));
  }
}
