package io.losslens.loss;

import java.util.Arrays;

/**
 * Small vector factories for the tests. {@code triangular}, {@code sparse} and {@code ramp} are
 * mirrored in {@code src/test/provenance/kernel_values.py}; each entry is one correctly rounded
 * IEEE operation, so Java and Python hold bit-identical inputs.
 */
final class Vectors {
  private Vectors() {}

  static double[] v(double... xs) {
    return xs;
  }

  /** {@code (i + 1) / (n (n + 1) / 2)}: a distribution over n classes. */
  static double[] triangular(int n) {
    double total = n * (n + 1) / 2.0;
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = (i + 1) / total;
    }
    return out;
  }

  /** {@link #triangular} with every fifth entry ({@code i % 5 == 0}) set to 0. */
  static double[] sparse(int n) {
    double[] out = triangular(n);
    for (int i = 0; i < n; i += 5) {
      out[i] = 0;
    }
    return out;
  }

  /** {@code start + step * i}. */
  static double[] ramp(int n, double start, double step) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = start + step * i;
    }
    return out;
  }

  /** A vector of length n that is 0 except at the given (index, value) pairs. */
  static double[] zerosExcept(int n, double... indexThenValue) {
    double[] out = new double[n];
    for (int k = 0; k < indexThenValue.length; k += 2) {
      out[(int) indexThenValue[k]] = indexThenValue[k + 1];
    }
    return out;
  }

  /**
   * An output buffer full of garbage: a gradient kernel must overwrite every entry it owns,
   * including the ones that are 0.
   */
  static double[] nans(int n) {
    double[] out = new double[n];
    Arrays.fill(out, Double.NaN);
    return out;
  }
}
