package io.losslens.loss.eval;

import java.util.Locale;

/** A constant parameter of a loss, by its SQL argument name, with the contract's default. */
public enum LossParam {
  /** The probability clip, {@code 0 < eps < 0.5}; Spark MLlib's logLoss default. */
  EPS(1e-15),
  /** The focusing parameter of focal losses, {@code >= 0}. */
  GAMMA(2.0),
  /** Binary focal weight of the positive class, {@code <= 1}; negative means no weighting. */
  ALPHA(0.25),
  /** Multi-class focal weight per class, each {@code >= 0}; absent means all 1. */
  ALPHAS(Double.NaN),
  /** The class weights of {@code weighted_cross_entropy}, each {@code >= 0}; required. */
  CLASS_WEIGHTS(Double.NaN);

  private final double defaultValue;

  LossParam(double defaultValue) {
    this.defaultValue = defaultValue;
  }

  /** The SQL argument name: {@code eps}, {@code class_weights}, ... */
  public String sqlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The default of a number parameter; NaN for vector parameters, which have none. */
  public double defaultValue() {
    return defaultValue;
  }

  public boolean isVector() {
    return this == ALPHAS || this == CLASS_WEIGHTS;
  }
}
