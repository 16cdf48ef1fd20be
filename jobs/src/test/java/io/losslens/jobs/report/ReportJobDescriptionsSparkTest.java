package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.SharedSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Spark job of a report carries a description in the UI; progress goes to stderr. */
class ReportJobDescriptionsSparkTest {
  @TempDir
  Path dir;

  @Test
  void everyJobOfAReportIsDescribed() throws Exception {
    SparkSession spark = SharedSpark.session();
    List<String> descriptions = new CopyOnWriteArrayList<>();
    SparkListener listener = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart job) {
        descriptions.add(String.valueOf(job.properties().getProperty("spark.job.description")));
      }
    };
    spark.sparkContext().addSparkListener(listener);
    StringWriter err = new StringWriter();
    try {
      ReportConfig config = ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, Map.of(
          "demo", "true", "demo-rows", "3000", "slice-cols", "segment",
          "output", dir.resolve("report").toString()), null));
      ReportJob.run(spark, config, new PrintWriter(new StringWriter()), new PrintWriter(err));
      spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
    assertThat(descriptions).isNotEmpty().allMatch(d -> d.startsWith("losslens report: "));
    assertThat(descriptions).anyMatch(d -> d.startsWith(
        "losslens report: computing the per-class breakdown of cross_entropy, focal_loss by "
            + "segment"));
    assertThat(descriptions).anyMatch(d -> d.startsWith("losslens report: writing the report"));
    assertThat(err.toString()).startsWith("losslens report: reading predictions from generated "
        + "demo data (rows=3000, classes=5, imbalance=50.0, quality=2.5, seed=42)\n"
        + "losslens report: computing the per-class breakdown of cross_entropy, focal_loss by "
        + "segment\nlosslens report: writing the report to file:");
    assertThat(spark.sparkContext().getLocalProperty("spark.job.description"))
        .as("a later job of this thread is not the report's").isNull();
  }
}
