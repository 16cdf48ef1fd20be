package io.losslens.jobs.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.losslens.jobs.report.SummaryJson;
import java.util.List;
import java.util.Locale;

/**
 * One measured path of one loss on one input type: the median of its measured run times, the
 * median of its paired ratios to {@code builtin_expression} (each run divided by the builtin
 * run measured right next to it), the same two of its runs' CPU times ({@link CpuMeter}), and
 * the mean loss it computed ({@code null} for {@code scan_floor}, which computes none).
 */
public final class BenchResult {
  final BenchLoss loss;
  final BenchPath path;
  final String input;
  final double medianSeconds;
  final double ratioToBuiltin;
  final double medianCpuSeconds;
  final double cpuRatioToBuiltin;
  final Double value;
  final long rows;
  final int runs;

  BenchResult(BenchLoss loss, BenchPath path, String input, double medianSeconds,
      double ratioToBuiltin, double medianCpuSeconds, double cpuRatioToBuiltin, Double value,
      long rows, int runs) {
    this.loss = loss;
    this.path = path;
    this.input = input;
    this.medianSeconds = medianSeconds;
    this.ratioToBuiltin = ratioToBuiltin;
    this.medianCpuSeconds = medianCpuSeconds;
    this.cpuRatioToBuiltin = cpuRatioToBuiltin;
    this.value = value;
    this.rows = rows;
    this.runs = runs;
  }

  public BenchPath path() {
    return path;
  }

  public BenchLoss loss() {
    return loss;
  }

  public String input() {
    return input;
  }

  public double medianSeconds() {
    return medianSeconds;
  }

  public double rowsPerSecond() {
    return rows / medianSeconds;
  }

  public double ratioToBuiltin() {
    return ratioToBuiltin;
  }

  public double medianCpuSeconds() {
    return medianCpuSeconds;
  }

  public double cpuRatioToBuiltin() {
    return cpuRatioToBuiltin;
  }

  /** The mean loss, or null for {@code scan_floor}. */
  public Double value() {
    return value;
  }

  /**
   * {@code bench.json}: a list of {@code {"path", "median_s", "rows_per_s",
   * "ratio_to_builtin", "median_cpu_s", "cpu_ratio_to_builtin", "loss", "input", "value",
   * "rows", "runs"}} objects.
   */
  static String json(List<BenchResult> results) {
    ArrayNode list = SummaryJson.array();
    for (BenchResult r : results) {
      ObjectNode entry = list.addObject();
      entry.put("path", r.path.pathName());
      SummaryJson.number(entry, "median_s", r.medianSeconds);
      SummaryJson.number(entry, "rows_per_s", r.rowsPerSecond());
      SummaryJson.number(entry, "ratio_to_builtin", r.ratioToBuiltin);
      SummaryJson.number(entry, "median_cpu_s", r.medianCpuSeconds);
      SummaryJson.number(entry, "cpu_ratio_to_builtin", r.cpuRatioToBuiltin);
      entry.put("loss", r.loss.sqlName());
      entry.put("input", r.input);
      SummaryJson.number(entry, "value", r.value);
      entry.put("rows", r.rows);
      entry.put("runs", r.runs);
    }
    return SummaryJson.text(list);
  }

  /** The console table, one line per result. */
  static String table(List<BenchResult> results) {
    String format = "%-20s %-20s %-13s %10s %14s %10s %10s %10s  %s%n";
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, format, "loss", "path",
        "input", "median_s", "rows_per_s", "x_builtin", "cpu_s", "cpu_x", "value"));
    for (BenchResult r : results) {
      table.append(String.format(Locale.ROOT, format, r.loss.sqlName(), r.path.pathName(),
          r.input, String.format(Locale.ROOT, "%.4f", r.medianSeconds),
          String.format(Locale.ROOT, "%.4g", r.rowsPerSecond()),
          String.format(Locale.ROOT, "%.3f", r.ratioToBuiltin),
          String.format(Locale.ROOT, "%.4f", r.medianCpuSeconds),
          String.format(Locale.ROOT, "%.3f", r.cpuRatioToBuiltin),
          r.value == null ? "" : Double.toString(r.value)));
    }
    return table.toString();
  }
}
