package io.losslens.spark.ml;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.ReadmeText;
import java.io.IOException;
import org.apache.spark.ml.param.Param;
import org.junit.jupiter.api.Test;

/** The README's evaluator section documents every param and reads each loss as the code does. */
class ReadmeEvaluatorTest {
  private static final String SECTION = "## MLlib: LossEvaluator";

  private static String section() throws IOException {
    return ReadmeText.section(SECTION);
  }

  /** The README table's row for {@code column}: {@code | `probabilityCol` | ... |}. */
  private static String row(String text, String column) {
    int start = text.indexOf("| `" + column + "` | `binary_");
    assertThat(start).as("the row of " + column).isNotNegative();
    return text.substring(start, text.indexOf('\n', start));
  }

  @Test
  void everyParamIsInTheTable() throws IOException {
    String text = section();
    for (Param<?> p : new LossEvaluator().params()) {
      assertThat(text).as(p.name()).containsPattern("\\n\\| [^\\n]*`" + p.name() + "`");
    }
  }

  @Test
  void eachMetricIsListedUnderTheColumnItReads() throws IOException {
    String text = section();
    String probability = row(text, "probabilityCol");
    String raw = row(text, "rawPredictionCol");
    LossEvaluator evaluator = new LossEvaluator().setProbabilityCol("p")
        .setRawPredictionCol("r");
    for (String metric : LossEvaluator.METRIC_NAMES) {
      boolean readsProbabilities = evaluator.setMetricName(metric).getPredictionColumn()
          .equals("p");
      assertThat(readsProbabilities ? probability : raw).as(metric)
          .contains("`" + metric + "`");
      assertThat(readsProbabilities ? raw : probability).as(metric)
          .doesNotContain("`" + metric + "`");
    }
  }
}
