package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.losslens.spark.SharedSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report's output is all or nothing, and an existing one is replaced only when asked. */
class ReportOutputSparkTest {
  private static SparkSession spark;
  private static Path predictions;

  @TempDir
  static Path shared;

  @TempDir
  Path dir;

  @BeforeAll
  static void writePredictions() {
    spark = SharedSpark.session();
    predictions = shared.resolve("preds.json");
    // row 3 has label 5 of 3 classes: invalid
    spark.sql("SELECT * FROM VALUES (0, array(0.7D, 0.2D, 0.1D)), (1, array(0.2D, 0.5D, 0.3D)), "
        + "(2, array(0.1D, 0.1D, 0.8D)), (5, array(0.3D, 0.3D, 0.4D)) AS t(label, probability)")
        .coalesce(1).write().json(predictions.toString());
  }

  private ReportConfig config(Path output, String... more) {
    Map<String, String> cli = new LinkedHashMap<>();
    cli.put("input", predictions.toString());
    cli.put("input-format", "json");
    cli.put("output", output.toString());
    for (int i = 0; i < more.length; i += 2) {
      cli.put(more[i], more[i + 1]);
    }
    return ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, cli, null));
  }

  private static String run(ReportConfig config) {
    return ReportJob.run(spark, config, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  private List<String> listing(Path root) throws Exception {
    try (Stream<Path> files = Files.walk(root)) {
      return files.map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void aFailedRunLeavesNothingBehind() throws Exception {
    Path output = dir.resolve("report");
    Throwable failure = catchThrowable(() -> run(config(output))); // FAILFAST on label 5
    assertThat(failure).hasStackTraceContaining("label_out_of_range");
    assertThat(listing(dir)).containsExactly(""); // neither the report nor its staging directory
  }

  @Test
  void writesEveryFileOnlyInTheOutputDirectory() throws Exception {
    Path output = dir.resolve("report");
    String page = run(config(output, "mode", "DROPMALFORMED"));
    assertThat(page).isEqualTo(output.toUri().toString().replaceFirst("/$", "")
        .replace("file:///", "file:/") + "/report.html");
    assertThat(listing(dir)).contains("report", "report/per_class.csv", "report/summary.json",
        "report/report.html", "report/per_class.parquet")
        .allMatch(p -> p.isEmpty() || p.startsWith("report"));
  }

  @Test
  void anExistingOutputIsKeptWithoutOverwriteAndReplacedWithIt() throws Exception {
    Path output = dir.resolve("report");
    Files.createDirectories(output);
    Files.writeString(output.resolve("mine.txt"), "keep me");
    Throwable refused = catchThrowable(() -> run(config(output, "mode", "DROPMALFORMED")));
    assertThat(refused).isInstanceOf(InvalidConfigException.class)
        .hasMessage("--output " + output.toUri().toString().replaceFirst("/$", "")
            .replace("file:///", "file:/") + " exists; pass --overwrite to replace it");
    assertThat(Files.readString(output.resolve("mine.txt"))).isEqualTo("keep me");

    run(config(output, "mode", "DROPMALFORMED", "overwrite", "true"));
    assertThat(output.resolve("mine.txt")).doesNotExist();
    assertThat(output.resolve("summary.json")).exists();
    assertThat(listing(dir)).allMatch(p -> p.isEmpty() || p.startsWith("report"));
  }

  @Test
  void aFailedOverwriteKeepsTheOldReport() throws Exception {
    Path output = dir.resolve("report");
    Files.createDirectories(output);
    Files.writeString(output.resolve("mine.txt"), "keep me");
    Throwable failure = catchThrowable(() -> run(config(output, "overwrite", "true")));
    assertThat(failure).hasStackTraceContaining("label_out_of_range");
    assertThat(listing(dir)).containsExactly("", "report", "report/mine.txt");
  }
}
