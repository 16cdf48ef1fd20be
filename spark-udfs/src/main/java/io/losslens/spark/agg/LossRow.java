package io.losslens.spark.agg;

import org.apache.spark.sql.catalyst.util.ArrayData;

/**
 * One input row of an aggregate called from SQL or the Column API, as the generated code hands
 * it over: the label and the weight with their NULL flags, and the vectors as Spark's own
 * {@link ArrayData}, read in place (no bean, no boxing, no copy of the vectors). A view of the
 * row being aggregated, valid only until the next row is read.
 */
public final class LossRow {
  final boolean labelIsNull;
  final double label;
  final ArrayData target;
  final ArrayData prediction;
  final boolean weightIsNull;
  final double weight;

  private LossRow(boolean labelIsNull, double label, ArrayData target, ArrayData prediction,
      boolean weightIsNull, double weight) {
    this.labelIsNull = labelIsNull;
    this.label = label;
    this.target = target;
    this.prediction = prediction;
    this.weightIsNull = weightIsNull;
    this.weight = weight;
  }

  /**
   * The target of the input encoder's {@code staticinvoke}: a NULL number arrives as its flag
   * (its value is then meaningless), a NULL vector as null.
   */
  public static LossRow of(boolean labelIsNull, double label, ArrayData target,
      ArrayData prediction, boolean weightIsNull, double weight) {
    return new LossRow(labelIsNull, label, target, prediction, weightIsNull, weight);
  }

  /** For the encoder's serializer, which Spark requires but never runs for an input encoder. */
  public Double labelOrNull() {
    return labelIsNull ? null : label;
  }

  public ArrayData target() {
    return target;
  }

  public ArrayData prediction() {
    return prediction;
  }

  public Double weightOrNull() {
    return weightIsNull ? null : weight;
  }
}
