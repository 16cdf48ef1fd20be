package io.losslens.loss;

/**
 * The one validation helper of LossLens. Every method either returns normally or throws a
 * {@link LossInputException} whose message has the form {@code <function>: <argument> <rule>,
 * but was <value>}. {@code function} is the SQL name of the loss being evaluated.
 */
public final class Check {
  private static final long ONE_BITS = Double.doubleToRawLongBits(1.0);
  private static final int ONE_FLOAT_BITS = Float.floatToRawIntBits(1.0f);

  private Check() {}

  /** The smallest and largest allowed {@code eps} are exclusive bounds: {@code 0 < eps < 0.5}. */
  public static double eps(String function, double eps) {
    if (!isEps(eps)) {
      throw fail(function, "eps must be in (0, 0.5), but was " + eps);
    }
    return eps;
  }

  /** Whether {@code eps} is a valid clip. */
  public static boolean isEps(double eps) {
    return eps > 0 && eps < 0.5;
  }

  /** {@code gamma >= 0} and finite. */
  public static double gamma(String function, double gamma) {
    finite(function, "gamma", gamma);
    if (gamma < 0) {
      throw fail(function, "gamma must be >= 0, but was " + gamma);
    }
    return gamma;
  }

  /** Binary focal {@code alpha <= 1}; a negative alpha means "no alpha weighting". */
  public static double focalAlpha(String function, double alpha) {
    finite(function, "alpha", alpha);
    if (alpha > 1) {
      throw fail(function, "alpha must be <= 1 (a negative alpha means no alpha weighting), but was "
          + alpha);
    }
    return alpha;
  }

  public static double finite(String function, String argument, double x) {
    if (!Double.isFinite(x)) {
      throw fail(function, argument + " must be a finite number, but was " + x);
    }
    return x;
  }

  /** A probability, a soft label or a divergence entry: finite and in {@code [0, 1]}. */
  public static double unitInterval(String function, String argument, double x) {
    finite(function, argument, x);
    if (x < 0 || x > 1) {
      throw fail(function, argument + " must be in [0, 1], but was " + x);
    }
    return x;
  }

  /**
   * The hinge label rule: {@code 1} is the positive class, {@code 0} or {@code -1} the
   * negative one. Returns the sign {@code t} (+1 or -1).
   */
  public static double hingeSign(String function, double label) {
    if (label == 1) {
      return 1;
    }
    if (isHingeLabel(label)) {
      return -1;
    }
    throw fail(function, "label must be 1 (positive) or 0 or -1 (negative), but was " + label);
  }

  /** The hinge label rule: 1, 0 or -1. */
  public static boolean isHingeLabel(double label) {
    return label == 1 || label == 0 || label == -1;
  }

  /** The class index rule: a whole number in {@code [0, numClasses)}. */
  public static boolean isClassIndex(double label, int numClasses) {
    return label >= 0 && label < numClasses && label == Math.rint(label);
  }

  /** A 0-based class index for {@code numClasses} classes; returns it as an int. */
  public static int classIndex(String function, double label, int numClasses) {
    if (!isClassIndex(label, numClasses)) {
      String rule = "must be a whole number in [0, " + numClasses + ")";
      if (Double.isFinite(label) && label != Math.rint(label)) {
        throw fail(function, "label " + label + " is not a whole number; " + rule);
      }
      throw fail(function, "label " + formatLabel(label) + " is out of range for " + numClasses
          + " classes; " + rule);
    }
    return (int) label;
  }

  public static void nonEmpty(String function, String argument, double[] v) {
    nonEmpty(function, argument, v.length);
  }

  /** The same rule for a vector of {@code length} entries read in place. */
  public static void nonEmpty(String function, String argument, int length) {
    if (length == 0) {
      throw fail(function, argument + " must not be empty");
    }
  }

  public static void finiteEntries(String function, String argument, double[] v) {
    nonEmpty(function, argument, v);
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw fail(function, argument + "[" + i + "] must be a finite number, but was " + v[i]);
      }
    }
  }

  public static void unitIntervalEntries(String function, String argument, double[] v) {
    nonEmpty(function, argument, v);
    if (!allInUnitInterval(v)) {
      for (int i = 0; i < v.length; i++) {
        unitIntervalEntry(function, argument, i, v[i]);
      }
    }
  }

  /** Whether every entry of {@code v} is in {@code [0, 1]} (NaN is not). */
  public static boolean allInUnitInterval(double[] v) {
    long outside = 0;
    for (double x : v) {
      outside |= outsideUnitInterval(Double.doubleToRawLongBits(x));
    }
    return outside >= 0 || allInUnitIntervalByComparison(v);
  }

  /**
   * Negative when the double of raw bits {@code bits} may lie outside {@code [0, 1]}: the bits of
   * the doubles in {@code [+0.0, 1.0]}, read as a signed long, are exactly {@code [0, ONE_BITS]},
   * so OR-ing this over a vector tests every entry with one branch at the end instead of two per
   * entry, which the hot paths feel. Negative also for {@code -0.0}, which is in range: a negative
   * result must be confirmed by comparison.
   */
  public static long outsideUnitInterval(long bits) {
    return bits | (ONE_BITS - bits);
  }

  /**
   * {@link #outsideUnitInterval} of a float of raw bits {@code bits}: the floats in
   * {@code [+0.0f, 1.0f]} are the ints {@code [0, floatToRawIntBits(1.0f)]}.
   */
  public static int floatOutsideUnitInterval(int bits) {
    return bits | (ONE_FLOAT_BITS - bits);
  }

  private static boolean allInUnitIntervalByComparison(double[] v) {
    for (double x : v) {
      if (!(x >= 0 && x <= 1)) {
        return false;
      }
    }
    return true;
  }

  /** Entry {@code i} of a probability vector, read in place: in {@code [0, 1]}. */
  public static void unitIntervalEntry(String function, String argument, int i, double x) {
    // one comparison per entry on the hot path; NaN fails it too
    if (!(x >= 0 && x <= 1)) {
      throw entryFailure(function, argument, i, x, "must be in [0, 1]");
    }
  }

  /** Class weights and per-class alphas: finite and {@code >= 0}. */
  public static void nonNegativeEntries(String function, String argument, double[] v) {
    nonEmpty(function, argument, v);
    for (int i = 0; i < v.length; i++) {
      if (!(v[i] >= 0 && v[i] < Double.POSITIVE_INFINITY)) {
        throw entryFailure(function, argument, i, v[i], "must be >= 0");
      }
    }
  }

  private static LossInputException entryFailure(String function, String argument, int i,
      double value, String rule) {
    String entry = argument + "[" + i + "] ";
    return fail(function, entry + (Double.isFinite(value) ? rule : "must be a finite number")
        + ", but was " + value);
  }

  public static void sameLength(String function, String argumentA, double[] a, String argumentB,
      double[] b) {
    if (a.length != b.length) {
      throw fail(function, argumentA + " and " + argumentB + " must have the same length, but had "
          + a.length + " and " + b.length);
    }
  }

  public static void atLeastTwoClasses(String function, String argument, double[] v) {
    if (v.length < 2) {
      throw fail(function, argument + " must have at least 2 classes, but had " + v.length);
    }
  }

  public static LossInputException fail(String function, String message) {
    return new LossInputException(function + ": " + message);
  }

  private static String formatLabel(double label) {
    return label == Math.rint(label) && Math.abs(label) < 1e15
        ? Long.toString((long) label) : Double.toString(label);
  }
}
