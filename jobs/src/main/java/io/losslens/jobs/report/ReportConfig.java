package io.losslens.jobs.report;

import io.losslens.jobs.demo.DemoConfig;
import io.losslens.loss.eval.AggregationOptions;
import io.losslens.loss.eval.AggregationOptions.Mode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The validated configuration of {@code losslens report} and {@code losslens class-weights}:
 * where the predictions come from, how to read them, which losses to compute, and where to
 * write. Spark-free: built and checked from {@link Settings} before a session exists.
 */
public final class ReportConfig {
  /** The formats {@code --input-format} reads. */
  public enum InputFormat {
    PARQUET, ORC, JSON, CSV;

    public String optionValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The setting keys of {@code report}, which are also its long option names. */
  public static final List<String> REPORT_KEYS = List.of("input", "input-format", "table", "demo",
      "demo-rows", "demo-classes", "label-col", "prediction-col", "prediction-kind", "weight-col",
      "losses", "num-classes", "class-weights", "class-names", "slice-cols", "mode", "beta",
      "output", "overwrite");
  /**
   * The settings that say where the predictions come from: given on the command line, they
   * replace the config file's (a file with {@code demo = true} serves {@code --input} too).
   */
  public static final List<String> SOURCE_KEYS = List.of("input", "input-format", "table",
      "demo", "demo-rows", "demo-classes");

  /** The defaults, which match the columns Spark ML classifiers write. */
  public static final String DEFAULT_LABEL_COL = "label";
  public static final String DEFAULT_PREDICTION_COL = "probability";
  public static final PredictionKind DEFAULT_PREDICTION_KIND = PredictionKind.PROBABILITIES;

  private final String input;
  private final InputFormat inputFormat;
  private final String table;
  private final DemoConfig demo;
  private final String labelCol;
  private final String predictionCol;
  private final PredictionKind predictionKind;
  private final String weightCol;
  private final List<ReportLoss> losses;
  private final int numClasses;
  private final double[] classWeights;
  private final List<String> classNames;
  private final List<String> sliceCols;
  private final Mode mode;
  private final double beta;
  private final String output;
  private final boolean overwrite;
  private final Map<String, String> sparkConf;

  private ReportConfig(Settings s) {
    List<String> sources = new ArrayList<>();
    for (String key : List.of("input", "table", "demo")) {
      if (key.equals("demo") ? bool(s, key) : s.has(key)) {
        sources.add(s.origin(key));
      }
    }
    if (sources.size() != 1) {
      throw new IllegalArgumentException("give exactly one of --input, --table and --demo ("
          + (sources.isEmpty() ? "none was given" : "given: " + String.join(", ", sources))
          + ")");
    }
    input = s.get("input");
    table = s.get("table");
    if (input != null) {
      if (!s.has("input-format")) {
        throw new IllegalArgumentException(s.origin("input") + " needs --input-format "
            + "(parquet, orc, json or csv)");
      }
      inputFormat = inputFormat(s);
    } else if (s.has("input-format")) {
      throw new IllegalArgumentException(s.origin("input-format") + " applies only to --input");
    } else {
      inputFormat = null;
    }
    demo = bool(s, "demo") ? demo(s) : null;
    if (demo == null && (s.has("demo-rows") || s.has("demo-classes"))) {
      throw new IllegalArgumentException((s.has("demo-rows") ? s.origin("demo-rows")
          : s.origin("demo-classes")) + " applies only to --demo");
    }
    labelCol = column(s, "label-col", DEFAULT_LABEL_COL);
    predictionCol = column(s, "prediction-col", DEFAULT_PREDICTION_COL);
    predictionKind = s.has("prediction-kind") ? predictionKind(s) : DEFAULT_PREDICTION_KIND;
    weightCol = s.has("weight-col") ? column(s, "weight-col", null) : null;
    losses = losses(s, predictionKind);
    classNames = s.has("class-names") ? list(s, "class-names") : List.of();
    classWeights = s.has("class-weights") ? classWeights(s) : null;
    sliceCols = s.has("slice-cols") ? list(s, "slice-cols") : List.of();
    mode = s.has("mode") ? mode(s) : Mode.FAILFAST;
    beta = s.has("beta") ? beta(s) : AggregationOptions.DEFAULT_BETA;
    if (!s.has("output") || s.get("output").isBlank()) {
      throw new IllegalArgumentException("--output is required: the directory to write the "
          + "report to");
    }
    output = s.get("output").trim();
    overwrite = bool(s, "overwrite");
    sparkConf = s.sparkConf();
    numClasses = numClasses(s);
    checkAlphas(s);
    checkDistinctColumns(s);
  }

