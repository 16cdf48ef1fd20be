package io.losslens.loss.eval;

import java.io.Serializable;

/** One pass of an aggregation over rows: add rows, merge another pass of the same configuration. */
public interface RowAccumulator<A extends RowAccumulator<A>> extends Serializable {
  /**
   * Adds one row. {@code label} is the label of a class or binary loss, {@code target} the
   * vector label of a distribution loss; a scalar prediction is a 1-vector (or a
   * (negative, positive) 2-vector); the sample weight is 1 when the data has none.
   */
  void add(Double label, double[] target, double[] prediction, Double sampleWeight);

  /**
   * {@link #add} of a row whose label (if the losses take a number) and sample weight are not
   * NULL, without boxing them; {@code label} is ignored for a vector label.
   */
  void addUnboxed(double label, double[] target, double[] prediction, double sampleWeight);

  /** Adds {@code other}'s rows; both must have the same configuration. */
  void merge(A other);
}
