package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The report's column checks against a schema, Spark-free: each message names the option. */
class ReportInputTest {
  private static final StructType SCHEMA = new StructType()
      .add("label", DataTypes.IntegerType)
      .add("probability", SQLDataTypes.VectorType())
      .add("segment", DataTypes.StringType)
      .add("w", DataTypes.DoubleType);

  private static ReportConfig config(String... keyValues) {
    Map<String, String> line = new LinkedHashMap<>();
    line.put("demo", "true");
    line.put("output", "/tmp/r");
    for (int i = 0; i < keyValues.length; i += 2) {
      line.put(keyValues[i], keyValues[i + 1]);
    }
    return ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, line, null));
  }

  @Test
  void aMissingColumnIsNamedWithTheClosestOne() {
    assertThatThrownBy(() -> ReportInput.columns(SCHEMA, config("label-col", "lable")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage("--label-col: no column 'lable' in the input; did you mean 'label'? The "
            + "columns are label, probability, segment, w");
    assertThatThrownBy(() -> ReportInput.columns(SCHEMA, config("weight-col", "weight")))
        .hasMessage("--weight-col: no column 'weight' in the input; the columns are label, "
            + "probability, segment, w");
  }

  @Test
  void aColumnOfTheWrongTypeIsNamedWithItsType() {
    assertThatThrownBy(() -> ReportInput.columns(SCHEMA, config("label-col", "segment")))
        .hasMessage("--label-col: column 'segment' has type string, but must be a number (the "
            + "class index)");
    assertThatThrownBy(() -> ReportInput.columns(SCHEMA, config("prediction-col", "w")))
        .hasMessage("--prediction-col: column 'w' has type double, but must be a vector of "
            + "class probabilities (array of numbers or Spark ML vector) for --prediction-kind "
            + "probabilities");
  }
}