  /** A validated configuration; an {@link IllegalArgumentException} names what is wrong. */
  public static ReportConfig of(Settings settings) {
    return new ReportConfig(settings);
  }

  private static boolean bool(Settings s, String key) {
    if (!s.has(key)) {
      return false;
    }
    switch (s.get(key).trim().toLowerCase(Locale.ROOT)) {
      case "true": return true;
      case "false": return false;
      default: throw s.invalid(key, "must be true or false");
    }
  }

  private static InputFormat inputFormat(Settings s) {
    for (InputFormat f : InputFormat.values()) {
      if (f.optionValue().equalsIgnoreCase(s.get("input-format").trim())) {
        return f;
      }
    }
    throw s.invalid("input-format", "must be parquet, orc, json (JSON Lines) or csv");
  }

  private static DemoConfig demo(Settings s) {
    long rows = s.has("demo-rows") ? wholeNumber(s, "demo-rows") : DemoConfig.DEFAULT_ROWS;
    long classes = s.has("demo-classes") ? wholeNumber(s, "demo-classes")
        : DemoConfig.DEFAULT_CLASSES;
    if (rows < 1) {
      throw s.invalid("demo-rows", "must be >= 1");
    }
    if (classes < 2 || classes > 10_000) {
      throw s.invalid("demo-classes", "must be in [2, 10000]");
    }
    return DemoConfig.of(rows, (int) classes, DemoConfig.DEFAULT_IMBALANCE,
        DemoConfig.DEFAULT_QUALITY, DemoConfig.DEFAULT_SEED);
  }

  private static long wholeNumber(Settings s, String key) {
    try {
      return Long.parseLong(s.get(key).trim().replace("_", ""));
    } catch (NumberFormatException e) {
      throw s.invalid(key, "must be a whole number");
    }
  }

  private static String column(Settings s, String key, String defaultValue) {
    if (!s.has(key)) {
      return defaultValue;
    }
    String name = s.get(key).trim();
    if (name.isEmpty()) {
      throw s.invalid(key, "must name a column");
    }
    return name;
  }

  private static PredictionKind predictionKind(Settings s) {
    try {
      return PredictionKind.parse(s.get("prediction-kind"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.origin("prediction-kind") + " " + e.getMessage());
    }
  }

  private static List<ReportLoss> losses(Settings s, PredictionKind kind) {
    String text = s.has("losses") ? s.get("losses") : defaultLosses(kind);
    try {
      return ReportLoss.parseAll(text, kind);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(s.origin("losses") + ": " + e.getMessage()
          + (s.has("prediction-kind") || !s.has("losses") ? ""
              : " (the prediction kind is " + kind.optionValue() + " by default)"), e);
    }
  }

  /**
   * Cross-entropy and focal loss where the prediction kind defines them; hinge and squared hinge
   * on a binary score.
   */
  static String defaultLosses(PredictionKind kind) {
    switch (kind) {
      case SCORE: return "hinge_loss,squared_hinge_loss";
      case LOGITS: return "cross_entropy";
      default: return "cross_entropy,focal_loss";
    }
  }

  private static List<String> list(Settings s, String key) {
    List<String> items = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String item : s.get(key).split(",", -1)) {
      String trimmed = item.trim();
      if (trimmed.isEmpty()) {
        throw s.invalid(key, "must be a comma-separated list without empty items");
      }
      if (!seen.add(trimmed)) {
        throw s.invalid(key, "names '" + trimmed + "' twice");
      }
      items.add(trimmed);
    }
    return List.copyOf(items);
  }

