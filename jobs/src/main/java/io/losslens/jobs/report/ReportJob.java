package io.losslens.jobs.report;

import io.losslens.jobs.Version;
import io.losslens.loss.eval.LossKind;
import io.losslens.loss.eval.LossSpec;
import io.losslens.spark.agg.PerClassLossAggregator;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * The work of {@code losslens report}: reads the predictions, checks the configured columns,
 * computes the per-class breakdown of every loss in one pass (per slice and overall with
 * {@code --slice-cols}), and writes {@code per_class.csv}, {@code per_class.parquet},
 * {@code summary.json} and {@code report.html} all or nothing; prints a short summary.
 */
public final class ReportJob {
  /** Progress lines and Spark job descriptions start with this. */
  private static final String COMMAND = "losslens report";

  private ReportJob() {}

  /**
   * Runs {@code config} on {@code spark}: the summary to {@code out}, progress to {@code err}.
   * Returns the written page's URI.
   */
  public static String run(SparkSession spark, ReportConfig config, PrintWriter out,
      PrintWriter err) {
    ReportOutput output = ReportOutput.prepare(spark.sparkContext().hadoopConfiguration(),
        config.output(), config.overwrite());
    Report report = compute(spark, config, true, COMMAND, err);
    step(spark, COMMAND, err, "writing the report to " + output.location());
    try {
      Table<?> table = ReportTables.perClass(report);
      output.writeText("per_class.csv", table.toCsv());
      spark.createDataFrame(table.sparkRows(), table.schema()).coalesce(1).write()
          .parquet(output.stagedPath("per_class.parquet"));
      output.writeText("summary.json", SummaryJson.of(report));
      output.writeText("report.html", HtmlReport.render(report));
      output.commit();
    } catch (RuntimeException e) {
      output.abort();
      throw e;
    } finally {
      spark.sparkContext().setJobDescription(null);
    }
    ConsoleSummary.print(report, out);
    String page = output.location() + "/report.html";
    out.println("report: " + page + " (also per_class.csv, per_class.parquet, summary.json)");
    return page;
  }

  /**
   * The report of {@code config}'s predictions, computed in one Spark job; writes nothing.
   * Without {@code bySlice}, the slice columns are ignored: the whole input only. Progress lines
   * and job descriptions name {@code command}.
   */
  public static Report compute(SparkSession spark, ReportConfig config, boolean bySlice,
      String command, PrintWriter err) {
    try {
      return computeDescribed(spark, config, bySlice ? config.sliceCols() : List.of(), command,
          err);
    } finally {
      // later jobs of this thread are not the report's
      spark.sparkContext().setJobDescription(null);
    }
  }

  private static Report computeDescribed(SparkSession spark, ReportConfig config,
      List<String> sliceCols, String command, PrintWriter err) {
    step(spark, command, err, "reading predictions from " + source(config));
    Dataset<Row> data = ReportInput.load(spark, config);
    ReportInput input = ReportInput.columns(data.schema(), config);
    List<ReportLoss> losses = config.losses();
    Column breakdown = aggregator(config).apply(input.label, input.prediction, input.weight)
        .as("breakdown");
    step(spark, command, err, "computing the per-class breakdown of " + String.join(", ",
        names(losses)) + (sliceCols.isEmpty() ? "" : " by " + String.join(", ", sliceCols)));
    Breakdown overall = null;
    List<Breakdown> slices = new ArrayList<>();
    if (!sliceCols.isEmpty()) {
      for (Row row : bySlice(data, input, breakdown, sliceCols.size())) {
        boolean wholeInput = row.getLong(row.fieldIndex("level")) != 0;
        Map<String, String> slice = new LinkedHashMap<>();
        for (int i = 0; i < sliceCols.size() && !wholeInput; i++) {
          slice.put(sliceCols.get(i), row.isNullAt(i) ? null : row.getString(i));
        }
        Breakdown b = Breakdowns.of(row.getStruct(row.fieldIndex("breakdown")), losses,
            config.classNames(), slice);
        if (wholeInput) {
          overall = b;
        } else {
          slices.add(b);
        }
      }
      slices.sort(SLICE_ORDER);
    }
    if (overall == null) {
      // no slices, or no rows at all (a rollup of no rows has no grand total)
      overall = Breakdowns.of(data.agg(breakdown).first().getStruct(0), losses,
          config.classNames(), Map.of());
    }
    Map<String, String> functionsUsed = new LinkedHashMap<>();
    for (ReportLoss loss : losses) {
      functionsUsed.put(loss.name(), loss.spec().toString());
    }
    return new Report(names(losses), functionsUsed, sliceCols, overall, slices,
        config.effective(), spark.version(), Version.losslens(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /**
   * One pass over the data for every slice and the whole input: a rollup over the slice
   * columns, keeping the full slices (level 0) and the grand total (every column rolled up).
   */
  private static List<Row> bySlice(Dataset<Row> data, ReportInput input, Column breakdown,
      int sliceCount) {
    long total = (1L << sliceCount) - 1;
    Column[] sliceColumns = input.slices.toArray(new Column[0]);
    return data.rollup(sliceColumns)
        .agg(breakdown, functions.grouping_id().as("level"))
        .where(functions.col("level").equalTo(0).or(functions.col("level").equalTo(total)))
        .collectAsList();
  }

  /** Slices in the order of their values, NULL first, column by column. */
  private static final Comparator<Breakdown> SLICE_ORDER = (a, b) -> {
    List<String> x = new ArrayList<>(a.slice.values());
    List<String> y = new ArrayList<>(b.slice.values());
    Comparator<String> values = Comparator.nullsFirst(Comparator.naturalOrder());
    for (int i = 0; i < x.size(); i++) {
      int c = values.compare(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  };

  /**
   * The breakdown of the configured losses. Losses that read the prediction as a probability
   * or logit go first: the first loss decides how predictions are read (scores read any).
   */
  static PerClassLossAggregator aggregator(ReportConfig config) {
    List<LossSpec> specs = new ArrayList<>();
    for (ReportLoss loss : config.losses()) {
      specs.add(loss.spec());
    }
    specs.sort(Comparator.comparing(ReportJob::readsScores));
    return new PerClassLossAggregator(specs,
        config.aggregationOptions(PerClassLossAggregator.SQL_NAME));
  }

  private static boolean readsScores(LossSpec spec) {
    LossKind.Prediction p = spec.kind().prediction();
    return p == LossKind.Prediction.SCORE || p == LossKind.Prediction.SCORES;
  }

  private static List<String> names(List<ReportLoss> losses) {
    List<String> names = new ArrayList<>();
    for (ReportLoss loss : losses) {
      names.add(loss.name());
    }
    return names;
  }

  private static String source(ReportConfig config) {
    if (config.demo() != null) {
      return "generated demo data (" + config.demo() + ")";
    }
    return config.table() != null ? "table " + config.table()
        : config.inputFormat().optionValue() + " " + config.input();
  }

  /** A progress line on the console, and the description of the Spark jobs that follow. */
  private static void step(SparkSession spark, String command, PrintWriter err, String what) {
    err.println(command + ": " + what);
    err.flush();
    spark.sparkContext().setJobDescription(command + ": " + what);
  }
}
