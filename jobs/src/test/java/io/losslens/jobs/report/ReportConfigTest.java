package io.losslens.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.losslens.jobs.demo.DemoConfig;
import io.losslens.loss.eval.AggregationOptions;
import io.losslens.loss.eval.AggregationOptions.Mode;
import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.LossSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Validation of {@code report} and {@code class-weights} settings, Spark-free: every rule with
 * its message (naming the option or the file key, and the value), the derived class count and
 * aggregation options, and the effective configuration.
 */
class ReportConfigTest {
  private static final String FUNCTION = "per_class_loss";

  @TempDir
  Path dir;

  private static Map<String, String> line(String... keyValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put(keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  /** The report config of a command line given as key, value, key, value ... */
  private static ReportConfig config(String... keyValues) {
    return ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, line(keyValues), null));
  }

  private ReportConfig withFile(String fileText, String... keyValues) throws IOException {
    // as the commands merge them: a source on the command line replaces the file's
    return ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, ReportConfig.SOURCE_KEYS,
        line(keyValues), conf(fileText)));
  }

  private Path conf(String fileText) throws IOException {
    return Files.writeString(dir.resolve("report.conf"), fileText);
  }

  // --- the defaults ---

  @Test
  void aDemoReportNeedsOnlyTheOutput() {
    ReportConfig c = config("demo", "true", "output", "/tmp/r");
    assertThat(c.demo()).hasToString(DemoConfig.defaults().toString());
    assertThat(c.input()).isNull();
    assertThat(c.inputFormat()).isNull();
    assertThat(c.table()).isNull();
    assertThat(c.labelCol()).isEqualTo("label");
    assertThat(c.predictionCol()).isEqualTo("probability");
    assertThat(c.predictionKind()).isEqualTo(PredictionKind.PROBABILITIES);
    assertThat(c.weightCol()).isNull();
    assertThat(c.losses()).extracting(ReportLoss::spec).containsExactly(
        LossSpec.of(LossKind.CROSS_ENTROPY), LossSpec.of(LossKind.MULTICLASS_FOCAL_LOSS));
    assertThat(c.classWeights()).isNull();
    assertThat(c.classNames()).isEmpty();
    assertThat(c.sliceCols()).isEmpty();
    assertThat(c.mode()).isEqualTo(Mode.FAILFAST);
    assertThat(c.beta()).isEqualTo(0.999);
    assertThat(c.output()).isEqualTo("/tmp/r");
    assertThat(c.overwrite()).isFalse();
    assertThat(c.sparkConf()).isEmpty();
  }

  @Test
  void theDefaultLossesDependOnTheKind() {
    assertThat(config("demo", "true", "output", "o", "prediction-kind", "logits").losses())
        .extracting(ReportLoss::spec).containsExactly(LossSpec.of(LossKind.CROSS_ENTROPY_LOGITS));
    assertThat(config("demo", "true", "output", "o", "prediction-kind", "score").losses())
        .extracting(ReportLoss::spec).containsExactly(LossSpec.of(LossKind.HINGE_LOSS),
            LossSpec.of(LossKind.SQUARED_HINGE_LOSS));
    assertThat(config("demo", "true", "output", "o", "prediction-kind", "probability").losses())
        .extracting(ReportLoss::spec).containsExactly(
            LossSpec.of(LossKind.BINARY_CROSS_ENTROPY), LossSpec.of(LossKind.FOCAL_LOSS));
    assertThat(config("demo", "true", "output", "o", "prediction-kind", "logit").losses())
        .extracting(ReportLoss::spec).containsExactly(
            LossSpec.of(LossKind.BINARY_CROSS_ENTROPY_LOGITS),
            LossSpec.of(LossKind.FOCAL_LOSS_LOGITS));
  }

  @Test
  void valuesAreTrimmedAndCaseInsensitiveWhereTheyAreWords() {
    ReportConfig c = config("input", "/data/p", "input-format", " PARQUET ", "label-col", " y ",
        "prediction-kind", "Logits", "mode", " dropmalformed ", "beta", " 0.5 ",
        "output", " /tmp/r ", "overwrite", "TRUE", "class-names", " a , b ,c",
        "slice-cols", "s1, s2");
    assertThat(c.inputFormat()).isEqualTo(ReportConfig.InputFormat.PARQUET);
    assertThat(c.labelCol()).isEqualTo("y");
    assertThat(c.predictionKind()).isEqualTo(PredictionKind.LOGITS);
    assertThat(c.mode()).isEqualTo(Mode.DROPMALFORMED);
    assertThat(c.beta()).isEqualTo(0.5);
    assertThat(c.output()).isEqualTo("/tmp/r");
    assertThat(c.overwrite()).isTrue();
    assertThat(c.classNames()).containsExactly("a", "b", "c");
    assertThat(c.sliceCols()).containsExactly("s1", "s2");
  }

  @Test
  void theDemoSizeComesFromDemoRowsAndDemoClasses() {
    DemoConfig demo = config("demo", "true", "demo-rows", "1_000", "demo-classes", "3",
        "output", "o").demo();
    assertThat(demo.rows()).isEqualTo(1000);
    assertThat(demo.classes()).isEqualTo(3);
    assertThat(demo.imbalance()).isEqualTo(DemoConfig.DEFAULT_IMBALANCE);
    assertThat(demo.seed()).isEqualTo(DemoConfig.DEFAULT_SEED);
  }

  @Test
  void demoFalseIsNoSource() {
    ReportConfig c = config("demo", "false", "table", "db.t", "output", "o");
    assertThat(c.demo()).isNull();
    assertThat(c.table()).isEqualTo("db.t");
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet", "orc", "json", "csv", "Csv"})
  void everyInputFormat(String format) {
    assertThat(config("input", "p", "input-format", format, "output", "o").inputFormat()
        .optionValue()).isEqualTo(format.toLowerCase(java.util.Locale.ROOT));
  }

  // --- the rules, each with its message ---

  static Stream<Arguments> invalid() {
    return Stream.of(
        // exactly one source
        Arguments.of(new String[] {"output", "o"},
            "give exactly one of --input, --table and --demo (none was given)"),
        Arguments.of(new String[] {"demo", "false", "output", "o"},
            "give exactly one of --input, --table and --demo (none was given)"),
        Arguments.of(new String[] {"table", "t", "demo", "true", "output", "o"},
            "give exactly one of --input, --table and --demo (given: --table, --demo)"),
        Arguments.of(new String[] {"input", "p", "input-format", "csv", "table", "t", "demo",
            "true", "output", "o"},
            "give exactly one of --input, --table and --demo (given: --input, --table, --demo)"),
        // input and its format
        Arguments.of(new String[] {"input", "p", "output", "o"},
            "--input needs --input-format (parquet, orc, json or csv)"),
        Arguments.of(new String[] {"table", "t", "input-format", "csv", "output", "o"},
            "--input-format applies only to --input"),
        Arguments.of(new String[] {"input", "p", "input-format", "xml", "output", "o"},
            "--input-format must be parquet, orc, json (JSON Lines) or csv, but was 'xml'"),
        // demo options
        Arguments.of(new String[] {"table", "t", "demo-rows", "10", "output", "o"},
            "--demo-rows applies only to --demo"),
        Arguments.of(new String[] {"demo", "false", "table", "t", "demo-classes", "3",
            "output", "o"},
            "--demo-classes applies only to --demo"),
        Arguments.of(new String[] {"demo", "true", "demo-rows", "0", "output", "o"},
            "--demo-rows must be >= 1, but was '0'"),
        Arguments.of(new String[] {"demo", "true", "demo-rows", "1e6", "output", "o"},
            "--demo-rows must be a whole number, but was '1e6'"),
        Arguments.of(new String[] {"demo", "true", "demo-classes", "1", "output", "o"},
            "--demo-classes must be in [2, 10000], but was '1'"),
        Arguments.of(new String[] {"demo", "true", "demo-classes", "10001", "output", "o"},
            "--demo-classes must be in [2, 10000], but was '10001'"),
        // booleans
        Arguments.of(new String[] {"demo", "yes", "output", "o"},
            "--demo must be true or false, but was 'yes'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "overwrite", "1"},
            "--overwrite must be true or false, but was '1'"),
        // columns and kind
        Arguments.of(new String[] {"demo", "true", "output", "o", "label-col", "  "},
            "--label-col must name a column, but was '  '"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "weight-col", ""},
            "--weight-col must name a column, but was ''"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "prediction-kind", "proba"},
            "--prediction-kind must be one of probabilities, logits, probability, logit, score, "
                + "but was 'proba'"),
        // losses: the kind is named when it was left to its default
        Arguments.of(new String[] {"demo", "true", "output", "o", "losses",
            "focal_loss:alpha=0.25"},
            "--losses: focal_loss (multiclass_focal_loss): unknown parameter 'alpha'; its "
                + "parameters are gamma, alphas, eps (the prediction kind is probabilities by "
                + "default)"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "prediction-kind",
            "probabilities", "losses", "focal_loss:alpha=0.25"},
            "--losses: focal_loss (multiclass_focal_loss): unknown parameter 'alpha'; its "
                + "parameters are gamma, alphas, eps"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "prediction-kind", "score",
            "losses", "cross_entropy"},
            "--losses: cross_entropy is not defined on prediction kind score; it needs "
                + "probabilities or logits"),
        // lists
        Arguments.of(new String[] {"demo", "true", "output", "o", "class-names", "a,,b"},
            "--class-names must be a comma-separated list without empty items, but was 'a,,b'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "class-names", "a,b,"},
            "--class-names must be a comma-separated list without empty items, but was 'a,b,'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "class-names", "a, b ,a"},
            "--class-names names 'a' twice, but was 'a, b ,a'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "slice-cols", "s,t,s"},
            "--slice-cols names 's' twice, but was 's,t,s'"),
        // class weights
        Arguments.of(new String[] {"demo", "true", "output", "o", "class-weights", "1,x,2"},
            "--class-weights must be a comma-separated list of numbers, one per class, but was "
                + "'1,x,2'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "class-weights", "1,,2"},
            "--class-weights must be a comma-separated list of numbers, one per class, but was "
                + "'1,,2'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "class-weights", "1, -2"},
            "--class-weights must hold finite numbers >= 0 (entry 1 is -2), but was '1, -2'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "class-weights", "NaN,1"},
            "--class-weights must hold finite numbers >= 0 (entry 0 is NaN), but was 'NaN,1'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "class-weights",
            "1,Infinity"},
            "--class-weights must hold finite numbers >= 0 (entry 1 is Infinity), but was "
                + "'1,Infinity'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "class-weights",
            "-Infinity,1"},
            "--class-weights must hold finite numbers >= 0 (entry 0 is -Infinity), but was "
                + "'-Infinity,1'"),
        // mode and beta
        Arguments.of(new String[] {"demo", "true", "output", "o", "mode", "PERMISSIVE"},
            "--mode must be FAILFAST (stop at the first invalid row) or DROPMALFORMED (skip "
                + "invalid rows and count them by reason), but was 'PERMISSIVE'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "beta", "1"},
            "--beta must be a number in [0, 1) (the effective-number parameter), but was '1'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "beta", "-0.1"},
            "--beta must be a number in [0, 1) (the effective-number parameter), but was "
                + "'-0.1'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "beta", "NaN"},
            "--beta must be a number in [0, 1) (the effective-number parameter), but was 'NaN'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "beta", "high"},
            "--beta must be a number in [0, 1) (the effective-number parameter), but was "
                + "'high'"),
        // output
        Arguments.of(new String[] {"demo", "true"},
            "--output is required: the directory to write the report to"),
        Arguments.of(new String[] {"demo", "true", "output", " "},
            "--output is required: the directory to write the report to"),
        // class counts of binary kinds, and names agreeing with weights
        Arguments.of(new String[] {"demo", "true", "output", "o", "prediction-kind",
            "probability", "class-names", "a,b,c"},
            "--class-names names 3 classes, but there are 2 (a binary prediction (kind "
                + "probability))"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "prediction-kind", "logit",
            "class-weights", "1"},
            "--class-weights must give a weight to each of at least 2 classes, but was '1'"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "prediction-kind", "score",
            "class-weights", "1,2,3"},
            "--class-weights gives 3 weights, but there are 2 classes (a binary prediction "
                + "(kind score))"),
        Arguments.of(new String[] {"table", "t", "output", "o", "class-names", "a,b,c",
            "class-weights", "1,2"},
            "--class-weights gives 2 weights, but there are 3 classes (--class-names)"),
        Arguments.of(new String[] {"table", "t", "output", "o", "num-classes", "4",
            "class-names", "a,b,c"},
            "--class-names names 3 classes, but there are 4 (--num-classes 4)"),
        Arguments.of(new String[] {"table", "t", "output", "o", "num-classes", "1"},
            "--num-classes must be a whole number >= 2, but was '1'"),
        Arguments.of(new String[] {"table", "t", "output", "o", "prediction-kind", "logit",
            "num-classes", "3"},
            "--num-classes must be 2 for a binary prediction (kind logit), but was '3'"),
        // one column, one role
        Arguments.of(new String[] {"demo", "true", "output", "o", "label-col", "probability"},
            "--prediction-col (by default) names column 'probability', which --label-col names "
                + "already"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "weight-col", "label"},
            "--weight-col names column 'label', which --label-col (by default) names already"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "weight-col", "weight",
            "slice-cols", "segment, weight"},
            "--slice-cols names column 'weight', which --weight-col names already"),
        Arguments.of(new String[] {"demo", "true", "output", "o", "prediction-col", "rawp",
            "slice-cols", "rawp"},
            "--slice-cols names column 'rawp', which --prediction-col names already"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("invalid")
  void invalidSettingsSayWhatIsWrong(String[] keyValues, String message) {
    assertThatThrownBy(() -> config(keyValues))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void binaryKindsAcceptTwoNamesAndTwoWeights() {
    ReportConfig c = config("demo", "true", "output", "o", "prediction-kind", "logit",
        "class-names", "negative,positive", "class-weights", "1,3");
    assertThat(c.classNames()).containsExactly("negative", "positive");
    assertThat(c.classWeights()).containsExactly(1, 3);
  }

  @Test
  void classWeightsMayBeZeroAndRepeat() {
    assertThat(config("table", "t", "output", "o", "class-weights", "0, 1,1 ,2.5")
        .classWeights()).containsExactly(0, 1, 1, 2.5);
  }

  @Test
  void classWeightsAreACopy() {
    ReportConfig c = config("table", "t", "output", "o", "class-weights", "1,2");
    c.classWeights()[0] = 99;
    assertThat(c.classWeights()).containsExactly(1, 2);
  }

  // --- the same rules name the file key when the value came from the file ---

  @Test
  void aBadFileValueIsReportedByItsKeyAndFile() throws IOException {
    Path f = conf("demo = true\noutput = o\nmode = fast\n");
    assertThatThrownBy(() -> ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS,
        Map.of(), f)))
        .hasMessage("key mode in " + f + " must be FAILFAST (stop at the first invalid row) "
            + "or DROPMALFORMED (skip invalid rows and count them by reason), but was 'fast'");
  }

  @Test
  void fileKeysInOtherRules() throws IOException {
    Path f = dir.resolve("report.conf");
    assertThatThrownBy(() -> withFile("demo = maybe\n", "output", "o"))
        .hasMessage("key demo in " + f + " must be true or false, but was 'maybe'");
    assertThatThrownBy(() -> withFile("table = t\ninput-format = csv\n", "output", "o"))
        .hasMessage("key input-format in " + f + " applies only to --input");
    assertThatThrownBy(() -> withFile("table = t\ndemo-rows = 5\n", "output", "o"))
        .hasMessage("key demo-rows in " + f + " applies only to --demo");
    assertThatThrownBy(() -> withFile("losses = focal_loss:alpha=2\n", "demo", "true",
        "output", "o", "prediction-kind", "probability"))
        .hasMessage("key losses in " + f + ": focal_loss: alpha must be <= 1 (a negative alpha "
            + "means no alpha weighting), but was 2.0");
    assertThatThrownBy(() -> withFile("class-names = a,b,c\n", "table", "t", "output", "o",
        "class-weights", "1,2"))
        .hasMessage("--class-weights gives 2 weights, but there are 3 classes (key "
            + "class-names in " + f + ")");
    assertThatThrownBy(() -> withFile("prediction-kind = score\nclass-names = a,b,c\n",
        "demo", "true", "output", "o"))
        .hasMessage("key class-names in " + f + " names 3 classes, but there are 2 (a binary "
            + "prediction (kind score))");
  }

  @Test
  void commandLineWinsOverTheFileWhichWinsOverTheDefaults() throws IOException {
    ReportConfig c = withFile("label-col = y\nprediction-col = p\nmode = DROPMALFORMED\n"
        + "beta = 0.9\ndemo = true\n", "label-col", "target", "output", "o");
    assertThat(c.labelCol()).isEqualTo("target"); // command line
    assertThat(c.predictionCol()).isEqualTo("p"); // file
    assertThat(c.mode()).isEqualTo(Mode.DROPMALFORMED); // file
    assertThat(c.beta()).isEqualTo(0.9); // file
    assertThat(c.predictionKind()).isEqualTo(PredictionKind.PROBABILITIES); // default
  }

  @Test
  void aSourceOnTheCommandLineReplacesTheFilesSource() throws IOException {
    // input, table and demo are one setting: the command line's replaces the file's whole
    ReportConfig c = withFile("demo = true\ndemo-rows = 10\n", "input", "p", "input-format",
        "csv", "output", "o");
    assertThat(c.demo()).isNull();
    assertThat(c.input()).isEqualTo("p");
    assertThat(withFile("input = p\ninput-format = csv\n", "table", "t", "output", "o").table())
        .isEqualTo("t");
    // two sources in the file itself are still two
    Path f = dir.resolve("report.conf");
    assertThatThrownBy(() -> withFile("demo = true\ntable = t\n", "output", "o"))
        .hasMessage("give exactly one of --input, --table and --demo (given: key table in " + f
            + ", key demo in " + f + ")");
  }

  // --- derived values ---

  @Test
  void numClassesIsFixedByTheKindOrTheNamesOrTheWeights() {
    assertThat(config("table", "t", "output", "o").numClasses()).isZero();
    assertThat(config("table", "t", "output", "o", "class-names", "a,b,c").numClasses())
        .isEqualTo(3);
    assertThat(config("table", "t", "output", "o", "class-weights", "1,2,3,4").numClasses())
        .isEqualTo(4);
    assertThat(config("table", "t", "output", "o", "class-names", "a,b,c,d",
        "class-weights", "1,2,3,4").numClasses()).isEqualTo(4);
    assertThat(config("table", "t", "output", "o", "num-classes", "6").numClasses())
        .isEqualTo(6);
    // the demo's classes are known before it is generated
    assertThat(config("demo", "true", "demo-classes", "7", "output", "o").numClasses())
        .isEqualTo(7);
    for (String kind : List.of("probability", "logit", "score")) {
      assertThat(config("demo", "true", "output", "o", "prediction-kind", kind).numClasses())
          .as(kind).isEqualTo(2);
    }
  }

  @Test
  void aggregationOptionsByDefault() {
    assertThat(config("table", "t", "output", "o").aggregationOptions(FUNCTION))
        .isEqualTo(AggregationOptions.defaults(FUNCTION));
  }

  @Test
  void aggregationOptionsCarryModeBetaClassesAndWeights() {
    assertThat(config("table", "t", "output", "o", "mode", "DROPMALFORMED", "beta", "0.5",
        "class-names", "a,b,c", "class-weights", "1,2,4").aggregationOptions(FUNCTION))
        .isEqualTo(AggregationOptions.defaults(FUNCTION).withMode(Mode.DROPMALFORMED)
            .withBeta(0.5).withNumClasses(3).withClassWeights(1, 2, 4));
    assertThat(config("demo", "true", "output", "o", "prediction-kind", "score")
        .aggregationOptions(FUNCTION))
        .isEqualTo(AggregationOptions.defaults(FUNCTION).withNumClasses(2));
    assertThat(config("table", "t", "output", "o", "class-weights", "1,2")
        .aggregationOptions(FUNCTION).numClasses()).isEqualTo(2);
  }

  @Test
  void oneClassOfAVectorPredictionIsAUsageError() {
    assertThatThrownBy(() -> config("demo", "true", "output", "o", "class-names", "only"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--class-names").hasMessageContaining("only");
    assertThatThrownBy(() -> config("demo", "true", "output", "o", "class-weights", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--class-weights");
  }

  @Test
  void demoClassesMustAgreeWithClassNames() {
    assertThatThrownBy(() -> config("demo", "true", "output", "o", "class-names", "a,b,c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--class-names names 3 classes, but there are 5 (the demo data)");
  }

  @Test
  void alphasMustHaveOneEntryPerClass() {
    assertThatThrownBy(() -> config("table", "t", "output", "o", "class-names", "a,b,c",
        "losses", "cross_entropy,focal_loss:alphas=[1,2]"))
        .hasMessage("--losses: focal_loss has 2 alphas, but there are 3 classes");
  }

  @Test
  void crossKeyErrorsNameTheFileKeys() throws IOException {
    Path f = dir.resolve("report.conf");
    assertThatThrownBy(() -> withFile("label-col = x\nprediction-col = x\n", "demo", "true",
        "output", "o"))
        .hasMessageContaining("key prediction-col in " + f)
        .hasMessageContaining("key label-col in " + f);
    assertThatThrownBy(() -> withFile("demo = true\ntable = t\n", "output", "o"))
        .hasMessageContaining("key demo in " + f);
    assertThatThrownBy(() -> withFile("input = p\n", "output", "o"))
        .hasMessageContaining("key input in " + f);
  }

  // --- the effective configuration ---

  @Test
  void effectiveOfAnInputInKeyOrder() {
    Map<String, Object> e = config("input", "/data/p", "input-format", "ORC", "label-col", "y",
        "prediction-col", "raw", "prediction-kind", "logits", "weight-col", "w",
        "losses", "cross_entropy,hinge_loss", "class-weights", "1,2", "class-names", "a,b",
        "slice-cols", "s", "mode", "DROPMALFORMED", "beta", "0.9", "output", "/out",
        "overwrite", "true").effective();
    assertThat(e.keySet()).containsExactly("input", "input-format", "label-col",
        "prediction-col", "prediction-kind", "weight-col", "losses", "num-classes",
        "class-weights",
        "class-names", "slice-cols", "mode", "beta", "output", "overwrite");
    assertThat(e).containsEntry("input", "/data/p")
        .containsEntry("input-format", "orc")
        .containsEntry("label-col", "y")
        .containsEntry("prediction-col", "raw")
        .containsEntry("prediction-kind", "logits")
        .containsEntry("weight-col", "w")
        .containsEntry("losses", List.of("cross_entropy = cross_entropy_logits()",
            "hinge_loss = multiclass_hinge_loss()"))
        .containsEntry("class-weights", List.of(1.0, 2.0))
        .containsEntry("class-names", List.of("a", "b"))
        .containsEntry("slice-cols", List.of("s"))
        .containsEntry("mode", "DROPMALFORMED")
        .containsEntry("beta", 0.9)
        .containsEntry("output", "/out")
        .containsEntry("overwrite", true);
  }

  @Test
  void effectiveOfATableWithNullsForWhatIsUnset() {
    Map<String, Object> e = config("table", "db.t", "output", "o").effective();
    assertThat(e.keySet()).containsExactly("table", "label-col", "prediction-col",
        "prediction-kind", "weight-col", "losses", "num-classes", "class-weights", "class-names",
        "slice-cols", "mode", "beta", "output", "overwrite");
    assertThat(e).containsEntry("weight-col", null).containsEntry("class-weights", null)
        .containsEntry("class-names", List.of()).containsEntry("beta", 0.999)
        .containsEntry("overwrite", false)
        .containsEntry("losses", List.of("cross_entropy = cross_entropy(eps=1.0E-15)",
            "focal_loss = multiclass_focal_loss(gamma=2.0, eps=1.0E-15)"));
  }

  @Test
  void effectiveOfTheDemoWithSparkConfLast() throws IOException {
    Map<String, Object> e = withFile("spark.sql.shuffle.partitions = 8\n", "demo", "true",
        "demo-rows", "100", "output", "o").effective();
    assertThat(e.keySet()).startsWith("demo", "label-col").endsWith("overwrite", "spark-conf");
    assertThat(e).containsEntry("demo",
        "rows=100, classes=5, imbalance=50.0, quality=2.5, seed=42")
        .containsEntry("spark-conf", Map.of("spark.sql.shuffle.partitions", "8"));
  }

  // --- the repository's example config ---

  /** conf/report.conf, from the jobs module directory that surefire runs in. */
  private static Path repoConf() {
    Path conf = Path.of("../conf/report.conf");
    assertThat(Path.of("").toAbsolutePath().getFileName()).as("working directory")
        .hasToString("jobs");
    assertThat(conf).isRegularFile();
    return conf;
  }

  @Test
  void theExampleConfigIsValidWithAnOutput() {
    Path conf = repoConf();
    ReportConfig c = ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS,
        line("output", "/tmp/losslens-report"), conf));
    assertThat(c.demo()).hasToString(DemoConfig.defaults().toString());
    assertThat(c.labelCol()).isEqualTo("label");
    assertThat(c.predictionCol()).isEqualTo("probability");
    assertThat(c.predictionKind()).isEqualTo(PredictionKind.PROBABILITIES);
    assertThat(c.weightCol()).isEqualTo("weight");
    assertThat(c.losses()).extracting(ReportLoss::spec).containsExactly(
        LossSpec.of(LossKind.CROSS_ENTROPY), LossSpec.multiclassFocal(2),
        LossSpec.of(LossKind.MULTICLASS_HINGE_LOSS));
    assertThat(c.classNames())
        .containsExactly("common", "frequent", "occasional", "rare", "very_rare");
    // the five names match the demo's default five classes
    assertThat(c.numClasses()).isEqualTo(DemoConfig.DEFAULT_CLASSES);
    assertThat(c.sliceCols()).containsExactly("segment");
    assertThat(c.mode()).isEqualTo(Mode.FAILFAST);
    assertThat(c.beta()).isEqualTo(0.999);
    assertThat(c.overwrite()).isFalse();
    assertThat(c.sparkConf()).containsExactly(entry("spark.sql.shuffle.partitions", "8"));
  }

  @Test
  void theExampleConfigNeedsAnOutput() {
    assertThatThrownBy(() -> ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS, Map.of(),
        repoConf())))
        .hasMessage("--output is required: the directory to write the report to");
  }

  @Test
  void everyCommentedOutKeyOfTheExampleConfigIsAKey() throws IOException {
    // uncommenting a documented line must not give "unknown key"
    Matcher m = Pattern.compile("(?m)^#\\s*([a-z][a-z-]*)\\s*=\\s*\\S").matcher(
        Files.readString(repoConf()));
    List<String> commented = new java.util.ArrayList<>();
    while (m.find()) {
      commented.add(m.group(1));
    }
    assertThat(commented).contains("input", "input-format", "table", "class-weights", "output");
    assertThat(ReportConfig.REPORT_KEYS).containsAll(commented);
  }

  @Test
  void theExampleConfigWithItsClassWeightsUncommented() throws IOException {
    String text = Files.readString(repoConf())
        .replace("# class-weights = 1, 2, 4, 8, 16", "class-weights = 1, 2, 4, 8, 16");
    ReportConfig c = withFile(text, "output", "o");
    assertThat(c.classWeights()).containsExactly(1, 2, 4, 8, 16);
  }

  @Test
  void theExampleConfigServesClassWeightsToo() {
    // class-weights reads a report's file as it is (its losses decide the valid rows)
    ReportConfig c = ReportConfig.of(Settings.merge(ReportConfig.REPORT_KEYS,
        ReportConfig.SOURCE_KEYS, line("output", "/tmp/losslens-weights"), repoConf()));
    assertThat(c.classNames()).hasSize(5);
  }
}
