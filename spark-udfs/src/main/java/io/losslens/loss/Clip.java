package io.losslens.loss;

/**
 * The probability clip {@code clip(x) = min(max(x, eps), 1 - eps)} of the SQL contract, taken
 * in exact arithmetic: {@code 1 - p} is the complement of {@code p} itself (never
 * {@code 1 - clip(p)} in double), so both log terms of a binary loss are at least
 * {@code ln(eps)} and {@code ln(clip(1 - p))} keeps full precision for tiny {@code p}.
 *
 * <p>{@code eps} is checked, {@code 0 < eps < 0.5}, so {@code 1 - p < eps} compares exact
 * values: for {@code p >= 0.5}, {@code 1 - p} is exact (Sterbenz); for {@code p < 0.5} it rounds
 * to at least 0.5 and the test is false, as it is in exact arithmetic. Testing it alone, without
 * {@code p >= 0.5} first, leaves a branch that is almost never taken instead of one taken for
 * about every other row.
 */
final class Clip {
  private Clip() {}

  /** {@code clip(p)}. */
  static double of(double p, double eps) {
    if (p < eps) {
      return eps;
    }
    return 1 - p < eps ? 1 - eps : p;
  }

  /** {@code clip(1 - p)}. */
  static double complement(double p, double eps) {
    if (p < eps) {
      return 1 - eps;
    }
    double q = 1 - p;
    return q < eps ? eps : q;
  }

  /** {@code ln(clip(p))}. */
  static double log(double p, double eps) {
    if (p < eps) {
      return Math.log(eps);
    }
    return 1 - p < eps ? Math.log1p(-eps) : Math.log(p);
  }

  /** {@code ln(clip(1 - p))}, via {@code log1p(-p)} so that tiny {@code p} is not rounded away. */
  static double logComplement(double p, double eps) {
    if (p < eps) {
      return Math.log1p(-eps);
    }
    return 1 - p < eps ? Math.log(eps) : Math.log1p(-p);
  }
}