  private static double[] classWeights(Settings s) {
    String[] parts = s.get("class-weights").split(",", -1);
    double[] weights = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        weights[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw s.invalid("class-weights", "must be a comma-separated list of numbers, one per "
            + "class");
      }
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw s.invalid("class-weights", "must hold finite numbers >= 0 (entry " + i + " is "
            + parts[i].trim() + ")");
      }
    }
    return weights;
  }

  private static Mode mode(Settings s) {
    Mode mode = Mode.named(s.get("mode"));
    if (mode != null) {
      return mode;
    }
    throw s.invalid("mode", "must be FAILFAST (stop at the first invalid row) or DROPMALFORMED "
        + "(skip invalid rows and count them by reason)");
  }

  private static double beta(Settings s) {
    try {
      double beta = Double.parseDouble(s.get("beta").trim());
      if (beta >= 0 && beta < 1) {
        return beta;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw s.invalid("beta", "must be a number in [0, 1) (the effective-number parameter)");
  }

  /**
   * The number of classes the configuration fixes, 0 when the data decides: 2 for a binary
   * prediction; else {@code num-classes}, the number of class names or of class weights, which
   * must agree when several are given.
   */
  private int numClasses(Settings s) {
    int fixed = predictionKind.isVector() ? 0 : 2;
    String fixedBy = "a binary prediction (kind " + predictionKind.optionValue() + ")";
    if (demo != null && fixed == 0) {
      fixed = demo.classes();
      fixedBy = "the demo data";
    }
    if (s.has("num-classes")) {
      long n = wholeNumber(s, "num-classes");
      if (n < 2 || n > Integer.MAX_VALUE - 8) {
        throw s.invalid("num-classes", "must be a whole number >= 2");
      }
      if (fixed > 0 && n != fixed) {
        throw s.invalid("num-classes", "must be 2 for " + fixedBy);
      }
      fixed = (int) n;
      fixedBy = s.origin("num-classes") + " " + n;
    }
    if (!classNames.isEmpty()) {
      if (classNames.size() < 2) {
        throw s.invalid("class-names", "must name at least 2 classes");
      }
      if (fixed > 0 && classNames.size() != fixed) {
        throw new IllegalArgumentException(s.origin("class-names") + " names "
            + classNames.size() + " classes, but there are " + fixed + " (" + fixedBy + ")");
      }
      fixed = classNames.size();
      fixedBy = s.origin("class-names");
    }
    if (classWeights != null && classWeights.length < 2) {
      throw s.invalid("class-weights", "must give a weight to each of at least 2 classes");
    }
    if (classWeights != null && fixed > 0 && classWeights.length != fixed) {
      throw new IllegalArgumentException(s.origin("class-weights") + " gives "
          + classWeights.length + " weights, but there are " + fixed + " classes (" + fixedBy
          + ")");
    }
    return classWeights != null && fixed == 0 ? classWeights.length : fixed;
  }

  /** A loss's per-class parameter ({@code alphas}) needs a value per class, when that is known. */
  private void checkAlphas(Settings s) {
    for (ReportLoss loss : losses) {
      int length = loss.spec().perClassParameterLength();
      if (numClasses > 0 && length > 0 && length != numClasses) {
        throw new IllegalArgumentException(s.origin("losses") + ": " + loss.name() + " has "
            + length + " alphas, but there are " + numClasses + " classes");
      }
    }
  }

  private void checkDistinctColumns(Settings s) {
    Map<String, String> roles = new LinkedHashMap<>();
    roles.put(labelCol, role(s, "label-col"));
    claim(roles, predictionCol, role(s, "prediction-col"));
    if (weightCol != null) {
      claim(roles, weightCol, role(s, "weight-col"));
    }
    for (String slice : sliceCols) {
      claim(roles, slice, role(s, "slice-cols"));
    }
  }

  private static String role(Settings s, String key) {
    return s.origin(key) + (s.has(key) ? "" : " (by default)");
  }

  private static void claim(Map<String, String> roles, String column, String option) {
    String other = roles.putIfAbsent(column, option);
    if (other != null) {
      throw new IllegalArgumentException(option + " names column '" + column + "', which "
          + other + " names already");
    }
  }

  /**
   * The number of classes fixed by the configuration (a binary prediction, {@code num-classes},
   * class names or weights); 0 when the data decides (the prediction length).
   */
  public int numClasses() {
    return numClasses;
  }

  /** The aggregation options: mode, class weights, number of classes, beta. */
  public AggregationOptions aggregationOptions(String function) {
    AggregationOptions options = AggregationOptions.defaults(function).withMode(mode)
        .withBeta(beta);
    if (numClasses() > 0) {
      options = options.withNumClasses(numClasses());
    }
    return classWeights == null ? options : options.withClassWeights(classWeights);
  }

  /** The effective configuration, as written to {@code summary.json}. */
  public Map<String, Object> effective() {
    Map<String, Object> e = new LinkedHashMap<>();
    if (input != null) {
      e.put("input", input);
      e.put("input-format", inputFormat.optionValue());
    }
    if (table != null) {
      e.put("table", table);
    }
    if (demo != null) {
      e.put("demo", demo.toString());
    }
    e.put("label-col", labelCol);
    e.put("prediction-col", predictionCol);
    e.put("prediction-kind", predictionKind.optionValue());
    e.put("weight-col", weightCol);
    e.put("losses", losses.stream().map(ReportLoss::toString).collect(Collectors.toList()));
    e.put("num-classes", numClasses == 0 ? null : numClasses);
    e.put("class-weights", classWeights == null ? null
        : Arrays.stream(classWeights).boxed().collect(Collectors.toList()));
    e.put("class-names", classNames);
    e.put("slice-cols", sliceCols);
    e.put("mode", mode.name());
    e.put("beta", beta);
    e.put("output", output);
    e.put("overwrite", overwrite);
    if (!sparkConf.isEmpty()) {
      e.put("spark-conf", sparkConf);
    }
    return e;
  }

  /** The input path, or null. */
  public String input() {
    return input;
  }

  public InputFormat inputFormat() {
    return inputFormat;
  }

  /** The input table, or null. */
  public String table() {
    return table;
  }

  /** The demo data to generate, or null. */
  public DemoConfig demo() {
    return demo;
  }

  public String labelCol() {
    return labelCol;
  }

  public String predictionCol() {
    return predictionCol;
  }

  public PredictionKind predictionKind() {
    return predictionKind;
  }

  /** The weight column, or null for weight 1. */
  public String weightCol() {
    return weightCol;
  }

  public List<ReportLoss> losses() {
    return List.copyOf(losses);
  }

  /** The class weights, or null. */
  public double[] classWeights() {
    return classWeights == null ? null : classWeights.clone();
  }

  public List<String> classNames() {
    return classNames;
  }

  public List<String> sliceCols() {
    return sliceCols;
  }

  public Mode mode() {
    return mode;
  }

  /** The effective-number parameter of the suggested class weights. */
  public double beta() {
    return beta;
  }

  public String output() {
    return output;
  }

  public boolean overwrite() {
    return overwrite;
  }

  /** The {@code spark.*} settings of the config file, beneath {@code --conf}. */
  public Map<String, String> sparkConf() {
    return sparkConf;
  }
}
