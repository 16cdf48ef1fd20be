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
   * {@link #argmax} and, in the same pass, the largest entry of the others: writes the argmax's
   * value to {@code top[0]} and the runner-up's to {@code top[1]} (equal to it on a tie), and
   * returns the argmax. The strongest rival of a class {@code y} scores {@code top[0]} when
   * {@code y} is not the argmax, else {@code top[1]}. At least two entries, free of NaN.
   */
  public static int topTwo(double[] v, double[] top) {
    int index = 0;
    double first = v[0];
    double second = Double.NEGATIVE_INFINITY;
    for (int i = 1; i < v.length; i++) {
      double x = v[i];
      if (x > first) {
        second = first;
        first = x;
        index = i;
      } else if (x > second) {
        second = x;
      }
    }
    top[0] = first;
    top[1] = second;
    return index;
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
