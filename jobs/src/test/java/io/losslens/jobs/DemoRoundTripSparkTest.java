package io.losslens.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.jobs.demo.DemoConfig;
import io.losslens.jobs.report.ReportConfig;
import io.losslens.jobs.report.ReportJob;
import io.losslens.jobs.report.Settings;
import io.losslens.spark.SharedSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code demo} writes predictions in every input format that {@code report} reads back to the
 * very same per-class table as {@code report --demo} on the same seed: no value changes on the
 * way (vectors as Spark ML vectors, JSON arrays, or JSON text in CSV).
 */
class DemoRoundTripSparkTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"parquet", "orc", "json", "csv"})
  void aWrittenDemoReportsLikeTheGeneratedOne(String format) throws Exception {
    // what report --demo --demo-rows 4000 --demo-classes 4 generates
    DemoConfig demo = DemoConfig.of(4000, 4, DemoConfig.DEFAULT_IMBALANCE,
        DemoConfig.DEFAULT_QUALITY, DemoConfig.DEFAULT_SEED);
    Path data = dir.resolve("demo." + format);
    DemoCommand.write(SharedSpark.session(), demo, format, data.toString(), false,
        new PrintWriter(new StringWriter()));

    Path fromFile = report(Map.of("input", data.toString(), "input-format", format));
    Path generated = report(Map.of("demo", "true", "demo-rows", "4000", "demo-classes", "4"));
    assertThat(Files.readString(fromFile.resolve("per_class.csv")))
        .startsWith("class,count,weight_sum,support_share,cross_entropy_mean,")
        .isEqualTo(Files.readString(generated.resolve("per_class.csv")));
  }

  private Path report(Map<String, String> source) {
    Path output = dir.resolve("report-" + System.nanoTime());
    Map<String, String> cli = new LinkedHashMap<>(source);
    cli.put("weight-col", "weight");
    cli.put("losses", "cross_entropy,focal_loss,hinge_loss");
    cli.put("output", output.toString());
    ReportConfig config = ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, cli, null));
    ReportJob.run(SharedSpark.session(), config, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    return output;
  }
}
