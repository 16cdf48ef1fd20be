package io.losslens.spark.agg;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One row of a typed loss aggregation (a Java bean, so {@code Encoders.bean(LossInput.class)}
 * reads and writes it): a label, a prediction and a sample weight. A NULL field is an invalid
 * row, counted or failed on by the aggregation's mode, never silently dropped.
 *
 * <ul>
 *   <li>{@code label}: the class index or binary label, for losses of a class label;
 *   <li>{@code target}: the vector label of {@code soft_cross_entropy},
 *       {@code multilabel_cross_entropy}, {@code kl_divergence} ({@code p}) and
 *       {@code js_divergence};
 *   <li>{@code prediction}: the probabilities, logits or scores; for a binary loss one entry, or
 *       two (negative, positive) as in the {@code probability} and {@code rawPrediction} columns
 *       of Spark ML binary classifiers;
 *   <li>{@code weight}: the sample weight; the factories set it to 1. (Spark's bean reader
 *       leaves a field at its default for a NULL column, so the default is NULL.)
 * </ul>
 */
public class LossInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private Double label;
  private double[] target;
  private double[] prediction;
  private Double weight;

  public LossInput() {}

  /** A binary row: a label and the predicted probability, logit or score. */
  public static LossInput of(double label, double prediction) {
    return of(label, new double[] {prediction});
  }

  /** A row of a class label and a prediction vector. */
  public static LossInput of(double label, double[] prediction) {
    LossInput row = new LossInput();
    row.label = label;
    row.prediction = prediction;
    row.weight = 1.0;
    return row;
  }

  /** A row of a vector label (a target distribution or multi-label vector). */
  public static LossInput ofTarget(double[] target, double[] prediction) {
    LossInput row = new LossInput();
    row.target = target;
    row.prediction = prediction;
    row.weight = 1.0;
    return row;
  }

  /** This row with sample weight {@code weight}. */
  public LossInput weighted(Double weight) {
    this.weight = weight;
    return this;
  }

  public Double getLabel() {
    return label;
  }

  public void setLabel(Double label) {
    this.label = label;
  }

  public double[] getTarget() {
    return target;
  }

  public void setTarget(double[] target) {
    this.target = target;
  }

  public double[] getPrediction() {
    return prediction;
  }

  public void setPrediction(double[] prediction) {
    this.prediction = prediction;
  }

  public Double getWeight() {
    return weight;
  }

  public void setWeight(Double weight) {
    this.weight = weight;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LossInput)) {
      return false;
    }
    LossInput r = (LossInput) o;
    return Objects.equals(label, r.label) && Arrays.equals(target, r.target)
        && Arrays.equals(prediction, r.prediction) && Objects.equals(weight, r.weight);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, Arrays.hashCode(target), Arrays.hashCode(prediction), weight);
  }

  @Override
  public String toString() {
    return "LossInput(label=" + (target != null ? Arrays.toString(target) : label)
        + ", prediction=" + Arrays.toString(prediction) + ", weight=" + weight + ")";
  }
}
