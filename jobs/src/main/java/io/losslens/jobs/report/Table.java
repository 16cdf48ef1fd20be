package io.losslens.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * A small table of report values, defined once by its columns and written as CSV or as Spark
 * rows (for Parquet) alike.
 *
 * @param <T> what a row is made from
 */
final class Table<T> {
  private final List<String> names = new ArrayList<>();
  private final List<DataType> types = new ArrayList<>();
  private final List<Function<T, Object>> values = new ArrayList<>();
  private final List<T> rows;

  Table(List<T> rows) {
    this.rows = List.copyOf(rows);
  }

  /** Adds a column; {@code value} may return null (written as an empty CSV field, NULL). */
  Table<T> column(String name, DataType type, Function<T, Object> value) {
    names.add(name);
    types.add(type);
    values.add(value);
    return this;
  }

  List<String> columnNames() {
    return List.copyOf(names);
  }

  /**
   * RFC 4180 CSV with one header line; doubles as {@link Double#toString}, which reads back as
   * the same double; NULL as an empty field.
   */
  String toCsv() {
    StringBuilder csv = new StringBuilder();
    csv.append(String.join(",", names.stream().map(Table::csvField).toArray(String[]::new)))
        .append('\n');
    for (T row : rows) {
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          csv.append(',');
        }
        Object value = values.get(i).apply(row);
        csv.append(value == null ? "" : csvField(value.toString()));
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /** Quoted when it holds a comma, quote or line break, is empty, or has edge blanks. */
  private static String csvField(String text) {
    boolean quote = text.isEmpty() || text.contains(",") || text.contains("\"")
        || text.contains("\n") || text.contains("\r") || !text.strip().equals(text);
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  StructType schema() {
    StructType schema = new StructType();
    for (int i = 0; i < names.size(); i++) {
      schema = schema.add(names.get(i), types.get(i), true);
    }
    return schema;
  }

  List<Row> sparkRows() {
    List<Row> out = new ArrayList<>();
    for (T row : rows) {
      Object[] fields = new Object[values.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = values.get(i).apply(row);
      }
      out.add(RowFactory.create(fields));
    }
    return out;
  }
}
