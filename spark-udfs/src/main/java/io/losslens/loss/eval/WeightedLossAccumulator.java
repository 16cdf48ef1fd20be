package io.losslens.loss.eval;

import io.losslens.loss.stats.Metric;
import io.losslens.loss.stats.WeightedLossState;
import java.util.List;
import java.util.Objects;

/**
 * One pass of a weighted mean loss: each row is evaluated (or rejected and counted by reason,
 * or failed on, by the mode) and added to a {@link WeightedLossState}. A commutative monoid
 * under {@link #merge} for accumulators of the same configuration; results are the same bits
 * however the rows were split and ordered.
 */
public final class WeightedLossAccumulator implements RowAccumulator<WeightedLossAccumulator> {
  private static final long serialVersionUID = 1L;

  private final LossSpec loss;
  private final AggregationOptions options;
  private final RowEvaluator evaluator;
  private final WeightedLossState state = new WeightedLossState();

  public WeightedLossAccumulator(LossSpec loss, AggregationOptions options) {
    this.loss = loss.requireComplete();
    this.options = Objects.requireNonNull(options);
    this.evaluator = new RowEvaluator(List.of(loss), options, false);
  }

  @Override
  public void add(Double label, double[] target, double[] prediction, Double sampleWeight) {
    if (evaluator.hasLabelAndWeight(label, sampleWeight)) {
      addUnboxed(label == null ? Double.NaN : label, target, prediction, sampleWeight);
    } else {
      state.addInvalid(evaluator.reject(label, target, prediction, sampleWeight));
    }
  }

  @Override
  public void addUnboxed(double label, double[] target, double[] prediction,
      double sampleWeight) {
    if (evaluator.evaluate(label, target, prediction, sampleWeight)) {
      state.add(evaluator.lossValues[0], evaluator.weight);
    } else {
      state.addInvalid(evaluator.reject(label, target, prediction, sampleWeight));
    }
  }

  @Override
  public void merge(WeightedLossAccumulator other) {
    if (!loss.equals(other.loss) || !options.equals(other.options)) {
      throw new IllegalArgumentException(options.function() + ": cannot merge an aggregation of "
          + other.loss + " (" + other.options + ") into one of " + loss + " (" + options + ")");
    }
    state.merge(other.state);
  }

  public LossSpec loss() {
    return loss;
  }

  public AggregationOptions options() {
    return options;
  }

  /** The sums and the row accounting. */
  public WeightedLossState state() {
    return state;
  }

  /** The mean loss under the configured normalization, or the reason there is none. */
  public Metric mean() {
    return state.mean(options.normalization());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeightedLossAccumulator
        && loss.equals(((WeightedLossAccumulator) o).loss)
        && options.equals(((WeightedLossAccumulator) o).options)
        && state.equals(((WeightedLossAccumulator) o).state);
  }

  @Override
  public int hashCode() {
    return Objects.hash(loss, options, state);
  }

  @Override
  public String toString() {
    return "WeightedLossAccumulator(" + loss + ", " + options + ", " + state + ")";
  }
}
