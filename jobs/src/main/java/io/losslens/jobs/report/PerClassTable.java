package io.losslens.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The per-class table of a report, defined once for {@code per_class.csv} and
 * {@code per_class.parquet}: slice columns first (with {@code --slice-cols}: a row per slice and
 * class), then {@code class}, {@code class_name} (with class names), {@code count},
 * {@code weight_sum}, {@code support_share}, {@code <loss>_mean} and {@code <loss>_share} per loss,
 * {@code <loss>_mean_gradient_magnitude} per loss, then the true-class probability, recall,
 * precision and the suggested class weights.
 */
final class PerClassTable {
  private final List<String> names = new ArrayList<>();
  private final List<DataType> types = new ArrayList<>();
  private final List<Function<SliceClass, Object>> values = new ArrayList<>();
  private final List<SliceClass> rows = new ArrayList<>();

  /** A class row with the slice it belongs to. */
  private static final class SliceClass {
    final Breakdown breakdown;
    final ClassStats stats;

    SliceClass(Breakdown breakdown, ClassStats stats) {
      this.breakdown = breakdown;
      this.stats = stats;
    }
  }

  PerClassTable(Report report) {
    for (String slice : report.sliceColumns) {
      column(slice, DataTypes.StringType, r -> r.breakdown.slice.get(slice));
    }
    column("class", DataTypes.IntegerType, r -> r.stats.classIndex);
    boolean named = report.overall.classes.stream().anyMatch(c -> c.className != null);
    if (named) {
      column("class_name", DataTypes.StringType, r -> r.stats.className);
    }
    column("count", DataTypes.LongType, r -> r.stats.count);
    column("weight_sum", DataTypes.DoubleType, r -> r.stats.weightSum);
    column("support_share", DataTypes.DoubleType, r -> r.stats.supportShare);
    for (String loss : report.losses) {
      column(loss + "_mean", DataTypes.DoubleType, r -> r.stats.lossMean.get(loss));
      column(loss + "_share", DataTypes.DoubleType, r -> r.stats.lossShare.get(loss));
    }
    for (String loss : report.losses) {
      column(loss + "_mean_gradient_magnitude", DataTypes.DoubleType,
          r -> r.stats.meanGradientMagnitude.get(loss));
    }
    column("mean_true_probability", DataTypes.DoubleType, r -> r.stats.meanTrueProbability);
    column("recall", DataTypes.DoubleType, r -> r.stats.recall);
    column("precision", DataTypes.DoubleType, r -> r.stats.precision);
    column("balanced_weight", DataTypes.DoubleType, r -> r.stats.balancedWeight);
    column("effective_number_weight", DataTypes.DoubleType, r -> r.stats.effectiveNumberWeight);
    column("notes", DataTypes.StringType,
        r -> r.stats.notes.isEmpty() ? null : String.join("; ", r.stats.notes));
    for (Breakdown b : report.sliceColumns.isEmpty() ? List.of(report.overall) : report.slices) {
      for (ClassStats c : b.classes) {
        rows.add(new SliceClass(b, c));
      }
    }
  }

  private void column(String name, DataType type, Function<SliceClass, Object> value) {
    names.add(name);
    types.add(type);
    values.add(value);
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
    csv.append(String.join(",", names.stream().map(PerClassTable::csvField)
        .toArray(String[]::new))).append('\n');
    for (SliceClass row : rows) {
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
    for (SliceClass row : rows) {
      Object[] fields = new Object[values.size()];
      for (int i = 0; i < fields.length; i++) {
        fields[i] = values.get(i).apply(row);
      }
      out.add(RowFactory.create(fields));
    }
    return out;
  }
}
