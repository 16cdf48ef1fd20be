package io.losslens.loss;

/**
 * Kullback-Leibler and Jensen-Shannon divergences between two discrete distributions given as
 * vectors of equal length with entries in {@code [0, 1]} (not required to sum to 1).
 * Natural logarithm throughout.
 */
public final class Divergence {
  private Divergence() {}

  /**
   * {@code sum_{i: p[i] > 0} p[i] ln(p[i] / max(q[i], eps))}. Each log is evaluated as
   * {@code log1p((p - q') / q')}, exact in relative terms when {@code p} and {@code q'} are close.
   */
  public static double kl(double[] p, double[] q, double eps) {
    check("kl_divergence", p, q);
    Check.eps("kl_divergence", eps);
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      if (p[i] > 0) {
        double qi = Math.max(q[i], eps);
        double excess = (p[i] - qi) / qi;
        // the ratio overflows only for q' below ~1e-308; the difference of logs is exact enough there
        sum += p[i] * (excess < Double.POSITIVE_INFINITY
            ? Math.log1p(excess) : Math.log(p[i]) - Math.log(qi));
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
        double d = p[i] - q[i];
        sum += xLogRatio(p[i], d / total) + xLogRatio(q[i], -d / total);
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
      out[i] = total > 0 ? 0.5 * Math.log1p((q[i] - p[i]) / total) : 0;
    }
  }

  private static double xLogRatio(double x, double relativeExcess) {
    return x > 0 ? x * Math.log1p(relativeExcess) : 0;
  }

  private static void check(String fn, double[] p, double[] q) {
    Check.unitIntervalEntries(fn, "p", p);
    Check.unitIntervalEntries(fn, "q", q);
    Check.sameLength(fn, "p", p, "q", q);
  }
}
