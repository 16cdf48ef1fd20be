package io.losslens.loss.stats;

import java.io.Serializable;
import java.util.Objects;

/**
 * The mergeable state of a per-class loss breakdown over {@code numClasses} classes (by true
 * label) and {@code numLosses} configured losses, filled in one pass. Per class it holds exact
 * sums of the row weight {@code w}, of {@code w * loss} and {@code w * |gradient|} per loss, of
 * {@code w * p(true class)}, the weight of rows predicted as the class and of rows predicted
 * correctly, and the row count; plus the accounting of every row seen.
 *
 * <p>A state of 0 classes stands for an aggregation that has not yet seen how many classes there
 * are; it has only invalid rows. Memory is O(classes seen): a class's sums exist once a row touches it. A commutative monoid
 * under {@link #merge} (states of the same shape): the new state is the identity.
 */
public final class PerClassState implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Where a row's values sit in {@link ClassSums#rowSums}: {@code w * p(true class)} first. */
  private static final int TRUE_PROBABILITY = 0;
  /** Then {@code w * loss_l} at {@code LOSSES + l}, and {@code w * |gradient_l|} after them. */
  private static final int LOSSES = 1;

  private final int numClasses;
  private final int numLosses;
  private final ClassSums[] classes;
  private final RowAccounting accounting = new RowAccounting();
  /** The values a row adds to its class's {@link ClassSums#rowSums}, reused. */
  private transient double[] row;

  public PerClassState(int numClasses, int numLosses) {
    if (numClasses < 0) {
      throw new IllegalArgumentException("numClasses must be >= 0, but was " + numClasses);
    }
    if (numLosses < 0) {
      throw new IllegalArgumentException("numLosses must be >= 0, but was " + numLosses);
    }
    this.numClasses = numClasses;
    this.numLosses = numLosses;
    this.classes = new ClassSums[numClasses];
  }

  /**
   * A valid row (checked by the caller). {@code losses[l]} and {@code gradientMagnitudes[l]}
   * are the row's value of loss {@code l} and the magnitude (L2 norm) of its gradient with
   * respect to the prediction; {@code trueProbability} is the predicted probability of
   * {@code trueClass}; {@code predictedClass} is the argmax (or thresholded) prediction.
   */
  public void add(int trueClass, int predictedClass, double weight, double[] losses,
      double trueProbability, double[] gradientMagnitudes) {
    ClassSums truth = sums(trueClass);
    truth.rows++;
    // the commonest weight is counted instead of summed: an exact add costs more than a count
    boolean unit = weight == 1;
    if (unit) {
      truth.unitWeightRows++;
    } else {
      truth.weight.add(weight);
    }
    double[] row = row();
    row[TRUE_PROBABILITY] = trueProbability;
    for (int l = 0; l < numLosses; l++) {
      row[LOSSES + l] = losses[l];
      row[LOSSES + numLosses + l] = gradientMagnitudes[l];
    }
    truth.rowSums.addRow(row, weight);
    ClassSums predicted = sums(predictedClass);
    if (unit) {
      predicted.unitPredictedRows++;
    } else {
      predicted.predictedWeight.add(weight);
    }
    if (predictedClass == trueClass) {
      if (unit) {
        truth.unitCorrectRows++;
      } else {
        truth.correctWeight.add(weight);
      }
    }
    accounting.recordValid();
  }

  private double[] row() {
    if (row == null) {
      row = new double[LOSSES + 2 * numLosses];
    }
    return row;
  }

  public void addInvalid(InvalidReason reason) {
    accounting.recordInvalid(reason);
  }

  /** Adds {@code other}'s rows; both must have the same classes and losses. */
  public void merge(PerClassState other) {
    if (other.numClasses != numClasses || other.numLosses != numLosses) {
      throw new IllegalArgumentException("cannot merge a per-class state of " + other.numClasses
          + " classes and " + other.numLosses + " losses into one of " + numClasses
          + " classes and " + numLosses + " losses");
    }
    for (int c = 0; c < numClasses; c++) {
      if (other.classes[c] != null) {
        sums(c).merge(other.classes[c]);
      }
    }
    accounting.merge(other.accounting);
  }

  public int numClasses() {
    return numClasses;
  }

  public int numLosses() {
    return numLosses;
  }

  public RowAccounting accounting() {
    return accounting;
  }

  /** Valid rows whose true label is {@code c}. */
  public long rows(int c) {
    return classes[c] == null ? 0 : classes[c].rows;
  }

  /** {@code sum(w)} over rows of class {@code c} (a copy). */
  public ExactSum weight(int c) {
    return plusCount(read(c).weight, read(c).unitWeightRows);
  }

  /** {@code sum(w * loss_l)} over rows of class {@code c} (a copy). */
  public ExactSum loss(int c, int l) {
    return read(c).rowSums.sum(LOSSES + Objects.checkIndex(l, numLosses));
  }

  /** {@code sum(w * |gradient of loss_l|)} over rows of class {@code c} (a copy). */
  public ExactSum gradientMagnitude(int c, int l) {
    return read(c).rowSums.sum(LOSSES + numLosses + Objects.checkIndex(l, numLosses));
  }

  /** {@code sum(w * p(c))} over rows of class {@code c} (a copy). */
  public ExactSum trueProbability(int c) {
    return read(c).rowSums.sum(TRUE_PROBABILITY);
  }

  /** {@code sum(w)} over rows predicted as {@code c} (a copy). */
  public ExactSum predictedWeight(int c) {
    return plusCount(read(c).predictedWeight, read(c).unitPredictedRows);
  }

  /** {@code sum(w)} over rows of class {@code c} predicted as {@code c} (a copy). */
  public ExactSum correctWeight(int c) {
    return plusCount(read(c).correctWeight, read(c).unitCorrectRows);
  }

  /** {@code sum + count}, exactly: a count below 2^63 is two exact doubles. */
  private static ExactSum plusCount(ExactSum sum, long count) {
    ExactSum total = sum.copy();
    total.add((double) (count >>> 32) * 0x1p32);
    total.add((double) (count & 0xFFFF_FFFFL));
    return total;
  }

  private ClassSums sums(int c) {
    ClassSums s = classes[c];
    if (s == null) {
      s = new ClassSums(numLosses);
      classes[c] = s;
    }
    return s;
  }

  private ClassSums read(int c) {
    Objects.checkIndex(c, numClasses);
    return classes[c] == null ? new ClassSums(numLosses) : classes[c];
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PerClassState)) {
      return false;
    }
    PerClassState s = (PerClassState) o;
    if (s.numClasses != numClasses || s.numLosses != numLosses
        || !accounting.equals(s.accounting)) {
      return false;
    }
    for (int c = 0; c < numClasses; c++) {
      if (!read(c).equals(s.read(c))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(numClasses, numLosses, accounting);
  }

  /** The sums of one class; a class no row touched has none. */
  private static final class ClassSums implements Serializable {
    private static final long serialVersionUID = 1L;

    long rows;
    /** Rows of weight 1, which are counted here instead of added to the weight sums. */
    long unitWeightRows;
    long unitPredictedRows;
    long unitCorrectRows;
    final ExactSum weight = new ExactSum();
    final ExactSum predictedWeight = new ExactSum();
    final ExactSum correctWeight = new ExactSum();
    /** The sums every row of the class adds to, in {@link PerClassState#TRUE_PROBABILITY} order. */
    final ExactSumRows rowSums;

    ClassSums(int numLosses) {
      rowSums = new ExactSumRows(LOSSES + 2 * numLosses);
    }

    void merge(ClassSums other) {
      rows += other.rows;
      unitWeightRows += other.unitWeightRows;
      unitPredictedRows += other.unitPredictedRows;
      unitCorrectRows += other.unitCorrectRows;
      weight.merge(other.weight);
      predictedWeight.merge(other.predictedWeight);
      correctWeight.merge(other.correctWeight);
      rowSums.merge(other.rowSums);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof ClassSums)) {
        return false;
      }
      ClassSums s = (ClassSums) o;
      return rows == s.rows && unitWeightRows == s.unitWeightRows
          && unitPredictedRows == s.unitPredictedRows && unitCorrectRows == s.unitCorrectRows
          && weight.equals(s.weight) && predictedWeight.equals(s.predictedWeight)
          && correctWeight.equals(s.correctWeight) && rowSums.equals(s.rowSums);
    }

    @Override
    public int hashCode() {
      return Long.hashCode(rows);
    }
  }
}
