package io.losslens.jobs;

import static io.losslens.jobs.CommandRun.flat;
import static io.losslens.jobs.CommandRun.parsed;
import static io.losslens.jobs.CommandRun.usageError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.losslens.jobs.report.ReportConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;

/**
 * {@code losslens report} without Spark: usage errors exit with 2 and one line naming the option
 * and the value before any SparkSession exists; help lists the options with their defaults.
 */
class ReportCommandTest {
  @TempDir
  Path dir;

  private String out() {
    // never written: every run here fails before the job, or only parses
    return dir.resolve("report").toString();
  }

  @Test
  void lossParameterOfAnotherKindNamesTheDefaultKind() {
    assertThat(usageError("report", "report", "--demo", "--output", out(), "--losses",
        "focal_loss:alpha=0.25"))
        .isEqualTo("losslens report: --losses: focal_loss (multiclass_focal_loss): unknown "
            + "parameter 'alpha'; its parameters are gamma, alphas, eps (the prediction kind is "
            + "probabilities by default)");
  }

  @Test
  void lossUndefinedOnTheGivenKind() {
    assertThat(usageError("report", "report", "--demo", "--output", out(),
        "--prediction-kind", "logits", "--losses", "cross_entropy,focal_loss"))
        .isEqualTo("losslens report: --losses: focal_loss is not defined on prediction kind "
            + "logits; the contract's multi-class focal loss takes probabilities: use the "
            + "probability column with --prediction-kind probabilities");
  }

  @Test
  void inputWithoutFormat() {
    assertThat(usageError("report", "report", "--input", "p"))
        .isEqualTo("losslens report: --input needs --input-format (parquet, orc, json or csv)");
  }

  @Test
  void twoSources() {
    assertThat(usageError("report", "report", "--table", "t", "--demo", "--output", out()))
        .isEqualTo("losslens report: give exactly one of --input, --table and --demo (given: "
            + "--table, --demo)");
  }

  @Test
  void noSource() {
    assertThat(usageError("report", "report", "--output", out()))
        .isEqualTo("losslens report: give exactly one of --input, --table and --demo (none was "
            + "given)");
  }

  @Test
  void noOutput() {
    assertThat(usageError("report", "report", "--demo"))
        .isEqualTo("losslens report: --output is required: the directory to write the report "
            + "to");
  }

  @Test
  void missingConfigFile() {
    Path missing = dir.resolve("missing.conf");
    assertThat(usageError("report", "report", "--config", missing.toString(), "--demo",
        "--output", out()))
        .isEqualTo("losslens report: --config: cannot read '" + missing + "': no such file");
  }

  @Test
  void relativeMissingConfigFileIsNamedAsGiven() {
    assertThat(usageError("report", "report", "--config", "missing.conf", "--demo",
        "--output", out()))
        .isEqualTo("losslens report: --config: cannot read 'missing.conf': no such file");
  }

  @Test
  void badValueInTheConfigFileNamesTheFileAndKey() throws IOException {
    Path conf = Files.writeString(dir.resolve("r.conf"), "demo = true\nbeta = 1.5\n");
    assertThat(usageError("report", "report", "--config", conf.toString(), "--output", out()))
        .isEqualTo("losslens report: key beta in " + conf + " must be a number in [0, 1) (the "
            + "effective-number parameter), but was '1.5'");
  }

  @Test
  void unknownKeyInTheConfigFile() throws IOException {
    Path conf = Files.writeString(dir.resolve("r.conf"), "demo = true\nmaster = local\n");
    assertThat(usageError("report", "report", "--config", conf.toString(), "--output", out()))
        .startsWith("losslens report: --config " + conf + ": unknown key 'master'; the keys are "
            + "input, ");
  }

  @Test
  void badSparkConfIsFoundBeforeTheSession() {
    assertThat(usageError("report", "report", "--demo", "--output", out(), "--conf",
        "spark.ui.enabled"))
        .isEqualTo("losslens report: --conf must be KEY=VALUE, but was 'spark.ui.enabled'");
  }

  @Test
  void badBooleanOfDemo() {
    assertThat(usageError("report", "report", "--demo=maybe", "--output", out()))
        .isEqualTo("losslens report: Invalid value for option '--demo': 'maybe' is not a "
            + "boolean");
  }

  @Test
  void unknownOption() {
    assertThat(usageError("report", "report", "--demo", "--output", out(), "--loss",
        "cross_entropy"))
        .startsWith("losslens report: Unknown option");
  }

  @Test
  void optionGivenTwice() {
    assertThat(usageError("report", "report", "--demo", "--output", out(), "--mode",
        "FAILFAST", "--mode", "DROPMALFORMED"))
        .contains("--mode").contains("should be specified only once");
  }

  // --- what the options parse to ---

  private ReportConfig config(String... args) {
    ReportCommand command = parsed(args);
    return command.config();
  }

  @Test
  void demoAndOverwriteWithoutAValueAreTrue() {
    ReportConfig c = config("report", "--demo", "--overwrite", "--output", out());
    assertThat(c.demo()).isNotNull();
    assertThat(c.overwrite()).isTrue();
  }

