package io.losslens.loss;

/**
 * Binary cross-entropy (log loss) for a scalar prediction, from a probability or from a logit.
 * Labels may be soft: any {@code y} in {@code [0, 1]}.
 */
public final class BinaryCrossEntropy {
  private BinaryCrossEntropy() {}

  /**
   * {@code -(y ln p~ + (1 - y) ln(1 - p~))} with the contract's symmetric clip, so each log term
   * is at least {@code ln(eps)}. Validates {@code y} and {@code p} in {@code [0, 1]} and
   * {@code 0 < eps < 0.5}.
   */
  public static double loss(double label, double p, double eps) {
    String fn = "binary_cross_entropy";
    check(fn, label, p, eps);
    return unchecked(label, p, eps);
  }

  /** {@code -y/p~ + (1 - y)/(1 - p~)}: the derivative with respect to {@code p} at the clip. */
  public static double gradient(double label, double p, double eps) {
    check("binary_cross_entropy_grad", label, p, eps);
    return uncheckedGradient(label, p, eps);
  }

  /**
   * {@code max(z, 0) - z y + ln(1 + e^-|z|)}: the loss of {@code sigmoid(z)}, exact for any
   * finite logit (no clipping, no overflow).
   */
  public static double lossFromLogit(double label, double z) {
    String fn = "binary_cross_entropy_logits";
    Check.unitInterval(fn, "label", label);
    Check.finite(fn, "z", z);
    return uncheckedFromLogit(label, z);
  }

  /** {@code sigmoid(z) - y}. */
  public static double gradientFromLogit(double label, double z) {
    String fn = "binary_cross_entropy_logits_grad";
    Check.unitInterval(fn, "label", label);
    Check.finite(fn, "z", z);
    return Sigmoid.minus(z, label);
  }

  static void check(String fn, double label, double p, double eps) {
    Check.eps(fn, eps);
    Check.unitInterval(fn, "label", label);
    Check.unitInterval(fn, "p", p);
  }

  static double unchecked(double y, double p, double eps) {
    double lossIfPositive = y == 0 ? 0 : -y * Clip.log(p, eps);
    double lossIfNegative = y == 1 ? 0 : -(1 - y) * Clip.logComplement(p, eps);
    return lossIfPositive + lossIfNegative;
  }

  static double uncheckedGradient(double y, double p, double eps) {
    return -y / Clip.of(p, eps) + (1 - y) / Clip.complement(p, eps);
  }

  static double uncheckedFromLogit(double y, double z) {
    // max(z, 0) - z y, written so that a soft label near 1 (or 0) does not cancel:
    // 1 - y is exact for y >= 0.5
    double linear = z >= 0 ? z * (1 - y) : -z * y;
    return linear + Math.log1p(Math.exp(-Math.abs(z)));
  }
}
