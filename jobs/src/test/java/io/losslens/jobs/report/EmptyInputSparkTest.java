package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.spark.SharedSpark;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No rows is a report too: every count 0, no slices, the whole input still accounted for. */
class EmptyInputSparkTest {
  @Test
  void anEmptyInputWithSlicesHasAnEmptyOverallBreakdown() {
    SharedSpark.session().sql("CREATE OR REPLACE TEMPORARY VIEW no_preds AS SELECT label, "
        + "probability, segment FROM VALUES (0, array(0.5D, 0.5D), 'a') "
        + "AS t(label, probability, segment) WHERE label > 0");
    ReportConfig config = ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, Map.of(
        "table", "no_preds", "slice-cols", "segment", "num-classes", "2", "output", "unused"),
        null));
    Report report = ReportJob.compute(SharedSpark.session(), config, true, "test",
        new PrintWriter(new StringWriter()));
    assertThat(report.slices).isEmpty();
    assertThat(report.overall.totalRows).isZero();
    assertThat(report.overall.classes).hasSize(2).allSatisfy(c -> {
      assertThat(c.count).isZero();
      assertThat(c.lossMean.get("cross_entropy")).isNull();
    });
    assertThat(ReportTables.perClass(report).toCsv()).startsWith("segment,class,count,")
        .hasLineCount(1);
  }
}
