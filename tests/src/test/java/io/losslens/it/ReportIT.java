package io.losslens.it;

import static io.losslens.it.GoldenCsv.assertClose;
import static io.losslens.it.GoldenCsv.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.losslens.jobs.report.ClassWeightsJob;
import io.losslens.jobs.report.ReportConfig;
import io.losslens.jobs.report.ReportJob;
import io.losslens.jobs.report.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code losslens report} on the report fixture (src/test/resources/fixtures/report, whose
 * README says how each expected value was computed independently, in mpmath), through
 * {@link ReportJob#run} on a local session: the golden per-class tables for every input format,
 * per slice, with class weights and on logits; the summary; DROPMALFORMED accounting; FAILFAST
 * messages.
 */
class ReportIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LOSSES = "cross_entropy,focal_loss,hinge_loss";

  private static SparkSession spark;
  private static Path fixture;
  private static JsonNode expected;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSpark() throws Exception {
    spark = LocalSpark.session();
    fixture = Paths.get(ReportIT.class.getResource("/fixtures/report/README.md").toURI())
        .getParent();
    expected = JSON.readTree(fixture.resolve("expected_summary.json").toFile());
  }

  /**
   * Runs a report of {@code input} (the fixture's columns and losses) with the settings
   * {@code keyValues}, or with {@code input} null of those settings alone; the output directory.
   */
  private Path report(String input, String format, String... keyValues) {
    Path output = dir.resolve("report-" + System.nanoTime());
    Map<String, String> cli = new LinkedHashMap<>();
    if (input != null) {
      cli.put("input", input);
      cli.put("input-format", format);
      cli.put("weight-col", "weight");
      cli.put("losses", LOSSES);
    }
    cli.put("output", output.toString());
    for (int i = 0; i < keyValues.length; i += 2) {
      cli.put(keyValues[i], keyValues[i + 1]);
    }
    ReportConfig config = ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, cli, null));
    ReportJob.run(spark, config, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    return output;
  }

  private static String fixtureFile(String name) {
    return fixture.resolve(name).toString();
  }

  /** The fixture's predictions written as {@code format}; CSV holds vectors as JSON text. */
  private String predictionsAs(String format) {
    Dataset<Row> data = spark.read().json(fixtureFile("predictions.jsonl"));
    if (format.equals("json")) {
      return fixtureFile("predictions.jsonl");
    }
    if (format.equals("csv")) {
      List<Column> columns = new ArrayList<>();
      for (String c : data.columns()) {
        boolean vector = c.equals("probability") || c.equals("logits");
        columns.add(vector ? functions.to_json(functions.col(c)).as(c) : functions.col(c));
      }
      data = data.select(columns.toArray(new Column[0]));
    }
    String path = dir.resolve("predictions." + format).toString();
    data.coalesce(1).write().option("header", "true").format(format).save(path);
    return path;
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet", "orc", "json", "csv"})
  void everyInputFormatGivesTheGoldenPerClassTable(String format) throws Exception {
    Path out = report(predictionsAs(format), format);
    assertMatches(out.resolve("per_class.csv"), fixture.resolve("expected_per_class.csv"));
    assertParquetEqualsCsv(out);
  }

  /** per_class.parquet holds the same table as per_class.csv, bit for bit. */
  private void assertParquetEqualsCsv(Path out) throws Exception {
    List<Map<String, String>> csv = GoldenCsv.read(out.resolve("per_class.csv"));
    List<Row> parquet = spark.read().parquet(out.resolve("per_class.parquet").toString())
        .collectAsList();
    assertThat(parquet).hasSameSizeAs(csv);
    for (int r = 0; r < csv.size(); r++) {
      Row row = parquet.get(r);
      for (Map.Entry<String, String> field : csv.get(r).entrySet()) {
        Object value = row.get(row.fieldIndex(field.getKey()));
        assertThat(value == null ? "" : value.toString())
            .as("parquet row " + r + " column " + field.getKey()).isEqualTo(field.getValue());
      }
    }
  }

  @Test
  void perSliceTableAndSummary() throws Exception {
    Path out = report(fixtureFile("predictions.jsonl"), "json", "slice-cols", "segment");
    assertMatches(out.resolve("per_class.csv"), fixture.resolve("expected_per_slice_class.csv"));
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertBreakdown(summary.get("overall"), expected.get("overall"), "overall");
    Iterator<JsonNode> slices = summary.get("slices").elements();
    for (String segment : List.of("a", "b")) {
      JsonNode slice = slices.next();
      assertThat(slice.get("slice").get("segment").asText()).isEqualTo(segment);
      assertBreakdown(slice, expected.get("slices").get(segment), "segment " + segment);
    }
    assertThat(slices.hasNext()).isFalse();
  }

  private static void assertBreakdown(JsonNode actual, JsonNode want, String where) {
    assertThat(actual.get("rows").get("valid").asLong()).as(where)
        .isEqualTo(want.get("valid_rows").asLong());
    assertThat(actual.get("weight_sum").asDouble()).as(where)
        .isEqualTo(want.get("weight_sum").asDouble());
    for (String field : List.of("loss_mean", "macro_loss_mean")) {
      Iterator<Map.Entry<String, JsonNode>> losses = want.get(field).fields();
      while (losses.hasNext()) {
        Map.Entry<String, JsonNode> loss = losses.next();
        assertClose(actual.get(field).get(loss.getKey()).asDouble(), loss.getValue().asDouble(),
            where + " " + field + " " + loss.getKey());
      }
    }
  }

  @Test
  void summaryHoldsOverallValuesVersionsAndTheEffectiveConfiguration() throws Exception {
    Path out = report(fixtureFile("predictions.jsonl"), "json");
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertBreakdown(summary.get("overall"), expected.get("overall"), "overall");
    assertThat(summary.get("overall").get("rows").get("total").asLong()).isEqualTo(60);
    assertThat(summary.get("overall").get("rows").get("invalid").asLong()).isZero();
    assertThat(summary.get("spark_version").asText()).isEqualTo(spark.version());
    assertThat(summary.get("losslens_version").asText()).isNotBlank();
    assertThat(summary.get("losses").get("focal_loss").asText())
        .isEqualTo("multiclass_focal_loss(gamma=2.0, eps=1.0E-15)");
    assertThat(summary.get("configuration").get("weight-col").asText()).isEqualTo("weight");
    assertThat(summary.get("classes")).hasSize(4);
    // suggested weights by hand: balanced = n / (C n_c) = 60 / (4 * 36), from row counts
    assertClose(summary.get("class_weight_suggestions").get("balanced").get(0).asDouble(),
        60.0 / (4 * 36), "balanced weight of class 0");
  }

  @Test
  void classWeightsMultiplyTheRowWeights() throws Exception {
    Path out = report(fixtureFile("predictions.jsonl"), "json", "class-weights", "1,2,4,8");
    assertMatches(out.resolve("per_class.csv"),
        fixture.resolve("expected_per_class_weighted.csv"));
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertBreakdown(summary.get("overall"), expected.get("class_weighted"), "class-weighted");
  }

  @Test
  void crossEntropyOnLogitsUsesTheStableLogitsFormula() throws Exception {
    Path out = report(fixtureFile("predictions.jsonl"), "json", "prediction-col", "logits",
        "prediction-kind", "logits", "losses", "cross_entropy");
    assertMatches(out.resolve("per_class.csv"), fixture.resolve("cross_entropy_logits.csv"));
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("losses").get("cross_entropy").asText())
        .isEqualTo("cross_entropy_logits()"); // the contract function; it takes no parameter
    assertBreakdown(summary.get("overall"), expected.get("logits"), "logits");
  }

  @Test
  void dropMalformedCountsEveryInvalidRowByReasonAndKeepsTheValidValues() throws Exception {
    Path out = report(fixtureFile("predictions_invalid.jsonl"), "json", "mode", "DROPMALFORMED",
        "num-classes", "4", "slice-cols", "segment");
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    JsonNode invalid = expected.get("invalid");
    JsonNode rows = summary.get("overall").get("rows");
    assertThat(rows.get("total").asLong()).isEqualTo(invalid.get("total_rows").asLong());
    assertThat(rows.get("valid").asLong()).isEqualTo(invalid.get("valid_rows").asLong());
    assertThat(nonZero(rows.get("invalid_by_reason")))
        .isEqualTo(asMap(invalid.get("invalid_by_reason")));
    assertBreakdown(summary.get("overall"), expected.get("overall"), "valid rows");
    Iterator<JsonNode> slices = summary.get("slices").elements();
    for (String segment : List.of("a", "b")) {
      JsonNode slice = slices.next();
      JsonNode want = invalid.get("slices").get(segment);
      assertThat(slice.get("rows").get("total").asLong()).isEqualTo(want.get("total_rows")
          .asLong());
      assertThat(nonZero(slice.get("rows").get("invalid_by_reason")))
          .isEqualTo(asMap(want.get("invalid_by_reason")));
    }
    assertMatches(out.resolve("per_class.csv"), fixture.resolve("expected_per_slice_class.csv"));
  }

  private static Map<String, Long> nonZero(JsonNode counts) {
    return asMap(counts).entrySet().stream().filter(e -> e.getValue() > 0)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  private static Map<String, Long> asMap(JsonNode counts) {
    Map<String, Long> map = new LinkedHashMap<>();
    counts.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asLong()));
    return map;
  }

  @Test
  void failFastStopsAtAnInvalidRowWithItsReasonAndValues() throws Exception {
    // the valid rows and row 101 (label 7 of 4 classes)
    Path input = dir.resolve("one-invalid.jsonl");
    List<String> lines = Files.readAllLines(fixture.resolve("predictions_invalid.jsonl"));
    Files.write(input, lines.stream()
        .filter(l -> !l.matches(".*\"id\": 10[2-7],.*")).collect(Collectors.toList()));
    Throwable failure = catchThrowable(() -> report(input.toString(), "json"));
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    // row 101 of the fixture, as it is: label 7, probability [0.7, 0.1, 0.1, 0.1], weight 1
    assertThat(root).hasMessage("per_class_loss: invalid row (label_out_of_range): "
        + "label 7.0 is not a class index, a whole number in [0, 4); row: "
        + "label=7.0, prediction=[0.7, 0.1, 0.1, 0.1], weight=1.0; mode DROPMALFORMED skips "
        + "such rows and counts them by reason");
    assertThat(dir.resolve("report")).doesNotExist();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("no report and no staging directory").containsExactly("one-invalid.jsonl");
    }
  }

  /**
   * Binary predictions from a table: a probability column, the same as Spark ML's 2-vector, and
   * logits with hinge. Expected values from mpmath (50 digits) of the contract's formulas:
   * <pre>
   * bce: -ln p (y = 1), -ln(1 - p) (y = 0); focal (alpha 0.25, gamma 2):
   *   -alpha_t (1 - p_t)^2 ln p_t with p_t, alpha_t = p, 0.25 (y = 1) or 1 - p, 0.75 (y = 0)
   * rows (y, p): (1, 0.8), (0, 0.3), (1, 0.6), (0, 0.1)
   *   class 0: bce mean 0.23101772979827934, focal mean 0.012432881291649066
   *   class 1: bce mean 0.3669845875401002, focal mean 0.011332230231890863
   * rows (y, z): (1, 2.0), (0, 0.5), (1, -0.5), (0, -3.0); hinge max(0, 1 - t z), t = 2y - 1
   *   class 0: hinge 0.75, bce_logits ln(1 + e^z) mean 0.5113321678769244
   *   class 1: hinge 0.75, bce_logits ln(1 + e^-z) mean 0.5505024976115396
   * </pre>
   */
  @Test
  void binaryPredictionsFromATable() throws Exception {
    spark.sql("CREATE OR REPLACE TEMPORARY VIEW report_binary_preds AS SELECT label, p, "
        + "array(1 - p, p) AS pv, z FROM VALUES (1, 0.8D, 2.0D), (0, 0.3D, 0.5D), "
        + "(1, 0.6D, -0.5D), (0, 0.1D, -3.0D) AS t(label, p, z)");
    for (String column : List.of("p", "pv")) {
      Path out = report(null, null, "table", "report_binary_preds", "prediction-col", column,
          "prediction-kind", "probability", "class-names", "stay,churn");
      List<Map<String, String>> rows = GoldenCsv.read(out.resolve("per_class.csv"));
      assertThat(rows).extracting(r -> r.get("class_name")).containsExactly("stay", "churn");
      assertClose(Double.parseDouble(rows.get(0).get("cross_entropy_mean")),
          0.23101772979827934, column + " class 0 bce");
      assertClose(Double.parseDouble(rows.get(1).get("cross_entropy_mean")),
          0.3669845875401002, column + " class 1 bce");
      assertClose(Double.parseDouble(rows.get(0).get("focal_loss_mean")),
          0.012432881291649066, column + " class 0 focal");
      assertClose(Double.parseDouble(rows.get(1).get("focal_loss_mean")),
          0.011332230231890863, column + " class 1 focal");
    }
    Path out = report(null, null, "table", "report_binary_preds", "prediction-col", "z",
        "prediction-kind", "logit", "losses", "cross_entropy,hinge_loss");
    List<Map<String, String>> rows = GoldenCsv.read(out.resolve("per_class.csv"));
    assertThat(rows).extracting(r -> r.get("hinge_loss_mean")).containsExactly("0.75", "0.75");
    assertClose(Double.parseDouble(rows.get(0).get("cross_entropy_mean")), 0.5113321678769244,
        "class 0 bce_logits");
    assertClose(Double.parseDouble(rows.get(1).get("cross_entropy_mean")), 0.5505024976115396,
        "class 1 bce_logits");
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("losses").get("cross_entropy").asText())
        .isEqualTo("binary_cross_entropy_logits()");
    assertThat(summary.get("losses").get("hinge_loss").asText()).isEqualTo("hinge_loss()");
  }

  @Test
  void classWeightsCommandWritesTheSuggestedWeights() throws Exception {
    Path output = dir.resolve("weights");
    ReportConfig config = ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, Map.of(
        "input", fixtureFile("predictions.jsonl"), "input-format", "json",
        "output", output.toString()), null));
    ClassWeightsJob.run(spark, config, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    JsonNode weights = JSON.readTree(output.resolve("class_weights.json").toFile());
    assertThat(weights.get("counts").toString()).isEqualTo("[36,14,7,3]");
    // balanced n / (C n_c) with n = 60, C = 4: by hand
    double[] balanced = {60.0 / (4 * 36), 60.0 / (4 * 14), 60.0 / (4 * 7), 60.0 / (4 * 3)};
    for (int c = 0; c < 4; c++) {
      assertClose(weights.get("balanced").get(c).asDouble(), balanced[c], "balanced " + c);
    }
    assertThat(GoldenCsv.read(output.resolve("class_weights.csv"))).extracting(r -> r.get(
        "count")).containsExactly("36", "14", "7", "3");
  }
}
