package io.losslens.it;

import static io.losslens.it.GoldenCsv.assertClose;
import static io.losslens.it.GoldenCsv.assertMatches;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.losslens.it.StandaloneCluster.Submission;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job jar's {@code report}, submitted with spark-submit semantics to the standalone cluster
 * (driver, master, worker and executors in their own JVMs), on the report fixture: the per-slice
 * table and the summary agree with the fixture's independent values.
 */
class ReportClusterIT {
  @TempDir
  static Path dir;

  private static Path fixture;
  private static Path output;
  private static Submission run;

  @BeforeAll
  static void submitReport() throws Exception {
    fixture = Paths.get(ReportClusterIT.class.getResource("/fixtures/report/README.md").toURI())
        .getParent();
    output = dir.resolve("report");
    run = StandaloneCluster.get().submit(List.of("report",
        "--input", fixture.resolve("predictions_invalid.jsonl").toString(),
        "--input-format", "json", "--weight-col", "weight",
        "--losses", "cross_entropy,focal_loss,hinge_loss", "--slice-cols", "segment",
        "--class-names", "common,frequent,occasional,rare", "--mode", "DROPMALFORMED",
        "--output", output.toString()));
  }

  @Test
  void writesTheGoldenPerSliceTable() throws Exception {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertMatches(output.resolve("per_class.csv"),
        fixture.resolve("expected_per_slice_class.csv"));
    assertThat(GoldenCsv.read(output.resolve("per_class.csv"))).extracting(r -> r.get(
        "class_name")).containsExactly("common", "frequent", "occasional", "rare", "common",
        "frequent", "occasional", "rare");
  }

  @Test
  void summarizesTheWholeInputWithItsRowAccounting() throws Exception {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode summary = new ObjectMapper().readTree(output.resolve("summary.json").toFile());
    JsonNode want = new ObjectMapper().readTree(fixture.resolve("expected_summary.json")
        .toFile());
    JsonNode overall = summary.get("overall");
    assertThat(overall.get("rows").get("total").asLong()).isEqualTo(67);
    assertThat(overall.get("rows").get("valid").asLong()).isEqualTo(60);
    assertThat(overall.get("rows").get("invalid").asLong()).isEqualTo(7);
    assertThat(overall.get("weight_sum").asDouble()).isEqualTo(87.0);
    want.get("overall").get("loss_mean").fields().forEachRemaining(loss -> assertClose(
        overall.get("loss_mean").get(loss.getKey()).asDouble(), loss.getValue().asDouble(),
        "overall " + loss.getKey()));
    assertThat(summary.get("configuration").get("mode").asText()).isEqualTo("DROPMALFORMED");
    assertThat(output.resolve("report.html")).isNotEmptyFile();
  }

  @Test
  void printsTheSummaryTable() {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.stdout()).startsWith("rows: 67 (60 valid, 7 invalid: ")
        .containsPattern("(?m)^3 rare +3 +3\\.4%")
        .contains("report: file:" + output + "/report.html");
  }
}
