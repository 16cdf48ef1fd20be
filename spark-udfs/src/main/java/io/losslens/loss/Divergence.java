package io.losslens.loss;

/**
 * Kullback-Leibler and Jensen-Shannon divergences between two discrete distributions given as
 * vectors of equal length with entries in {@code [0, 1]} (not required to sum to 1).
 * Natural logarithm throughout.
 */
public final class Divergence {
  private Divergence() {}

  /**
   * {@code sum_{i: p[i] > 0} p[i] ln(p[i] / max(q[i], eps))}, each log exact in relative terms
   * when {@code p} and {@code q'} are close and finite however far apart they are.
   */
  public static double kl(double[] p, double[] q, double eps) {
    check("kl_divergence", p, q);
    Check.eps("kl_divergence", eps);
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 0) {
        double qi = Math.max(q[i], eps);
        sum += p[i] * logRatio(p[i], qi, (p[i] - qi) / qi);
      }
    }
    return sum;
  }

  /** Writes {@code d kl / d q[i] = -p[i] / max(q[i], eps)} into {@code out} (0 where p[i] = 0). */
  public static void klGradient(double[] p, double[] q, double eps, double[] out) {
    check("kl_divergence_grad", p, q);
    Check.eps("kl_divergence_grad", eps);
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i] > 0 ? -p[i] / Math.max(q[i], eps) : 0;
    }
  }

  /**
   * {@code 0.5 KL(p||m) + 0.5 KL(q||m)} with {@code m = (p + q)/2}: at most {@code ln 2}, and
   * symmetric in {@code p} and {@code q} bit for bit. Uses {@code ln(p/m) = log1p((p-q)/(p+q))}.
   */
  public static double js(double[] p, double[] q) {
    check("js_divergence", p, q);
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      double total = p[i] + q[i];
      if (total > 0) {
        // ln(p/m) with m = (p + q)/2 is ln(2p / (p + q)) = log1p((p - q) / (p + q))
        double d = p[i] - q[i];
        sum += xLogRatio(p[i], total, d / total) + xLogRatio(q[i], total, -d / total);
      }
    }
    return 0.5 * sum;
  }

  /**
   * Writes {@code d js / d q[i] = 0.5 ln(q[i] / m[i])} into {@code out}: 0 where both entries are
   * 0, and {@code -Infinity} where {@code q[i] = 0 < p[i]} (the divergence has no finite slope
   * there; no clip is defined for it).
   */
  public static void jsGradient(double[] p, double[] q, double[] out) {
    check("js_divergence_grad", p, q);
    for (int i = 0; i < p.length; i++) {
      double total = p[i] + q[i];
      out[i] = total > 0 ? 0.5 * logRatio(2 * q[i], total, (q[i] - p[i]) / total) : 0;
    }
  }

  /** {@code x ln(2x / total)}: the term of one distribution against the mixture, 0 at x = 0. */
  private static double xLogRatio(double x, double total, double relativeExcess) {
    return x > 0 ? x * logRatio(2 * x, total, relativeExcess) : 0;
  }

  /**
   * {@code ln(a / b)} given {@code relativeExcess = (a - b) / b} as the caller computes it best:
   * as {@code log1p(relativeExcess)}, exact in relative terms when a and b are close, unless a
   * is below half of b or the excess overflows (b tiny). There it is a difference of logs,
   * which does not round a tiny ratio to {@code log1p(-1) = -Infinity}; it is -Infinity only
   * for {@code a = 0}.
   */
  private static double logRatio(double a, double b, double relativeExcess) {
    return relativeExcess > -0.5 && relativeExcess < Double.POSITIVE_INFINITY
        ? Math.log1p(relativeExcess) : Math.log(a) - Math.log(b);
  }

  private static void check(String fn, double[] p, double[] q) {
    Check.unitIntervalEntries(fn, "p", p);
    Check.unitIntervalEntries(fn, "q", q);
    Check.sameLength(fn, "p", p, "q", q);
  }
}
