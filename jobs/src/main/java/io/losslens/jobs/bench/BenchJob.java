package io.losslens.jobs.bench;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.losslens.loss.BinaryCrossEntropy;
import io.losslens.loss.CrossEntropy;
import io.losslens.loss.FocalLoss;
import io.losslens.loss.stats.ExactSum;
import io.losslens.loss.eval.LossSpec;
import io.losslens.spark.LossColumns;
import io.losslens.spark.LossExtensions;
import io.losslens.spark.LossFunctions;
import io.losslens.spark.agg.PerClassLossAggregator;
import io.losslens.spark.agg.WeightedLossAggregator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.ml.evaluation.MulticlassClassificationEvaluator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code losslens bench}: measures every way of computing a mean loss on the same cached data
 * in one JVM, and checks that they all compute the same number.
 *
 * <p>Each path runs {@code warmup} times unmeasured; then every path runs {@code runs} times
 * measured, in rounds of one run of each path. Every run is paired with a run of
 * {@code builtin_expression} right next to it (alternately before and after), and the path's
 * ratio is the median of its paired ratios, so that drift in the machine's speed cancels; so is
 * its CPU-time ratio ({@link CpuMeter}). Every value of every run must agree with the builtin's
 * to {@value #RELATIVE_TOLERANCE} relative, or the bench fails with a
 * {@link BenchDisagreementException}. Only one-row results, and the arrays of
 * {@code java_loop}, come to the driver.
 */
public final class BenchJob {
  /** How close every path's mean must be to the builtin's, relative. */
  static final double RELATIVE_TOLERANCE = 1e-12;
  /** The catalog {@code catalog} reads its functions from: {@code losslens.cross_entropy}. */
  static final String CATALOG_NAME = "losslens";
  static final String CATALOG_CLASS = "io.losslens.spark.LossCatalog";

  /**
   * Every stage broadcasts its task binary in a buffer of {@code spark.broadcast.blockSize}
   * (4m by default), however small the binary. G1 allocates a buffer of half a heap region or
   * more as a humongous object, and each humongous allocation, with the cached data filling
   * the old generation, starts a concurrent mark: measured, about one per query, marking
   * gigabytes on one of the two cores while the timed tasks run. A buffer under half of G1's
   * smallest region (1 MiB) is never humongous.
   */
  static final String BROADCAST_BLOCK_SIZE = "256k";

  /**
   * The session settings the bench needs (beneath {@code --conf}): the session extension for
   * {@code extension}, the function catalog for {@code catalog}, no console progress bar
   * printing while runs are timed, and broadcast chunks of {@value #BROADCAST_BLOCK_SIZE}.
   */
  public static final Map<String, String> SESSION_SETTINGS = Map.of(
      "spark.sql.extensions", LossExtensions.class.getName(),
      "spark.sql.catalog." + CATALOG_NAME, CATALOG_CLASS,
      "spark.ui.showConsoleProgress", "false",
      "spark.broadcast.blockSize", BROADCAST_BLOCK_SIZE);

  private static final String DOUBLE_ARRAY = "array<double>";
  private static final String FLOAT_ARRAY = "array<float>";
  private static final String VECTOR = "vector";
  private static final String DOUBLE = "double";

  /** A seam for tests: sees (and may change) every value a path computes before it is checked. */
  interface ValueTap {
    double value(BenchLoss loss, BenchPath path, String input, double value);
  }

  /** One path on one input, prepared: {@link #run} is what is timed. */
  private interface Action {
    double run();
  }

  /** One measured run: its wall time and its CPU time ({@link CpuMeter}), in seconds. */
  private static final class Run {
    final double seconds;
    final double cpuSeconds;

    Run(double seconds, double cpuSeconds) {
      this.seconds = seconds;
      this.cpuSeconds = cpuSeconds;
    }
  }

  private static final class Measure {
    final BenchPath path;
    final String input;
    final Action action;
    final List<Double> seconds = new ArrayList<>();
    final List<Double> ratios = new ArrayList<>();
    final List<Double> cpuSeconds = new ArrayList<>();
    final List<Double> cpuRatios = new ArrayList<>();
    Double value;

    Measure(BenchPath path, String input, Action action) {
      this.path = path;
      this.input = input;
      this.action = action;
    }

    void add(Run run) {
      seconds.add(run.seconds);
      cpuSeconds.add(run.cpuSeconds);
    }

    /** A run of this path and the builtin's run next to it. */
    void addPaired(Run run, Run builtinRun) {
      add(run);
      ratios.add(run.seconds / builtinRun.seconds);
      cpuRatios.add(run.cpuSeconds / builtinRun.cpuSeconds);
    }

    String label(BenchLoss loss) {
      return loss.sqlName() + "/" + path.pathName() + " (" + input + ")";
    }
  }

  private final SparkSession spark;
  private final BenchConfig config;
  private final PrintWriter err;
  private final ValueTap tap;
  private final CpuMeter cpu;

  private BenchJob(SparkSession spark, BenchConfig config, PrintWriter err, ValueTap tap,
      CpuMeter cpu) {
    this.spark = spark;
    this.config = config;
    this.err = err;
    this.tap = tap;
    this.cpu = cpu;
  }

  /**
   * Runs the bench of {@code config} on {@code spark}, prints the table to {@code out} and
   * progress to {@code err}, writes {@code bench.json} into {@code config.output()}, and returns
   * the results. {@code spark} must have been built with {@link #SESSION_SETTINGS} (the
   * extension is read when a session is built); {@code extension} runs in it, so no one should
   * have called {@code LossFunctions.register} on it.
   */
  public static List<BenchResult> run(SparkSession spark, BenchConfig config, PrintWriter out,
      PrintWriter err) {
    return run(spark, config, out, err, (loss, path, input, value) -> value);
  }

  static List<BenchResult> run(SparkSession spark, BenchConfig config, PrintWriter out,
      PrintWriter err, ValueTap tap) {
    try (CpuMeter cpu = new CpuMeter(spark.sparkContext())) {
      return new BenchJob(spark, config, err, tap, cpu).run(out);
    }
  }

  private List<BenchResult> run(PrintWriter out) {
    checkSession();
    SparkSession.setActiveSession(spark);
    progress("generating and caching " + config.rows() + " rows of " + config.classes()
        + " classes (" + config + "; storage " + BenchData.storageLevel(config).description()
        + ")");
    BenchData data = BenchData.cache(spark, config);
    try {
      List<BenchResult> results = new ArrayList<>();
      for (BenchLoss loss : BenchLoss.values()) {
        results.addAll(measure(loss, data));
      }
      String json = BenchResult.json(results);
      Path file = Paths.get(config.output()).resolve("bench.json");
      try {
        Files.createDirectories(file.getParent());
        Files.write(file, json.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("--output " + config.output() + ": " + e.getMessage(), e);
      }
      out.print(BenchResult.table(results));
      out.flush();
      progress("wrote " + file);
      return results;
    } finally {
      data.release(spark);
    }
  }

  /** Fails unless the session can measure the selected paths honestly. */
  private void checkSession() {
    if (config.measures(BenchPath.EXTENSION)) {
      String extensions = spark.sparkContext().conf().get("spark.sql.extensions", "");
      if (!Arrays.asList(extensions.split("\\s*,\\s*")).contains(
          LossExtensions.class.getName())) {
        throw new IllegalStateException("extension: the session was not built with "
            + "spark.sql.extensions=" + LossExtensions.class.getName() + " (it is '" + extensions
            + "'), so the path would not measure the extension");
      }
    }
    if (config.measures(BenchPath.CATALOG)) {
      String key = "spark.sql.catalog." + CATALOG_NAME;
      String catalog = spark.conf().get(key, "");
      if (!catalog.equals(CATALOG_CLASS)) {
        throw new IllegalStateException("catalog: the session needs " + key + "="
            + CATALOG_CLASS + ", but it is '" + catalog + "'");
      }
    }
  }

  private List<BenchResult> measure(BenchLoss loss, BenchData data) {
    List<Measure> measures = loss.isBinary() ? binaryMeasures(loss) : multiClassMeasures(data);
    Measure builtin = null;
    List<Measure> others = new ArrayList<>();
    for (Measure m : measures) {
      if (m.path == BenchPath.BUILTIN_EXPRESSION) {
        builtin = m;
      } else {
        others.add(m);
      }
    }
    long rows = config.rows();
    progress(loss.sqlName() + ": " + measures.size() + " measurements, " + config.warmup()
        + " warm-up and " + config.runs() + " measured runs each (in rounds of every path), each "
        + "paired with " + BenchPath.BUILTIN_EXPRESSION.pathName());
    double reference = value(loss, builtin);
    if (others.isEmpty()) {
      // nothing to pair with: the builtin's own runs
      for (int i = 0; i < config.warmup(); i++) {
        time(loss, builtin, reference);
      }
      for (int i = 0; i < config.runs(); i++) {
        builtin.add(time(loss, builtin, reference));
      }
    } else {
      for (Measure m : others) {
        for (int i = 0; i < config.warmup(); i++) {
          pair(loss, m, builtin, reference, i);
        }
      }
      // the measured runs in rounds, one run of every path in each: a drift of the machine's
      // speed, or of the JVM's compiled code as the paths run, falls on every path alike
      // instead of on the paths measured last
      for (int i = 0; i < config.runs(); i++) {
        for (Measure m : others) {
          Run[] runs = pair(loss, m, builtin, reference, i);
          m.addPaired(runs[0], runs[1]);
          builtin.add(runs[1]);
        }
        progress(loss.sqlName() + ": round " + (i + 1) + " of " + config.runs() + " done");
      }
    }
    for (Measure m : others) {
      progress(String.format(Locale.ROOT, "%s: median %.4f s, %.3f x builtin; CPU %.4f s, "
          + "%.3f x builtin", m.label(loss), median(m.seconds), median(m.ratios),
          median(m.cpuSeconds), median(m.cpuRatios)));
    }
    List<BenchResult> results = new ArrayList<>();
    for (Measure m : measures) {
      boolean isBuiltin = m == builtin;
      results.add(new BenchResult(loss, m.path, m.input, median(m.seconds),
          isBuiltin ? 1.0 : median(m.ratios), median(m.cpuSeconds),
          isBuiltin ? 1.0 : median(m.cpuRatios), m.path == BenchPath.SCAN_FLOOR ? null : m.value,
          rows, m.seconds.size()));
    }
    return results;
  }

  /** The first run of the builtin: the value every other must agree with. */
  private double value(BenchLoss loss, Measure builtin) {
    spark.sparkContext().setJobDescription("losslens bench: " + builtin.label(loss));
    double value = tap.value(loss, builtin.path, builtin.input, builtin.action.run());
    if (!Double.isFinite(value) || value <= 0) {
      throw new IllegalStateException(builtin.label(loss) + " computed " + value
          + "; a mean loss of the generated data is finite and positive");
    }
    return value;
  }

  /**
   * Times {@code m} and the builtin next to each other (order alternating with {@code i}):
   * {@link #time} of each, the path's first.
   */
  private Run[] pair(BenchLoss loss, Measure m, Measure builtin, double reference, int i) {
    Run path;
    Run base;
    if (i % 2 == 0) {
      base = time(loss, builtin, reference);
      path = time(loss, m, reference);
    } else {
      path = time(loss, m, reference);
      base = time(loss, builtin, reference);
    }
    return new Run[] {path, base};
  }

  /** One run of {@code m}; its value is checked against {@code reference}. */
  private Run time(BenchLoss loss, Measure m, double reference) {
    spark.sparkContext().setJobDescription("losslens bench: " + m.label(loss));
    long cpuStart = cpu.now();
    long start = System.nanoTime();
    double raw;
    try {
      raw = m.action.run();
    } catch (RuntimeException e) {
      progress(m.label(loss) + " failed");
      throw e;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (cpu.now() - cpuStart) / 1e9;
    double value = tap.value(loss, m.path, m.input, raw);
    if (m.path == BenchPath.SCAN_FLOOR) {
      if (value != config.rows()) {
        throw new IllegalStateException(m.label(loss) + " counted " + (long) value
            + " rows of " + config.rows());
      }
    } else if (!(Math.abs(value - reference) <= RELATIVE_TOLERANCE * Math.abs(reference))) {
      throw new BenchDisagreementException("path " + m.path.pathName() + " (" + loss.sqlName()
          + " on " + m.input + ") computed " + value + ", but "
          + BenchPath.BUILTIN_EXPRESSION.pathName() + " computed " + reference
          + "; every path must agree with it to " + RELATIVE_TOLERANCE + " relative (this is "
          + Math.abs(value - reference) / Math.abs(reference) + ")");
    }
    m.value = value;
    return new Run(seconds, cpuSeconds);
  }

  // ---- the paths of multi-class cross-entropy

  private List<Measure> multiClassMeasures(BenchData data) {
    String table = BenchData.MULTICLASS;
    List<Measure> list = new ArrayList<>();
    if (config.measures(BenchPath.SCAN_FLOOR)) {
      add(list, BenchPath.SCAN_FLOOR, DOUBLE_ARRAY, sql(spark, "SELECT count(*) FROM " + table));
    }
    add(list, BenchPath.BUILTIN_EXPRESSION, DOUBLE_ARRAY, sql(spark,
        "SELECT avg(-ln(greatest(element_at(probs, label + 1), 1e-15))) FROM " + table));
    if (config.measures(BenchPath.REGISTERED)) {
      add(list, BenchPath.REGISTERED, DOUBLE_ARRAY, sql(registeredSession(),
          "SELECT avg(cross_entropy(label, probs)) FROM " + table));
    }
    if (config.measures(BenchPath.CATALOG)) {
      Map<String, String> inputs = new LinkedHashMap<>();
      inputs.put(DOUBLE_ARRAY, "probs");
      inputs.put(FLOAT_ARRAY, "probs_f");
      inputs.put(VECTOR, "probability");
      inputs.forEach((input, column) -> add(list, BenchPath.CATALOG, input, sql(spark,
          "SELECT avg(" + CATALOG_NAME + ".cross_entropy(label, " + column + ")) FROM "
              + table)));
    }
    if (config.measures(BenchPath.EXTENSION)) {
      add(list, BenchPath.EXTENSION, DOUBLE_ARRAY, sql(spark,
          "SELECT avg(cross_entropy(label, probs)) FROM " + table));
    }
    Dataset<Row> cached = spark.table(table);
    if (config.measures(BenchPath.COLUMN_API)) {
      add(list, BenchPath.COLUMN_API, DOUBLE_ARRAY, first(() -> cached.select(
          avg(LossColumns.crossEntropy(col("label"), col("probs"))))));
    }
    if (config.measures(BenchPath.JAVA_UDF)) {
      spark.udf().register("losslens_bench_udf_cross_entropy",
          (UDF2<Integer, scala.collection.Seq<Object>, Double>) BenchJob::crossEntropyUdf,
          DataTypes.DoubleType);
      add(list, BenchPath.JAVA_UDF, DOUBLE_ARRAY, sql(spark,
          "SELECT avg(losslens_bench_udf_cross_entropy(label, probs)) FROM " + table));
    }
    if (config.measures(BenchPath.TYPED_AGGREGATOR)) {
      add(list, BenchPath.TYPED_AGGREGATOR, DOUBLE_ARRAY, first(() -> cached.select(
          WeightedLossAggregator.of(LossSpec.of("cross_entropy"))
              .apply(col("label"), col("probs"), lit(1.0)).getField("mean"))));
    }
    if (config.measures(BenchPath.PER_CLASS_BREAKDOWN)) {
      PerClassLossAggregator breakdown = PerClassLossAggregator.of(LossSpec.of("cross_entropy"),
          LossSpec.multiclassFocal(BenchLoss.FOCAL_GAMMA), LossSpec.of("multiclass_hinge_loss"),
          LossSpec.of("multiclass_squared_hinge_loss")).numClasses(config.classes());
      add(list, BenchPath.PER_CLASS_BREAKDOWN, DOUBLE_ARRAY, first(() -> cached.select(
          breakdown.apply(col("label"), col("probs")).getField("loss_mean")
              .getItem("cross_entropy"))));
    }
    if (config.measures(BenchPath.MLLIB_LOGLOSS)) {
      // MLlib clips to [eps, 1 - eps] and takes -ln, as cross_entropy does: the same eps
      MulticlassClassificationEvaluator evaluator = new MulticlassClassificationEvaluator()
          .setMetricName("logLoss").setEps(BenchLoss.EPS).setLabelCol("label")
          .setPredictionCol("prediction").setProbabilityCol("probability");
      add(list, BenchPath.MLLIB_LOGLOSS, VECTOR, () -> evaluator.evaluate(cached));
    }
    if (config.measures(BenchPath.JAVA_LOOP)) {
      Action loop = multiClassLoop(data);
      if (loop != null) {
        add(list, BenchPath.JAVA_LOOP, DOUBLE_ARRAY, loop);
      }
    }
    return list;
  }

  private static Double crossEntropyUdf(Integer label, scala.collection.Seq<Object> probs) {
    if (label == null || probs == null) {
      return null;
    }
    double[] x = new double[probs.length()];
    for (int i = 0; i < x.length; i++) {
      Object entry = probs.apply(i);
      if (entry == null) {
        return null;
      }
      x[i] = ((Number) entry).doubleValue();
    }
    return CrossEntropy.loss(label, x, BenchLoss.EPS);
  }

  /** The labels and probability arrays on the driver, or null when they would not fit. */
  private Action multiClassLoop(BenchData data) {
    long bytes = config.rows() * (16L + 8L * config.classes() + 16L + 4L);
    if (!fits(bytes, "the labels and probability arrays")) {
      return null;
    }
    int n = (int) config.rows();
    int[] labels = new int[n];
    double[][] probs = new double[n][];
    Iterator<Row> rows = data.multiClass().select("label", "probs").toLocalIterator();
    for (int i = 0; i < n; i++) {
      Row row = rows.next();
      labels[i] = row.getInt(0);
      List<Double> p = row.getList(1);
      probs[i] = new double[p.size()];
      for (int k = 0; k < probs[i].length; k++) {
        probs[i][k] = p.get(k);
      }
    }
    return () -> {
      ExactSum sum = new ExactSum();
      for (int i = 0; i < labels.length; i++) {
        sum.add(CrossEntropy.loss(labels[i], probs[i], BenchLoss.EPS));
      }
      return sum.value() / labels.length;
    };
  }

  // ---- the paths of the binary losses

  private List<Measure> binaryMeasures(BenchLoss loss) {
    String table = BenchData.BINARY;
    String fn = loss.sqlName();
    List<Measure> list = new ArrayList<>();
    if (config.measures(BenchPath.SCAN_FLOOR)) {
      add(list, BenchPath.SCAN_FLOOR, DOUBLE, sql(spark, "SELECT count(*) FROM " + table));
    }
    add(list, BenchPath.BUILTIN_EXPRESSION, DOUBLE, sql(spark, builtinBinary(loss)));
    if (config.measures(BenchPath.REGISTERED)) {
      add(list, BenchPath.REGISTERED, DOUBLE, sql(registeredSession(),
          "SELECT avg(" + fn + "(y, p)) FROM " + table));
    }
    if (config.measures(BenchPath.CATALOG)) {
      add(list, BenchPath.CATALOG, DOUBLE, sql(spark,
          "SELECT avg(" + CATALOG_NAME + "." + fn + "(y, p)) FROM " + table));
    }
    if (config.measures(BenchPath.EXTENSION)) {
      add(list, BenchPath.EXTENSION, DOUBLE, sql(spark,
          "SELECT avg(" + fn + "(y, p)) FROM " + table));
    }
    Dataset<Row> cached = spark.table(table);
    if (config.measures(BenchPath.COLUMN_API)) {
      Column lossColumn = loss == BenchLoss.FOCAL_LOSS
          ? LossColumns.focalLoss(col("y"), col("p"))
          : LossColumns.binaryCrossEntropy(col("y"), col("p"));
      add(list, BenchPath.COLUMN_API, DOUBLE, first(() -> cached.select(avg(lossColumn))));
    }
    if (config.measures(BenchPath.JAVA_UDF)) {
      String udf = "losslens_bench_udf_" + fn;
      UDF2<Integer, Double, Double> kernel = loss == BenchLoss.FOCAL_LOSS
          ? BenchJob::focalUdf : BenchJob::binaryCrossEntropyUdf;
      spark.udf().register(udf, kernel, DataTypes.DoubleType);
      add(list, BenchPath.JAVA_UDF, DOUBLE, sql(spark,
          "SELECT avg(" + udf + "(y, p)) FROM " + table));
    }
    if (config.measures(BenchPath.TYPED_AGGREGATOR)) {
      LossSpec spec = loss == BenchLoss.FOCAL_LOSS
          ? LossSpec.focal(BenchLoss.FOCAL_ALPHA, BenchLoss.FOCAL_GAMMA)
          : LossSpec.of("binary_cross_entropy");
      add(list, BenchPath.TYPED_AGGREGATOR, DOUBLE, first(() -> cached.select(
          WeightedLossAggregator.of(spec).apply(col("y"), col("p"), lit(1.0)).getField("mean"))));
    }
    if (config.measures(BenchPath.JAVA_LOOP)) {
      Action loop = binaryLoop(loss);
      if (loop != null) {
        add(list, BenchPath.JAVA_LOOP, DOUBLE, loop);
      }
    }
    return list;
  }

  /**
   * The contract's formula in Spark's built-in expressions, with the clip
   * {@code pc = clip(p) = greatest(least(p, 1 - eps), eps)} and {@code ln(clip(1 - p))} as
   * {@code log1p(-pc)} (the contract takes {@code 1 - p} from {@code p} itself, as the kernel's
   * {@code log1p(-p)} does). Focal loss: {@code alpha_t * (1 - p_t)^gamma * bce}, where
   * {@code 1 - p_t} is {@code 1 - pc} for {@code y = 1} and {@code pc} for {@code y = 0}.
   */
  static String builtinBinary(BenchLoss loss) {
    String bce = "-(y * ln(pc) + (1 - y) * log1p(-pc))";
    String perRow = loss == BenchLoss.FOCAL_LOSS
        ? "(" + BenchLoss.FOCAL_ALPHA + " * y + (1 - " + BenchLoss.FOCAL_ALPHA + ") * (1 - y))"
            + " * power(y * (1 - pc) + (1 - y) * pc, " + BenchLoss.FOCAL_GAMMA + ") * (" + bce
            + ")"
        : bce;
    return "SELECT avg(" + perRow + ") FROM (SELECT y, greatest(least(p, 1 - 1e-15), 1e-15) AS pc"
        + " FROM " + BenchData.BINARY + ")";
  }

  private static Double binaryCrossEntropyUdf(Integer y, Double p) {
    return y == null || p == null ? null : BinaryCrossEntropy.loss(y, p, BenchLoss.EPS);
  }

  private static Double focalUdf(Integer y, Double p) {
    return y == null || p == null ? null
        : FocalLoss.loss(y, p, BenchLoss.FOCAL_ALPHA, BenchLoss.FOCAL_GAMMA, BenchLoss.EPS);
  }

  private double[][] binaryArrays;

  /** The labels and probabilities on the driver (collected once for both losses), or null. */
  private Action binaryLoop(BenchLoss loss) {
    if (binaryArrays == null) {
      if (!fits(config.rows() * 16L, "the binary labels and probabilities")) {
        return null;
      }
      int n = (int) config.rows();
      double[] y = new double[n];
      double[] p = new double[n];
      Iterator<Row> rows = spark.table(BenchData.BINARY).toLocalIterator();
      for (int i = 0; i < n; i++) {
        Row row = rows.next();
        y[i] = row.getInt(0);
        p[i] = row.getDouble(1);
      }
      binaryArrays = new double[][] {y, p};
    }
    double[] y = binaryArrays[0];
    double[] p = binaryArrays[1];
    if (loss == BenchLoss.FOCAL_LOSS) {
      return () -> {
        ExactSum sum = new ExactSum();
        for (int i = 0; i < y.length; i++) {
          sum.add(FocalLoss.loss(y[i], p[i], BenchLoss.FOCAL_ALPHA, BenchLoss.FOCAL_GAMMA,
              BenchLoss.EPS));
        }
        return sum.value() / y.length;
      };
    }
    return () -> {
      ExactSum sum = new ExactSum();
      for (int i = 0; i < y.length; i++) {
        sum.add(BinaryCrossEntropy.loss(y[i], p[i], BenchLoss.EPS));
      }
      return sum.value() / y.length;
    };
  }

  /**
   * Whether {@code bytes} of arrays fit on the driver next to the cache (at most half of the
   * free heap, and at most an array's length of rows); says so when not.
   */
  private boolean fits(long bytes, String what) {
    Runtime jvm = Runtime.getRuntime();
    System.gc(); // outside any timed region: a truer picture of the free heap
    long free = jvm.maxMemory() - (jvm.totalMemory() - jvm.freeMemory());
    if (config.rows() > Integer.MAX_VALUE - 8 || bytes > free / 2) {
      progress(String.format(Locale.ROOT, "java_loop skipped: %s would take about %d MiB, "
          + "more than half of the %d MiB free on the driver; give the JVM more heap "
          + "(LOSSLENS_JAVA_OPTS=-Xmx...) or leave java_loop out of --paths", what,
          bytes >> 20, free >> 20));
      return false;
    }
    return true;
  }

  // ---- helpers

  private SparkSession registeredSession;

  /**
   * A new session of the same context with {@code LossFunctions.register} called in it: its
   * registrations replace the builders the extension injected (both build the same expression).
   */
  private SparkSession registeredSession() {
    if (registeredSession == null) {
      registeredSession = spark.newSession();
      LossFunctions.register(registeredSession);
    }
    return registeredSession;
  }

  private static void add(List<Measure> list, BenchPath path, String input, Action action) {
    list.add(new Measure(path, input, action));
  }

  private static Action sql(SparkSession session, String query) {
    return first(() -> session.sql(query));
  }

  /**
   * The one number of a one-row query, built afresh for every run: re-running one Dataset would
   * reuse the shuffle output of its adaptive plan's finished stages and measure almost nothing.
   * The query must read the cache (a path that recomputed the data would measure the generator).
   */
  private static Action first(Supplier<Dataset<Row>> query) {
    Dataset<Row> first = query.get();
    String plan = first.queryExecution().withCachedData().toString();
    if (!plan.contains("InMemoryRelation")) {
      throw new IllegalStateException("the query does not read the cached data: "
          + first.queryExecution().simpleString());
    }
    return () -> {
      Row row = query.get().collectAsList().get(0);
      return ((Number) row.get(0)).doubleValue();
    };
  }

  private void progress(String message) {
    err.println("losslens bench: " + message);
    err.flush();
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
