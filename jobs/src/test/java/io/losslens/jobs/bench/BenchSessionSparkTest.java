package io.losslens.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.ForeachFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BenchJob#run} on a small size, in a session built as {@code losslens bench} builds one
 * (with the session extension and the function catalog), so in a JVM of its own (the
 * {@code session-extension} surefire execution). No timing is asserted: only that every path is
 * there, measured, and computes the mean an independent loop computes.
 */
class BenchSessionSparkTest {
  private static final int ROWS = 2000;
  private static final int CLASSES = 4;

  private static SparkSession spark;

  @TempDir
  Path dir;

  @BeforeAll
  static void startSession() {
    SparkSession.Builder builder = SparkSession.builder()
        .master("local[2]")
        .appName("bench-session")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1");
    BenchJob.SESSION_SETTINGS.forEach(builder::config);
    spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
  }

  @AfterAll
  static void stopSession() {
    spark.stop();
  }

  @Test
  void broadcastChunksAreNeverHumongousObjectsOfG1() {
    // G1's regions are at least 1 MiB, and an object of half a region or more is humongous;
    // a chunk is a byte array, whose header (16 bytes at most) counts too
    long halfOfSmallestRegion = 512 * 1024;
    assertThat(spark.sparkContext().conf().getSizeAsBytes("spark.broadcast.blockSize"))
        .isLessThan(halfOfSmallestRegion - 16);
  }

  @Test
  void cpuMeterCountsAtLeastTheCpuTheTasksAndTheCallerBurn() {
    // each task burns CPU and measures it itself, with the JVM's own per-thread CPU clock; the
    // meter, from Spark's task metrics and the caller's clock, must count at least their sum
    LongAccumulator burned = spark.sparkContext().longAccumulator("burned");
    try (CpuMeter meter = new CpuMeter(spark.sparkContext())) {
      long start = meter.now();
      long callerBurned = burn(20_000_000L);
      spark.range(0, 4, 1, 4)
          .foreach((ForeachFunction<Long>) i -> burned.add(burn(20_000_000L)));
      long counted = meter.now() - start;
      assertThat(burned.value()).as("four tasks, 20 ms each").isGreaterThanOrEqualTo(80_000_000L);
      assertThat(counted).isGreaterThanOrEqualTo(burned.value() + callerBurned);
    }
  }

