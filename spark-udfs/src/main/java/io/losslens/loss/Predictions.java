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
}
