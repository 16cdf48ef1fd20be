package io.losslens.jobs.report;

import io.losslens.spark.agg.PerClassLossAggregator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Reads a result of {@link PerClassLossAggregator} (a {@code per_class_loss} struct) into a
 * {@link Breakdown}, keying losses by their generic report names.
 */
final class Breakdowns {
  private Breakdowns() {}

  /**
   * The breakdown in {@code row}. {@code losses} are in report order; {@code classNames} is
   * empty or names every class; {@code slice} is empty for the whole input.
   */
  static Breakdown of(Row row, List<ReportLoss> losses, List<String> classNames,
      Map<String, String> slice) {
    Map<String, Long> invalid = new LinkedHashMap<>(row.<String, Long>getJavaMap(
        row.fieldIndex("invalid")));
    List<ClassStats> classes = new ArrayList<>();
    for (Row c : row.<Row>getList(row.fieldIndex("classes"))) {
      int index = c.getInt(c.fieldIndex("class"));
      classes.add(new ClassStats(index,
          classNames.isEmpty() ? null : classNames.get(index),
          c.getLong(c.fieldIndex("rows")),
          c.getDouble(c.fieldIndex("weight_sum")),
          number(c, "support_share"),
          byLoss(c, "loss_mean", losses),
          byLoss(c, "loss_share", losses),
          byLoss(c, "mean_gradient_magnitude", losses),
          number(c, "mean_true_probability"),
          number(c, "recall"),
          number(c, "precision"),
          number(c, "balanced_weight"),
          number(c, "effective_number_weight"),
          c.<String>getList(c.fieldIndex("notes"))));
    }
    return new Breakdown(slice, row.getLong(row.fieldIndex("total_rows")),
        row.getLong(row.fieldIndex("rows")), row.getLong(row.fieldIndex("invalid_rows")),
        invalid, row.getDouble(row.fieldIndex("weight_sum")),
        byLoss(row, "loss_mean", losses), byLoss(row, "macro_loss_mean", losses), classes,
        row.<String>getList(row.fieldIndex("notes")));
  }

  private static Double number(Row row, String field) {
    int i = row.fieldIndex(field);
    return row.isNullAt(i) ? null : row.getDouble(i);
  }

  /** A map keyed by contract loss name, re-keyed by generic name in report order. */
  private static Map<String, Double> byLoss(Row row, String field, List<ReportLoss> losses) {
    Map<String, Double> byContractName = row.getJavaMap(row.fieldIndex(field));
    Map<String, Double> byName = new LinkedHashMap<>();
    for (ReportLoss loss : losses) {
      byName.put(loss.name(), byContractName.get(loss.spec().name()));
    }
    return byName;
  }
}