  /** Spins until the calling thread has used {@code nanos} of CPU; returns what it used. */
  private static long burn(long nanos) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    long used;
    double sink = 0;
    do {
      for (int i = 0; i < 10_000; i++) {
        sink += Math.sqrt(i + sink);
      }
      used = threads.getCurrentThreadCpuTime() - start;
    } while (used < nanos || sink < 0);
    return used;
  }

  private BenchConfig config(String paths) {
    return BenchConfig.of(ROWS, CLASSES, 1, 0, paths, 42, dir.toString());
  }

  private static String allPaths() {
    return String.join(",", BenchPath.names());
  }

  @Test
  void everyPathIsMeasuredAndComputesTheIndependentMean() throws IOException {
    BenchConfig config = config(allPaths());
    StringWriter out = new StringWriter();
    BenchJob.run(spark, config, new PrintWriter(out), new PrintWriter(new StringWriter()));

    Map<String, Double> expected = independentMeans(config);
    JsonNode json = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
    assertThat(json.isArray()).as("bench.json is a list").isTrue();
    List<String> entries = new ArrayList<>();
    for (JsonNode entry : json) {
      List<String> fields = new ArrayList<>();
      entry.fieldNames().forEachRemaining(fields::add);
      assertThat(fields.subList(0, 4))
          .containsExactly("path", "median_s", "rows_per_s", "ratio_to_builtin");
      String path = entry.get("path").asText();
      String loss = entry.get("loss").asText();
      String name = loss + "/" + path + "/" + entry.get("input").asText();
      entries.add(name);
      assertThat(entry.get("median_s").asDouble()).as(name).isPositive();
      assertThat(entry.get("rows_per_s").asDouble()).as(name).isPositive();
      assertThat(entry.get("ratio_to_builtin").asDouble()).as(name).isPositive();
      assertThat(fields.subList(4, 6)).containsExactly("median_cpu_s", "cpu_ratio_to_builtin");
      assertThat(entry.get("median_cpu_s").asDouble()).as(name).isPositive();
      assertThat(entry.get("cpu_ratio_to_builtin").asDouble()).as(name).isPositive();
      assertThat(entry.get("rows").asLong()).isEqualTo(ROWS);
      if (path.equals("builtin_expression")) {
        assertThat(entry.get("ratio_to_builtin").asDouble()).isEqualTo(1.0);
        assertThat(entry.get("cpu_ratio_to_builtin").asDouble()).isEqualTo(1.0);
        // measured once next to each other path of its loss
        assertThat(entry.get("runs").asInt()).as(name).isGreaterThan(1);
      } else {
        assertThat(entry.get("runs").asInt()).as(name).isEqualTo(1);
      }
      if (path.equals("scan_floor")) {
        assertThat(entry.get("value").isNull()).isTrue();
      } else {
        double value = entry.get("value").asDouble();
        assertThat(Math.abs(value - expected.get(loss)))
            .as("%s computed %s, the independent loop %s", name, value, expected.get(loss))
            .isLessThanOrEqualTo(1e-12 * expected.get(loss));
      }
    }
    assertThat(entries).containsExactlyElementsOf(expectedEntries());
    assertThat(out.toString()).startsWith("loss ").contains("per_class_breakdown");

    // nothing is left behind: no views, no cached blocks
    assertThat(spark.catalog().tableExists("global_temp", BenchData.MULTICLASS_VIEW)).isFalse();
    assertThat(spark.sharedState().cacheManager().isEmpty()).isTrue();
  }

  private static List<String> expectedEntries() {
    List<String> entries = new ArrayList<>();
    String ce = "cross_entropy/";
    entries.add(ce + "scan_floor/array<double>");
    entries.add(ce + "builtin_expression/array<double>");
    entries.add(ce + "registered/array<double>");
    entries.add(ce + "catalog/array<double>");
    entries.add(ce + "catalog/array<float>");
    entries.add(ce + "catalog/vector");
    entries.add(ce + "extension/array<double>");
    entries.add(ce + "column_api/array<double>");
    entries.add(ce + "java_udf/array<double>");
    entries.add(ce + "typed_aggregator/array<double>");
    entries.add(ce + "per_class_breakdown/array<double>");
    entries.add(ce + "mllib_logloss/vector");
    entries.add(ce + "java_loop/array<double>");
    for (String loss : List.of("binary_cross_entropy/", "focal_loss/")) {
      for (String path : List.of("scan_floor", "builtin_expression", "registered", "catalog",
          "extension", "column_api", "java_udf", "typed_aggregator", "java_loop")) {
        entries.add(loss + path + "/double");
      }
    }
    return entries;
  }

  /**
   * The three means by a plain loop over the generated rows, from the contract's formulas
   * (shared/design/sql-functions.md) with Math.log and the clip to [eps, 1 - eps], eps = 1e-15:
   * cross_entropy -ln p~[y]; on the one-vs-rest data of the rarest class (y = 1 for it, p its
   * probability) binary_cross_entropy -(y ln p~ + (1 - y) ln(1 - p~)) and focal_loss
   * alpha_t (1 - p_t)^2 bce with alpha = 0.25.
   */
  private Map<String, Double> independentMeans(BenchConfig config) {
    double eps = 1e-15;
    double ce = 0;
    double bce = 0;
    double focal = 0;
    long n = 0;
    Iterator<Row> rows = BenchData.multiClass(spark, config).select("label", "probs")
        .toLocalIterator();
    while (rows.hasNext()) {
      Row row = rows.next();
      int label = row.getInt(0);
      List<Double> probs = row.getList(1);
      ce += -Math.log(Math.min(Math.max(probs.get(label), eps), 1 - eps));
      double y = label == CLASSES - 1 ? 1 : 0;
      double p = Math.min(Math.max(probs.get(CLASSES - 1), eps), 1 - eps);
      double rowBce = -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
      double pT = y == 1 ? p : 1 - p;
      double alphaT = y == 1 ? 0.25 : 0.75;
      bce += rowBce;
      focal += alphaT * (1 - pT) * (1 - pT) * rowBce;
      n++;
    }
    assertThat(n).isEqualTo(ROWS);
    Map<String, Double> means = new LinkedHashMap<>();
    means.put("cross_entropy", ce / n);
    means.put("binary_cross_entropy", bce / n);
    means.put("focal_loss", focal / n);
    return means;
  }

  @Test
  void aPathThatDisagreesStopsTheBenchNamingItsValueAndTheBuiltins() {
    BenchConfig config = config("registered");
    BenchJob.ValueTap skew = (loss, path, input, value) ->
        loss == BenchLoss.BINARY_CROSS_ENTROPY && path == BenchPath.REGISTERED
            ? value * (1 + 1e-9) : value;
    assertThatThrownBy(() -> BenchJob.run(spark, config, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), skew))
        .isInstanceOf(BenchDisagreementException.class)
        .hasMessageMatching("path registered \\(binary_cross_entropy on double\\) computed "
            + "[0-9.E-]+, but builtin_expression computed [0-9.E-]+; every path must agree with "
            + "it to 1.0E-12 relative \\(this is [0-9.E-]+\\)");
    assertThat(Files.exists(dir.resolve("bench.json"))).as("no bench.json").isFalse();
    assertThat(spark.sharedState().cacheManager().isEmpty()).isTrue();
  }

  @Test
  void theMeasuredRunsGoInRoundsOfEveryPathAfterEveryWarmUp() {
    BenchConfig config = BenchConfig.of(ROWS, CLASSES, 2, 1, "registered,column_api", 42,
        dir.toString());
    List<String> order = new ArrayList<>();
    BenchJob.ValueTap record = (loss, path, input, value) -> {
      if (loss == BenchLoss.CROSS_ENTROPY && path != BenchPath.BUILTIN_EXPRESSION) {
        order.add(path.pathName());
      }
      return value;
    };
    BenchJob.run(spark, config, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), record);
    // the warm-up of each, then two rounds of one run of each (not each path's runs together)
    assertThat(order).containsExactly("registered", "column_api", "registered", "column_api",
        "registered", "column_api");
  }

  @Test
  void aDifferenceWithinTheToleranceIsNoDisagreement() {
    BenchConfig config = config("registered");
    BenchJob.ValueTap skew = (loss, path, input, value) ->
        path == BenchPath.REGISTERED ? value * (1 + 1e-13) : value;
    List<BenchResult> results = BenchJob.run(spark, config, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()), skew);
    assertThat(results).extracting(r -> r.path().pathName()).containsOnly("builtin_expression",
        "registered");
    assertThat(Files.exists(dir.resolve("bench.json"))).isTrue();
  }
}
