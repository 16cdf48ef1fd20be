package io.losslens.jobs;

import static io.losslens.jobs.CommandRun.flat;
import static io.losslens.jobs.CommandRun.parsed;
import static io.losslens.jobs.CommandRun.usageError;
import static org.assertj.core.api.Assertions.assertThat;

import io.losslens.jobs.report.ReportConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code losslens class-weights} without Spark: the report's input options, no losses. */
class ClassWeightsCommandTest {
  @TempDir
  Path dir;

  private String out() {
    return dir.resolve("weights").toString();
  }

  @Test
  void lossesIsNotAnOptionOfClassWeights() {
    assertThat(usageError("class-weights", "class-weights", "--losses", "x"))
        .isEqualTo("losslens class-weights: Unknown options: '--losses', 'x'");
  }

  @Test
  void sliceColsIsNotAnOptionOfClassWeights() {
    assertThat(usageError("class-weights", "class-weights", "--demo", "--output", out(),
        "--slice-cols", "segment"))
        .isEqualTo("losslens class-weights: Unknown options: '--slice-cols', 'segment'");
  }

  @Test
  void theReportsValidationApplies() {
    assertThat(usageError("class-weights", "class-weights", "--input", "p", "--output", out()))
        .isEqualTo("losslens class-weights: --input needs --input-format (parquet, orc, json "
            + "or csv)");
    assertThat(usageError("class-weights", "class-weights", "--demo", "--output", out(),
        "--prediction-kind", "score", "--class-weights", "1,2,3"))
        .isEqualTo("losslens class-weights: --class-weights gives 3 weights, but there are 2 "
            + "classes (a binary prediction (kind score))");
    assertThat(usageError("class-weights", "class-weights", "--demo", "--output", out(),
        "--beta", "1"))
        .isEqualTo("losslens class-weights: --beta must be a number in [0, 1) (the "
            + "effective-number parameter), but was '1'");
  }

  @Test
  void aReportsConfigFileServesItsLossesDecideTheValidRows() throws IOException {
    // the same file as a report's: losses decide which rows are valid; slices are not used
    Path conf = Files.writeString(dir.resolve("w.conf"),
        "demo = true\nlosses = hinge_loss\nslice-cols = segment\n");
    ClassWeightsCommand command = parsed("class-weights", "--config", conf.toString(),
        "--output", out());
    assertThat(command.config().losses()).extracting(l -> l.name()).containsExactly("hinge_loss");
  }

  @Test
  void parsesToAConfigWithTheDefaultLossesOfTheKind() {
    ClassWeightsCommand command = parsed("class-weights", "--demo", "--output", out(),
        "--prediction-kind", "score", "--overwrite");
    ReportConfig c = command.config();
    assertThat(c.losses()).extracting(l -> l.name())
        .containsExactly("hinge_loss", "squared_hinge_loss");
    assertThat(c.sliceCols()).isEmpty();
    assertThat(c.overwrite()).isTrue();
  }

  @Test
  void helpListsTheInputOptionsButNoLossesOrSlices() {
    CommandRun r = CommandRun.of("class-weights", "--help");
    assertThat(r.code).isZero();
    assertThat(r.out).startsWith("Usage: losslens class-weights")
        .contains("--config=FILE", "--input=PATH", "--input-format=FORMAT", "--table=NAME",
            "--demo[=true|false]", "--label-col=COLUMN", "--prediction-kind=KIND",
            "--class-weights=W0,W1,...", "--class-names=NAME0,NAME1,...", "--mode=MODE",
            "--beta=BETA", "--output=DIR", "--overwrite[=true|false]", "--master=URL",
            "--conf=KEY=VALUE", "--verbose")
        .doesNotContain("--losses", "--slice-cols");
    assertThat(flat(r.out)).contains("(default: label)", "(default: probability)",
        "(default: probabilities)", "(default: 0.999)", "(default: 200000)");
  }
}
