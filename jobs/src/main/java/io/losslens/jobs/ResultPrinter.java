package io.losslens.jobs;

import static org.apache.spark.sql.functions.col;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Prints query results to a command's output: an aligned text table (left-aligned and never
 * truncated, as {@code Dataset.show(n, false)} draws it) or one JSON object per row. At most
 * {@code maxRows} rows are fetched per result; when a result has more, a note says so (on the
 * error stream for JSON, so that standard output stays valid JSON Lines). One printer serves the
 * results of one run, in order.
 */
final class ResultPrinter {
  private static final int MIN_WIDTH = 3; // as show() draws it

  private final OutputFormat format;
  private final int maxRows;
  private final PrintWriter out;
  private final PrintWriter err;
  private boolean printedTable;

  ResultPrinter(OutputFormat format, int maxRows, PrintWriter out, PrintWriter err) {
    this.format = format;
    this.maxRows = maxRows;
    this.out = out;
    this.err = err;
  }

  /**
   * Prints {@code result}; a result without columns (DDL such as {@code CREATE VIEW}) prints
   * nothing. Successive tables are separated by a blank line.
   */
  void print(Dataset<Row> result) {
    if (result.columns().length == 0) {
      return;
    }
    if (format == OutputFormat.JSON) {
      printJson(result);
    } else {
      if (printedTable) {
        out.println();
      }
      printTable(result);
      printedTable = true;
    }
    out.flush();
  }

  /** One row more than is printed, to know whether the result was cut. */
  private int rowsToFetch() {
    return (int) Math.min(maxRows + 1L, Integer.MAX_VALUE);
  }

  private void printJson(Dataset<Row> result) {
    List<String> rows = result.toJSON().takeAsList(rowsToFetch());
    rows.stream().limit(maxRows).forEach(out::println);
    if (rows.size() > maxRows) {
      err.println(cutNote());
    }
  }

  private void printTable(Dataset<Row> result) {
    String[] header = result.columns();
    // Positional names, because a result's column names may repeat (SELECT 1, 1).
    String[] positional = new String[header.length];
    Column[] asText = new Column[header.length];
    for (int i = 0; i < header.length; i++) {
      positional[i] = "c" + i;
      asText[i] = col(positional[i]).cast("string");
    }
    // Spark's own cast to string renders every type the way show() does (arrays, structs,
    // doubles in shortest round-trip form).
    List<Row> rows = result.toDF(positional).select(asText).takeAsList(rowsToFetch());
    List<String[]> cells = new ArrayList<>();
    for (Row row : rows.subList(0, Math.min(rows.size(), maxRows))) {
      String[] line = new String[header.length];
      for (int i = 0; i < header.length; i++) {
        line[i] = row.isNullAt(i) ? "NULL" : row.getString(i);
      }
      cells.add(line);
    }
    out.print(table(header, cells));
    if (rows.size() > maxRows) {
      out.println(cutNote());
    }
  }

  private String cutNote() {
    return "only the first " + maxRows + " rows are shown; raise --max-rows to see more";
  }

  /** The text table, each line ending with a newline. */
  static String table(String[] header, List<String[]> rows) {
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = Math.max(MIN_WIDTH, header[i].length());
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    String rule = rule(widths);
    sb.append(rule);
    appendLine(sb, header, widths);
    sb.append(rule);
    for (String[] row : rows) {
      appendLine(sb, row, widths);
    }
    sb.append(rule);
    return sb.toString();
  }

  private static String rule(int[] widths) {
    StringBuilder sb = new StringBuilder("+");
    for (int w : widths) {
      sb.append("-".repeat(w)).append('+');
    }
    return sb.append('\n').toString();
  }

  private static void appendLine(StringBuilder sb, String[] cells, int[] widths) {
    sb.append('|');
    for (int i = 0; i < cells.length; i++) {
      sb.append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append('|');
    }
    sb.append('\n');
  }
}
