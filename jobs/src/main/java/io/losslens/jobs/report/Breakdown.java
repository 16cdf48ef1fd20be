package io.losslens.jobs.report;

import java.util.List;
import java.util.Map;

/**
 * The per-class breakdown of one set of rows: the whole input, or one slice of it. Every input
 * row of the set is counted: {@code totalRows = validRows + invalidRows}.
 */
public final class Breakdown {
  /** Slice column to its value as text ({@code null} for SQL NULL); empty for the whole input. */
  public final Map<String, String> slice;
  public final long totalRows;
  public final long validRows;
  public final long invalidRows;
  /** Invalid rows by reason key ({@code label_out_of_range}, ...), in reason order. */
  public final Map<String, Long> invalidByReason;
  public final double weightSum;
  /** Weighted mean of each loss over all valid rows; keyed like {@link ClassStats#lossMean}. */
  public final Map<String, Double> lossMean;
  /** Unweighted mean over classes with rows of each class's mean loss. */
  public final Map<String, Double> macroLossMean;
  /** One row per class, in class order; classes without rows are listed. */
  public final List<ClassStats> classes;
  public final List<String> notes;

  public Breakdown(Map<String, String> slice, long totalRows, long validRows, long invalidRows,
      Map<String, Long> invalidByReason, double weightSum, Map<String, Double> lossMean,
      Map<String, Double> macroLossMean, List<ClassStats> classes, List<String> notes) {
    this.slice = Maps.copy(slice);
    this.totalRows = totalRows;
    this.validRows = validRows;
    this.invalidRows = invalidRows;
    this.invalidByReason = Maps.copy(invalidByReason);
    this.weightSum = weightSum;
    this.lossMean = Maps.copy(lossMean);
    this.macroLossMean = Maps.copy(macroLossMean);
    this.classes = List.copyOf(classes);
    this.notes = List.copyOf(notes);
  }
}
