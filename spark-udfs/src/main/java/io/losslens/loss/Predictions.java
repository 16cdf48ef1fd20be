package io.losslens.loss;

/** What a prediction vector says about the classes, shared by the kernels and the breakdowns. */
public final class Predictions {
  private Predictions() {}

  /**
   * The index of the largest entry, the lowest index on ties (as Spark ML's
   * {@code Vector.argmax}); the vector must be non-empty and free of NaN.
   */
  public static int argmax(double[] v) {
    int top = argmaxInUnitInterval(v);
    return top >= 0 ? top : ~top;
  }

  /**
   * {@link #argmax}, with {@link Check#allInUnitInterval}'s bit test of every entry in the same
   * pass, as {@link #topTwoInUnitInterval}: the argmax, or {@code ~argmax} when an entry may lie
   * outside {@code [0, 1]}.
   */
  public static int argmaxInUnitInterval(double[] v) {
    int top = 0;
    long outside = Check.outsideUnitInterval(Double.doubleToRawLongBits(v[0]));
    for (int i = 1; i < v.length; i++) {
      outside |= Check.outsideUnitInterval(Double.doubleToRawLongBits(v[i]));
      if (v[i] > v[top]) {
        top = i;
      }
    }
    return outside >= 0 ? top : ~top;
  }

  /**
   * {@link #argmax} and, in the same pass, the largest entry of the others: writes the argmax's
   * value to {@code top[0]} and the runner-up's to {@code top[1]} (equal to it on a tie), and
   * returns the argmax. The strongest rival of a class {@code y} scores {@code top[0]} when
   * {@code y} is not the argmax, else {@code top[1]}. At least two entries, free of NaN.
   */
  public static int topTwo(double[] v, double[] top) {
    int index = topTwoInUnitInterval(v, top);
    return index >= 0 ? index : ~index;
  }

  /**
   * {@link #topTwo}, with {@link Check#allInUnitInterval}'s bit test of every entry in the same
   * pass: returns the argmax when the raw bits of every entry lie in those of
   * {@code [+0.0, 1.0]}, else its complement {@code ~argmax}, which is negative. {@code -0.0}
   * fails the bit test too, so a negative result must be confirmed by comparison.
   */
  public static int topTwoInUnitInterval(double[] v, double[] top) {
    int index = 0;
    double first = v[0];
    double second = Double.NEGATIVE_INFINITY;
    long outside = Check.outsideUnitInterval(Double.doubleToRawLongBits(first));
    for (int i = 1; i < v.length; i++) {
      double x = v[i];
      outside |= Check.outsideUnitInterval(Double.doubleToRawLongBits(x));
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
    return outside >= 0 ? index : ~index;
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
