package io.losslens.jobs;

import io.losslens.jobs.demo.DemoConfig;
import io.losslens.jobs.report.ReportConfig;
import io.losslens.jobs.report.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of the commands that read predictions ({@code report}, {@code class-weights}), a
 * picocli mixin. Values are kept as given: {@link #settings} merges them over the
 * {@code --config} file, and {@link ReportConfig} validates the result, so a value is checked
 * the same way wherever it was written.
 */
public final class InputOptions {
  @Option(names = "--config", paramLabel = "FILE", order = 1,
      description = "a properties file of settings: keys are the option names without dashes "
          + "(label-col = y), plus spark.* keys for Spark; see conf/report.conf")
  private Path config;

  @Option(names = "--input", paramLabel = "PATH", order = 2,
      description = "the predictions: a file or directory (any Hadoop path)")
  private String input;

  @Option(names = "--input-format", paramLabel = "FORMAT", order = 3,
      description = "parquet, orc, json (JSON Lines) or csv (with a header line; a vector as "
          + "the text of a JSON array)")
  private String inputFormat;

  @Option(names = "--table", paramLabel = "NAME", order = 4,
      description = "read the predictions from this table instead")
  private String table;

  @Option(names = "--demo", arity = "0..1", paramLabel = "true|false", order = 5,
      description = "use generated demo predictions instead (see 'losslens demo')")
  private Boolean demo;

  @Option(names = "--demo-rows", paramLabel = "N", order = 6,
      description = "rows of demo predictions (default: " + DemoConfig.DEFAULT_ROWS + ")")
  private String demoRows;

  @Option(names = "--demo-classes", paramLabel = "C", order = 7,
      description = "classes of the demo predictions (default: " + DemoConfig.DEFAULT_CLASSES
          + ")")
  private String demoClasses;

  @Option(names = "--label-col", paramLabel = "COLUMN", order = 10,
      description = "the true class: an index 0..C-1 (binary: 0 or 1; hinge: -1 also) "
          + "(default: " + ReportConfig.DEFAULT_LABEL_COL + ")")
  private String labelCol;

  @Option(names = "--prediction-col", paramLabel = "COLUMN", order = 11,
      description = "the prediction: a vector (array or Spark ML vector) or a number "
          + "(default: " + ReportConfig.DEFAULT_PREDICTION_COL + ")")
  private String predictionCol;

  @Option(names = "--prediction-kind", paramLabel = "KIND", order = 12,
      description = "probabilities or logits (a vector of C classes); probability, logit or "
          + "score (binary) (default: probabilities)")
  private String predictionKind;

  @Option(names = "--weight-col", paramLabel = "COLUMN", order = 13,
      description = "sample weights (default: every row weighs 1)")
  private String weightCol;

  @Option(names = "--num-classes", paramLabel = "C", order = 20,
      description = "the number of classes (default: the length of the prediction vectors, 2 "
          + "for binary; class names or weights also fix it); with DROPMALFORMED, rows of "
          + "another length are then counted, not fatal")
  private String numClasses;

  @Option(names = "--class-weights", paramLabel = "W0,W1,...", order = 21,
      description = "multiply each row's weight by the weight of its true class; one per class")
  private String classWeights;

  @Option(names = "--class-names", paramLabel = "NAME0,NAME1,...", order = 22,
      description = "a name per class, in class order; fixes the number of classes")
  private String classNames;

  @Option(names = "--mode", paramLabel = "MODE", order = 24,
      description = "FAILFAST (default: stop at the first invalid row) or DROPMALFORMED (skip "
          + "invalid rows and count them by reason)")
  private String mode;

  @Option(names = "--beta", paramLabel = "BETA", order = 25,
      description = "the effective-number parameter of the suggested class weights, in [0, 1) "
          + "(default: 0.999)")
  private String beta;

  @Option(names = "--output", paramLabel = "DIR", order = 30,
      description = "the directory to write (any Hadoop path); it must not exist")
  private String output;

  @Option(names = "--overwrite", arity = "0..1", paramLabel = "true|false", order = 31,
      description = "replace --output if it exists, once the new report is complete")
  private Boolean overwrite;

  /**
   * The validated configuration of {@code command} ({@code report} or {@code class-weights});
   * a {@link ParameterException} (exit code 2) if invalid.
   */
  ReportConfig config(CommandSpec command) {
    try {
      return ReportConfig.of(settings(command, ReportConfig.REPORT_KEYS));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage(), e);
    }
  }

  /**
   * The command's settings: each option given on the command line of {@code command} whose
   * name is in {@code keys}, over the {@code --config} file.
   */
  private Settings settings(CommandSpec command, List<String> keys) {
    Map<String, String> given = new LinkedHashMap<>();
    for (OptionSpec option : command.commandLine().getParseResult().matchedOptions()) {
      String key = option.longestName().substring(2);
      if (keys.contains(key)) {
        given.put(key, String.valueOf((Object) option.getValue()));
      }
    }
    return Settings.merge(keys, ReportConfig.SOURCE_KEYS, given, config);
  }
}
