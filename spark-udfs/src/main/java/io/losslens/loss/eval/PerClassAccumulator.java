package io.losslens.loss.eval;

import io.losslens.loss.Check;
import io.losslens.loss.eval.LossKind.Prediction;
import io.losslens.loss.stats.InvalidReason;
import io.losslens.loss.stats.PerClassState;
import io.losslens.loss.stats.PerClassSummary;
import io.losslens.loss.stats.RowAccounting;
import java.util.List;
import java.util.Objects;

/**
 * One pass of a per-class loss breakdown over one or more losses of the same label and
 * prediction: each row is evaluated (or rejected and counted by reason, or failed on, by the
 * mode) and added to a {@link PerClassState} by its true class. The first loss decides how a
 * prediction is read: its predicted class and the probability of the true class.
 *
 * <p>The number of classes is 2 for binary losses, {@code num_classes} when set, and otherwise
 * the length of the prediction vectors, which must then agree: if they do not, the summary
 * fails (whatever the order of the rows), asking for {@code num_classes}. A commutative monoid
 * under {@link #merge} for accumulators of the same configuration.
 */
public final class PerClassAccumulator implements RowAccumulator<PerClassAccumulator> {
  private static final long serialVersionUID = 1L;

  private final List<LossSpec> losses;
  private final AggregationOptions options;
  private final RowEvaluator evaluator;
  private final boolean inferClasses;
  /** Whether the first loss reads probabilities (or logits), not scores. */
  private final boolean readsProbabilities;
  /** Null until the number of classes is known (from the first valid row when inferred). */
  private PerClassState state;
  /** Invalid rows seen while {@code state} is null. */
  private RowAccounting invalidWithoutState = new RowAccounting();
  /** Shortest and longest valid prediction vector, when the number of classes is inferred. */
  private int shortest = Integer.MAX_VALUE;
  private int longest;

  public PerClassAccumulator(List<LossSpec> losses, AggregationOptions options) {
    if (losses.isEmpty()) {
      throw Check.fail(options.function(), "needs at least one loss");
    }
    this.losses = List.copyOf(losses);
    this.options = Objects.requireNonNull(options);
    if (losses.stream().map(LossSpec::name).distinct().count() < losses.size()) {
      throw Check.fail(options.function(), "the losses must be distinct, but were " + losses);
    }
    this.evaluator = new RowEvaluator(this.losses, options, true);
    boolean vector = losses.get(0).kind().prediction().isVector();
    int numClasses = vector ? options.numClasses() : 2;
    this.inferClasses = numClasses == 0;
    Prediction reads = losses.get(0).kind().prediction();
    this.readsProbabilities = reads != Prediction.SCORE && reads != Prediction.SCORES;
    if (!inferClasses) {
      state = new PerClassState(numClasses, losses.size());
    }
  }

  @Override
  public void add(Double label, double[] target, double[] prediction, Double sampleWeight) {
    if (evaluator.hasLabelAndWeight(label, sampleWeight)) {
      addUnboxed(label == null ? Double.NaN : label, target, prediction, sampleWeight);
    } else {
      addInvalid(evaluator.reject(label, target, prediction, sampleWeight));
    }
  }

  @Override
  public void addUnboxed(double label, double[] target, double[] prediction,
      double sampleWeight) {
    if (!evaluator.evaluate(label, target, prediction, sampleWeight)) {
      addInvalid(evaluator.reject(label, target, prediction, sampleWeight));
      return;
    }
    if (inferClasses) {
      int classes = prediction.length;
      shortest = Math.min(shortest, classes);
      longest = Math.max(longest, classes);
      if (state == null) {
        state = new PerClassState(classes, losses.size());
        state.accounting().merge(invalidWithoutState);
        invalidWithoutState = new RowAccounting();
      } else if (state.numClasses() != classes) {
        return; // lengths disagree: the summary fails, so the row need not be kept
      }
    }
    state.add(evaluator.trueClass, evaluator.predictedClass, evaluator.weight,
        evaluator.lossValues, readsProbabilities ? evaluator.trueProbability : 0,
        evaluator.gradientMagnitudes);
  }

  private void addInvalid(InvalidReason reason) {
    if (state != null) {
      state.addInvalid(reason);
    } else {
      invalidWithoutState.recordInvalid(reason);
    }
  }

  @Override
  public void merge(PerClassAccumulator other) {
    if (!losses.equals(other.losses) || !options.equals(other.options)) {
      throw new IllegalArgumentException(options.function() + ": cannot merge a breakdown of "
          + other.losses + " (" + other.options + ") into one of " + losses + " (" + options + ")");
    }
    shortest = Math.min(shortest, other.shortest);
    longest = Math.max(longest, other.longest);
    if (other.state == null) {
      (state != null ? state.accounting() : invalidWithoutState).merge(other.invalidWithoutState);
    } else if (state == null) {
      state = new PerClassState(other.state.numClasses(), losses.size());
      state.merge(other.state);
      state.accounting().merge(invalidWithoutState);
      invalidWithoutState = new RowAccounting();
    } else if (state.numClasses() == other.state.numClasses()) {
      state.merge(other.state);
    } // else the lengths disagree and the summary fails
  }

  public List<LossSpec> losses() {
    return losses;
  }

  public AggregationOptions options() {
    return options;
  }

  /**
   * The breakdown. Fails when the number of classes was inferred and prediction vectors of
   * different lengths were seen.
   */
  public PerClassSummary summary() {
    if (shortest < longest) {
      throw Check.fail(options.function(), "the prediction vectors have " + shortest + " to "
          + longest + " entries; set num_classes to the number of classes (rows of another "
          + "length are then counted as vector_length_mismatch)");
    }
    PerClassState summed = state;
    if (summed == null) {
      summed = new PerClassState(0, losses.size());
      summed.accounting().merge(invalidWithoutState);
    }
    return PerClassSummary.of(summed, options.beta(),
        readsProbabilities ? null : losses.get(0).name() + " predictions are scores, not "
            + "probabilities");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PerClassAccumulator)) {
      return false;
    }
    PerClassAccumulator a = (PerClassAccumulator) o;
    return losses.equals(a.losses) && options.equals(a.options) && Objects.equals(state, a.state)
        && invalidWithoutState.equals(a.invalidWithoutState) && shortest == a.shortest
        && longest == a.longest;
  }

  @Override
  public int hashCode() {
    return Objects.hash(losses, options, state, invalidWithoutState);
  }

  @Override
  public String toString() {
    return "PerClassAccumulator(" + losses + ", " + options + ", " + state + ", invalid="
        + invalidWithoutState + ")";
  }
}
