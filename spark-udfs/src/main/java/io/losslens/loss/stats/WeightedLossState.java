package io.losslens.loss.stats;

import java.io.Serializable;
import java.util.Objects;

/**
 * The mergeable state of a weighted mean loss: the exact sums of {@code w * loss} and of
 * {@code w} over valid rows, their count, and the accounting of every row seen. The per-row
 * product {@code w * loss} is rounded once, the same way on every row; the sums are exact, so
 * every result is the same bits whatever the partitioning and order.
 *
 * <p>A commutative monoid under {@link #merge}: the new state is the identity.
 */
public final class WeightedLossState implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How the mean is normalized; libraries disagree, so it is a choice. */
  public enum Normalization {
    /** {@code sum(w * loss) / sum(w)}: the default. */
    BY_WEIGHT,
    /** {@code sum(w * loss) / rows}: the sum of weighted losses over the number of valid rows. */
    BY_ROWS
  }

  private final ExactSum weightedLoss = new ExactSum();
  private final ExactSum weight = new ExactSum();
  private long rows;
  private final RowAccounting accounting = new RowAccounting();

  /** A valid row with its loss and weight (checked by the caller: weight finite and >= 0). */
  public void add(double loss, double rowWeight) {
    weightedLoss.add(rowWeight * loss);
    weight.add(rowWeight);
    rows++;
    accounting.recordValid();
  }

  /** A row that was not evaluated. */
  public void addInvalid(InvalidReason reason) {
    accounting.recordInvalid(reason);
  }

  public void merge(WeightedLossState other) {
    weightedLoss.merge(other.weightedLoss);
    weight.merge(other.weight);
    rows += other.rows;
    accounting.merge(other.accounting);
  }

  /** The mean loss, or missing when there is nothing to divide by. */
  public Metric mean(Normalization normalization) {
    if (rows == 0) {
      return Metric.missing("no valid rows");
    }
    return normalization == Normalization.BY_ROWS
        ? Metric.of(weightedLoss.value() / rows)
        : Metric.ratio(weightedLoss.value(), weight.value(), "the weights of the valid rows sum to 0");
  }

  /** {@code sum(w * loss)} over valid rows, correctly rounded. */
  public double weightedLossSum() {
    return weightedLoss.value();
  }

  /** {@code sum(w)} over valid rows, correctly rounded. */
  public double weightSum() {
    return weight.value();
  }

  /** The number of valid rows. */
  public long rows() {
    return rows;
  }

  public RowAccounting accounting() {
    return accounting;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof WeightedLossState)) {
      return false;
    }
    WeightedLossState s = (WeightedLossState) o;
    return rows == s.rows && weightedLoss.equals(s.weightedLoss) && weight.equals(s.weight)
        && accounting.equals(s.accounting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weightedLoss, weight, rows, accounting);
  }

  @Override
  public String toString() {
    return "WeightedLossState(rows=" + rows + ", weightedLoss=" + weightedLoss.value()
        + ", weight=" + weight.value() + ", " + accounting + ")";
  }
}
