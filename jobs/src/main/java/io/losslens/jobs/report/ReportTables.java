package io.losslens.jobs.report;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;

/** The tables a report writes, each defined once for CSV and Parquet. */
final class ReportTables {
  private ReportTables() {}

  /** A class's values with the slice they belong to. */
  static final class SliceClass {
    final Breakdown breakdown;
    final ClassStats stats;

    SliceClass(Breakdown breakdown, ClassStats stats) {
      this.breakdown = breakdown;
      this.stats = stats;
    }
  }

  /**
   * {@code per_class.csv} and {@code per_class.parquet}: slice columns first (with slices, a row
   * per slice and class), then {@code class}, {@code class_name} (with class names),
   * {@code count}, {@code weight_sum}, {@code support_share}, {@code <loss>_mean} and
   * {@code <loss>_share} per loss, {@code <loss>_mean_gradient_magnitude} per loss, the mean
   * true-class probability, recall, precision, the suggested class weights, and notes.
   */
  static Table<SliceClass> perClass(Report report) {
    List<SliceClass> rows = new ArrayList<>();
    for (Breakdown b : report.sliceColumns.isEmpty() ? List.of(report.overall) : report.slices) {
      for (ClassStats c : b.classes) {
        rows.add(new SliceClass(b, c));
      }
    }
    Table<SliceClass> table = new Table<>(rows);
    for (String slice : report.sliceColumns) {
      table.column(slice, DataTypes.StringType, r -> r.breakdown.slice.get(slice));
    }
    table.column("class", DataTypes.IntegerType, r -> r.stats.classIndex);
    if (named(report.overall)) {
      table.column("class_name", DataTypes.StringType, r -> r.stats.className);
    }
    table.column("count", DataTypes.LongType, r -> r.stats.count)
        .column("weight_sum", DataTypes.DoubleType, r -> r.stats.weightSum)
        .column("support_share", DataTypes.DoubleType, r -> r.stats.supportShare);
    for (String loss : report.losses) {
      table.column(loss + "_mean", DataTypes.DoubleType, r -> r.stats.lossMean.get(loss))
          .column(loss + "_share", DataTypes.DoubleType, r -> r.stats.lossShare.get(loss));
    }
    for (String loss : report.losses) {
      table.column(loss + "_mean_gradient_magnitude", DataTypes.DoubleType,
          r -> r.stats.meanGradientMagnitude.get(loss));
    }
    return table
        .column("mean_true_probability", DataTypes.DoubleType, r -> r.stats.meanTrueProbability)
        .column("recall", DataTypes.DoubleType, r -> r.stats.recall)
        .column("precision", DataTypes.DoubleType, r -> r.stats.precision)
        .column("balanced_weight", DataTypes.DoubleType, r -> r.stats.balancedWeight)
        .column("effective_number_weight", DataTypes.DoubleType,
            r -> r.stats.effectiveNumberWeight)
        .column("notes", DataTypes.StringType,
            r -> r.stats.notes.isEmpty() ? null : String.join("; ", r.stats.notes));
  }

  /**
   * {@code class_weights.csv}: {@code class}, {@code class_name} (with class names),
   * {@code count}, {@code weight_sum}, {@code balanced_weight}, {@code effective_number_weight}.
   */
  static Table<ClassStats> classWeights(Breakdown all) {
    Table<ClassStats> table = new Table<>(all.classes)
        .column("class", DataTypes.IntegerType, c -> c.classIndex);
    if (named(all)) {
      table.column("class_name", DataTypes.StringType, c -> c.className);
    }
    return table.column("count", DataTypes.LongType, c -> c.count)
        .column("weight_sum", DataTypes.DoubleType, c -> c.weightSum)
        .column("balanced_weight", DataTypes.DoubleType, c -> c.balancedWeight)
        .column("effective_number_weight", DataTypes.DoubleType, c -> c.effectiveNumberWeight);
  }

  private static boolean named(Breakdown b) {
    return b.classes.stream().anyMatch(c -> c.className != null);
  }
}
