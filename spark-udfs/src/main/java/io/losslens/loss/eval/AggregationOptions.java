package io.losslens.loss.eval;

import io.losslens.loss.Check;
import io.losslens.loss.stats.WeightedLossState.Normalization;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * How an aggregation treats its rows, beyond the losses themselves: what to do with an invalid
 * row, how the mean is normalized, per-class row weights, the number of classes, and the
 * effective-number parameter of the class-weight suggestions. Immutable; each option is
 * validated when set. The {@code function} named in errors is the aggregation's name.
 */
public final class AggregationOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What an invalid row does, after Spark's parse modes. */
  public enum Mode {
    /** The aggregation fails on the first invalid row, naming the rule and the values. */
    FAILFAST,
    /** Invalid rows are skipped and counted by reason. */
    DROPMALFORMED;

    /** The mode named {@code name}, in any case; null when there is none of that name. */
    public static Mode named(String name) {
      for (Mode mode : values()) {
        if (mode.name().equalsIgnoreCase(name.trim())) {
          return mode;
        }
      }
      return null;
    }
  }

  /** Cui et al.'s usual effective-number parameter. */
  public static final double DEFAULT_BETA = 0.999;

  private final String function;
  private final Mode mode;
  private final Normalization normalization;
  private final double[] classWeights;
  private final int numClasses;
  private final double beta;

  private AggregationOptions(String function, Mode mode, Normalization normalization,
      double[] classWeights, int numClasses, double beta) {
    this.function = Objects.requireNonNull(function);
    this.mode = Objects.requireNonNull(mode);
    this.normalization = Objects.requireNonNull(normalization);
    this.classWeights = classWeights;
    this.numClasses = numClasses;
    this.beta = beta;
  }

  /**
   * FAILFAST, normalized by weight, no class weights, the number of classes taken from the
   * data, beta 0.999.
   */
  public static AggregationOptions defaults(String function) {
    return new AggregationOptions(function, Mode.FAILFAST, Normalization.BY_WEIGHT, null, 0,
        DEFAULT_BETA);
  }

  public AggregationOptions withMode(Mode value) {
    return new AggregationOptions(function, value, normalization, classWeights, numClasses, beta);
  }

  public AggregationOptions withNormalization(Normalization value) {
    return new AggregationOptions(function, mode, value, classWeights, numClasses, beta);
  }

  /**
   * Weights each row by the class weight of its true class (times its sample weight). The
   * number of entries must be the number of classes (2 for binary losses).
   */
  public AggregationOptions withClassWeights(double... values) {
    Check.nonNegativeEntries(function, "class_weights", values);
    return new AggregationOptions(function, mode, normalization, values.clone(), numClasses, beta);
  }

  /**
   * The number of classes of vector predictions: rows of another length are invalid
   * ({@code vector_length_mismatch}). Unset (0), it is the length of the predictions, which
   * must then all agree.
   */
  public AggregationOptions withNumClasses(int value) {
    if (value < 2) {
      throw Check.fail(function, "num_classes must be >= 2, but was " + value);
    }
    return new AggregationOptions(function, mode, normalization, classWeights, value, beta);
  }

  /** The effective-number parameter, in {@code [0, 1)}. */
  public AggregationOptions withBeta(double value) {
    if (!(value >= 0 && value < 1)) {
      throw Check.fail(function, "beta must be in [0, 1), but was " + value);
    }
    return new AggregationOptions(function, mode, normalization, classWeights, numClasses, value);
  }

  /** The aggregation's name in messages: {@code loss_summary}, {@code per_class_loss}, ... */
  public String function() {
    return function;
  }

  public Mode mode() {
    return mode;
  }

  public Normalization normalization() {
    return normalization;
  }

  /** The class weights of rows, or null. */
  public double[] classWeights() {
    return classWeights == null ? null : classWeights.clone();
  }

  boolean hasClassWeights() {
    return classWeights != null;
  }

  double classWeight(int c) {
    return classWeights[c];
  }

  int classWeightCount() {
    return classWeights.length;
  }

  /** The number of classes, or 0 when it comes from the data. */
  public int numClasses() {
    return numClasses;
  }

  public double beta() {
    return beta;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AggregationOptions)) {
      return false;
    }
    AggregationOptions a = (AggregationOptions) o;
    return function.equals(a.function) && mode == a.mode && normalization == a.normalization
        && Arrays.equals(classWeights, a.classWeights) && numClasses == a.numClasses
        && Double.compare(beta, a.beta) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(function, mode, normalization, Arrays.hashCode(classWeights), numClasses,
        beta);
  }

  @Override
  public String toString() {
    return "mode=" + mode + ", normalization=" + normalization
        + (classWeights == null ? "" : ", class_weights=" + Arrays.toString(classWeights))
        + (numClasses == 0 ? "" : ", num_classes=" + numClasses) + ", beta=" + beta;
  }
}
