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
   * {@link #argmax} of a vector of probabilities, with {@link Check#allInUnitInterval}'s bit
   * test of every entry in the same pass, as {@link #topTwoInUnitInterval}: the argmax, or a
   * negative number when an entry may lie outside {@code [0, 1]}. Compares the entries as
   * integers, without a branch an entry.
   */
  public static int argmaxInUnitInterval(double[] v) {
    long first = Double.doubleToRawLongBits(v[0]);
    long outside = Check.outsideUnitInterval(first);
    long index = 0;
    for (int i = 1; i < v.length; i++) {
      long bits = Double.doubleToRawLongBits(v[i]);
      outside |= Check.outsideUnitInterval(bits);
      long larger = (first - bits) >> 63; // -1 when this entry is larger (no overflow in [0, 1])
      first ^= (first ^ bits) & larger;
      index ^= (index ^ i) & larger;
    }
    return outside >= 0 ? (int) index : -1;
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
   * {@link #topTwo} of a vector of probabilities, with {@link Check#allInUnitInterval}'s bit
   * test of every entry in the same pass. Where every entry's raw bits lie in those of
   * {@code [+0.0, 1.0]}, they order the entries as their values do, so the scan compares them
   * as integers and keeps the larger of two by a mask, without a branch an entry (a branching
   * scan mispredicts each time a larger entry turns up, a few times a row). Returns the argmax
   * and writes the top two as {@code topTwo} does; returns a negative number, {@code top}
   * unspecified, when an entry may lie outside {@code [0, 1]} ({@code -0.0} fails the bit test
   * too, so such a row must be confirmed by comparison). At least two entries.
   */
  public static int topTwoInUnitInterval(double[] v, double[] top) {
    long first = Double.doubleToRawLongBits(v[0]);
    long outside = Check.outsideUnitInterval(first);
    long second = -1; // below the bits of every entry in range
    long index = 0;
    for (int i = 1; i < v.length; i++) {
      long bits = Double.doubleToRawLongBits(v[i]);
      outside |= Check.outsideUnitInterval(bits);
      long larger = (first - bits) >> 63; // -1 when this entry is larger (no overflow in [0, 1])
      long swap = (first ^ bits) & larger;
      long smaller = bits ^ swap; // the smaller of the two, a candidate for the runner-up
      first ^= swap;
      index ^= (index ^ i) & larger;
      second ^= (second ^ smaller) & ((second - smaller) >> 63);
    }
    if (outside < 0) {
      return -1;
    }
    top[0] = Double.longBitsToDouble(first);
    top[1] = Double.longBitsToDouble(second);
    return (int) index;
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
