package io.losslens.jobs.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The short summary a report prints to the console: the row accounting, then per class its
 * count, support share and each loss's mean and share, then the overall and macro means.
 * The files hold every number at full precision; this table rounds for reading.
 */
final class ConsoleSummary {
  private ConsoleSummary() {}

  static void print(Report report, PrintWriter out) {
    Breakdown all = report.overall;
    out.println("rows: " + all.totalRows + " (" + all.validRows + " valid, " + all.invalidRows
        + " invalid" + invalidReasons(all.invalidByReason) + "), " + all.classes.size()
        + " classes" + (report.slices.isEmpty() ? "" : ", " + report.slices.size() + " slices"));
    List<String> header = new ArrayList<>(List.of("class", "count", "support"));
    for (String loss : report.losses) {
      header.add(loss);
      header.add("share");
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (ClassStats c : all.classes) {
      List<String> row = new ArrayList<>();
      row.add(c.className == null ? String.valueOf(c.classIndex)
          : c.classIndex + " " + c.className);
      row.add(String.valueOf(c.count));
      row.add(percent(c.supportShare));
      for (String loss : report.losses) {
        row.add(number(c.lossMean.get(loss)));
        row.add(percent(c.lossShare.get(loss)));
      }
      rows.add(row);
    }
    rows.add(means("overall", all.validRows, all.lossMean, report.losses));
    rows.add(means("macro", all.validRows, all.macroLossMean, report.losses));
    printAligned(rows, out);
  }

  private static List<String> means(String label, long count, Map<String, Double> means,
      List<String> losses) {
    List<String> row = new ArrayList<>(List.of(label, String.valueOf(count), ""));
    for (String loss : losses) {
      row.add(number(means.get(loss)));
      row.add("");
    }
    return row;
  }

  private static String invalidReasons(Map<String, Long> byReason) {
    StringBuilder text = new StringBuilder();
    byReason.forEach((reason, count) -> {
      if (count > 0) {
        text.append(text.length() == 0 ? ": " : ", ").append(reason).append(' ').append(count);
      }
    });
    return text.toString();
  }

  /** Left-aligned first column, right-aligned numbers, two blanks between columns. */
  private static void printAligned(List<List<String>> rows, PrintWriter out) {
    int[] width = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        width[i] = Math.max(width[i], row.get(i).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String pad = " ".repeat(width[i] - cell.length());
        line.append(i == 0 ? cell + pad : "  " + pad + cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String number(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.4g", value);
  }

  private static String percent(Double share) {
    return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
