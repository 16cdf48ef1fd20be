package io.losslens.loss;

/** The logistic function, evaluated without overflow and with full relative precision. */
final class Sigmoid {
  private Sigmoid() {}

  /** {@code 1 / (1 + e^-z)}; {@code of(-z)} is {@code 1 - of(z)} without cancellation. */
  static double of(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  /** {@code sigmoid(z) - y}, arranged so that the confident, correct case does not cancel. */
  static double minus(double z, double y) {
    return z >= 0 ? (1 - y) - of(-z) : of(z) - y;
  }
}