  @Test
  void demoAndOverwriteTakeAnAttachedValue() {
    ReportConfig c = config("report", "--demo=true", "--overwrite=false", "--output", out());
    assertThat(c.demo()).isNotNull();
    assertThat(c.overwrite()).isFalse();
    ReportConfig t = config("report", "--demo=false", "--table", "t", "--output", out());
    assertThat(t.demo()).isNull();
    assertThat(t.table()).isEqualTo("t");
  }

  @Test
  void demoAndOverwriteTakeASeparateBooleanValue() {
    ReportConfig c = config("report", "--demo", "false", "--table", "t", "--overwrite", "true",
        "--output", out());
    assertThat(c.demo()).isNull();
    assertThat(c.overwrite()).isTrue();
  }

  @Test
  void overwriteIsFalseUnlessGiven() {
    assertThat(config("report", "--demo", "--output", out()).overwrite()).isFalse();
  }

  @Test
  void demoFalseOnTheCommandLineSwitchesOffTheFilesDemo() throws IOException {
    Path conf = Files.writeString(dir.resolve("r.conf"), "demo = true\n");
    ReportConfig c = config("report", "--config", conf.toString(), "--demo=false", "--input",
        "p", "--input-format", "csv", "--output", out());
    assertThat(c.demo()).isNull();
    assertThat(c.input()).isEqualTo("p");
  }

  @Test
  void commandLineWinsOverTheConfigFile() throws IOException {
    Path conf = Files.writeString(dir.resolve("r.conf"),
        "demo = true\nlabel-col = y\nmode = DROPMALFORMED\nspark.sql.shuffle.partitions = 3\n");
    ReportConfig c = config("report", "--config", conf.toString(), "--label-col", "target",
        "--output", out());
    assertThat(c.labelCol()).isEqualTo("target");
    assertThat(c.mode().name()).isEqualTo("DROPMALFORMED");
    assertThat(c.sparkConf()).containsEntry("spark.sql.shuffle.partitions", "3");
  }

  @Test
  void sliceColsAndLossesAreReadFromTheCommandLine() {
    ReportConfig c = config("report", "--demo", "--output", out(), "--slice-cols", "segment",
        "--losses", "cross_entropy,hinge_loss");
    assertThat(c.sliceCols()).containsExactly("segment");
    assertThat(c.losses()).extracting(l -> l.name()).containsExactly("cross_entropy",
        "hinge_loss");
  }

  @Test
  void configErrorsAreParameterExceptions() {
    ReportCommand command = parsed("report", "--output", out());
    assertThatThrownBy(command::config).isInstanceOf(ParameterException.class)
        .hasMessage("give exactly one of --input, --table and --demo (none was given)");
  }

  // --- help ---

  @Test
  void helpListsTheOptionsWithDefaultsAndExitsWithZero() {
    CommandRun r = CommandRun.of("report", "--help");
    assertThat(r.code).isZero();
    assertThat(r.err).isEmpty();
    assertThat(r.out).startsWith("Usage: losslens report");
    assertThat(r.out).contains("--config=FILE", "--input=PATH", "--input-format=FORMAT",
        "--table=NAME", "--demo[=true|false]", "--demo-rows=N", "--demo-classes=C",
        "--label-col=COLUMN", "--prediction-col=COLUMN", "--prediction-kind=KIND",
        "--weight-col=COLUMN", "--losses=LOSSES", "--class-weights=W0,W1,...",
        "--class-names=NAME0,NAME1,...", "--slice-cols=COL1,COL2,...", "--mode=MODE",
        "--beta=BETA", "--output=DIR", "--overwrite[=true|false]", "--master=URL",
        "--conf=KEY=VALUE", "--verbose", "--help");
    String help = flat(r.out);
    assertThat(help).contains("rows of demo predictions (default: 200000)",
        "classes of the demo predictions (default: 5)",
        "(default: label)", "(default: probability)", "score (binary) (default: probabilities)",
        "FAILFAST (default: stop at the first invalid row)", "in [0, 1) (default: 0.999)",
        "see conf/report.conf");
    // picocli may wrap after a comma, inside the list of default losses
    assertThat(r.out.replaceAll("\\s+", "")).contains("(default:cross_entropy,focal_loss;"
        + "onlogitscross_entropy;onscoreshinge_loss,squared_hinge_loss)");
  }

  @Test
  void helpListsTheOptionsInTheirOrder() {
    String help = CommandRun.of("report", "--help").out;
    String[] order = {"--config=", "--input=", "--input-format=", "--table=", "--demo[",
        "--demo-rows=", "--demo-classes=", "--label-col=", "--prediction-col=",
        "--prediction-kind=", "--weight-col=", "--losses=", "--class-weights=", "--class-names=",
        "--slice-cols=", "--mode=", "--beta=", "--output=", "--overwrite[", "--master=",
        "--conf=", "--verbose"};
    // the option list, after the usage line and description (which sort options by name)
    String options = help.substring(help.indexOf("--help"));
    int previous = -1;
    for (String option : order) {
      int at = options.indexOf("\n      " + option);
      assertThat(at).as(option).isGreaterThan(previous);
      previous = at;
    }
  }
}
