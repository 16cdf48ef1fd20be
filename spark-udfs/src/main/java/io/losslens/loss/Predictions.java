package io.losslens.loss;

/** What a prediction vector says about the classes, shared by the kernels and the breakdowns. */
public final class Predictions {
  private Predictions() {}

  /**
   * The index of the largest entry, the lowest index on ties (as Spark ML's
   * {@code Vector.argmax}); the vector must be non-empty and free of NaN.
   */
  public static int argmax(double[] v) {
    int top = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[top]) {
        top = i;
      }
    }
    return top;
  }

  /**
   * {@code softmax(z)}, shifted by {@code max(z)} so that no exponential overflows; entries
   * sum to 1 up to rounding. {@code z} must be non-empty and finite.
   */
  public static double[] softmax(double[] z) {
    double max = z[argmax(z)];
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }
}
